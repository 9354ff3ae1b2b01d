/**
 * Pairs quotation marks. Real Arabic sites mix every style and often mismatch them (”…″, “…",
 * ”…“, a lone ” with spaces on both sides), so the curly/straight double marks are treated as one
 * family and paired in reading order, using the surrounding spaces only to drop strays.
 */

export interface MarkPair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** The content without marks and outer whitespace: [start, end). */
  start: number;
  end: number;
}

const SINGLE = new Set(["'", '‘', '’']);
// The marks of each family (the doubles: " “ ” „ ‟ ″ ‶), found by one regex scan each: a text
// has few marks, and a test at every character cost more than pairing them did.
const GUILLEMET_AT = /[«»]/g;
const DOUBLE_AT = /["“”„‟″‶]/g;
const SINGLE_AT = /['‘’]/g;
/** The longest stretch a quote may run: quotes do span sentences and paragraphs, but not pages. */
export const MAX_QUOTE_CHARS = 2000;
const MAX_PARAGRAPHS = 4;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Content bounds inside [a, b): whitespace trimmed. */
function inner(text: string, open: number, close: number): { start: number; end: number } {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function paragraphsBetween(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (text[i] === '\n') n++;
  return n;
}

function ok(text: string, open: number, close: number): boolean {
  if (close - open > MAX_QUOTE_CHARS) return false;
  if (paragraphsBetween(text, open, close) >= MAX_PARAGRAPHS) return false;
  const { start, end } = inner(text, open, close);
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end));
}

/** Guillemets nest and are unambiguous; a reversed »…« pair (seen on some sites) is accepted too. */
function guillemets(text: string): MarkPair[] {
  const out: MarkPair[] = [];
  const stack: number[] = [];
  const strays: number[] = [];
  GUILLEMET_AT.lastIndex = 0;
  for (let m = GUILLEMET_AT.exec(text); m; m = GUILLEMET_AT.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '«') {
      // «…¶«…» : a guillemet that opens a paragraph while the previous paragraph's is still open
      // continues that quote (the convention of reopening each quoted paragraph).
      const top = stack[stack.length - 1];
      if (top !== undefined && /\n\s*$/.test(text.slice(top, i)) && !text.slice(top, i).includes('»')) continue;
      stack.push(i);
    } else if (c === '»') {
      const o = stack.pop();
      if (o !== undefined && ok(text, o, i)) out.push({ open: o, close: i, ...inner(text, o, i) });
      else if (o === undefined) strays.push(i);
    }
  }
  // Reversed pairs: a stray « closes the nearest stray » before it in the same paragraph and
  // after the last reversed pair (such pairs do not nest). Pairing it with the first stray instead
  // let a » whose « the writer forgot (:» … . وأضاف قائلا:» … «) swallow the narration and the
  // next quote's cue. A » glued to the word before it closes a lost «, and a « glued to the word
  // after it opens a quote: neither belongs to a reversed pair.
  let floor = -1;
  const openers = strays.filter((x) => !looksLikeCloser(text, x));
  for (const l of [...stack].sort((a, b) => a - b)) {
    if (looksLikeOpener(text, l)) continue;
    const r = openers.filter((x) => x > floor && x < l && !text.slice(x, l).includes('\n')).at(-1);
    if (r !== undefined && ok(text, r, l)) {
      out.push({ open: r, close: l, ...inner(text, r, l) });
      floor = l;
    }
  }
  return out;
}

function looksLikeCloser(text: string, i: number): boolean {
  return isLetter(text[i - 1]) && !isLetter(text[i + 1]);
}
function looksLikeOpener(text: string, i: number): boolean {
  return !isLetter(text[i - 1]) && isLetter(text[i + 1]);
}

/**
 * Where the narrator speaks again inside [start, end), ending the quote there, or -1 (narrator.ts);
 * `reopens`: the mark at `end` opens a word, so it may open the next quote rather than close this one.
 */
export type NarratorAt = (start: number, end: number, reopens: boolean) => number;

function doubles(text: string, narratorAt?: NarratorAt): MarkPair[] {
  const marks: number[] = [];
  DOUBLE_AT.lastIndex = 0;
  for (let m = DOUBLE_AT.exec(text); m; m = DOUBLE_AT.exec(text)) marks.push(m.index);
  const out: MarkPair[] = [];
  let open: number | null = null;
  for (const m of marks) {
    if (open === null) {
      // A closer-looking mark where an opener is expected is a stray; skip it rather than shift
      // every later pair by one.
      if (looksLikeCloser(text, m)) continue;
      open = m;
      continue;
    }
    const span = text.slice(open, m);
    const tooFar = m - open > MAX_QUOTE_CHARS || paragraphsBetween(text, open, m) >= MAX_PARAGRAPHS;
    if (tooFar) {
      open = m;
      continue;
    }
    // Across a paragraph break, a mark that opens the new paragraph continues the quote (the
    // convention of reopening each quoted paragraph) unless it is clearly a closer.
    if (span.includes('\n') && looksLikeOpener(text, m) && /\n\s*$/.test(text.slice(open, m))) {
      continue;
    }
    // "… الخبز. وتابعت الكوري "نحن…: the close was forgotten; the quote ends where the narrator
    // speaks again, and this mark opens the next quote.
    const cut = narratorAt ? narratorAt(open + 1, m, !looksLikeCloser(text, m) && isLetter(text[m + 1])) : -1;
    if (cut > open && ok(text, open, cut)) {
      out.push({ open, close: cut, ...inner(text, open, cut) });
      open = looksLikeCloser(text, m) ? null : m;
      continue;
    }
    if (ok(text, open, m)) out.push({ open, close: m, ...inner(text, open, m) });
    open = null;
  }
  return out;
}

/** Single marks are mostly apostrophes in transliterations; only clear pairs inside one paragraph. */
function singles(text: string): MarkPair[] {
  const out: MarkPair[] = [];
  SINGLE_AT.lastIndex = 0;
  for (let m = SINGLE_AT.exec(text); m; m = SINGLE_AT.exec(text)) {
    const i = m.index;
    if (!looksLikeOpener(text, i) || !isSpace(text[i - 1])) continue;
    for (let j = i + 1; j < text.length && j - i < 300; j++) {
      const c = text[j]!;
      if (c === '\n') break;
      if (SINGLE.has(c)) {
        if (looksLikeCloser(text, j) && /\p{Script=Arabic}/u.test(text.slice(i, j)) && ok(text, i, j)) {
          out.push({ open: i, close: j, ...inner(text, i, j) });
          SINGLE_AT.lastIndex = j + 1;
        }
        break;
      }
    }
  }
  return out;
}

export function findMarkPairs(text: string, narratorAt?: NarratorAt): MarkPair[] {
  const all = [...guillemets(text), ...doubles(text, narratorAt), ...singles(text)].sort((a, b) => a.open - b.open);
  // Drop pairs that straddle another pair's mark (inconsistent nesting); keep nested ones.
  const out: MarkPair[] = [];
  for (const p of all) {
    const clash = out.some((q) => (p.open < q.close && p.close > q.close && p.open > q.open) || (p.open < q.open && p.close > q.open && p.close < q.close));
    if (!clash) out.push(p);
  }
  return out;
}
