/**
 * Sentence splitting inside blocks (paragraphs, headline, caption), keeping offsets.
 *
 * Ends a sentence at . ! ? ؟ … ۔ and at line breaks; never inside a quotation («…», “…”, "…", and
 * the reversed ”…“ common in Arabic text), after an abbreviation or initial (`src/lexicon/abbreviations.json`: د. م. أ. ش.م.ع, J.), or
 * inside a number (2.5). A quotation only counts when its closing mark comes within
 * `QUOTE_CAP` characters in the same block, so an unclosed quote cannot swallow an article.
 */
import type { Sentence, Span } from '../doc/types.ts';
import abbreviations from '../lexicon/abbreviations.json' with { type: 'json' };
import { normalize } from './normalize.ts';
import { prebuilt } from './prebuilt.ts';

/** The longest quotation (in UTF-16 units) that still suppresses sentence breaks. */
export const QUOTE_CAP = 1500;

const AR_ABBREV: ReadonlySet<string> = new Set(
  (abbreviations as { arabic: string[] }).arabic.map((a) => normalize(a)),
);
const LATIN_ABBREV: ReadonlySet<string> = new Set(
  (abbreviations as { latin: string[] }).latin.map((a) => a.toLowerCase()),
);

function isTerminator(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x061f ||
    c === 0x2026 ||
    c === 0x06d4 ||
    c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049)
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x061c
  );
}

/** Closing marks that stay with the sentence they close: ) ] » ” ’ › */
function isCloser(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x203a;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isDigit(c: number): boolean {
  return isAsciiDigit(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isArabicLetterOrMark(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x065f) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    c === 0x0670 ||
    (c >= 0x06fa && c <= 0x06ff)
  );
}

/** The closing mark of a guillemet quotation opened by `c`, or 0. */
function closerOf(c: number): number {
  switch (c) {
    case 0xab:
      return 0xbb; // « »
    case 0x2039:
      return 0x203a; // ‹ ›
    default:
      return 0;
  }
}

/**
 * Straight and curly double quotes. Arabic text often has them mismatched or reversed (”…“), so
 * they are paired by position, not by shape: one with a letter after it opens, one with a letter
 * before it closes.
 */
function isDoubleQuote(c: number): boolean {
  return c === 0x22 || (c >= 0x201c && c <= 0x201f);
}

/**
 * When a block has an even number of double quotes, they pair up in order (1st–2nd, 3rd–4th…),
 * whatever their shapes and spacing (`: ” نص “،`); returns opener → closer positions, leaving out
 * pairs longer than the cap or across a blank line. Null when the count is odd: then each quote
 * is judged by the letters around it.
 */
function pairDoubleQuotes(text: string, start: number, end: number): Map<number, number> | null {
  let pos: number[] | null = null;
  for (let k = start; k < end; k++) if (isDoubleQuote(text.charCodeAt(k))) (pos ??= []).push(k);
  if (!pos || pos.length % 2 === 1) return null;
  const pairs = new Map<number, number>();
  for (let k = 0; k < pos.length; k += 2) {
    const a = pos[k]!;
    const b = pos[k + 1]!;
    if (b - a <= QUOTE_CAP && !text.slice(a, b).includes('\n\n')) pairs.set(a, b);
  }
  return pairs;
}

function isBlank(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}

function canOpen(text: string, i: number, end: number): boolean {
  return i + 1 < end && !isBlank(text.charCodeAt(i + 1));
}

function canClose(text: string, i: number, start: number): boolean {
  return i > start && !isBlank(text.charCodeAt(i - 1));
}

/** Position of the mark closing a quotation opened at `i`, within the cap and the block, or -1. */
function findClose(text: string, i: number, start: number, end: number): number {
  const open = text.charCodeAt(i);
  const double = isDoubleQuote(open);
  const close = closerOf(open);
  const limit = Math.min(end, i + 1 + QUOTE_CAP);
  let depth = 0;
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (double) {
      if (isDoubleQuote(c) && canClose(text, j, start)) return j;
    } else if (c === close) {
      if (depth === 0) return j;
      depth--;
    } else if (c === open) depth++;
    if (c === 0x0a && j + 1 < limit && text.charCodeAt(j + 1) === 0x0a) return -1; // a blank line ends any quote
  }
  return -1;
}

