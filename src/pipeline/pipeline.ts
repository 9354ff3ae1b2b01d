import {
  emptyArticle,
  emptyDocument,
  type DocumentMeta,
  type MarsadDocument,
} from '../doc/types.ts';
import type { PipelineInput } from '../doc/input.ts';
import type { AnalyzeOptions, Facet, PipelineResources, Stage, StageContext } from './stage.ts';
import { STAGES } from './stages.ts';
import { arabicRatio } from '../text/script.ts';
import { EntityResources, withEntityResources } from '../analyze/entities/resources.ts';
import { prepareEntityResources } from '../analyze/entities/prepare.ts';
import type { NerModel } from '../analyze/ner/model.ts';
import { loadModel, nerModel } from '../analyze/ner/tagger.ts';

const NO_DATE_WARNING = {
  code: 'no-publication-date',
  message: 'no publication date was found; pass --date YYYY-MM-DD to resolve relative dates',
} as const;

export type { PipelineInput } from '../doc/input.ts';

/** Checks that every stage's needs are provided by an earlier stage; throws with the culprit named. */
export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<Facet>(['text']);
  for (const s of stages) {
    for (const n of s.needs) {
      if (!have.has(n)) {
        throw new Error(`pipeline stage "${s.name}" needs "${n}", which no earlier stage provides`);
      }
    }
    for (const p of s.provides) have.add(p);
  }
}

export function newDocument(input: PipelineInput, options: AnalyzeOptions = {}): MarsadDocument {
  const ratio = arabicRatio(input.text);
  const meta: DocumentMeta = {
    origin: null,
    encoding: 'utf-8',
    format: 'text',
    warnings: [],
    ...input.meta,
    // Structure handed over by an extractor (HTML, feeds) carries the article's own date, which
    // wins over --date exactly as it does when the structure stage finds one in plain text.
    referenceDate: input.meta?.referenceDate ?? input.article?.published?.value ?? options.date ?? null,
    arabicRatio: ratio,
  };
  meta.warnings = [...(meta.warnings ?? [])];
  if (ratio === 0 && input.text.trim().length > 0) {
    meta.warnings.push({
      code: 'no-arabic',
      message:
        'the text contains no Arabic letters; it was analysed anyway, but Arabic rules will find little',
    });
  }
  return emptyDocument(input.text, meta, input.article ?? emptyArticle());
}

/** What a pipeline is made of (every field optional: the shipped model and lexicons). */
export interface PipelineConfig {
  /** The entity tagger: a loaded model, its file, or null for none (lexicons and rules only). */
  model?: NerModel | string | null;
  /** The folder of the entity lexicons (a copy of src/lexicon/entities). */
  lexicons?: string | null;
  /**
   * Defaults for every `analyze` call; the transliteration model's file; `lazy`: build the entity
   * data on first use instead of up front (a one-document command, where start-up counts: the
   * transliterator alone takes longer to load than a short article takes to analyse).
   */
  options?: AnalyzeOptions & { translitModel?: string | null; lazy?: boolean };
  /** The stages, in order (default: STAGES). */
  stages?: readonly Stage[];
}

/** The serialisable part of a pipeline's config: what the CLI reads from the environment and hands to workers. */
export interface PipelineSettings {
  lexiconDir?: string | null;
  translitModel?: string | null;
}

export function settingsConfig(s: PipelineSettings = {}, lazy = false): PipelineConfig {
  return { lexicons: s.lexiconDir ?? null, options: { translitModel: s.translitModel ?? null, lazy } };
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly resources: PipelineResources;
  /** Analyses one text; `options` override the pipeline's defaults. */
  analyze(input: PipelineInput, options?: AnalyzeOptions): MarsadDocument;
}

function nerOf(model: PipelineConfig['model']): PipelineResources['ner'] {
  if (model === null) return { model: null, error: 'no entity tagger was given to the pipeline' };
  if (typeof model === 'string') return { model: loadModel(model), error: null };
  if (model) return { model, error: null };
  try {
    return { model: nerModel(), error: null };
  } catch (e) {
    return { model: null, error: (e as Error).message };
  }
}

