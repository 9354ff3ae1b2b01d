/**
 * The quote finder's view of the text: a matching key per word from the shared text layer
 * (`normalize`, with ة→ه folding) and a small tokeniser that keeps offsets and splits every
 * punctuation character apart, as the quote rules expect (quotation marks are tokens of their own).
 */
import { normalize, type NormalizeOptions } from '../../text/normalize.ts';
import { startsWithConjunction } from '../../text/clitics.ts';

const QUOTE_KEY: NormalizeOptions = { taMarbuta: true, lowercase: false };

/** Matching key: no diacritics or tatweel, one alef, ى→ي, ة→ه, ASCII digits. */
export function norm(s: string): string {
  return normalize(s, QUOTE_KEY);
}

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Matching key (see `norm`); for punctuation the character itself. */
  n: string;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokens(text: string, start = 0, end = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const w = /[\p{L}\p{N}]/u.test(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], n: w ? norm(m[0]) : m[0], word: w });
  }
  return out;
}

/** Strips one leading و or ف conjunction when what is left is still a word of 2+ letters. */
export function stripConj(n: string): string[] {
  const out = [n];
  if (startsWithConjunction(n) && n.length > 2) out.push(n.slice(1));
  return out;
}

/** The key without a leading و or ف (whatever is left). */
export function dropConj(n: string): string {
  return startsWithConjunction(n) ? n.slice(1) : n;
}

export const QUOTE_CHARS = '"“”«»„‟″‶\'‘’';
export function isQuoteChar(c: string): boolean {
  return c.length === 1 && QUOTE_CHARS.includes(c);
}