/**
 * Whether the full stop at `dot` does not end a sentence (after an abbreviation or initial such as
 * د. or J., inside a number or a URL), judged within its line: for stages that keep their own
 * sentence index over the same rules.
 */
export function isAbbreviationDot(text: string, dot: number): boolean {
  const lineStart = text.lastIndexOf('\n', dot - 1) + 1;
  const nl = text.indexOf('\n', dot);
  return isNonFinalDot(text, dot, lineStart, nl < 0 ? text.length : nl, lineStart);
}

/** Whether the full stop at `dot` follows an abbreviation, an initial, or sits inside a number/URL. */
function isNonFinalDot(
  text: string,
  dot: number,
  blockStart: number,
  end: number,
  sentenceStart: number,
): boolean {
  const next = dot + 1 < end ? text.charCodeAt(dot + 1) : 0;
  const prev = dot > blockStart ? text.charCodeAt(dot - 1) : 0;
  if (isDigit(prev) && isDigit(next)) return true; // 2.5
  if (isDigit(prev) && next !== 0 && !isLineBreak(next)) {
    // "1. نص": a list number opening the sentence
    let s = dot - 1;
    while (s > sentenceStart && isDigit(text.charCodeAt(s - 1))) s--;
    let k = s;
    while (k > sentenceStart && isBlank(text.charCodeAt(k - 1))) k--;
    if (k === sentenceStart && dot - s <= 2) return true;
  }
  if (prev === 0x20 && dot - 2 >= blockStart) {
    // "د . محمد": a one-letter abbreviation written with a space before its dot
    const letter = text.charCodeAt(dot - 2);
    const before = dot - 3 >= blockStart ? text.charCodeAt(dot - 3) : 0x20;
    if (
      isArabicLetterOrMark(letter) &&
      !isArabicLetterOrMark(before) &&
      AR_ABBREV.has(normalize(text[dot - 2]!))
    )
      return true;
  }
  if (isLatinLetter(next) || isAsciiDigit(next)) return true; // marsad.com, v2.0
  if (next === 0x2e) return true; // part of an ellipsis run handled by the caller
  // The word before the dot: letters and inner dots (ش.م.ع, U.S).
  let s = dot;
  while (s > blockStart) {
    const c = text.charCodeAt(s - 1);
    if (isArabicLetterOrMark(c) || isLatinLetter(c) || c === 0x2e || c === 0x0640) s--;
    else break;
  }
  if (s === dot) return false;
  // 2021م. or 1442هـ. end a sentence: a letter glued to a number is a unit, not an abbreviation.
  if (s > blockStart && isDigit(text.charCodeAt(s - 1))) return false;
  // ش.م.ع: the dotted abbreviation may continue after this dot.
  let f = dot + 1;
  while (f < end) {
    const c = text.charCodeAt(f);
    if (isArabicLetterOrMark(c) || c === 0x2e) f++;
    else break;
  }
  if (f > dot + 1) {
    let whole = text.slice(s, f);
    while (whole.endsWith('.')) whole = whole.slice(0, -1);
    if (AR_ABBREV.has(normalize(whole))) return true;
  }
  if (isLatinLetter(text.charCodeAt(s))) {
    if (dot - s === 1) return true; // an initial: J. Smith
    return LATIN_ABBREV.has(text.slice(s, dot).toLowerCase());
  }
  return mayBeArabicAbbreviation(text, s, dot) && AR_ABBREV.has(normalize(text.slice(s, dot)));
}

/**
 * Lengths of the normalised Arabic abbreviations, without and with inner dots: most words before
 * a full stop are ruled out by length alone, without normalising them.
 */
const AR_ABBREV_LENGTHS = [new Set<number>(), new Set<number>()] as const;
for (const a of AR_ABBREV) AR_ABBREV_LENGTHS[a.includes('.') ? 1 : 0].add(a.length);

