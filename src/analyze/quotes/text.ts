/**
 * The quote finder's view of the text: a matching key per word from the shared text layer
 * (`normalize`, with ة→ه folding) and a small tokeniser that keeps offsets and splits every
 * punctuation character apart, as the quote rules expect (quotation marks are tokens of their own).
 */
import { normalize, type NormalizeOptions } from '../../text/normalize.ts';
import { startsWithConjunction } from '../../text/clitics.ts';
import { markRuns } from '../../text/mark-runs.ts';

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

/** Keys by spelling: words recur from sentence to sentence and article to article (bounded). */
const KEYS = new Map<string, string>();
const KEYS_MAX = 100_000;

function keyOf(word: string): string {
  let k = KEYS.get(word);
  if (k === undefined) {
    k = norm(word);
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(word, k);
  }
  return k;
}

/** The tokens of text[start, end): runs of letters, marks and numbers, and each other non-space character (src/text/mark-runs.ts). */
export function tokens(text: string, start = 0, end = text.length): Tok[] {
  const out: Tok[] = [];
  markRuns(text, start, end, (a, b, word) => {
    const t = text.slice(a, b);
    out.push({ start: a, end: b, text: t, n: word ? keyOf(t) : t, word });
  });
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
