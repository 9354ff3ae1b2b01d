// @ts-nocheck
import type { MarsadDocument } from '../doc/types.ts';

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

export interface StageContext {
  /**
   * Options from the caller. Stages never read the clock: relative dates are resolved against
   * `doc.meta.referenceDate`, which the pipeline fills from the article's date or `--date`.
   */
  readonly options: Readonly<AnalyzeOptions>;
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
 * A pipeline component: a pure function of the document and the context. It returns only the
 * facets it provides; the pipeline merges them into the document.
 */
export interface Stage {
  name: string;
  needs: Facet[];
  provides: Facet[];
  run(doc: Readonly<MarsadDocument>, ctx: StageContext): Partial<MarsadDocument>;
}
