/**
 * Character classes of every UTF-16 code unit, as one lookup table shared by the tokeniser and
 * the script statistics. Built once at load from Unicode properties, with one native regex scan
 * per property over the whole BMP (a regex test per character would cost ~150 ms at start-up).
 */

import { prebuilt } from './prebuilt.ts';

export const OTHER = 0;
export const SPACE = 1;
/** Letters of the Arabic script. */
export const AR_LETTER = 2;
/**
 * Marks of the Arabic script (Quranic annotation marks) and tatweel. The harakat themselves are
 * Script=Inherited in Unicode and so are MARK; the tokeniser lets both continue an Arabic word.
 */
export const AR_MARK = 3;
export const DIGIT = 4;
export const LATIN = 5;
/** Combining marks of other scripts: they continue a Latin (or other script) word. */
export const MARK = 6;
/** Zero-width and bidi controls. */
export const INVISIBLE = 7;
export const PUNCT = 8;
export const SYMBOL = 9;
export const HIGH = 10;
export const LOW = 11;
export const EMOJI = 12;
/** Letters of scripts other than Arabic and Latin (Greek, Cyrillic, Hebrew, CJK…). */
export const OTHER_LETTER = 13;
/** Variation selectors and the keycap mark: they continue an emoji. */
export const EMOJI_MOD = 14;

/** The table, computed from Unicode properties (the build keeps it: prebuilt.ts). */
export function buildClassTable(): Uint8Array {
  const t = new Uint8Array(0x10000).fill(SYMBOL);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  const all = new TextDecoder('utf-16le').decode(units);
  // Runs (`+`) rather than single characters: far fewer match objects.
  const each = (re: RegExp, f: (i: number) => void): void => {
    for (const m of all.matchAll(re)) for (let i = m.index; i < m.index + m[0].length; i++) f(i);
  };
  each(/\p{Extended_Pictographic}+/gu, (i) => {
    if (i >= 0x2300) t[i] = EMOJI;
  });
  each(/\p{P}+/gu, (i) => (t[i] = PUNCT));
  each(/\p{M}+/gu, (i) => (t[i] = MARK));
  each(/\p{L}+/gu, (i) => (t[i] = OTHER_LETTER));
  each(/\p{Script=Latin}+/gu, (i) => {
    if (t[i] === OTHER_LETTER) t[i] = LATIN;
  });
  each(/\p{Script=Arabic}+/gu, (i) => {
    if (t[i] === OTHER_LETTER) t[i] = AR_LETTER;
    else if (t[i] === MARK) t[i] = AR_MARK;
  });
  each(/\p{Nd}+/gu, (i) => (t[i] = DIGIT));
  each(/[\p{Z}\s]+/gu, (i) => (t[i] = SPACE));
  for (let c = 0; c < 0x20; c++) t[c] = SPACE;
  for (let c = 0x7f; c < 0xa0; c++) t[c] = SPACE;
  for (let c = 0xd800; c <= 0xdbff; c++) t[c] = HIGH;
  for (let c = 0xdc00; c <= 0xdfff; c++) t[c] = LOW;
  t[0x0640] = AR_MARK; // tatweel (Lm) stretches a word; it is never a letter of its own
  for (const c of [
    0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad,
  ]) {
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
  return t;
}

/** The class of each UTF-16 code unit. */
export const CLASS: Uint8Array = prebuilt('charclass', (n) => new Uint8Array(n)) ?? buildClassTable();

/**
 * Whether a word carries tanween (ً ٌ ٍ, U+064B–U+064D), the mark of an indefinite noun: an
 * indefinite word does not continue a name (a rule of the entities stage asks).
 */
export function hasTanween(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}
