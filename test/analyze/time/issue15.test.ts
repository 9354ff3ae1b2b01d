/**
 * The time-expression classes of issue 15 (clock times with a part of the day and a day, a year in
 * a day–month phrase, durations in words with halves and qualifiers, Hijri months, anaphora, vague
 * references, ages and sequences). Every sentence is made up; the anchor 2015-08-10 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const ANCHOR = '2015-08-10';

function all(text: string): { text: string; value: string; type: string; source: string; mod?: string }[] {
  return findTimes(text, { anchor: ANCHOR }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value, type: e.type, source: e.source, ...(e.mod ? { mod: e.mod } : {}) };
  });
}

function one(text: string) {
  const out = all(text);
  expect(out, `one expression in «${text}», got ${JSON.stringify(out.map((e) => e.text))}`).toHaveLength(1);
  return out[0]!;
}

describe('clock times with a part of the day', () => {
  it('الثامنة والربع من مساء الخميس → the Thursday before, 20:15', () => {
    expect(one('وصل الوفد في الثامنة والربع من مساء الخميس.')).toMatchObject({ text: 'الثامنة والربع من مساء الخميس', value: '2015-08-06T20:15' });
  });

  it('السابعة من مساء غد → tomorrow 19:00', () => {
    expect(one('يبدأ الحفل في السابعة من مساء غد.')).toMatchObject({ text: 'السابعة من مساء غد', value: '2015-08-11T19:00' });
  });

  it('قرابة الثالثة عصراً → 15:00', () => {
    expect(one('انطلقت المسيرة قرابة الثالثة عصراً.')).toMatchObject({ value: 'T15:00', type: 'TIME' });
  });

  it('a clock time takes the day named earlier in its sentence', () => {
    expect(all('تستأنف اليوم (الاثنين) المباريات، إذ يلتقي الفريقان في الثالثة عصراً.').map((e) => e.value)).toEqual(['2015-08-10', '2015-08-10T15:00']);
  });

  it('a bare hour later in a schedule keeps the half of the day', () => {
    expect(all('تلتقي الفرق اليوم في الثالثة عصراً، ثم في الخامسة، وأخيرا في السابعة مساء.').map((e) => [e.text, e.value])).toEqual([
      ['اليوم في الثالثة عصراً', '2015-08-10T15:00'],
      ['الخامسة', '2015-08-10T17:00'],
      ['السابعة مساء', '2015-08-10T19:00'],
    ]);
    // الخامسة من عمره is his age (the guide's في العشرين من عمره), not a later hour.
    expect(all('وصل في الثالثة عصرا وكان ابنه في الخامسة من عمره.').map((e) => [e.text, e.value])).toEqual([
      ['الثالثة عصرا', 'T15:00'],
      ['الخامسة من عمره', 'P5Y'],
    ]);
  });

  it('but not across a sentence end or a daily set', () => {
    expect(all('افتتح المعرض اليوم. ويفتح أبوابه من العاشرة صباحاً.').map((e) => e.value)).toEqual(['2015-08-10', 'T10:00']);
    expect(all('يبدأ المهرجان اليوم ويستمر يومياً من الساعة الخامسة عصراً.').map((e) => e.value)).toEqual(['2015-08-10', 'P1D', 'T17:00']);
  });
});

describe('a year inside a day–month phrase', () => {
  it('الخامس من مارس من العام الماضي → 2014-03-05', () => {
    expect(one('وقع الحادث في الخامس من مارس من العام الماضي.')).toMatchObject({ text: 'الخامس من مارس من العام الماضي', value: '2014-03-05' });
  });

  it('a month alone with من العام المقبل', () => {
    expect(one('يفتتح الجسر في مايو من العام المقبل.')).toMatchObject({ text: 'مايو من العام المقبل', value: '2016-05' });
  });
});

describe('durations in words, halves and qualifiers', () => {
  it('العقود الثلاثة الماضية → P30Y', () => {
    expect(one('تضاعف عدد السكان خلال العقود الثلاثة الماضية.')).toMatchObject({ value: 'P30Y', type: 'DURATION' });
  });

  it('ثلاث دقائق ونصف → PT3M30S', () => {
    expect(one('استمر العرض ثلاث دقائق ونصف.')).toMatchObject({ text: 'ثلاث دقائق ونصف', value: 'PT3M30S' });
  });

  it('عامين ونصف → P2Y6M', () => {
    expect(one('استغرق البناء عامين ونصف.')).toMatchObject({ text: 'عامين ونصف', value: 'P2Y6M' });
  });

  it('منذ أكثر من ثلاثين يوماً → P30D, MORE_THAN, the qualifier outside the span', () => {
    expect(one('ينتظر المرضى منذ أكثر من ثلاثين يوما.')).toMatchObject({ text: 'ثلاثين يوما', value: 'P30D', mod: 'MORE_THAN' });
  });

  it('قبل أكثر من عام ونصف → a date, MORE_THAN', () => {
    expect(one('غادر المدينة قبل أكثر من عام ونصف.')).toMatchObject({ text: 'قبل أكثر من عام ونصف', value: '2014', mod: 'MORE_THAN' });
  });

  it('نحو عشرة أيام → APPROX', () => {
    expect(one('تستمر البطولة نحو عشرة أيام.')).toMatchObject({ value: 'P10D', mod: 'APPROX' });
  });
});

describe('Hijri months with الماضي / المقبل', () => {
  it('رمضان الماضي and ذو الحجة المقبل → the Gregorian month holding their middle', () => {
    expect(one('تراجعت المبيعات في شهر رمضان الماضي.')).toMatchObject({ value: '2015-07' });
    expect(one('يصل الحجاج خلال ذي الحجة المقبل.')).toMatchObject({ value: '2015-09' });
  });
});

describe('anaphoric expressions take the last date before them', () => {
  it('في اليوم ذاته', () => {
    expect(all('وصل الوزير يوم الثلاثاء، وفي اليوم ذاته غادر إلى جدة.').map((e) => [e.text, e.value])).toEqual([
      ['يوم الثلاثاء', '2015-08-04'],
      ['اليوم ذاته', '2015-08-04'],
    ]);
  });

  it('وقتها and منذ ذلك الوقت', () => {
    expect(all('زار المدينة في 3 مايو وكان وقتها مريضا.')[1]).toMatchObject({ text: 'وقتها', value: '2015-05-03', source: 'rule:time/anaphora' });
    expect(all('افتتح المصنع في مارس 2012، ومنذ ذلك الوقت لم يتوقف.')[1]).toMatchObject({ text: 'ذلك الوقت', value: '2012-03' });
  });

  it('في الوقت نفسه as the connective «at the same time, however» is no time', () => {
    expect(all('افتتح المصنع في مارس 2012، لكنه في الوقت نفسه ليس من الصواب التوسع.').map((e) => e.text)).toEqual(['مارس 2012']);
  });

  it('في حينها / في وقتها mean «in due course», not «at that time»', () => {
    expect(all('افتتح المصنع في مارس 2012، وستعلن الشركة كل خطوة في حينها.').map((e) => e.text)).toEqual(['مارس 2012']);
  });

  it('اليوم + an ordinal is a festival day, not today, and lends no date to a clock', () => {
    expect(all('وفي اليوم الثالث تبدأ الأمسية عند الساعة التاسعة مساءً.').map((e) => e.value)).toEqual(['T21:00']);
  });

  it('with no date before them there is nothing to point to', () => {
    expect(all('وكان وقتها مريضا.')).toEqual([]);
  });
});

describe('vague references, the TIMEX3 way', () => {
  const rows: [string, string, string][] = [
    ['تعطل المصعد منذ فترة.', 'منذ فترة', 'PAST_REF'],
    ['كان سابقا مديرا للمصنع.', 'سابقا', 'PAST_REF'],
    ['عاش الناس هنا في الماضي.', 'الماضي', 'PAST_REF'],
    ['سيصدر القرار في القريب العاجل.', 'القريب العاجل', 'FUTURE_REF'],
    ['ستتوسع الشركة مستقبلا.', 'مستقبلا', 'FUTURE_REF'],
    ['لا نية لذلك في الوقت الراهن.', 'الوقت الراهن', 'PRESENT_REF'],
    ['يعمل المصنع راهنا بنصف طاقته.', 'راهنا', 'PRESENT_REF'],
    ['افتتح الفرع مؤخراً في الحي الشرقي.', 'مؤخراً', 'PAST_REF'],
    ['كانت القرية قديماً محطة للقوافل.', 'قديماً', 'PAST_REF'],
    ['ارتفعت الإيجارات في الآونة الأخيرة.', 'الآونة الأخيرة', 'PAST_REF'],
    ['خسر الفريق النهائي الموسم الماضي.', 'الموسم الماضي', 'PAST_REF'],
    ['ستعلن النتائج قريباً.', 'قريباً', 'FUTURE_REF'],
    ['سيحدد موعد التسليم لاحقاً.', 'لاحقاً', 'FUTURE_REF'],
    ['أجلت اللجنة الاجتماع إلى موعد لاحق.', 'موعد لاحق', 'FUTURE_REF'],
    ['يطمح المدرب إلى اللقب الموسم المقبل.', 'الموسم المقبل', 'FUTURE_REF'],
    ['نركز على الصيانة في المرحلة الحالية.', 'المرحلة الحالية', 'PRESENT_REF'],
    ['قد نعرف قريباً من الذي سيفوز بالعقد.', 'قريباً', 'FUTURE_REF'],
    ['سيدفع الثمن في المستقبل الذين لم يولدوا بعد.', 'المستقبل', 'FUTURE_REF'],
  ];
  for (const [s, text, value] of rows) {
    it(`${text} → ${value}`, () => expect(one(s)).toMatchObject({ text, value }));
  }

  it('الماضي without في is an ordinary word', () => {
    expect(all('قرأ الماضي والحاضر معا.')).toEqual([]);
  });

  it('قريباً من + a place is near, not soon', () => {
    expect(all('يقع المخبز قريباً من المسجد.')).toEqual([]);
  });
});

describe('ages and sequences', () => {
  it('البالغ 40 عاماً → an age, P40Y', () => {
    expect(one('أصيب الرجل البالغ 40 عاما بجروح.')).toMatchObject({ text: '40 عاما', value: 'P40Y', source: 'rule:time/age' });
  });

  it('a plain count of years is a duration, not an age', () => {
    expect(one('استمر المشروع 40 عاما.')).toMatchObject({ value: 'P40Y', source: 'rule:time/duration' });
  });

  it('للأسبوع الثاني على التوالي → a recurring week', () => {
    expect(one('ارتفعت الأسعار للأسبوع الثاني على التوالي.')).toMatchObject({ type: 'SET', value: 'P1W', source: 'rule:time/sequence' });
  });
});
