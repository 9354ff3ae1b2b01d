/**
 * A month, or a day and month, followed by عام/العام + a written year (maybe after من) takes that
 * year: read off 900 unlabelled SaudiNewsNet articles (about 30 such dates had the anchor's year
 * and a separate year). Made-up sentences; the anchor is 2015-08-10.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; value: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value };
  });
}

describe('a month with عام and a written year', () => {
  it('joins the month and the year', () => {
    expect(all('افتتح الجسر في أكتوبر عام 2011.')).toEqual([{ text: 'أكتوبر عام 2011', value: '2011-10' }]);
    expect(all('بلغ السعر أدنى مستوى منذ مارس آذار عام 2002.')).toEqual([
      { text: 'مارس آذار عام 2002', value: '2002-03' },
    ]);
    expect(all('عاد الوفد في شهر مايو (أيار) من العام 2009.')).toEqual([
      { text: 'شهر مايو (أيار) من العام 2009', value: '2009-05' },
    ]);
    expect(all('غادر البلاد مطلع شهر ديسمبر من عام 1990.')).toEqual([
      { text: 'مطلع شهر ديسمبر من عام 1990', value: '1990-12' },
    ]);
  });

  it('a day and month too, with يوم before them', () => {
    expect(all('وقع الاتفاق يوم 17 نوفمبر من عام 1969.')).toEqual([
      { text: 'يوم 17 نوفمبر من عام 1969', value: '1969-11-17' },
    ]);
  });

  it('not a month that has its own year, nor across a comma', () => {
    expect(all('في مارس 2011 عام 2012.')).toEqual([
      { text: 'مارس 2011', value: '2011-03' },
      { text: 'عام 2012', value: '2012' },
    ]);
    expect(all('في أكتوبر، عام 2011 شهد تغيرا.').map((e) => e.text)).toEqual(['أكتوبر', 'عام 2011']);
  });
});
