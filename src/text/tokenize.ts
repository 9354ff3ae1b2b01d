/**
 * Tokenisation of Arabic news text into words, numbers, Latin words, punctuation, symbols and
 * emoji, with UTF-16 offsets into the original text.
 *
 * A single pass over code units with a lookup table of character classes (built once), because
 * this runs over every article: no per-character regex. The text between tokens (the gaps) is
 * whitespace and stray invisible controls only, so tokens plus gaps rebuild the text exactly.
 */
import type { Token, TokenKind } from '../doc/types.ts';
import { changesUnderDefault, normalizeDefault } from './normalize.ts';
import { prebuilt } from './prebuilt.ts';
import {
  AR_LETTER,
  AR_MARK,
  CLASS,
  DIGIT,
  EMOJI,
  EMOJI_MOD,
  HIGH,
  INVISIBLE,
  LATIN,
  LOW,
  MARK,
  OTHER,
  OTHER_LETTER,
  PUNCT,
  SPACE,
  SYMBOL,
} from './charclass.ts';

/**
 * 1 for code units that the default normalisation may change, so tokens without any skip
 * `normalize`. ر is left out: it only changes between digits, and number tokens are always
 * normalised.
 */
export function normalizationTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (c !== 0x0631 && changesUnderDefault(c)) t[c] = 1;
  return t;
}

const NEEDS_NORM = prebuilt('needs-norm', (n) => new Uint8Array(n)) ?? normalizationTable();

/** How each code unit continues an Arabic word, in one lookup (the word loop runs for most of the text). */
const W_STOP = 0;
const W_CLEAN = 1;
const W_DIRTY = 2;
const W_MARK = 3;
const W_INVISIBLE = 4;
/** The word table (the build keeps it: prebuilt.ts). */
export function wordTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = CLASS[c];
    if (k === AR_LETTER) t[c] = NEEDS_NORM[c] ? W_DIRTY : W_CLEAN;
    else if (k === AR_MARK || k === MARK) t[c] = W_MARK;
    else if (k === INVISIBLE) t[c] = W_INVISIBLE;
  }
  return t;
}
const WORD = prebuilt('word', (n) => new Uint8Array(n)) ?? wordTable();

const ARABIC_UNITS: readonly string[] = Array.from({ length: 0x100 }, (_, k) =>
  String.fromCharCode(0x0600 + k),
);
const PUNCTUATION_UNITS: readonly string[] = Array.from({ length: 0x70 }, (_, k) =>
  String.fromCharCode(0x2000 + k),
);

/** `text[i]` (code unit `c`) as a string, shared for the Arabic block and general punctuation. */
function unitString(text: string, i: number, c: number): string {
  if (c >= 0x0600 && c <= 0x06ff) return ARABIC_UNITS[c - 0x0600]!;
  if (c >= 0x2000 && c < 0x2070) return PUNCTUATION_UNITS[c - 0x2000]!;
  return text.slice(i, i + 1);
}

function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function isEmojiCodePoint(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp < 0x10000 && CLASS[cp] === EMOJI);
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** End of the emoji sequence starting at `i` (a base already checked). */
function scanEmoji(text: string, i: number, end: number): number {
  const first = codePointAt(text, i, end);
  let j = i + (first > 0xffff ? 2 : 1);
  if (isRegionalIndicator(first)) {
    const next = j < end ? codePointAt(text, j, end) : 0;
    return isRegionalIndicator(next) ? j + 2 : j;
  }
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0e || c === 0xfe0f || c === 0x20e3) {
      j++;
      continue;
    }
    const cp = codePointAt(text, j, end);
    if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      j += 2; // skin tone modifier, or a tag character of a subdivision flag
      continue;
    }
    if (c === 0x200d && j + 1 < end) {
      const next = codePointAt(text, j + 1, end);
      if (isEmojiCodePoint(next)) {
        j += 1 + (next > 0xffff ? 2 : 1);
        continue;
      }
    }
    break;
  }
  return j;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s"'«»“”<>()\[\]{}\u0600-\u06ff]+/iy;
const EMAIL_RE = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/iy;

