import { describe, expect, it } from 'vitest';
import { isInvisible, normalize, type NormalizeOptions } from '../../src/text/normalize.ts';

/**
 * `isInvisible` is exported as the set of controls the `invisibles` option drops. Inside
 * `normalize` the Arabic letter mark (U+061C) is handled by the Arabic-block branch before
 * `isInvisible` is asked, so the mutation run of normalize.ts lines 1–129 (session 12) found its
 * U+061C check untested: a caller of `isInvisible` alone would have been told ALM is visible.
 */
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k);

/** Written from the option's documentation: ZWSP/ZWNJ/ZWJ/LRM/RLM, ALM, bidi embeddings, word joiner… , isolates, BOM, soft hyphen. */
const DOCUMENTED = new Set([
  ...range(0x200b, 0x200f),
  0x061c,
  ...range(0x202a, 0x202e),
  ...range(0x2060, 0x2064),
  ...range(0x2066, 0x2069),
  0xfeff,
  0x00ad,
]);

/** Every option off but `invisibles`: a unit alone normalises to '' exactly when it is dropped as invisible. */
const ONLY_INVISIBLES: NormalizeOptions = {
  marks: false,
  tatweel: false,
  alef: false,
  yaa: false,
  taMarbuta: false,
  digits: false,
  invisibles: true,
  spaces: false,
  lowercase: false,
  hamzaCarriers: false,
  presentation: false,
};

describe('isInvisible', () => {
  it('is true for the Arabic letter mark and the other documented controls, false next to them', () => {
    expect(isInvisible(0x061c)).toBe(true);
    expect(isInvisible(0x061b)).toBe(false); // Arabic semicolon
    expect(isInvisible(0x061d)).toBe(false);
    expect(isInvisible(0x200b)).toBe(true);
    expect(isInvisible(0x200a)).toBe(false); // hair space: an odd space, not invisible
    expect(isInvisible(0x00ad)).toBe(true);
    expect(isInvisible(0xfeff)).toBe(true);
  });

  it('agrees with the documented set on every BMP code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isInvisible(c) !== DOCUMENTED.has(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('is what normalize drops with only `invisibles` on, on every BMP code unit', () => {
    const wrong: string[] = [];
    const changed: string[] = [];
    let dropped = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const out = normalize(ch, ONLY_INVISIBLES);
      if (out === '') dropped++;
      else if (out !== ch) changed.push(c.toString(16)); // nothing else changes with the other options off
      if ((out === '') !== isInvisible(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(changed).toEqual([]);
    expect(dropped).toBe(DOCUMENTED.size);
  });

  it('ALM between Arabic words is dropped, and kept with `invisibles` off', () => {
    const s = 'سافرت\u061Cالبعثة';
    expect(normalize(s)).toBe('سافرتالبعثة');
    expect(normalize(s, { invisibles: false })).toBe(s);
  });
});
