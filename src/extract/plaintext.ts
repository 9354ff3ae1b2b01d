/**
 * Article structure from plain text: headline, date line, photo caption and credit, byline and
 * dateline, site furniture and body paragraphs. The text is never rewritten; everything found is
 * a span into it with the rule that found it. Word lists live in src/lexicon/{bylines,furniture}.json.
 *
 * The shape we expect (any part may be missing): a short headline, a date line, a caption with
 * its credit in parentheses, furniture such as `+ الخط -`, a byline/dateline line, then the body,
 * then footers. Everything before the first body paragraph is "the top"; rules that could eat
 * a body paragraph (caption, headline) only look there.
 */
import { emptyArticle, sourced, type ArticleStructure } from '../doc/types.ts';
import { dropGregorianMark, findAbsoluteDates, foldArabic, isFoldSpace, joinsEquivalentDates, loosePattern } from '../text/dates.ts';
import {
  creditBeforeDash,
  endsAfterSentenceClose,
  endsWithClauseMark,
  endsWithStopOrQuote,
  hasClauseMark,
  hasClauseMarkOrColon,
  hasDashOrColon,
  isParagraphClose,
  SENTENCE_CLOSE_CLASS,
  separators,
  trimEndSeparators,
  trimSeparators,
} from '../text/punctuation.ts';
import { isArabicWordForm } from '../text/script.ts';
import bylines from '../lexicon/bylines.json' with { type: 'json' };
import furniture from '../lexicon/furniture.json' with { type: 'json' };

export interface StructureOptions {
  /** Title supplied by a container (JSONL, feed): the first line is the headline only if it matches. */
  title?: string | null;
}

interface Line {
  /** Trimmed content range. */
  start: number;
  end: number;
  text: string;
}

const TRIM_RIGHT = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+$/u;