/** End of a URL or e-mail address starting at `i`, trailing sentence punctuation left out; or `i`. */
function scanAddress(text: string, i: number, end: number): number {
  for (const re of [URL_RE, EMAIL_RE]) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    let j = Math.min(end, i + m[0].length);
    while (j > i) {
      const c = text.charCodeAt(j - 1);
      if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x060c)
        j--;
      else break;
    }
    return j;
  }
  return i;
}

function isAllTatweel(text: string, i: number, j: number): boolean {
  for (; i < j; i++) if (text.charCodeAt(i) !== 0x0640) return false;
  return true;
}

function isDecimalSeparator(c: number): boolean {
  // . , : and the Arabic decimal/thousands separators, and ر as written in `4ر16`
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x066b || c === 0x066c || c === 0x0631;
}

/**
 * Tokens of `text[start, end)`, offsets into `text`. Kinds: `word` (Arabic), `number`
 * (incl. `4ر16`, `2,5`, `2.5`, `١٥`, `10:30`), `latin` (Latin and other non-Arabic scripts, incl.
 * `U.S.`, `COVID-19`), `punct` (one mark per token, a run of dots is one ellipsis), `symbol`
 * (incl. `%`, lone surrogates), `emoji` (incl. ZWJ sequences, flags, keycaps).
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return tokenizeInto(text, start, end, []);
}

/** `tokenize`, appending to `out` (which it returns): saves copying when tokenizing block by block. */
export function tokenizeInto(text: string, start: number, end: number, out: Token[]): Token[] {
  if (start < 0) start = 0;
  if (end > text.length) end = text.length;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const w0 = WORD[c]!;
    if (w0 === W_CLEAN || w0 === W_DIRTY) {
      // Most tokens are Arabic words that start with a letter: a tight loop over their letters.
      let j = i + 1;
      let dirty = w0 === W_DIRTY;
      for (;;) {
        let w = W_STOP;
        while (j < end && (w = WORD[text.charCodeAt(j)]!) === W_CLEAN) j++;
        if (j >= end || w === W_STOP) break;
        dirty = true;
        if (w !== W_INVISIBLE) j++;
        else {
          // ZWNJ/ZWJ/RLM inside a word belong to it; trailing ones fall into the gap.
          let m = j + 1;
          while (m < end && CLASS[text.charCodeAt(m)] === INVISIBLE) m++;
          if (m < end && CLASS[text.charCodeAt(m)] === AR_LETTER) j = m + 1;
          else break;
        }
      }
      const t = text.slice(i, j);
      out.push({ start: i, end: j, text: t, kind: 'word', norm: dirty ? normalizeDefault(t) : t });
      i = j;
      continue;
    }
    const cls = CLASS[c]!;
    if (cls === SPACE || cls === INVISIBLE) {
      i++;
      continue;
    }
    i = otherToken(text, i, end, c, cls, out);
  }
  return out;
}

/**
 * The token starting at `i` that is not an Arabic word starting with a letter (numbers, Latin,
 * punctuation, symbols, emoji, words starting with a mark), appended to `out`; returns its end.
 * Kept apart so the loop over the common tokens stays small.
 */
