/**
 * كل with a glued preposition (لكل يوم، ولكل عام) is a set with the preposition outside the span,
 * and قبل فترة / قبل مدة is a vague past as منذ فترة is. Made-up sentences; anchor 2015-08-10.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; value: string; type: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value, type: e.type };
  });
}

describe('كل with a glued preposition', () => {
  it('is a set, the preposition left out', () => {
    expect(all('يستقبل المركز ثلاثين زائرا لكل يوم.')).toEqual([{ text: 'كل يوم', value: 'P1D', type: 'SET' }]);
    expect(all('ولكل عام شعار جديد للمهرجان.')).toEqual([{ text: 'كل عام', value: 'P1Y', type: 'SET' }]);
    expect(all('يدفع المشترك رسما لكل 3 أشهر.')).toEqual([{ text: 'كل 3 أشهر', value: 'P3M', type: 'SET' }]);
  });

  it('not لكل before a noun that is no unit', () => {
    expect(all('خصصت الوزارة مقعدا لكل طالب.')).toEqual([]);
  });
});

describe('قبل فترة', () => {
  it('is a vague past, with its adjective', () => {
    expect(all('أغلق المتجر قبل فترة.')).toEqual([{ text: 'قبل فترة', value: 'PAST_REF', type: 'DATE' }]);
    expect(all('عاد اللاعب من إصابته قبل فترة قصيرة.')).toEqual([{ text: 'قبل فترة قصيرة', value: 'PAST_REF', type: 'DATE' }]);
    expect(all('وصلت الرسالة قبل مدة.')).toEqual([{ text: 'قبل مدة', value: 'PAST_REF', type: 'DATE' }]);
  });
});
