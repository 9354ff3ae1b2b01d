// @ts-nocheck
import type { ArticleStructure, DocumentMeta } from './types.ts';

/**
 * What the readers in extract/ hand to the pipeline: the decoded text, what is known of its
 * origin, and the structure when the reader found it (HTML). It lives with the document model so
 * the readers need not import the pipeline that consumes it.
 */
export interface PipelineInput {
  text: string;
  meta?: Partial<DocumentMeta>;
  /** Structure already known (e.g. from HTML extraction); the plain-text structure stage is skipped. */
  article?: ArticleStructure;
}
