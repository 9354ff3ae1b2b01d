// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { LetterModel } from '../../../src/analyze/ner/letters.ts';
import { loadModel } from '../../../src/analyze/ner/tagger.ts';
import { foldWord, stripAll } from '../../../src/analyze/ner/features.ts';

// Made-up lists: transliterated foreign names against everyday Arabic words.
const NAMES = [
  'كوناري',
  'بيلوني',
  'ماريني',
  'فيرناندو',
  'لوتشيانو',
  'باولو',
  'ريكاردو',
  'جوفاني',
  'ستيفانو',
  'كارلوس',
  'مونتيرو',
  'لورينزو',
];
const WORDS = [
  'كتاب',
  'مدرسة',
  'اجتماع',
  'وزارة',
  'مستشفى',
  'حكومة',
  'مشروع',
  'قرار',
  'تقرير',
  'مجلس',
  'اتفاق',
  'مؤتمر',
].map((w) => stripAll(foldWord(w)));

describe('letter model', () => {
  const m = LetterModel.build(NAMES, WORDS);
  it('scores unseen foreign-looking names above unseen ordinary words', () => {
    expect(m.score('ماريو')).toBeGreaterThan(0);
    expect(m.score('مجتمع')).toBeLessThan(0);
    expect(m.score('ماريو')).toBeGreaterThan(m.score('مجتمع'));
  });
  it('an empty model scores 0, and a word in both lists counts as a name only', () => {
    expect(LetterModel.empty().score('ماريو')).toBe(0);
    const both = LetterModel.build(['سالم', 'سالمين'], ['سالم', 'كتاب', 'كتب']);
    expect(both.score('سالم')).toBeGreaterThan(0);
  });
  it('travels inside the committed tagger model', () => {
    const model = loadModel();
    expect(model.gaz.letters.size).toBeGreaterThan(1000);
    // a transliterated surname the lists do not hold looks more like a name than a common noun
    expect(model.gaz.letters.score('بيللوتيني')).toBeGreaterThan(
      model.gaz.letters.score(stripAll(foldWord('المفاوضات'))),
    );
  });
});
