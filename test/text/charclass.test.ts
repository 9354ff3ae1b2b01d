/**
 * The character-class table, checked against an independent oracle: the table is built by a few
 * whole-BMP regex scans whose order decides which class wins; the oracle asks each property of
 * each code unit separately and applies the precedence written out below, so a changed scan order,
 * a dropped override or a wrong range shows up as named code units.
 */
import { describe, expect, it } from 'vitest';
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
  OTHER_LETTER,
  PUNCT,
  SPACE,
  SYMBOL,
} from '../../src/text/charclass.ts';

const NAMES: Record<number, string> = {
  [SPACE]: 'SPACE',
  [AR_LETTER]: 'AR_LETTER',
  [AR_MARK]: 'AR_MARK',
  [DIGIT]: 'DIGIT',
  [LATIN]: 'LATIN',
  [MARK]: 'MARK',
  [INVISIBLE]: 'INVISIBLE',
  [PUNCT]: 'PUNCT',
  [SYMBOL]: 'SYMBOL',
  [HIGH]: 'HIGH',
  [LOW]: 'LOW',
  [EMOJI]: 'EMOJI',
  [OTHER_LETTER]: 'OTHER_LETTER',
  [EMOJI_MOD]: 'EMOJI_MOD',
};

const INVISIBLES = new Set([
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/** What each code unit should be, one property question at a time, in order of precedence. */
function expected(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return LOW;
  if (c === 0x25 || c === 0x066a || c === 0x2030) return SYMBOL; // % ٪ ‰ are units, not punctuation
  if ((c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3) return EMOJI_MOD;
  if (INVISIBLES.has(c)) return INVISIBLE;
  if (c === 0x0640) return AR_MARK; // tatweel
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return SPACE;
  const ch = String.fromCharCode(c);
  if (/[\p{Z}\s]/u.test(ch)) return SPACE;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  const arabic = /\p{Script=Arabic}/u.test(ch);
  if (/\p{L}/u.test(ch)) {
    if (arabic) return AR_LETTER;
    return /\p{Script=Latin}/u.test(ch) ? LATIN : OTHER_LETTER;
  }
  if (/\p{M}/u.test(ch)) return arabic ? AR_MARK : MARK;
  if (/\p{P}/u.test(ch)) return PUNCT;
  if (c >= 0x2300 && /\p{Extended_Pictographic}/u.test(ch)) return EMOJI;
  return SYMBOL;
}

describe('character classes', () => {
  it('covers the whole BMP', () => {
    expect(CLASS.length).toBe(0x10000);
  });

  it('agrees with a per-character oracle on every BMP code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const want = expected(c);
      if (CLASS[c] !== want) wrong.push(`U+${c.toString(16).padStart(4, '0')} ${NAMES[CLASS[c]!]}≠${NAMES[want]}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  // Hand-picked facts, independent of the oracle above (a shared mistake in both would show here).
  it.each([
    ['ب', AR_LETTER],
    ['ی', AR_LETTER],
    // Harakat are Script=Inherited in Unicode, so they are MARK; the tokeniser lets MARK and
    // AR_MARK both continue an Arabic word. Quranic annotation marks are Script=Arabic.
    ['\u064e', MARK], // fatha
    ['\u0670', MARK], // superscript alef
    ['\u06d6', AR_MARK], // Quranic small high ligature
    ['\u0615', AR_MARK], // small high tah
    ['ـ', AR_MARK],
    ['٣', DIGIT],
    ['۵', DIGIT],
    ['7', DIGIT],
    ['a', LATIN],
    ['é', LATIN],
    ['\u0301', MARK], // combining acute: inherited script, continues a Latin word
    ['Я', OTHER_LETTER],
    ['א', OTHER_LETTER],
    ['\u200c', INVISIBLE],
    ['\u200f', INVISIBLE],
    ['\u061c', INVISIBLE], // Arabic letter mark
    ['\u00ad', INVISIBLE], // soft hyphen
    ['%', SYMBOL],
    ['٪', SYMBOL],
    ['‰', SYMBOL],
    ['$', SYMBOL],
    ['©', SYMBOL], // pictographic, but below the emoji blocks
    ['☺', EMOJI],
    ['\ufe0f', EMOJI_MOD],
    ['\u20e3', EMOJI_MOD],
    ['،', PUNCT],
    ['؟', PUNCT],
    ['«', PUNCT],
    ['.', PUNCT],
    [' ', SPACE],
    ['\u00a0', SPACE],
    ['\t', SPACE],
    ['\u0085', SPACE],
    ['\u0000', SPACE],
    ['\u2028', SPACE],
    ['\ud83d', HIGH],
    ['\ude00', LOW],
  ])('%j is class %i', (ch, cls) => {
    expect(NAMES[CLASS[ch.charCodeAt(0)]!]).toBe(NAMES[cls]);
  });
});
