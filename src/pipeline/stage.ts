import type { MarsadDocument } from '../doc/types.ts';
import type { EntityResources } from '../analyze/entities/resources.ts';
import type { NerModel } from '../analyze/ner/model.ts';

/** What a stage reads from or adds to the document; used to order and check the pipeline. */
export type Facet =
  | 'text'
  | 'article'
  | 'sentences'
  | 'tokens'
  | 'entities'
  | 'quotes'
  | 'times'
  | 'events';

/** What the pipeline builds once, up front, for its stages (createPipeline). */
export interface PipelineResources {
  /** The entity tagger, or why there is none (the lexicons and rules run without it). */
  readonly ner: { readonly model: NerModel | null; readonly error: string | null };
  /** The entity lexicons and everything derived from them (names, titles, knowledge base, romanisation). */
  readonly lexicons: EntityResources;
}
export type ResourceName = keyof PipelineResources;

export interface StageContext {
  /**
   * Options from the caller. Stages never read the clock: relative dates are resolved against
   * `doc.meta.referenceDate`, which the pipeline fills from the article's date or `--date`.
   */
  readonly options: Readonly<AnalyzeOptions>;
  /**
   * The resources the stage declared (`Stage.resources`), and no others. Absent when a stage is
   * run on its own, outside a pipeline (tests, scripts): it then reads the shipped ones.
   */
  readonly resources?: Readonly<Partial<PipelineResources>>;
}

/**
 * A declared resource of the context (throws naming the missing declaration), or undefined when
 * the stage runs outside a pipeline.
 */
export function resource<K extends ResourceName>(ctx: StageContext, name: K): PipelineResources[K] | undefined {
  if (!ctx.resources) return undefined;
  const r = ctx.resources[name];
  if (!r) throw new Error(`a stage reads the pipeline resource "${name}" without declaring it`);
  return r as PipelineResources[K];
}

export interface AnalyzeOptions {
  /** Publication date to use when the article states none (`YYYY-MM-DD`). */
  date?: string | null;
  /** Keep tokens in the output document. */
  tokens?: boolean;
  /** Stage names to skip (e.g. to measure the text layer alone). */
  skip?: string[];
}

/**
 * A pipeline component: a pure function of the document and the context. It receives only the
 * facets it `needs` (and `meta`) and the `resources` it declares, and returns only the facets it
 * provides (and `meta`); the pipeline merges them into the document.
 * (test/pipeline/declarations.test.ts holds every stage to its declarations.)
 */
export interface Stage {
  name: string;
  needs: Facet[];
  provides: Facet[];
  /** The pipeline resources the stage reads. */
  resources?: ResourceName[];
  run(doc: Readonly<MarsadDocument>, ctx: StageContext): Partial<MarsadDocument>;
}
