/** The ANERcorp tag set (IOB2), in the order the model stores its weight columns. */
export const TAGS = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

export function isInside(t: number): boolean {
  return t !== 0 && t % 2 === 0;
}

/**
 * IOB2 constraint: an I-X may only follow B-X or I-X. Decoding forbids the other transitions so
 * the output is always well formed (and conlleval never sees a chunk opened by an I- tag).
 */
export function allowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  if (prev < 0) return false;
  return prev === cur || prev === cur - 1;
}

/** Tokens [a, b) of sentence s: what a rule over tagged sentences reports it changed. */
export interface SentenceSpan {
  s: number;
  a: number;
  b: number;
}
