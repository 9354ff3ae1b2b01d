import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endsWithAlef,
  endsWithAlefAfterSuffixLetter,
  endsWithFeminineNisba,
  endsWithHa,
  endsWithHaOrTaMarbuta,
  endsWithObjectPronoun,
  endsWithYa,
  endsWithYaNun,
  hasTafilaShape,
} from '../../src/text/endings.ts';

// The word endings the time, quote and entity rules wrote as regexes until issue 18, on folded words.
describe('word endings', () => {
  it('reads the verbal noun in تفعلة: five letters, ت, two letters, يه (folded)', () => {
    expect(['تنميه', 'تحليه', 'توعيه', 'تجاريه', 'وطنيه', 'تنميات', 'تنمي', ''].map(hasTafilaShape)).toEqual([
      true, true, true, false, false, false, false, false,
    ]);
  });

  it('reads the feminine ordinal and the adverb alef', () => {
    expect(['الثالثه', 'الثالث', 'صباحا', 'صباح', ''].map(endsWithHa)).toEqual([true, false, false, false, false]);
    expect(['الثالثه', 'صباحا', 'مساء', ''].map(endsWithAlef)).toEqual([false, true, false, false]);
  });

  it('reads a feminine ending folded or not', () => {
    expect(['مؤسسة', 'مؤسسه', 'مؤسس', ''].map(endsWithHaOrTaMarbuta)).toEqual([true, true, false, false]);
  });

  it('reads the feminine nisba with ة folded', () => {
    expect(['الوطنيه', 'الوطنية', 'الوطني', 'يه'].map(endsWithFeminineNisba)).toEqual([true, false, false, true]);
  });

  it('tells a pronoun or verb alef from an accusative noun alef', () => {
    expect(['يقدمها', 'يصلنا', 'ليعملوا', 'يوميا', 'راتبا', 'ا', ''].map(endsWithAlefAfterSuffixLetter)).toEqual([
      true, true, true, true, false, false, false,
    ]);
  });

  it('tells the name علي from the preposition على, and a plural in ين', () => {
    expect(['علي', 'على', 'ي', ''].map(endsWithYa)).toEqual([true, false, true, false]);
    expect(['للمشتركين', 'للمشترك', 'ين', 'ن'].map(endsWithYaNun)).toEqual([true, false, true, false]);
  });

  it('finds an attached pronoun of the third person or of "us"', () => {
    expect(['أكده', 'أكدها', 'أكدهم', 'أكدهما', 'أكدهن', 'أكدنا', 'أكد', 'أكدوا', 'أكدت'].map(endsWithObjectPronoun)).toEqual([
      true, true, true, true, true, true, false, false, false,
    ]);
  });

  it('agrees with the regexes the rules wrote', () => {
    const letter = fc.constantFrom('ه', 'ا', 'ن', 'و', 'ي', 'ى', 'م', 'ب', 'ة');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 5 }).map((xs) => xs.join('')), (w) => {
        expect(endsWithHa(w)).toBe(/ه$/.test(w));
        expect(endsWithHaOrTaMarbuta(w)).toBe(/[هة]$/.test(w));
        expect(endsWithAlef(w)).toBe(/ا$/.test(w));
        expect(endsWithAlefAfterSuffixLetter(w)).toBe(/(ه|ن|و|ي)ا$/.test(w));
        expect(endsWithYa(w)).toBe(/ي$/.test(w));
        expect(endsWithFeminineNisba(w)).toBe(/يه$/.test(w));
        expect(endsWithYaNun(w)).toBe(/ين$/.test(w));
        expect(endsWithObjectPronoun(w)).toBe(/(ه|ها|هم|هما|هن|نا)$/.test(w));
      }),
      { numRuns: 2000 },
    );
  });
});
