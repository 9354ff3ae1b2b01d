/**
 * A year of life after a word that names age, with no unit (في سن الأربعين، دون سن الـ18، قبل عمر
 * الرابعة، في سن 23) is an age in years, the head word in the span as عام before a year and as Wojood marks it (session 16,
 * from study days 2015-07-21/24 and 2015-08-09: 8 added in 2,700 articles, none lost). Every
 * sentence is made up; the anchor 2015-08-10 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const ANCHOR = '2015-08-10';

function all(text: string): { text: string; value: string; source: string }[] {
  return findTimes(text, { anchor: ANCHOR }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value, source: e.source };
  });
}

const age = (text: string, value: string) => [{ text, value, source: 'rule:time/age' }];

describe('a year of life after سن or عمر', () => {
  it('an ordinal, a tens word or a number with the article', () => {
    expect(all('انتقل الرسام إلى المدينة في سن الثالثة عشرة.')).toEqual(age('سن الثالثة عشرة', 'P13Y'));
    expect(all('يقبل النادي المتطوعين فوق سن الأربعين.')).toEqual(age('سن الأربعين', 'P40Y'));
    expect(all('يمنع القانون عمل الأطفال دون سن الـ16 في المصانع.')).toEqual(age('سن الـ16', 'P16Y'));
    expect(all('تعلمت الطفلة القراءة قبل عمر الخامسة.')).toEqual(age('عمر الخامسة', 'P5Y'));
  });

  it('a bare number', () => {
    expect(all('يحق للموظف التقاعد في سن 60 بحسب النظام.')).toEqual(age('سن 60', 'P60Y'));
  });

  it('not a name or a verb, and a unit or من عمره keeps its own rule', () => {
    expect(all('سجل عمر الثاني هدفين.')).toEqual([]);
    expect(all('سن المجلس نظاما جديدا.')).toEqual([]);
    expect(all('في سن الثامنة من عمره انتقل إلى المدينة.')).toEqual(age('الثامنة من عمره', 'P8Y'));
  });
});