/**
 * Whether `text[s, dot)` (Arabic and Latin letters, marks, tatweel, dots) may normalise to an
 * abbreviation: its normalised length is its length less the marks and tatweel normalising drops.
 */
function mayBeArabicAbbreviation(text: string, s: number, dot: number): boolean {
  let kept = 0;
  let dotted = 0;
  for (let k = s; k < dot; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e) dotted = 1;
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) kept++;
  }
  return AR_ABBREV_LENGTHS[dotted]!.has(kept);
}

function pushSentence(text: string, out: Sentence[], start: number, end: number, paragraph: number): void {
  while (start < end && (isSpace(text.charCodeAt(start)) || isLineBreak(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isLineBreak(text.charCodeAt(end - 1)))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

/**
 * Non-zero for the code units the splitter has to look at; everything else is skipped in a tight
 * loop. Computed by the build into the text layer's prebuilt tables (prebuilt.ts): 64K calls of
 * five predicates are a visible part of a one-document start.
 */
export function interestingTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if (isLineBreak(c) || isTerminator(c) || closerOf(c) !== 0 || isCloser(c) || isDoubleQuote(c)) t[c] = 1;
  return t;
}

const INTERESTING = prebuilt('sentence-interesting', (n) => new Uint8Array(n)) ?? interestingTable();

function splitBlock(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let sentenceStart = start;
  // Positions of the closing marks of the open quotations, innermost last.
  const open: number[] = [];
  // Paired when the first double quote comes up: most blocks have none, and need no search.
  let doubles: Map<number, number> | null | undefined;
  let i = start;
  while (i < end) {
    while (i < end && INTERESTING[text.charCodeAt(i)] === 0) i++;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      // A line break ends the sentence unless a quotation is open (it then ends at its close).
      let j = i + 1;
      while (j < end && (isLineBreak(text.charCodeAt(j)) || isSpace(text.charCodeAt(j)))) j++;
      if (open.length === 0) {
        pushSentence(text, out, sentenceStart, i, paragraph);
        sentenceStart = j;
      }
      i = j;
      continue;
    }
    if (open.length > 0 && i === open[open.length - 1]) {
      open.pop();
      if (open.length === 0) {
        // «انتهى الاجتماع.» — the sentence ends after the closing mark when the quote ended one.
        let k = i - 1;
        while (k > sentenceStart && isSpace(text.charCodeAt(k))) k--;
        if (
          isTerminator(text.charCodeAt(k)) &&
          !(text.charCodeAt(k) === 0x2e && isNonFinalDot(text, k, start, end, sentenceStart))
        ) {
          let j = i + 1;
          while (j < end && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
          pushSentence(text, out, sentenceStart, j, paragraph);
          sentenceStart = j;
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (isDoubleQuote(c)) {
      // No double quote lies before the first one met here, so the search can start at it.
      if (doubles === undefined) doubles = pairDoubleQuotes(text, i, end);
      const close = doubles ? doubles.get(i) : canOpen(text, i, end) ? findClose(text, i, start, end) : -1;
      if (close !== undefined && close > i && (open.length === 0 || close < open[open.length - 1]!))
        open.push(close);
      i++;
      continue;
    }
    if (closerOf(c) !== 0) {
      const close = findClose(text, i, start, end);
      if (close > i && (open.length === 0 || close < open[open.length - 1]!)) open.push(close);
      i++;
      continue;
    }
    if (open.length === 0 && isTerminator(c)) {
      if (c === 0x2e) {
        let dots = i;
        while (dots + 1 < end && text.charCodeAt(dots + 1) === 0x2e) dots++;
        if (dots === i && isNonFinalDot(text, i, start, end, sentenceStart)) {
          i++;
          continue;
        }
      }
      let j = i + 1;
      while (j < end && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      pushSentence(text, out, sentenceStart, j, paragraph);
      sentenceStart = j;
      i = j;
      continue;
    }
    i++;
  }
  pushSentence(text, out, sentenceStart, end, paragraph);
}

/**
 * Sentences inside `blocks` (paragraphs etc.), in order; `sentence.paragraph` is the block's index.
 * With no blocks, the whole text is split (paragraph -1), breaking at line breaks too.
 */
export function splitSentences(text: string, blocks: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  if (blocks.length === 0) {
    splitBlock(text, 0, text.length, -1, out);
    return out;
  }
  for (let b = 0; b < blocks.length; b++) {
    const blk = blocks[b]!;
    const s = Math.max(0, Math.min(blk.start, text.length));
    const e = Math.max(s, Math.min(blk.end, text.length));
    splitBlock(text, s, e, b, out);
  }
  return out;
}

/**
 * Punctuation tokens that end a sentence where a token stream is cut without the splitter (the
 * tagger's sentences): . ! ? ؟ and the Arabic semicolon ؛, which closes a clause as a full stop.
 */
export const END_TOKENS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '؛']);
/** END_TOKENS and the ellipsis: where the entities stage cuts a block with no sentence of its own. */
export const END_TOKENS_ELLIPSIS: ReadonlySet<string> = new Set([...END_TOKENS, '…']);

/**
 * The stretch of `text` around `pos` cut at . ! ? ؟ and line breaks, the break ending it
 * included: a sentence where the document has none.
 */
export function roughSentenceAt(text: string, pos: number): { start: number; end: number } {
  const start = text.slice(0, pos).search(/[^.!؟?\n]*$/);
  const afterRel = text.slice(pos).search(/[.!؟?\n]/);
  return { start, end: afterRel < 0 ? text.length : pos + afterRel + 1 };
}

/**
 * A rough stop between clauses: . ؟ ! or a line break (not ? ؛ or …), as the time rules cut a
 * clause or a sentence inside text they read as a plain string.
 */
const ROUGH_STOP = /[.؟!\n]/;

/** Whether `s` holds a rough stop. */
export function hasRoughStop(s: string): boolean {
  return ROUGH_STOP.test(s);
}

/** Index of the first rough stop in `s`, or -1. */
export function firstRoughStop(s: string): number {
  return s.search(ROUGH_STOP);
}

/** Index of the last rough stop in `s`, or -1. */
export function lastRoughStop(s: string): number {
  return Math.max(s.lastIndexOf('.'), s.lastIndexOf('\n'), s.lastIndexOf('؟'), s.lastIndexOf('!'));
}

/**
 * Index of the last . ؟ or ! with a space after it in `s`, or -1: where the quote finder cuts a
 * quotation that runs past its cap (not ? … or a line break).
 */
export function lastStopBeforeSpace(s: string): number {
  return Math.max(s.lastIndexOf('. '), s.lastIndexOf('؟ '), s.lastIndexOf('! '));
}

/** Spaces and punctuation that end a clause, trimmed off the end of a quotation's content. */
const CLAUSE_TRAILER = /[\s.،,؛;:!؟?\-–]/;

/** Whether the character `ch` is trimmed off the end of a clause (a space, a stop, a comma, a dash). */
export function isClauseTrailer(ch: string): boolean {
  return CLAUSE_TRAILER.test(ch);
}

/** . ! ? ؟ : the marks that end a sentence in the quote finder's own split (not ؛ or a line break). */
const STOP_MARK = /[.!?؟]/;

/** Whether `s` holds a sentence-ending mark (. ! ? ؟). */
export function hasStopMark(s: string): boolean {
  return STOP_MARK.test(s);
}

/** A rough stop, a comma or a semicolon (، , ؛ ;): where a phrase ends, as the time rules cut one. */
const PHRASE_STOP = /[.؟!\n،,؛;]/;

/** Index of the first phrase stop in `s`, or -1. */
export function firstPhraseStop(s: string): number {
  return s.search(PHRASE_STOP);
}

/** Index of the last phrase stop in `s`, or -1. */
export function lastPhraseStop(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (PHRASE_STOP.test(s[i]!)) return i;
  return -1;
}
