/**
 * A count of times, then في and a unit with the article, is a SET of that unit (مرتين في العام →
 * في العام P1Y), the count outside the span as before يومياً and كل عام. Without the count, or when
 * the unit opens a date or names one day (في العام الماضي، في اليوم التالي), it is not a set.
 * Made-up sentences; the anchor is 2015-08-10.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; value: string; type: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value, type: e.type };
  });
}

describe('a count of times per unit', () => {
  it('is a set of the unit', () => {
    expect(all('يجتمع المجلس مرتين في العام لمراجعة الخطة.')).toEqual([{ text: 'في العام', value: 'P1Y', type: 'SET' }]);
    expect(all('تصل الشاحنة ثلاث مرات في الأسبوع.')).toEqual([{ text: 'في الأسبوع', value: 'P1W', type: 'SET' }]);
    expect(all('يفحص الطبيب المرضى مرة واحدة في الشهر.')).toEqual([{ text: 'في الشهر', value: 'P1M', type: 'SET' }]);
    expect(all('تتناول القطة طعامها عدة مرات في اليوم.')).toEqual([{ text: 'في اليوم', value: 'P1D', type: 'SET' }]);
    expect(all('تمر الحافلة 4 مرات في الساعة.')).toEqual([{ text: 'في الساعة', value: 'PT1H', type: 'SET' }]);
  });

  it('needs the count right before في', () => {
    expect(all('ارتفعت الأسعار في العام الجاري.').map((e) => e.type)).toEqual(['DATE']);
    expect(all('زاره مرة، في اليوم نفسه.').every((e) => e.type !== 'SET')).toBe(true);
    expect(all('حضر للمرة الأولى في الشهر.')).toEqual([]);
  });

  it('leaves a date that the unit opens, or one day named after it', () => {
    expect(all('زار القرية مرة في العام الماضي.')).toEqual([{ text: 'العام الماضي', value: '2014', type: 'DATE' }]);
    expect(all('زار القرية مرتين في العام 2010.')).toEqual([{ text: 'العام 2010', value: '2010', type: 'DATE' }]);
    expect(all('عاد ثلاث مرات في اليوم التالي.').some((e) => e.type === 'SET')).toBe(false);
  });
});
