/**
 * The data the entity analysis reads (the curated lexicons, the knowledge base's territories, the
 * romanisation table, the institutions glossary, the learned transliterator), as one value built
 * from settings, never from the environment: `createPipeline` builds one up front and runs the
 * entities stage inside it (`withEntityResources`), the CLI passes its settings down from
 * MARSAD_LEXICON_DIR / MARSAD_TRANSLIT_MODEL. Everything derived from the data (indexes, folded
 * sets, caches of answers) is built once per resources value through `get`, so two pipelines over
 * different lexicons in one process never see each other's.
 */
import { fileURLToPath } from 'node:url';

/** The shipped lexicons, beside this module's own folder (so the compiled copy in dist/, which carries the data, works too). */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../lexicon/entities', import.meta.url));
/** The shipped transliteration model. */
// Beside the module (src/ under tsx, dist/ when built, and in the installed package, which ships
// no src/): the build copies the model next to the compiled transliterator.
export const DEFAULT_TRANSLIT_MODEL = fileURLToPath(new URL('../translit/translit.json.gz', import.meta.url));

export interface EntityResourceSettings {
  /** Folder of the entity lexicons (a copy for experiments, a newsroom's own lists). */
  lexiconDir?: string | null;
  /** The transliteration model's file. */
  translitModel?: string | null;
  /**
   * Read the tables the build precomputed beside the shipped lexicons (derived.ts) where they
   * match; false derives them from the lexicons (the build itself, and the test that compares both).
   */
  useDerived?: boolean;
}

export class EntityResources {
  readonly lexiconDir: string;
  readonly translitModel: string;
  readonly useDerived: boolean;
  private readonly built = new Map<(r: EntityResources) => unknown, unknown>();

  constructor(settings: EntityResourceSettings = {}) {
    this.lexiconDir = settings.lexiconDir ?? DEFAULT_LEXICON_DIR;
    this.translitModel = settings.translitModel ?? DEFAULT_TRANSLIT_MODEL;
    this.useDerived = settings.useDerived ?? true;
  }

  /** What `build` makes of these resources, built on first use and kept (keyed by the function). */
  get<T>(build: (r: EntityResources) => T): T {
    // one probe for what is built (every lexicon accessor of every rule asks, word after word);
    // `has` only for what was built as undefined
    const got = this.built.get(build);
    if (got !== undefined || this.built.has(build)) return got as T;
    const v = build(this);
    this.built.set(build, v);
    return v;
  }
}

let active: EntityResources | null = null;
let shipped: EntityResources | null = null;

/**
 * The resources the running analysis reads: those of the pipeline running it, else the shipped
 * data (tests and scripts that call the analysis functions directly).
 */
export function entityResources(): EntityResources {
  return active ?? (shipped ??= new EntityResources());
}

/** Runs `f` (synchronous) with `r` as the resources every entity function reads. */
export function withEntityResources<T>(r: EntityResources, f: () => T): T {
  const before = active;
  active = r;
  try {
    return f();
  } finally {
    active = before;
  }
}
