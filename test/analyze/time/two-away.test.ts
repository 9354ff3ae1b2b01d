/**
 * قبل الماضي / بعد المقبل after a calendar unit or a weekday: the one before the last, the one
 * after the next (time.json twoAwayModifiers). Made-up sentences; the anchor 2015-08-10 is a Monday
 * of ISO week 33.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; value: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value };
  });
}

describe('two units away', () => {
  it('a unit before the last or after the next', () => {
    expect(all('افتتح المعرض الأسبوع قبل الماضي.')).toEqual([{ text: 'الأسبوع قبل الماضي', value: '2015-W31' }]);
    expect(all('تراجعت المبيعات في العام ما قبل الماضي.')).toEqual([{ text: 'العام ما قبل الماضي', value: '2013' }]);
    expect(all('وقع العقد الشهر قبل الماضي.')).toEqual([{ text: 'الشهر قبل الماضي', value: '2015-06' }]);
    expect(all('يعود الفريق الأسبوع بعد المقبل.')).toEqual([{ text: 'الأسبوع بعد المقبل', value: '2015-W35' }]);
  });

  it('a weekday a week further than الماضي / المقبل', () => {
    expect(all('وصل الوفد السبت الماضي.')).toEqual([{ text: 'السبت الماضي', value: '2015-08-08' }]);
    expect(all('وصل الوفد السبت قبل الماضي.')).toEqual([{ text: 'السبت قبل الماضي', value: '2015-08-01' }]);
    expect(all('عقد اللقاء يوم الاثنين قبل الماضي.')).toEqual([{ text: 'يوم الاثنين قبل الماضي', value: '2015-07-27' }]);
    expect(all('تبدأ الدورة الخميس بعد المقبل.')).toEqual([{ text: 'الخميس بعد المقبل', value: '2015-08-20' }]);
  });

  it('the night of the day before yesterday', () => {
    expect(all('اندلع الحريق ليلة أمس الأول.')).toEqual([{ text: 'ليلة أمس الأول', value: '2015-08-08TNI' }]);
    expect(all('اندلع الحريق ليلة أمس.')).toEqual([{ text: 'ليلة أمس', value: '2015-08-09TNI' }]);
  });

  it('قبل أمس is the day before yesterday, قبل kept in the span', () => {
    expect(all('أعلنت البلدية النتائج قبل أمس.')).toEqual([{ text: 'قبل أمس', value: '2015-08-08' }]);
    expect(all('وصل الوفد مساء قبل أمس.')).toEqual([{ text: 'مساء قبل أمس', value: '2015-08-08TEV' }]);
  });

  it('قبل alone after a unit is not read as two away', () => {
    expect(all('أنهى العمل الأسبوع الماضي قبل السفر.')).toEqual([{ text: 'الأسبوع الماضي', value: '2015-W32' }]);
  });
});
