import { describe, expect, it } from 'vitest';
import { arabicRatio } from '../../src/text/script.ts';

const ALEF_MATH = '𞸀'; // U+1EE00 ARABIC MATHEMATICAL ALEF, a letter outside the BMP
const CJK_LAST_LOW = '\uD842\uDFFF'; // U+20BFF, a CJK letter whose low surrogate is 0xDFFF

describe('arabicRatio: surrogate pairs', () => {
  it('a pair whose low surrogate is the last one (0xDFFF) is still one letter', () => {
    expect(arabicRatio('س' + CJK_LAST_LOW)).toBe(0.5);
  });
  it('a lone high surrogate before a pair does not swallow the pair', () => {
    expect(arabicRatio(ALEF_MATH[0] + ALEF_MATH)).toBe(1);
    expect(arabicRatio('a' + ALEF_MATH[0] + ALEF_MATH)).toBe(0.5);
  });
  it('lone surrogates are not letters', () => {
    expect(arabicRatio('\uDC00س\uD83B')).toBe(1);
  });
});