/**
 * Builds a pipeline: every stage's resources (the entity tagger, the lexicons and what is derived
 * from them) are loaded here, once, as spaCy's `initialize` does; `analyze` then reads nothing
 * from disk. Nothing is read from the environment: the CLI passes MARSAD_* settings in `config`.
 */
export function createPipeline(config: PipelineConfig = {}): Pipeline {
  const stages = config.stages ?? STAGES;
  checkOrder(stages);
  const { translitModel, lazy, ...defaults } = config.options ?? {};
  const lexicons = new EntityResources({ lexiconDir: config.lexicons, translitModel });
  const resources: PipelineResources = {
    ner: nerOf(config.model),
    lexicons: lazy ? lexicons : prepareEntityResources(lexicons),
  };
  return {
    stages,
    resources,
    analyze: (input, options = {}) => runStages(input, { ...defaults, ...options }, stages, resources),
  };
}

let defaultPipeline: Pipeline | null = null;

/** Runs the whole analysis pipeline over one text (the shipped model and lexicons, loaded on first use). */
export function analyzeText(
  input: PipelineInput,
  options: AnalyzeOptions = {},
  stages: readonly Stage[] = STAGES,
): MarsadDocument {
  defaultPipeline ??= createPipeline();
  if (stages === STAGES) return defaultPipeline.analyze(input, options);
  checkOrder(stages);
  return runStages(input, options, stages, defaultPipeline.resources);
}

/** Facets a stage may read besides those it needs: `meta` is every stage's. */
const FACETS: readonly Facet[] = ['text', 'article', 'sentences', 'tokens', 'entities', 'quotes', 'times', 'events'];

/** The document as a stage may see it: its declared facets and `meta`, nothing else. */
export function stageView(doc: MarsadDocument, stage: Stage): MarsadDocument {
  const view: Partial<MarsadDocument> = { ...doc };
  for (const f of FACETS) if (!stage.needs.includes(f)) delete view[f];
  return view as MarsadDocument;
}

/** The context a stage may see: its declared resources only. */
export function stageContext(options: AnalyzeOptions, stage: Stage, resources: PipelineResources): StageContext {
  const declared: Partial<Record<keyof PipelineResources, unknown>> = {};
  for (const r of stage.resources ?? []) declared[r] = resources[r];
  return { options, resources: declared as Partial<PipelineResources> };
}

/** The entity resources a stage that did not declare them finds: reading them throws. */
export class Undeclared extends EntityResources {
  constructor(private readonly stage: string) {
    super();
  }
  override get<T>(): T {
    throw new Error(`pipeline stage "${this.stage}" reads the entity lexicons without declaring the resource "lexicons"`);
  }
}

function runStage(doc: MarsadDocument, stage: Stage, options: AnalyzeOptions, resources: PipelineResources) {
  const ctx = stageContext(options, stage, resources);
  const lex = ctx.resources?.lexicons ?? new Undeclared(stage.name);
  return withEntityResources(lex, () => stage.run(stageView(doc, stage), ctx));
}

function runStages(
  input: PipelineInput,
  options: AnalyzeOptions,
  stages: readonly Stage[],
  resources: PipelineResources,
): MarsadDocument {
  let doc = newDocument(input, options);
  const skip = new Set(options.skip ?? []);
  if (input.article) {
    skip.add('structure');
    if (!doc.meta.referenceDate) doc.meta.warnings.push({ ...NO_DATE_WARNING });
  }
  for (const stage of stages) {
    if (skip.has(stage.name)) continue;
    const patch = runStage(doc, stage, options, resources);
    doc = { ...doc, ...patch };
    if (stage.provides.includes('article')) {
      // The reference date for relative expressions: the article's own date, else --date.
      const published = doc.article.published?.value ?? null;
      doc.meta = { ...doc.meta, referenceDate: published ?? options.date ?? null };
      if (!doc.meta.referenceDate) doc.meta.warnings.push({ ...NO_DATE_WARNING });
    }
  }
  if (!options.tokens) delete doc.tokens;
  return doc;
}
