// @ts-nocheck
import { UserError } from '../../errors.ts';
import { MAX_DOCUMENT_BYTES } from '../limits.ts';

/** Bounds on what one page may cost; past them extraction stops with {@link HtmlLimitError}. */
export interface HtmlLimits {
  /** Largest page accepted, in bytes. */
  maxBytes: number;
  /** Deepest element nesting accepted (after parsing). */
  maxDepth: number;
  /**
   * Nesting beyond this depth is flattened to its text before Readability runs: Readability's
   * cost grows with depth × size, and real articles never nest this deep.
   */
  flattenDepth: number;
}

export const DEFAULT_HTML_LIMITS: Readonly<HtmlLimits> = {
  maxBytes: MAX_DOCUMENT_BYTES,
  maxDepth: 20_000,
  flattenDepth: 100,
};

/** A page past one of the {@link HtmlLimits}: the message names the limit and how to raise it. */
export class HtmlLimitError extends UserError {
  constructor(
    message: string,
    readonly limit: keyof HtmlLimits,
  ) {
    super(message);
    this.name = 'HtmlLimitError';
  }
}

export function resolveLimits(partial?: Partial<HtmlLimits>): HtmlLimits {
  return { ...DEFAULT_HTML_LIMITS, ...(partial ?? {}) };
}