/** Whitespace, and the invisible marks that pad copied lines (zero-width, bidi controls, BOM). */
function isPad(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Non-blank lines with trimmed ranges. CRLF, lone CR, LF and U+2028/2029 all end a line. */
export function splitLines(text: string): { lines: Line[]; blankBefore: boolean[] } {
  const lines: Line[] = [];
  const blankBefore: boolean[] = [];
  let sawBlank = false;
  const n = text.length;
  // Nearly every text breaks lines with LF alone: then a native search finds the breaks.
  const lfOnly = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  let pos = 0;
  for (;;) {
    let e: number;
    let next: number;
    if (lfOnly) {
      e = text.indexOf('\n', pos);
      if (e < 0) e = n;
      next = e + 1;
    } else {
      e = pos;
      let c = 0;
      while (e < n && (c = text.charCodeAt(e)) !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) e++;
      next = c === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? e + 2 : e + 1;
    }
    let a = pos;
    let b = e;
    while (a < b && isPad(text.charCodeAt(a))) a++;
    while (b > a && isPad(text.charCodeAt(b - 1))) b--;
    if (a === b) sawBlank = true;
    else {
      lines.push({ start: a, end: b, text: text.slice(a, b) });
      blankBefore.push(sawBlank);
      sawBlank = false;
    }
    if (e >= n) break;
    pos = next;
  }
  return { lines, blankBefore };
}

// ---------- word lists ----------

const stripQuotes = (s: string): string => s.replace(/[«»"“”„'‘’()[\]]/g, '').trim();
const key = (s: string): string =>
  foldArabic(stripQuotes(s))
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase();

const AGENCIES = new Set(bylines.agencies.map(key));
const PHOTO_AGENCIES = new Set([...bylines.photoAgencies, ...bylines.agencies].map(key));
const CITIES = new Set(bylines.cities.map(key));
const FOLLOW = new Set(bylines.follow.map(key));
const NOT_NAMES = new Set(bylines.notNames.map(key));
// Sticky, and tried at 0 by `atStart`: anchored patterns then cost nothing on lines they do not open.
const BYLINE_PREFIX = new RegExp(`^(?:${bylines.bylinePrefixes.map(escape).join('|')})\\s*[:：]?\\s+`, 'uy');
const PHOTO_PREFIX = new RegExp(`^(?:${bylines.photoPrefixes.map(escape).join('|')})\\s*[:：]\\s*`, 'uy');

/** `re.exec(s)` for a sticky pattern anchored with `^`: the one place it can match. */
function atStart(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

const FURNITURE_LINES = new Set(furniture.lines.map((s) => furnitureKey(s)));
const FURNITURE_PREFIXES = furniture.linePrefixes.map((s) => foldArabic(s).toLowerCase());
const FURNITURE_PATTERNS = furniture.linePatterns.map((p) => new RegExp(p, 'u'));

/**
 * Whether a pattern can only match at the start of the string: it starts with `^` and has no
 * top-level `|` (an alternative after one would not be anchored).
 */
export function anchoredAtStart(src: string): boolean {
  if (!src.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * All line patterns as one sticky alternation tried at the start of the line only, when every
 * one of them is anchored there (one regex call per line instead of one per pattern, and no scan
 * along lines that do not match); null otherwise.
 */
const FURNITURE_PATTERN_AT_START =
  furniture.linePatterns.length > 0 && furniture.linePatterns.every(anchoredAtStart)
    ? new RegExp(furniture.linePatterns.map((p) => `(?:${p})`).join('|'), 'uy')
    : null;

function matchesFurniturePattern(line: string): boolean {
  if (FURNITURE_PATTERN_AT_START === null) return FURNITURE_PATTERNS.some((re) => re.test(line));
  FURNITURE_PATTERN_AT_START.lastIndex = 0;
  return FURNITURE_PATTERN_AT_START.test(line);
}
const FOOTER_TRIGGERS = furniture.footerTriggers.map((s) => foldArabic(s).toLowerCase());
const TRAILING = furniture.trailing.map((s) => foldArabic(s));
const TAGS_MARKER = foldArabic(furniture.tagsMarker);
const LEADING = new RegExp(`^(${furniture.leading.map(escape).join('|')})\\s+`, 'iuy');
const TRAILING_ANY = new RegExp(TRAILING.map((m) => loosePattern(m)).join('|'), 'u');
const TRAILING_RES = TRAILING.map(
  (m) => [m, new RegExp(`(^|${SENTENCE_CLOSE_CLASS}\\s*|\\s)(${loosePattern(m)})(?=\\s|:|$)`, 'gu')] as const,
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function furnitureKey(s: string): string {
  return foldArabic(s)
    .toLowerCase()
    .replace(/^[\s:.،|•·]+|[\s:.،|•·]+$/gu, '')
    .replace(/\s+/g, ' ');
}

function isDigitUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** The last count made: the rules ask about the same line several times with different caps. */
let countedLine: string | null = null;
let countedCap = -1;
let counted = 0;

/** Number of whitespace-separated words in `s`, counting no further than `cap + 1`. */
function wordCount(s: string, cap = Infinity): number {
  // `counted` is min(words, countedCap + 1), so any smaller cap is answered from it.
  if (s === countedLine && cap <= countedCap) return Math.min(counted, cap + 1);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = isPad(s.charCodeAt(i));
    if (!sp && !inWord) {
      n++;
      if (n > cap) break;
    }
    inWord = !sp;
  }
  countedLine = s;
  countedCap = cap;
  counted = n;
  return n;
}

/** True when the last character of `s` is one of `chars` (BMP characters). */
function endsWithAny(s: string, chars: string): boolean {
  return s.length > 0 && endsAt(s.charCodeAt(s.length - 1), chars);
}

/** True when code unit `c` is one of `chars` (BMP characters). */
function endsAt(c: number, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

// ---------- furniture ----------

const LONGEST_LINE = Math.max(...furniture.lines.map((l) => l.length)) + 8;
const LONGEST_PREFIX = Math.max(
  ...furniture.linePrefixes.map((l) => l.length),
  ...furniture.footerTriggers.map((l) => l.length),
);

/** The start of a line that is folded to look for prefixes (marks and tatweel may shorten it). */
export const HEAD_CUT = LONGEST_PREFIX * 2 + 8;
/** The first two letters any prefix can start with: most lines need no further folding. */
const PREFIX_STARTS = new Set([...FURNITURE_PREFIXES, ...FOOTER_TRIGGERS].map((p) => p.slice(0, 2)));
/**
 * `foldArabic(c).toLowerCase()` for a code unit that folding keeps as one uncased-or-ASCII
 * character (Arabic letters, ASCII, general punctuation), or -1 when the full folding must decide
 * (marks, tatweel, spaces, other scripts). Checked against foldArabic by a test.
 */
export function foldedLowerUnit(c: number): number {
  if (c < 0x80) {
    if (c <= 0x20) return -1;
    return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return -1;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627;
    if (c === 0x0649) return 0x064a;
    if (c === 0x0629) return 0x0647;
    // Persian, Urdu and Kurdish letter variants (ک ی ە …) and the rest of the extended block: the
    // full folding decides, so this fast path can never disagree with it when it learns a letter.
    if (c > 0x0671) return -1;
    return c;
  }
  if (c >= 0x2010 && c <= 0x2027) return c; // dashes, quotes, bullets, ellipsis
  if (c === 0xab || c === 0xbb || c === 0xa9) return c; // « » ©
  return -1;
}

const PREFIX_STARTS_1 = new Set<number>();
const PREFIX_STARTS_2 = new Set<number>();
for (const p of PREFIX_STARTS) {
  if (p.length === 1) PREFIX_STARTS_1.add(p.charCodeAt(0));
  else PREFIX_STARTS_2.add(p.charCodeAt(0) * 0x10000 + p.charCodeAt(1));
}

function mayHavePrefix(line: string): boolean {
  if (line.length >= 2) {
    // The first two folded letters straight from the code units, when folding keeps both as they are.
    const a = foldedLowerUnit(line.charCodeAt(0));
    const b = foldedLowerUnit(line.charCodeAt(1));
    if (a >= 0 && b >= 0) return PREFIX_STARTS_2.has(a * 0x10000 + b) || PREFIX_STARTS_1.has(a);
  }
  const h = foldArabic(line.slice(0, 4)).toLowerCase();
  return PREFIX_STARTS.has(h.slice(0, 2)) || PREFIX_STARTS.has(h.slice(0, 1));
}

/** `foldArabic(line.slice(0, HEAD_CUT)).toLowerCase()`, as far as any prefix reaches, for the last line asked. */
const HEAD = new Uint16Array(LONGEST_PREFIX);
let headLine: string | null = null;
/** Units in HEAD, or -1 when the line has a unit only the full folding handles. */
let headLength = 0;

function foldHead(line: string): number {
  if (line === headLine) return headLength;
  const cut = Math.min(line.length, HEAD_CUT);
  let n = 0;
  let space = false;
  for (let i = 0; i < cut && n < LONGEST_PREFIX; i++) {
    const c = line.charCodeAt(i);
    // foldArabic's rules: marks and tatweel dropped, whitespace runs one space between words.
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    if (isFoldSpace(c)) {
      space = n > 0;
      continue;
    }
    if (space) {
      HEAD[n++] = 0x20;
      space = false;
      if (n >= LONGEST_PREFIX) break;
    }
    const f = foldedLowerUnit(c);
    if (f < 0) {
      n = -1;
      break;
    }
    HEAD[n++] = f;
  }
  headLine = line;
  headLength = n;
  return n;
}

/** Whether the folded, lowercased start of `line` begins with one of `prefixes` (folded, lowercased). */
export function foldedStartsWith(line: string, prefixes: readonly string[]): boolean {
  const n = foldHead(line);
  if (n < 0) {
    const head = foldArabic(line.slice(0, HEAD_CUT)).toLowerCase();
    return prefixes.some((p) => head.startsWith(p));
  }
  next: for (const p of prefixes) {
    if (p.length > n) continue;
    for (let k = 0; k < p.length; k++) if (p.charCodeAt(k) !== HEAD[k]) continue next;
    return true;
  }
  return false;
}

function isFurnitureLine(line: string): boolean {
  if (line.length <= LONGEST_LINE && FURNITURE_LINES.has(furnitureKey(line))) return true;
  if (line.length <= 300 && matchesFurniturePattern(line)) return true;
  // A prefix makes a line furniture only when the line is short: a body paragraph is never eaten.
  if (!mayHavePrefix(line)) return false;
  return foldedStartsWith(line, FURNITURE_PREFIXES) && wordCount(line, 25) <= 25;
}

function isFooterTrigger(line: string): boolean {
  return mayHavePrefix(line) && foldedStartsWith(line, FOOTER_TRIGGERS);
}

/**
 * Where a furniture tail (tag list `سمات …`, `رابط الخبر بصحيفة …`) starts inside the last
 * body line, as an offset into `line.text`, or -1. The tail must follow a sentence end or start
 * the line, and be short.
 */
function trailingFurniture(line: string): number {
  // A tail has at most 30 words: only the end of the line needs scanning.
  let from = line.length;
  for (let words = 0, inWord = false; from > 0; from--) {
    const sp = isPad(line.charCodeAt(from - 1));
    if (!sp && !inWord && ++words > 31) break;
    inWord = !sp;
  }
  const base = from;
  const hay = base > 0 ? line.slice(base) : line;
  if (!TRAILING_ANY.test(hay)) return -1;
  for (const [marker, re] of TRAILING_RES) {
    const isTags = marker === TAGS_MARKER;
    let best = -1;
    for (const m of hay.matchAll(re)) {
      // At the cut, the marker only counts where a word starts (the `^` alternative).
      if (base > 0 && m.index === 0 && m[1] === '' && !isPad(line.charCodeAt(base - 1))) continue;
      const at = base + m.index! + m[1]!.length;
      const tail = line.slice(at);
      if (wordCount(tail) > 30) continue;
      // A tag list has no sentence punctuation and follows a sentence end (or starts the line).
      if (isTags && (hasClauseMarkOrColon(tail) || !(at === 0 || endsAfterSentenceClose(line.slice(0, at)))))
        continue;
      best = at;
    }
    if (best >= 0) return best;
  }
  return -1;
}

// ---------- bylines and datelines ----------

type PieceKind = 'AG' | 'CITY' | 'FOLLOW' | 'PERSON' | 'UNKNOWN';

interface Piece {
  start: number;
  end: number;
  kind: PieceKind;
}

function classifyPiece(raw: string): PieceKind {
  const k = key(raw);
  if (!k) return 'UNKNOWN';
  if (CITIES.has(k)) return 'CITY';
  if (AGENCIES.has(k)) return 'AG';
  if (FOLLOW.has(k)) return 'FOLLOW';
  // Several authors: `عبدالرحمن الشهري، رغد عشميل`.
  const names = stripQuotes(raw).split(/\s*[،,]\s*/);
  if (names.length <= 3 && names.every(isPersonName)) return 'PERSON';
  return 'UNKNOWN';
}

/** Two to five Arabic words, none of them a function word, verb or title from `notNames`. */
function isPersonName(s: string): boolean {
  const words = s.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    s.length <= 40 &&
    words.every(
      (w) => isArabicWordForm(w) && !NOT_NAMES.has(key(w)),
    )
  );
}

/** Splits `s` (offset `base` in the text) into pieces and the separators after each. */
function pieces(s: string, base: number): { pieces: Piece[]; seps: string[] } {
  const out: Piece[] = [];
  const seps: string[] = [];
  let pos = 0;
  // spaced dashes or tatweel, and colons
  for (const m of separators(s, 'pieces')) {
    if (m.index > pos) {
      out.push({
        start: base + pos,
        end: base + m.index,
        kind: m.index - pos > 45 ? 'UNKNOWN' : classifyPiece(s.slice(pos, m.index)),
      });
      seps.push(m.text);
    }
    pos = m.index + m.text.length;
  }
  if (pos < s.length) {
    out.push({
      start: base + pos,
      end: base + s.length,
      kind: s.length - pos > 45 ? 'UNKNOWN' : classifyPiece(s.slice(pos)),
    });
    seps.push('');
  }
  return { pieces: out, seps };
}

interface Credit {
  byline: [number, number, string] | null;
  dateline: [number, number, string] | null;
}

/**
 * Reads a run of pieces as byline and/or dateline: a person with an outlet or "متابعات" is the
 * byline; a city with the agency next to it is the dateline. Needs at least one city or agency,
 * and every piece must be known.
 */
function readCredit(ps: Piece[]): Credit | null {
  if (ps.length < 1 || ps.length > 4) return null;
  if (ps.some((p) => p.kind === 'UNKNOWN')) return null;
  const count = (k: PieceKind): number => ps.filter((p) => p.kind === k).length;
  if (count('CITY') + count('AG') === 0 && !(count('PERSON') === 1 && count('FOLLOW') >= 1)) return null;
  if (count('CITY') > 1 || count('PERSON') > 1) return null;
  const claimed = new Set<number>();
  let byline: Credit['byline'] = null;
  let dateline: Credit['dateline'] = null;
  const pi = ps.findIndex((p) => p.kind === 'PERSON');
  if (pi >= 0) {
    let a = pi;
    let b = pi;
    claimed.add(pi);
    const next = ps[pi + 1];
    if (next && (next.kind === 'AG' || next.kind === 'FOLLOW')) {
      b = pi + 1;
      claimed.add(pi + 1);
      // `خالد خليل- سبق- متابعة`
      const after = ps[pi + 2];
      if (after && after.kind === 'FOLLOW') {
        b = pi + 2;
        claimed.add(pi + 2);
      }
    }
    const prev = ps[pi - 1];
    if (b === pi && prev && prev.kind === 'AG') {
      // `عين اليوم – هيفاء عبدالله`
      a = pi - 1;
      claimed.add(pi - 1);
    }
    const rule = b > a ? 'rule:byline/name-outlet' : 'rule:byline/name';
    byline = [ps[a]!.start, ps[b]!.end, rule];
    a = b;
  }
  const ci = ps.findIndex((p) => p.kind === 'CITY');
  if (ci >= 0) {
    let a = ci;
    let b = ci;
    claimed.add(ci);
    const prev = ps[ci - 1];
    const next = ps[ci + 1];
    if (next && next.kind === 'AG' && !claimed.has(ci + 1)) {
      b = ci + 1;
      claimed.add(ci + 1);
    } else if (prev && prev.kind === 'AG' && !claimed.has(ci - 1)) {
      a = ci - 1;
      claimed.add(ci - 1);
    }
    dateline = [ps[a]!.start, ps[b]!.end, b > a ? 'rule:dateline/city-agency' : 'rule:dateline/city'];
  }
  if (!byline && !dateline) {
    // Outlet credit alone: `عين اليوم – متابعات`.
    if (ps.length === 2 && ps[0]!.kind === 'AG' && ps[1]!.kind === 'FOLLOW') {
      byline = [ps[0]!.start, ps[1]!.end, 'rule:byline/outlet'];
      claimed.add(0).add(1);
    } else return null;
  }
  if (claimed.size !== ps.length) return null;
  return { byline, dateline };
}

/** A whole short line that is a byline/dateline (`رغد عشميل – عين اليوم`, `الرياض - واس`, `كتب: …`). */
function creditLine(line: Line): Credit | null {
  if (wordCount(line.text, 9) > 9 || endsWithClauseMark(line.text)) return null;
  const pre = atStart(BYLINE_PREFIX, line.text);
  if (pre) {
    const rest = line.text.slice(pre[0].length);
    if (wordCount(rest) >= 2 && wordCount(rest) <= 6 && !hasClauseMark(rest)) {
      return { byline: [line.start, line.end, 'rule:byline/prefix'], dateline: null };
    }
  }
  const { pieces: ps, seps } = pieces(line.text, line.start);
  if (ps.length < 2) return null;
  // Trailing colon is allowed (`فلان - سبق:` on its own line), inner ones too.
  void seps;
  return readCredit(ps);
}

/**
 * A byline/dateline opening the first body paragraph: `الرياض - واس - …`, `جدة: …`,
 * `القاهرة ـ «الشرق الأوسط»: …`, `فهد العتيبي- سبق: …`. Takes the longest run of known pieces
 * that ends at a separator and is followed by the sentence.
 */
function inlineCredit(line: Line): Credit | null {
  const head = line.text.slice(0, 90);
  // Every inline credit is closed by a dash or colon early in the paragraph.
  if (!hasDashOrColon(head.slice(0, 70))) return null;
  const { pieces: ps, seps } = pieces(head, line.start);
  let best: Credit | null = null;
  for (let k = 1; k <= Math.min(4, ps.length - 1); k++) {
    const sep = seps[k - 1] ?? '';
    if (!hasDashOrColon(sep)) continue;
    const run = ps.slice(0, k);
    if (run.some((p) => p.kind === 'UNKNOWN')) break;
    // A lone city must be closed by a colon or dash and be the whole run (`جدة: …`).
    const c = readCredit(run);
    if (c) best = c;
  }
  return best;
}

// ---------- agency datelines with dates ----------

interface DatedDateline {
  dateline: [number, number];
  published: { start: number; end: number; value: string } | null;
}

/**
 * The news-agency dateline `بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`: a city, one or two
 * dates, and the agency. `inline` reads it at the start of a paragraph, where it must be closed
 * by a dash or colon (`الرياض 10 أغسطس 2015 (واس) - …`); otherwise it is the whole line.
 */
function datedDateline(text: string, start: number, end: number, inline: boolean): DatedDateline | null {
  // A standalone dateline is a short line; a body paragraph is never read as one.
  if (!inline && (end - start > 160 || wordCount(text.slice(start, end), 20) > 20)) return null;
  // The place comes first and is short: at most four words before the first digit.
  // The first digit within 50 units must come after 1 to 45 others (the line may run on).
  let digit = start;
  const window = Math.min(text.length, start + 50);
  while (digit < window && !isDigitUnit(text.charCodeAt(digit))) digit++;
  if (digit === window || digit === start || digit - start > 45) return null;
  if (wordCount(text.slice(start, digit), 4) > 4) return null;
  const limit = inline ? Math.min(end, start + 140) : end;
  const dates = findAbsoluteDates(text, start, limit);
  const first = dates[0];
  if (!first) return null;
  const city = trimEndSeparators(text.slice(start, first.start));
  let last = first;
  for (const d of dates.slice(1)) {
    if (!joinsEquivalentDates(text.slice(last.end, d.start))) break;
    last = d;
  }
  // A known city; or, when a Hijri and a Gregorian date are joined (`… الموافق …`), any short
  // place name: that shape is an agency dateline and nothing else.
  const doubleDated = last !== first;
  const placeLike = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}(?:\s*\([\p{L}\s]{2,20}\))?$/u.test(city);
  if (!CITIES.has(key(city)) && !(doubleDated && placeLike)) return null;
  const rest = text.slice(last.end, limit);
  let stop: number;
  if (inline) {
    const m = creditBeforeDash(rest);
    if (!m || !AGENCIES.has(key(m.name))) return null;
    stop = last.end + m.length;
  } else {
    // `2015 مواس`, `2015م .واس`: a Gregorian mark glued to the agency.
    const tail = dropGregorianMark(trimSeparators(rest));
    if (tail && !AGENCIES.has(key(tail))) return null;
    stop = end;
  }
  const used = dates.filter((d) => d.start >= first.start && d.end <= last.end);
  const g =
    used.find((d) => d.calendar === 'gregorian' && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) ??
    used.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  return { dateline: [start, stop], published: g ? { start: g.start, end: g.end, value: g.value } : null };
}

/** A photo credit on its own line before the body: `تصوير: علي الزهراني`. */
function photoCreditLine(line: Line): [number, number] | null {
  const m = atStart(PHOTO_PREFIX, line.text);
  if (!m) return null;
  const name = line.text.slice(m[0].length);
  if (!isPersonName(name.replace(/[\s.]+$/u, '')) && !/^[A-Za-z][A-Za-z .'-]{2,40}$/.test(name)) return null;
  return [line.start + m[0].length, line.end];
}

// ---------- dates, captions, headline ----------

/** A clock time and its suffix, and the words a date line may hold beside its date (furniture.json dateLine). */
const DATE_LINE_CLOCK = new RegExp(`\\d{1,2}:\\d{2}(\\s*(${furniture.dateLine.clockSuffixes.map(escape).join('|')}))?`, 'gu');
const DATE_LINE_WORDS = new RegExp(`(${furniture.dateLine.words.map(escape).join('|')})`, 'gu');

/** A line that is (almost) only a date: `26 مايو 2021`, `نشر في: الأربعاء 26 مايو 2021 - 10:30`. */
function dateLine(
  text: string,
  line: Line,
): { start: number; end: number; value: string; source: string } | null {
  if (wordCount(line.text, 14) > 14) return null;
  // A full date has a day and a four-digit year: five digits at least.
  let digits = 0;
  for (let i = 0; i < line.text.length && digits < 5; i++) {
    const c = line.text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digits++;
  }
  if (digits < 5) return null;
  const dates = findAbsoluteDates(text, line.start, line.end).filter((d) =>
    /^\d{4}-\d{2}-\d{2}$/.test(d.value),
  );
  if (dates.length === 0) return null;
  const covered = dates.reduce((n, d) => n + (d.end - d.start), 0);
  const rest = (
    text.slice(line.start, dates[0]!.start) +
    ' ' +
    text.slice(dates[dates.length - 1]!.end, line.end)
  )
    .replace(DATE_LINE_CLOCK, '')
    .replace(DATE_LINE_WORDS, '')
    .replace(/[\s:|،,\-–—/()]+/gu, '');
  if (rest.length > 4 || covered < 6) return null;
  // Prefer the Gregorian date where a line gives both calendars.
  const d = dates.find((x) => x.calendar === 'gregorian') ?? dates[0]!;
  return {
    start: d.start,
    end: d.end,
    value: d.value,
    source: `rule:published/date-line(${d.source.replace(/^rule:/, '')})`,
  };
}

interface CaptionParse {
  caption: [number, number];
  photographer: [number, number] | null;
  agency: [number, number] | null;
  source: string;
}

/** Reads a credit inside parentheses: `نتاليا كوليسنيكوفا/فرانس برس`, `Getty`, `أ ف ب`, `تصوير: …`. */
function readPhotoCredit(
  text: string,
  start: number,
  end: number,
): { photographer: [number, number] | null; agency: [number, number] | null } | null {
  let s = start;
  const inner = text.slice(start, end);
  const pre = atStart(PHOTO_PREFIX, inner);
  if (pre) s += pre[0].length;
  const body = text.slice(s, end);
  const parts: [number, number][] = [];
  let pos = 0;
  for (const m of body.matchAll(/\s*[/|،,]\s*|\s+-\s+/gu)) {
    parts.push([s + pos, s + m.index!]);
    pos = m.index! + m[0].length;
  }
  parts.push([s + pos, end]);
  // Spaces inside the parentheses are not part of the names.
  for (const p of parts) {
    while (p[0] < p[1] && isPad(text.charCodeAt(p[0]))) p[0]++;
    while (p[1] > p[0] && isPad(text.charCodeAt(p[1] - 1))) p[1]--;
  }
  if (parts.length > 2 || parts.some((p) => p[0] === p[1])) return null;
  const isAgency = (p: [number, number]): boolean => PHOTO_AGENCIES.has(key(text.slice(p[0], p[1])));
  const isLatinCredit = (p: [number, number]): boolean =>
    /^[A-Za-z][A-Za-z .&-]{1,30}$/.test(text.slice(p[0], p[1]));
  const isName = (p: [number, number]): boolean =>
    classifyPiece(text.slice(p[0], p[1])) === 'PERSON' ||
    /^[A-Za-z][A-Za-z .'-]{2,40}$/.test(text.slice(p[0], p[1]));
  if (parts.length === 1) {
    const p = parts[0]!;
    if (isAgency(p) || (!pre && isLatinCredit(p))) return { photographer: null, agency: p };
    if (pre && isName(p)) return { photographer: p, agency: null };
    return null;
  }
  const [a, b] = [parts[0]!, parts[1]!];
  if (isAgency(b) && (isName(a) || pre)) return { photographer: a, agency: b };
  if (isAgency(a) && isName(b)) return { photographer: b, agency: a };
  return null;
}

/** A short line before the body ending in a parenthesised photo credit. */
function captionLine(text: string, line: Line): CaptionParse | null {
  if (wordCount(line.text, 45) > 45 || !line.text.endsWith(')')) return null;
  const m = /\(([^()]{2,80})\)\s*$/u.exec(line.text);
  if (!m) return null;
  const open = line.start + m.index;
  const innerStart = open + 1;
  const innerEnd = innerStart + m[1]!.length;
  const cap = text.slice(line.start, open).replace(TRIM_RIGHT, '');
  if (wordCount(cap) < 2) return null;
  // A body sentence that happens to end in `(رويترز)` ends with a full stop and runs long.
  if (/[.]$/u.test(cap) && wordCount(cap) > 20) return null;
  const credit = readPhotoCredit(text, innerStart, innerEnd);
  if (!credit) return null;
  return {
    caption: [line.start, line.start + cap.length],
    ...credit,
    source: 'rule:caption/parenthesised-credit',
  };
}

function headlineLike(line: Line): boolean {
  if (line.text.length > 200 || wordCount(line.text, 25) > 25 || wordCount(line.text, 2) < 2) return false;
  if (endsWithAny(line.text, '.،,:؛')) return false;
  return /\p{Script=Arabic}/u.test(line.text);
}

function sameTitle(a: string, b: string): boolean {
  const fa = key(a).replace(/[^\p{L}\p{N}]+/gu, '');
  const fb = key(b).replace(/[^\p{L}\p{N}]+/gu, '');
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  const [short, long] = fa.length < fb.length ? [fa, fb] : [fb, fa];
  return long.includes(short) && short.length >= long.length * 0.8;
}

/** A body paragraph: long, or a full sentence. */
function bodyLike(line: Line): boolean {
  const n = wordCount(line.text, 14);
  return n >= 14 || (n >= 6 && endsWithStopOrQuote(line.text));
}

// ---------- the extractor ----------

export function extractPlainText(text: string, opts: StructureOptions = {}): ArticleStructure {
  const art = emptyArticle();
  const { lines, blankBefore } = splitLines(text);
  const TOP_MAX = 8;

  let i = 0;
  let contentSeen = false;
  for (; i < lines.length && i < TOP_MAX; i++) {
    let line = lines[i]!;
    const lead = atStart(LEADING, line.text);
    if (lead && lead[0].length < line.text.length) {
      const cut = line.start + lead[0].length;
      art.boilerplate.push(
        sourced(text, line.start, line.start + lead[1]!.length, 'rule:boilerplate/leading'),
      );
      line = { start: cut, end: line.end, text: text.slice(cut, line.end) };
      lines[i] = line;
    }
    if (isFurnitureLine(line.text)) {
      art.boilerplate.push(sourced(text, line.start, line.end, 'rule:boilerplate/line'));
      continue;
    }
    if (!art.dateline) {
      const d = datedDateline(text, line.start, line.end, false);
      if (d) {
        art.dateline = sourced(text, d.dateline[0], d.dateline[1], 'rule:dateline/city-date-agency');
        if (d.published && !art.published) {
          art.published = {
            ...sourced(text, d.published.start, d.published.end, 'rule:published/dateline-date'),
            value: d.published.value,
          };
        }
        contentSeen = true;
        continue;
      }
    }
    if (!art.published) {
      const d = dateLine(text, line);
      if (d) {
        art.published = { ...sourced(text, d.start, d.end, d.source), value: d.value };
        continue;
      }
    }
    if (!art.credit.photographer && !art.credit.agency) {
      const p = photoCreditLine(line);
      if (p) {
        art.credit.photographer = sourced(text, p[0], p[1], 'rule:credit/photo-line');
        contentSeen = true;
        continue;
      }
    }
    // A columnist's name alone on the first line, when the container title reads `Name: …`.
    if (
      !art.byline &&
      !contentSeen &&
      opts.title &&
      isPersonName(line.text) &&
      wordCount(line.text, 4) <= 4
    ) {
      const t = key(opts.title);
      const n = key(line.text);
      if (t.startsWith(n) && /^\s*:/u.test(t.slice(n.length))) {
        art.byline = sourced(text, line.start, line.end, 'rule:byline/columnist-title');
        contentSeen = true;
        continue;
      }
    }
    if (!art.byline && !art.dateline) {
      const c = creditLine(line);
      if (c) {
        if (c.byline) art.byline = sourced(text, c.byline[0], c.byline[1], c.byline[2]);
        if (c.dateline) art.dateline = sourced(text, c.dateline[0], c.dateline[1], c.dateline[2]);
        contentSeen = true;
        continue;
      }
    }
    if (!art.caption && !bodyLike(line)) {
      const c = captionLine(text, line);
      if (c) {
        art.caption = sourced(text, c.caption[0], c.caption[1], c.source);
        if (c.photographer)
          art.credit.photographer = sourced(
            text,
            c.photographer[0],
            c.photographer[1],
            'rule:credit/photographer',
          );
        if (c.agency) art.credit.agency = sourced(text, c.agency[0], c.agency[1], 'rule:credit/agency');
        contentSeen = true;
        continue;
      }
    }
    if (!art.headline && !contentSeen && headlineLike(line) && i + 1 < lines.length) {
      if (opts.title ? sameTitle(line.text, opts.title) : !bodyLike(line)) {
        art.headline = sourced(
          text,
          line.start,
          line.end,
          opts.title ? 'rule:headline/title-match' : 'rule:headline/first-line',
        );
        contentSeen = true;
        continue;
      }
    }
    break;
  }

  // Body: every remaining line, minus furniture; hard-wrapped lines (no blank line between,
  // the text otherwise separates paragraphs with blank lines) are joined.
  let blanks = 0;
  for (let k = i + 1; k < blankBefore.length && blanks < 2; k++) if (blankBefore[k]) blanks++;
  const blankSeparated = blanks >= 2;
  let footer = false;
  const paras: [number, number][] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (footer || isFooterTrigger(line.text)) {
      footer = true;
      art.boilerplate.push(sourced(text, line.start, line.end, 'rule:boilerplate/footer'));
      continue;
    }
    if (isFurnitureLine(line.text)) {
      art.boilerplate.push(sourced(text, line.start, line.end, 'rule:boilerplate/line'));
      continue;
    }
    const prev = paras[paras.length - 1];
    if (prev && blankSeparated && !blankBefore[i] && !isParagraphClose(text.charCodeAt(prev[1] - 1))) {
      prev[1] = line.end;
    } else {
      paras.push([line.start, line.end]);
    }
  }

  // A tag list or "link to this story" tail at the end of the last paragraph.
  const last = paras[paras.length - 1];
  if (last) {
    const lt = text.slice(last[0], last[1]);
    const at = trailingFurniture(lt);
    if (at >= 0) {
      art.boilerplate.push(sourced(text, last[0] + at, last[1], 'rule:boilerplate/trailing'));
      const keep = lt.slice(0, at).replace(TRIM_RIGHT, '');
      if (keep.length === 0) paras.pop();
      else last[1] = last[0] + keep.length;
    }
  }
  art.paragraphs = paras.map(([s, e]) => sourced(text, s, e, 'rule:paragraph/line'));

  // A dateline or byline opening the first paragraph stays inside it.
  const first = paras[0];
  if (first && !art.dateline) {
    const d = datedDateline(text, first[0], first[1], true);
    if (d) {
      art.dateline = sourced(text, d.dateline[0], d.dateline[1], 'rule:dateline/city-date-agency-inline');
      if (d.published && !art.published) {
        art.published = {
          ...sourced(text, d.published.start, d.published.end, 'rule:published/dateline-date'),
          value: d.published.value,
        };
      }
    }
  }
  if (first && !art.dateline) {
    const c = inlineCredit({ start: first[0], end: first[1], text: text.slice(first[0], first[1]) });
    // A byline line above the body does not stop a dateline from opening the first paragraph.
    if (c && !(c.byline && art.byline)) {
      if (c.byline) art.byline = sourced(text, c.byline[0], c.byline[1], c.byline[2] + '-inline');
      if (c.dateline) art.dateline = sourced(text, c.dateline[0], c.dateline[1], c.dateline[2] + '-inline');
    }
  }
  art.boilerplate.sort((a, b) => a.start - b.start);
  return art;
}
