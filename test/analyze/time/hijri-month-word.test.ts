/**
 * A Hijri day with the word شهر before its month (الأول من شهر ذي القعدة المقبل) is one date, as a
 * Gregorian one is; it was cut to the month (and a weekday before it split off). Made-up sentences;
 * the anchor 2015-08-10 is 25 Shawwal 1436 (Umm al-Qura).
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; value: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value };
  });
}

describe('a Hijri day with شهر before the month', () => {
  it('is one date with its weekday and modifier', () => {
    expect(all('تجتمع اللجنة يوم الأحد الأول من شهر ذي القعدة المقبل.')).toEqual([
      { text: 'يوم الأحد الأول من شهر ذي القعدة المقبل', value: '2015-08-16' },
    ]);
    expect(all('صدر القرار في 5 من شهر رمضان 1436هـ.')).toEqual([{ text: '5 من شهر رمضان 1436هـ', value: '2015-06-22' }]);
    expect(all('انتهت الدورة في 14 شهر شوال.')).toEqual([{ text: '14 شهر شوال', value: '2015-07-30' }]);
  });

  it('the month alone stays a month', () => {
    expect(all('يكثر الزوار في شهر رمضان.')).toEqual([{ text: 'شهر رمضان', value: '2015-07' }]);
  });
});
