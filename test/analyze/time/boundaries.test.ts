/**
 * Span boundaries as docs/gold/quotes-times-guide.md draws them, and the small classes found while
 * widening the tuning gold (issue 15). Every sentence is made up; the anchor 2015-08-10 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const ANCHOR = '2015-08-10';

function all(text: string): { text: string; value: string; type: string }[] {
  return findTimes(text, { anchor: ANCHOR }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value, type: e.type };
  });
}

describe('what the span takes in', () => {
  it('a position word before a year belongs to it (value: the year)', () => {
    expect(all('باعت الشركة فرعها في نهاية 2013 ثم توسعت.')).toEqual([{ text: 'نهاية 2013', value: '2013', type: 'DATE' }]);
    expect(all('وزعت أرباحا عن نهاية العام المالي 1435هـ.').map((e) => e.text)).toEqual(['نهاية العام المالي 1435هـ']);
  });

  it('a half or quarter right before a year, with or without من', () => {
    expect(all('ارتفعت الأرباح بنهاية النصف الأول 2015 بشكل كبير.')).toEqual([{ text: 'النصف الأول 2015', value: '2015-H1', type: 'DATE' }]);
    expect(all('تراجعت المبيعات في الربع الثالث من 2014.').map((e) => e.value)).toEqual(['2014-Q3']);
  });

  it('الجديد after العام الدراسي names the current school year', () => {
    expect(all('تطلق القناة دروسها مع بداية العام الدراسي الجديد.')).toEqual([{ text: 'بداية العام الدراسي الجديد', value: '2015', type: 'DATE' }]);
  });

  it('قليلة after an uncounted plural stays in the span', () => {
    expect(all('زار الوفد المصنع قبل أيام قليلة.')).toEqual([{ text: 'قبل أيام قليلة', value: 'PAST_REF', type: 'DATE' }]);
  });
});

describe('what the span leaves out', () => {
  it('في غضون / خلال before a counted length (vague ranges keep خلال)', () => {
    expect(all('يجب تسليم الوثائق في غضون 15 يوماً من الإشعار.')).toEqual([{ text: '15 يوماً', value: 'P15D', type: 'DURATION' }]);
    expect(all('انتهت الأعمال خلال ثلاثة أيام.').map((e) => e.text)).toEqual(['ثلاثة أيام']);
    expect(all('تحسن الطقس خلال الأيام الماضية.').map((e) => e.text)).toEqual(['خلال الأيام الماضية']);
  });

  it('measure words of a duration stay (لمدة، نحو)', () => {
    expect(all('أغلق الطريق لمدة أسبوع.').map((e) => e.text)).toEqual(['لمدة أسبوع']);
  });
});

describe('found while widening the gold', () => {
  it('غرة + a Hijri month is its first day', () => {
    expect(all('يبدأ التسجيل غرة ذي القعدة 1436هـ.')).toEqual([{ text: 'غرة ذي القعدة 1436هـ', value: '2015-08-16', type: 'DATE' }]);
    expect(all('يبدأ الصرف غرة ذي القعدة.').map((e) => e.value)).toEqual(['2015-08-16']);
  });

  it('a number in parentheses followed by a unit of length is no year', () => {
    expect(all('أنشئت قناة بطول (1030) متراً وعرض (12) متراً.')).toEqual([]);
    expect(all('تأسست الجمعية (1955) في المدينة.').map((e) => e.value)).toEqual(['1955']);
  });
});

describe('values found while widening the gold', () => {
  it('the part of the day before a date sets the half of a later clock', () => {
    expect(all('تقام المباراة مساء يوم غد الثلاثاء عند الساعة التاسعة بتوقيت مكة.').map((e) => e.value)).toEqual(['2015-08-11T21:00+03:00']);
    expect(all('يفتتح المعرض صباح غد عند الساعة التاسعة.').map((e) => e.value)).toEqual(['2015-08-11T09:00']);
  });

  it('a relative clause keeps the tense of the noun it describes', () => {
    expect(all('قبل المواجهة المرتقبة التي تجمع الفريقين مساء الأربعاء.').map((e) => e.value)).toEqual(['2015-08-12TEV']);
    expect(all('ناقش التقرير الذي صدر يوم الأربعاء.').map((e) => e.value)).toEqual(['2015-08-05']);
  });

  it('a part of «the year» with no number is this year’s', () => {
    expect(all('ارتفعت الأرباح في الربع الثاني من العام.').map((e) => [e.text, e.value])).toEqual([['الربع الثاني من العام', '2015-Q2']]);
  });

  it('منذ ذلك الحين takes the last date; مقبل الأيام is ahead', () => {
    expect(all('أغلق المصنع في نهاية 2013 وظل مهجورا منذ ذلك الحين.').map((e) => [e.text, e.value])).toEqual([
      ['نهاية 2013', '2013'],
      ['ذلك الحين', '2013'],
    ]);
    expect(all('ستتضح الصورة في مقبل الأيام.').map((e) => e.value)).toEqual(['FUTURE_REF']);
  });
});

describe('more of the guide’s classes', () => {
  it('في العشرين من عمره is an age; في العقد الثالث من عمره is not', () => {
    expect(all('تخرج وهو في العشرين من عمره.')).toEqual([{ text: 'العشرين من عمره', value: 'P20Y', type: 'DURATION' }]);
    expect(all('أوقف شاب في العقد الثالث من عمره.')).toEqual([]);
  });

  it('after a superlative, منذ + a count is a length, منذ left out', () => {
    expect(all('سجل المصنع أعلى إنتاج شهري له منذ ثماني سنوات.')).toEqual([{ text: 'ثماني سنوات', value: 'P8Y', type: 'DURATION' }]);
    expect(all('تواجه المدينة أسوأ أزمة منذ سنوات.')).toEqual([{ text: 'سنوات', value: 'PXY', type: 'DURATION' }]);
    expect(all('غادر القرية منذ ثماني سنوات.')).toEqual([{ text: 'منذ ثماني سنوات', value: '2007', type: 'DATE' }]);
  });

  it('منتصف الليل is T24:00', () => {
    expect(all('أغلق السوق بعد منتصف الليل.')).toEqual([{ text: 'منتصف الليل', value: 'T24:00', type: 'TIME' }]);
  });

  it('a unit again and again, and per hour, are sets', () => {
    expect(all('ترتفع الإيجارات عاماً بعد آخر.')).toEqual([{ text: 'عاماً بعد آخر', value: 'P1Y', type: 'SET' }]);
    expect(all('سار القطار بسرعة 90 كيلومترا في الساعة.')).toEqual([{ text: 'في الساعة', value: 'PT1H', type: 'SET' }]);
    expect(all('يبدأ الدرس في الساعة العاشرة.').map((e) => e.value)).toEqual(['T10:00']);
  });
});

describe('stretches and tomorrow', () => {
  it('a counted stretch with الأولى / المتبقية is a length', () => {
    expect(all('يصرف التعويض عن الأشهر الثلاثة الأولى كاملا.')).toEqual([{ text: 'الأشهر الثلاثة الأولى', value: 'P3M', type: 'DURATION' }]);
  });

  it('خلال الفترة الحالية is the present', () => {
    expect(all('تراجعت الخسائر خلال الفترة الحالية.')).toEqual([{ text: 'خلال الفترة الحالية', value: 'PRESENT_REF', type: 'DATE' }]);
  });

  it('الغد after an occasion is tomorrow; جيل الغد is not', () => {
    expect(all('يغيب القائد عن مباراة الغد.')).toEqual([{ text: 'الغد', value: '2015-08-11', type: 'DATE' }]);
    expect(all('تصل البعثة صباح الغد.').map((e) => e.value)).toEqual(['2015-08-11TMO']);
    expect(all('نبني مدارس جيل الغد.')).toEqual([]);
  });
});

describe('lists and ranges of lengths', () => {
  it('each count of a range or list of lengths is a length', () => {
    expect(all('تظهر النتيجة بين 3 إلى 4 ساعات.').map((e) => [e.text, e.value])).toEqual([
      ['3', 'PT3H'],
      ['4 ساعات', 'PT4H'],
    ]);
    expect(all('آجال السندات 5 و 7 و 10 سنوات.').map((e) => e.value)).toEqual(['P5Y', 'P7Y', 'P10Y']);
  });

  it('a number that is not a smaller count stays out', () => {
    expect(all('فاز الفريق 12 - 10 أيام قبل البطولة.').map((e) => e.text)).toEqual(['10 أيام']);
  });

  it('منذ وقت مبكر is a vague past', () => {
    expect(all('بدأ التحضير منذ وقت مبكر.').map((e) => e.value)).toEqual(['PAST_REF']);
  });
});

describe('two-year spans', () => {
  it('1436/1437هـ and 2015/2016 are one expression, the year they start in', () => {
    expect(all('تبدأ الدراسة في العام الدراسي 1436/1437هـ.')).toEqual([{ text: 'العام الدراسي 1436/1437هـ', value: '2015', type: 'DATE' }]);
    expect(all('وقع اللاعب عقدا لموسم 2015/2016.').map((e) => [e.text, e.value])).toEqual([['2015/2016', '2015']]);
  });

  it('two years that do not follow each other stay two', () => {
    expect(all('قارن التقرير بين 2014/2016.').map((e) => e.value)).toEqual(['2014', '2016']);
  });
});
