/**
 * The small slice of the text layer the quote finder needs: a matching form for words and a
 * tokeniser that keeps offsets. Kept local so quotes work whether or not `src/text/` has landed;
 * it only ever produces keys for lookup, never text shown to anyone.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Matching key: no diacritics or tatweel, one alef, ى→ي, ة→ه. */
export function norm(s: string): string {
  return s
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
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
  if (/^[وف]/.test(n) && n.length > 2) out.push(n.slice(1));
  return out;
}

export const QUOTE_CHARS = '"“”«»„‟″‶\'‘’';
export function isQuoteChar(c: string): boolean {
  return c.length === 1 && QUOTE_CHARS.includes(c);
}
