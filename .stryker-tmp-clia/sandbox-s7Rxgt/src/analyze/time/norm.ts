/**
 * A matching copy of the text with a map back to the original offsets, from the shared text layer
 * (`normalizeWithMap`) with ة→ه folding on: marks, tatweel and invisibles dropped, alef forms,
 * alef maqsura, Persian letters and Arabic-Indic/Persian digits folded.
 */
// @ts-nocheck

import { normalizeWithMap, originalRange, type NormalizeOptions } from '../../text/normalize.ts';

export interface NormText {
  src: string;
  norm: string;
  /** `normalizeWithMap`'s map: `norm[a, b)` covers the original `originalRange(map, a, b)`. */
  map: Int32Array;
}

/** Lexicon entries are Arabic words; Latin case is left as written. */
const TIME_NORMALIZATION: NormalizeOptions = { taMarbuta: true, lowercase: false };

export function normText(s: string): NormText {
  const { norm, map } = normalizeWithMap(s, TIME_NORMALIZATION);
  return { src: s, norm, map };
}

/** Folds a lexicon entry the same way, for lookups. */
export function fold(s: string): string {
  return normText(s).norm.replace(/\s+/g, ' ').trim();
}

/**
 * Original [start, end) of the normalised range [ns, ne). The end takes in the marks dropped after
 * the last letter (غداً, مساءً): they belong to the expression.
 */
export function toOriginal(t: NormText, ns: number, ne: number): [number, number] {
  const { start, end } = originalRange(t.map, ns, ne);
  return [start, end];
}
