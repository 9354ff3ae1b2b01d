import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicRatio } from '../../src/text/script.ts';
import { hostileText } from './arbitraries.ts';

/** The definition, written the slow way: Arabic-script letters over all letters. */
function reference(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    if (m[0] === '\u0640') continue;
    letters++;
    if (/\p{Script=Arabic}/u.test(m[0])) arabic++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

describe('arabicRatio', () => {
  it('counts Arabic letters against all letters, ignoring digits, marks and tatweel', () => {
    expect(arabicRatio('')).toBe(0);
    expect(arabicRatio('123 ٤٥٦ !')).toBe(0);
    expect(arabicRatio('Only English')).toBe(0);
    expect(arabicRatio('مَرْحَبـــا')).toBe(1);
    expect(arabicRatio('ab سلام')).toBeCloseTo(4 / 6);
  });

  it('counts letters outside the BMP', () => {
    expect(arabicRatio('𞸀𝐀')).toBeCloseTo(0.5); // Arabic mathematical alef, mathematical bold A
  });

  it('property: agrees with the regex definition', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (s) => {
        expect(arabicRatio(s)).toBeCloseTo(reference(s), 12);
      }),
      { numRuns: 500 },
    );
  });
});
