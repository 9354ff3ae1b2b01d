/**
 * The quote finder's cut of a text (analyze/quotes/text.ts): runs of letters, marks, numbers and
 * tatweel, and every other character that is no space on its own (quotation marks are tokens of
 * their own), exactly what `/[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}]/gu` finds, without
 * running that regex and a second one per match (issue 18: the quote stage cut every article so,
 * about a quarter of its time). Each character is classified by the same Unicode properties, once
 * per code point on first sight, so the cut cannot drift from the regex's.
 */

const UNSEEN = 0;
/** A letter or a number: a run holding one is a word. */
const LETTER = 1;
/** A mark or tatweel: continues a run, makes no word alone. */
const RUN_MARK = 2;
const SPACE = 3;
/** Anything else (punctuation, symbols, a lone surrogate): a token of its own. */
const SINGLE = 4;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  if (/^[\p{L}\p{N}]$/u.test(ch)) return LETTER;
  if (/^[\p{M}\u0640]$/u.test(ch)) return RUN_MARK;
  if (/^\s$/u.test(ch)) return SPACE;
  return SINGLE;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp]!;
    if (c === UNSEEN) bmp[cp] = c = classify(String.fromCharCode(cp));
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point at p, a surrogate pair read whole only when both halves lie before `to`. */
function pointAt(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (!isHigh(c) || p + 1 >= to) return c;
  const lo = text.charCodeAt(p + 1);
  return isLow(lo) ? (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000 : c;
}

/** A token of the cut: [start, end) and whether it is a word (holds a letter or a number). */
export type MarkRunVisitor = (start: number, end: number, word: boolean) => void;

/** Calls `visit` for each token of `text` in [from, to), in order (a pair cut at `to` is read as its lone half, as the regex reads the slice). */
export function markRuns(text: string, from: number, to: number, visit: MarkRunVisitor): void {
  let p = from;
  // (a start inside a surrogate pair reads the whole pair, as a unicode regex started there does)
  if (p > 0 && p < to && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) p--;
  while (p < to) {
    const cp = pointAt(text, p, to);
    const len = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c === SPACE) {
      p += len;
      continue;
    }
    if (c === SINGLE) {
      visit(p, p + len, false);
      p += len;
      continue;
    }
    const start = p;
    let word = c === LETTER;
    p += len;
    while (p < to) {
      const q = pointAt(text, p, to);
      const k = classOf(q);
      if (k !== LETTER && k !== RUN_MARK) break;
      if (k === LETTER) word = true;
      p += q > 0xffff ? 2 : 1;
    }
    visit(start, p, word);
  }
}
