/**
 * Clock-time ranges (issue 15, known open since session 8): the first hour of a range takes the
 * part of the day its end names when it comes before the end's hour, and an hour in digits may
 * stand before مساءً (folded to مساء) after an intro word. A count range followed by a day's
 * evening (من 8 إلى 10 مساء أمس) stays a count. Made-up sentences; the anchor is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; value: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value };
  });
}

describe('clock ranges', () => {
  it('the first hour takes the evening of the range end', () => {
    expect(all('يفتح المعرض من الساعة 8 حتى 10 مساء.')).toEqual([
      { text: 'الساعة 8', value: 'T20:00' },
      { text: '10 مساء', value: 'T22:00' },
    ]);
    expect(all('تستقبل العيادة المراجعين من الساعة الرابعة حتى التاسعة مساءً.')).toEqual([
      { text: 'الساعة الرابعة', value: 'T16:00' },
      { text: 'التاسعة مساءً', value: 'T21:00' },
    ]);
    expect(all('يقام الحفل من 5 إلى 9 مساءً.')).toEqual([
      { text: '5', value: 'T17:00' },
      { text: '9 مساءً', value: 'T21:00' },
    ]);
  });

  it('a first hour with its own part of the day, or later than the end, keeps its reading', () => {
    expect(all('يعمل المتجر من الساعة 10 صباحا حتى 7 مساء.')).toEqual([
      { text: 'الساعة 10 صباحا', value: 'T10:00' },
      { text: '7 مساء', value: 'T19:00' },
    ]);
    expect(all('تغلق الحديقة من الساعة 11 حتى 2 ظهرا.')).toEqual([
      { text: 'الساعة 11', value: 'T11:00' },
      { text: '2 ظهرا', value: 'T14:00' },
    ]);
  });

  it('a count range or a score before the evening of a day is not a clock', () => {
    expect(all('ارتفع عدد المصابين من 8 إلى 10 مساء أمس.')).toEqual([
      { text: 'مساء أمس', value: '2015-08-09TEV' },
    ]);
    expect(all('فاز الفريق 3 - 1 مساء الخميس.').map((e) => e.text)).toEqual(['مساء الخميس']);
  });
});

describe('a part of the day before يوم and a date (read off unlabelled news)', () => {
  it('joins them into one time of that day', () => {
    expect(all('رصدت الدورية في مساء يوم 14 يوليو الحالي قاربين.')).toEqual([
      { text: 'مساء يوم 14 يوليو الحالي', value: '2015-07-14TEV' },
    ]);
    expect(all('وصل الوفد صباح يوم 3 مايو 2015.')).toEqual([
      { text: 'صباح يوم 3 مايو 2015', value: '2015-05-03TMO' },
    ]);
  });
});
