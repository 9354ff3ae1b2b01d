/**
 * The folded copy of the text the time rules read, with a map back to the original offsets: the
 * shared text layer's `match` folding (`foldForMatch`, src/text/pieces.ts): marks, tatweel and
 * invisibles dropped, alef forms, alef maqsura, ta marbuta, Persian letters and Arabic-Indic/Persian
 * digits folded, Latin case kept.
 */
import { originalRange } from '../../text/normalize.ts';
import { foldForMatch, type FoldedText } from '../../text/pieces.ts';

export type NormText = FoldedText;

export function normText(s: string): NormText {
  return foldForMatch(s);
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
