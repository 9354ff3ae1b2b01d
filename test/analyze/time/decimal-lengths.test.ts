/**
 * Counts written with a decimal point are one length (في غضون 4.5 ثانية → PT4.5S, not 5 ثانية PT5S),
 * and a singular year word after a count that opens a year is that year, not a length (من 3.09 عام
 * 2013 → عام 2013). Session 16, from study days 2015-07-21 and 2015-08-02 (10 decimal lengths
 * mended, none lost) and 2015-07-25/08-07 (3 counts before a year). Sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const all = (text: string): [string, string][] =>
  findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, e.value];
  });

describe('decimal counts and a count before a year', () => {
  it('a decimal count is one length, also in Arabic-Indic digits', () => {
    expect(all('تبلغ السيارة سرعة مئة كيلومتر في غضون 3.8 ثانية.')).toEqual([['3.8 ثانية', 'PT3.8S']]);
    expect(all('أنهى السباح السباق في 48.25 ثانية.')).toEqual([['48.25 ثانية', 'PT48.25S']]);
    expect(all('يمشي الموظف ١٫٥ ساعة يوميا.')).toEqual([
      ['١٫٥ ساعة', 'PT1.5H'],
      ['يوميا', 'P1D'],
    ]);
  });

  it('a decimal after قبل is a length, never a fractional date', () => {
    expect(all('غادر الوفد قبل 2.5 ساعة.')).toEqual([['2.5 ساعة', 'PT2.5H']]);
  });

  it('a count before عام and a year is no length', () => {
    expect(all('ارتفع الربح إلى 4.12 ريال من 3.07 عام 2013.')).toEqual([['عام 2013', '2013']]);
    expect(all('صدر القانون 52 عام 1990 في البلاد.')).toEqual([['عام 1990', '1990']]);
  });
});

describe('four-digit counts', () => {
  it('are lengths when they cannot be a year', () => {
    expect(all('يعود تاريخ المخطوط إلى 1250 عاما.')).toEqual([['1250 عاما', 'P1250Y']]);
    expect(all('لعب الحارس 2610 دقيقة في الموسم.')).toEqual([['2610 دقيقة', 'PT2610M']]);
  });

  it('and not a length counted forward from the publication date', () => {
    expect(all('ثم بعد 3200 عام تقريبا تغير كل شيء.')).toEqual([['3200 عام', 'P3200Y']]);
  });

  it('not the end of a range of years, nor a year after a year word', () => {
    expect(all('للعام الدراسي 1436 - 1437 يوم الأحد القادم').map(([t]) => t)).not.toContain('1437 يوم');
    expect(all('في 2014 سنة الإنجاز')).toEqual([]);
  });
});
