/**
 * Tokenisation of Arabic news text into words, numbers, Latin words, punctuation, symbols and
 * emoji, with UTF-16 offsets into the original text.
 *
 * A single pass over code units with a lookup table of character classes (built once), because
 * this runs over every article: no per-character regex. The text between tokens (the gaps) is
 * whitespace and stray invisible controls only, so tokens plus gaps rebuild the text exactly.
 */
import type { Token, TokenKind } from '../doc/types.ts';
import { normalize } from './normalize.ts';

const OTHER = 0;
const SPACE = 1;
const AR_LETTER = 2;
/** Harakat, Quranic marks, tatweel: they continue an Arabic word. */
const AR_MARK = 3;
const DIGIT = 4;
const LATIN = 5;
/** Combining marks of other scripts: they continue a Latin (or other script) word. */
const MARK = 6;
/** Zero-width and bidi controls: inside a word when a letter follows, else part of the gap. */
const INVISIBLE = 7;
const PUNCT = 8;
const SYMBOL = 9;
const HIGH = 10;
const LOW = 11;
const EMOJI = 12;
/** Letters of scripts other than Arabic and Latin (Greek, Cyrillic, Hebrew, CJK…): kind 'latin'. */
const OTHER_LETTER = 13;
/** Variation selectors, keycap: continue an emoji, else a symbol. */
const EMOJI_MOD = 14;

const CLASS = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const arabic = /\p{Script=Arabic}/u;
  const latin = /\p{Script=Latin}/u;
  const mark = /\p{M}/u;
  const nd = /\p{Nd}/u;
  const punct = /\p{P}/u;
  const space = /[\p{Z}\s]/u;
  const pict = /\p{Extended_Pictographic}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      t[c] = HIGH;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      t[c] = LOW;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) t[c] = SPACE;
    else if (space.test(ch)) t[c] = SPACE;
    else if (nd.test(ch)) t[c] = DIGIT;
    else if (letter.test(ch)) t[c] = arabic.test(ch) ? AR_LETTER : latin.test(ch) ? LATIN : OTHER_LETTER;
    else if (mark.test(ch)) t[c] = arabic.test(ch) ? AR_MARK : MARK;
    else if (punct.test(ch)) t[c] = PUNCT;
    else if (c >= 0x2300 && pict.test(ch)) t[c] = EMOJI;
    else t[c] = SYMBOL;
  }
  t[0x0640] = AR_MARK; // tatweel is a letter modifier (Lm), it never starts or ends a word on its own
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad]) {
    t[c] = INVISIBLE;
  }
  for (let c = 0x202a; c <= 0x202e; c++) t[c] = INVISIBLE;
  for (let c = 0x2066; c <= 0x2069; c++) t[c] = INVISIBLE;
  for (let c = 0xfe00; c <= 0xfe0f; c++) t[c] = EMOJI_MOD;
  t[0x20e3] = EMOJI_MOD;
  // Percent and per-mille signs are Po in Unicode but behave as unit symbols next to numbers.
  t[0x25] = SYMBOL;
  t[0x066a] = SYMBOL;
  t[0x2030] = SYMBOL;
  t[0x060b] = SYMBOL; // Afghani sign
  return t;
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
  const out: Token[] = [];
  if (start < 0) start = 0;
  if (end > text.length) end = text.length;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === SPACE || cls === INVISIBLE) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    switch (cls) {
      case AR_LETTER:
      case AR_MARK: {
        kind = 'word';
        let letters = cls === AR_LETTER;
        while (j < end) {
          const k = CLASS[text.charCodeAt(j)]!;
          if (k === AR_LETTER) {
            letters = true;
            j++;
          } else if (k === AR_MARK || k === MARK) {
            j++;
          } else if (k === INVISIBLE) {
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
    const t = text.slice(i, j);
    out.push({ start: i, end: j, text: t, kind, norm: normalize(t) });
    i = j;
  }
  return out;
}
