/**
 * The year of a day-month or a bare month written without one, read off the clause's tense against
 * the publication date: a future clause about a date a few weeks behind (a remembrance), a bare
 * month ahead in a clause a perfect verb puts in the past, the imperfect verbs of a chronology, and a
 * day that comes back every year (no year at all).
 * Made-up sentences; the anchor 2015-08-10 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function values(text: string): [string, string][] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, e.value];
  });
}

describe('a future clause about a date just behind the publication date', () => {
  it('keeps this year when the date is a few days or weeks back', () => {
    expect(values('ستبقى ذكرى 8 يوليو خالدة في نفوس أبناء المدينة.')).toEqual([['8 يوليو', '2015-07-08']]);
    expect(values('سيحتفل النادي في 2 أغسطس بذكرى تأسيسه.')).toEqual([['2 أغسطس', '2015-08-02']]);
  });

  it('still means next year when the date is months back', () => {
    expect(values('ستنطلق البطولة في 8 مايو بمشاركة عشرين فريقا.')).toEqual([['8 مايو', '2016-05-08']]);
  });
});

describe('a bare month ahead of the publication date', () => {
  it('is last year’s when a perfect verb says it happened', () => {
    expect(values('زار الوزير المصنع الجديد في أكتوبر.')).toEqual([['أكتوبر', '2014-10']]);
    expect(values('وشهدت المدينة فيضانات في نوفمبر.')).toEqual([['نوفمبر', '2014-11']]);
  });

  it('is this year’s in a nominal or imperfect clause', () => {
    expect(values('المعرض في أكتوبر بمشاركة مئة شركة.')).toEqual([['أكتوبر', '2015-10']]);
    expect(values('يزور الوزير المصنع الجديد في أكتوبر.')).toEqual([['أكتوبر', '2015-10']]);
  });
});

describe('imperfect verbs in a chronology', () => {
  it('do not move a date heading a list entry to next year', () => {
    const text =
      'أبرز محطات الأزمة:\n- 3 مارس: يزور الرئيس العاصمة للمرة الأولى.\n- 20 مايو 2015: تستضيف المدينة جولة مفاوضات.';
    expect(values(text)).toEqual([
      ['3 مارس', '2015-03-03'],
      ['20 مايو 2015', '2015-05-20'],
    ]);
    // A programme of what is coming reads the same way: its dates are ahead anyway.
    expect(values('برنامج الزيارة:\n15 سبتمبر: يصل الوفد إلى المطار.')).toEqual([
      ['15 سبتمبر', '2015-09-15'],
    ]);
  });

  it('still make a date inside a running sentence future', () => {
    expect(values('يزور الرئيس العاصمة في 3 مارس.')).toEqual([['3 مارس', '2016-03-03']]);
  });
});

describe('a calendar day that comes back every year', () => {
  it('has no year when كل عام or سنوياً shares its phrase', () => {
    expect(values('يحتفل العالم في 10 مايو من كل عام بيوم الممرضين.')).toEqual([
      ['10 مايو', 'XXXX-05-10'],
      ['كل عام', 'P1Y'],
    ]);
    expect(values('تحيي القرية سنوياً في 5 مارس ذكرى بنائها.')).toEqual([
      ['سنوياً', 'P1Y'],
      ['5 مارس', 'XXXX-03-05'],
    ]);
    expect(values('تغلق المدارس أبوابها في يوليو كل سنة.')).toEqual([
      ['يوليو', 'XXXX-07'],
      ['كل سنة', 'P1Y'],
    ]);
  });

  it('keeps its year when the yearly word is in another phrase', () => {
    expect(values('تنتج الشركة مليون طن سنوياً، وفي 5 مارس افتتحت مصنعها الثاني.')).toEqual([
      ['سنوياً', 'P1Y'],
      ['5 مارس', '2015-03-05'],
    ]);
  });
});
