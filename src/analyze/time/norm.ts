/**
 * The folded copy of the text the time rules read, with a map back to the original offsets: the
 * shared text layer's `match` folding (`foldForMatch`, src/text/pieces.ts): marks, tatweel and
 * invisibles dropped, alef forms, alef maqsura, ta marbuta, Persian letters and Arabic-Indic/Persian
 * digits folded, Latin case kept.
 */
import { MATCH_NORMALIZATION, normalize, originalRange } from '../../text/normalize.ts';
import { foldForMatch, type FoldedText } from '../../text/pieces.ts';

export type NormText = FoldedText;

export function normText(s: string): NormText {
  return foldForMatch(s);
}

/**
 * Folds a lexicon entry the same way, for lookups: the folded text alone, without the offset map
 * (the lexicons fold every word of three files as they load, at every start).
 */
export function fold(s: string): string {
  return normalize(s, MATCH_NORMALIZATION).replace(/\s+/g, ' ').trim();
}

/**
 * Original [start, end) of the normalised range [ns, ne). The end takes in the marks dropped after
 * the last letter (غداً, مساءً): they belong to the expression.
 */
export function toOriginal(t: NormText, ns: number, ne: number): [number, number] {
  const { start, end } = originalRange(t.map, ns, ne);
  return [start, end];
}