function otherToken(text: string, i: number, end: number, c: number, cls: number, out: Token[]): number {
  let j = i + 1;
  let kind: TokenKind;
  // Whether normalize may change the token: -1 not known yet (found by a scan below).
  let dirty = -1;
  switch (cls) {
    case AR_LETTER:
    case AR_MARK: {
      kind = 'word';
      let letters = cls === AR_LETTER;
      dirty = cls === AR_LETTER ? NEEDS_NORM[c]! : 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        const k = CLASS[d]!;
        if (k === AR_LETTER) {
          letters = true;
          dirty |= NEEDS_NORM[d]!;
          j++;
        } else if (k === AR_MARK || k === MARK) {
          dirty = 1;
          j++;
        } else if (k === INVISIBLE) {
          dirty = 1;
          // ZWNJ/ZWJ/RLM inside a word belong to it; trailing ones fall into the gap.
          let m = j + 1;
          while (m < end && CLASS[text.charCodeAt(m)] === INVISIBLE) m++;
          if (m < end && CLASS[text.charCodeAt(m)] === AR_LETTER) j = m + 1;
          else break;
        } else break;
      }
      // A run of tatweel alone is a dash (`القاهرة ـ «الشرق الأوسط»`); marks alone are a symbol.
      if (!letters) kind = isAllTatweel(text, i, j) ? 'punct' : 'symbol';
      break;
    }
    case DIGIT: {
      kind = 'number';
      while (j < end) {
        const d = text.charCodeAt(j);
        const k = CLASS[d]!;
        if (k === DIGIT) j++;
        else if (isDecimalSeparator(d) && j + 1 < end && CLASS[text.charCodeAt(j + 1)] === DIGIT) j += 2;
        else break;
      }
      if (j === i + 1 && j < end && CLASS[text.charCodeAt(j)] === EMOJI_MOD) {
        kind = 'emoji'; // keycap 1️⃣
        j = scanEmoji(text, i, end);
      }
      break;
    }
    case LATIN:
    case OTHER_LETTER: {
      kind = 'latin';
      let segment = 1; // letters since the start or the last acronym dot
      let dots = 0;
      while (j < end) {
        const d = text.charCodeAt(j);
        const k = CLASS[d]!;
        if (k === LATIN || k === OTHER_LETTER || k === MARK || (d >= 0x30 && d <= 0x39)) {
          j++;
          segment++;
          continue;
        }
        const next = j + 1 < end ? CLASS[text.charCodeAt(j + 1)]! : OTHER;
        if ((d === 0x27 || d === 0x2019) && (next === LATIN || next === OTHER_LETTER)) {
          j += 2; // O'Brien, don't
          segment++;
          continue;
        }
        if (d === 0x2d && (next === LATIN || next === OTHER_LETTER || next === DIGIT)) {
          j += 2; // COVID-19, al-Assad
          segment++;
          continue;
        }
        if (d === 0x2e && segment === 1 && (next === LATIN || (dots > 0 && next !== DIGIT))) {
          // U.S., U.N., e.g.: single letters joined by dots, including the final dot
          j++;
          dots++;
          segment = 0;
          continue;
        }
        break;
      }
      if (j < end && cls === LATIN) {
        const d = text.charCodeAt(j);
        // Web addresses and e-mail addresses stay one token: checked only where a Latin run
        // stops at : . @ / or at _ % + of an address's local part (info_desk@…), so ordinary
        // words pay nothing.
        if (d === 0x3a || d === 0x2e || d === 0x40 || d === 0x2f || d === 0x5f || d === 0x25 || d === 0x2b)
          j = Math.max(j, scanAddress(text, i, end));
      }
      break;
    }
    case HIGH: {
      const cp = codePointAt(text, i, end);
      if (cp > 0xffff) {
        if (isEmojiCodePoint(cp)) {
          kind = 'emoji';
          j = scanEmoji(text, i, end);
        } else {
          kind = 'symbol';
          j = i + 2;
        }
      } else kind = 'symbol'; // lone surrogate
      break;
    }
    case EMOJI:
      kind = 'emoji';
      j = scanEmoji(text, i, end);
      break;
    case PUNCT:
      kind = 'punct';
      if (c === 0x2e) while (j < end && text.charCodeAt(j) === 0x2e) j++;
      else if (j < end && text.charCodeAt(j) === 0xfe0f) {
        kind = 'emoji'; // ‼️
        j = scanEmoji(text, i, end);
      }
      break;
    case SYMBOL:
      kind = 'symbol';
      if (j < end && text.charCodeAt(j) === 0xfe0f) {
        kind = 'emoji'; // ©️ ™️
        j = scanEmoji(text, i, end);
      }
      break;
    case MARK:
    case EMOJI_MOD:
    case LOW:
    default:
      kind = 'symbol';
      break;
  }
  // One-unit tokens (، ؟ « » and the like) are shared strings: V8 only caches them below U+0100.
  const t = j === i + 1 ? unitString(text, i, c) : text.slice(i, j);
  if (kind === 'number') dirty = 1;
  else if (dirty < 0 || (kind !== 'word' && dirty === 0)) {
    dirty = 0;
    for (let k = i; k < j && !dirty; k++) dirty = NEEDS_NORM[text.charCodeAt(k)]!;
  }
  out.push({ start: i, end: j, text: t, kind, norm: dirty ? normalizeDefault(t) : t });
  return j;
}
