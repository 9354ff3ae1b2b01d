/**
 * Classes found by running the tagger over SaudiNewsNet days outside the sample (issue 15): a part of
 * a Hijri month, of a decade or of a season keeps its position word in the span; two-word and
 * definite teens count as teens; and the small classes met while widening the tuning gold (articles
 * 60-163). Every sentence is made up; the anchor 2015-08-10 is a Monday, 25 Shawwal 1436.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const ANCHOR = '2015-08-10';

function all(text: string): { text: string; value: string }[] {
  return findTimes(text, { anchor: ANCHOR }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value };
  });
}

describe('a part of a Hijri month', () => {
  it('takes the position word and the Gregorian month holding that part', () => {
    // Ramadan 1436 ran from 18 June to 16 July 2015: its start and its end fall in different months.
    expect(all('افتتح السوق الشعبي في مطلع شهر رمضان.')).toEqual([{ text: 'مطلع شهر رمضان', value: '2015-06' }]);
    expect(all('أغلق السوق الشعبي في نهاية شهر رمضان.')).toEqual([{ text: 'نهاية شهر رمضان', value: '2015-07' }]);
  });

  it('with a modifier and without شهر', () => {
    expect(all('يقام المهرجان في منتصف شهر رمضان المقبل.')).toEqual([{ text: 'منتصف شهر رمضان المقبل', value: '2016-06' }]);
    expect(all('زار الوفد المعرض في نهاية شوال الماضي.')).toEqual([{ text: 'نهاية شوال الماضي', value: '2014-08' }]);
  });

  it('a clitic on the position word stays outside', () => {
    // 15 Shawwal 1436 is 31 July 2015.
    expect(all('تعود الرحلات بمنتصف شوال الجاري.')).toEqual([{ text: 'منتصف شوال الجاري', value: '2015-07' }]);
  });

  it('a month that is also a name still needs شهر', () => {
    expect(all('وصل في نهاية رجب إلى المدينة.')).toEqual([]);
  });
});

describe('a part of a decade or a season', () => {
  it('the position word joins a decade', () => {
    expect(all('انتشرت الظاهرة في منتصف التسعينيات في المدن.')).toEqual([{ text: 'منتصف التسعينيات', value: '199' }]);
    expect(all('ولد الشاعر أواخر الأربعينات.')).toEqual([{ text: 'أواخر الأربعينات', value: '194' }]);
  });

  it('the position word joins a season, dated like the season', () => {
    expect(all('تبدأ الرحلات في أوائل الصيف المقبل.')).toEqual([{ text: 'أوائل الصيف المقبل', value: '2016-SU' }]);
    expect(all('تتفتح الأزهار في منتصف الربيع عادة.')).toEqual([{ text: 'منتصف الربيع', value: 'XXXX-SP' }]);
  });

  it('a position word before a noun that is no time stays untagged', () => {
    expect(all('وقف اللاعب في منتصف الملعب.')).toEqual([]);
  });
});

describe('teens', () => {
  it('two-word cardinals of numbers.json', () => {
    expect(all('عاد بعد أحد عشر عاماً من الغياب.')).toEqual([{ text: 'أحد عشر عاماً', value: 'P11Y' }]);
    expect(all('غاب اللاعب اثني عشر يوماً.')).toEqual([{ text: 'اثني عشر يوماً', value: 'P12D' }]);
  });

  it('definite teens before a unit', () => {
    expect(all('ستنفذ المرحلة خلال الثمانية عشر شهرا المقبلة.')).toEqual([{ text: 'الثمانية عشر شهرا المقبلة', value: 'P18M' }]);
    expect(all('قرأ الطفل ذو الأربعة عشر عاماً القصة.')).toEqual([{ text: 'الأربعة عشر عاماً', value: 'P14Y' }]);
  });

  it('a plain ten and an ordinal teen are unchanged', () => {
    expect(all('استمر العمل عشرة أيام.')).toEqual([{ text: 'عشرة أيام', value: 'P10D' }]);
    expect(all('بدأ التسجيل في الحادي عشر من مايو.')).toEqual([{ text: 'الحادي عشر من مايو', value: '2015-05-11' }]);
  });
});

describe('classes found while widening the tuning gold a second time', () => {
  it('twelve at night is midnight, T24:00 (T00:30 with minutes); twelve at noon stays T12:00', () => {
    expect(all('تستمر العروض حتى الساعة الثانية عشرة ليلا.')).toEqual([{ text: 'الساعة الثانية عشرة ليلا', value: 'T24:00' }]);
    expect(all('انتهى الحفل في الثانية عشرة والنصف ليلا.')).toEqual([{ text: 'الثانية عشرة والنصف ليلا', value: 'T00:30' }]);
    expect(all('يبدأ الدوام في الثانية عشرة ظهرا.')).toEqual([{ text: 'الثانية عشرة ظهرا', value: 'T12:00' }]);
  });

  it('بكرة before a ball game is ب + كرة, not the colloquial tomorrow', () => {
    expect(all('اهتم النادي بكرة القدم أكثر من غيرها.')).toEqual([]);
    expect(all('نلتقي بكرة في الملعب.')).toEqual([{ text: 'بكرة', value: '2015-08-11' }]);
  });

  it('a weekday in brackets after يوم', () => {
    expect(all('يلعب الفريق مباراته ظهر يوم (الخميس) المقبل.')).toEqual([{ text: 'ظهر يوم (الخميس) المقبل', value: '2015-08-13TMI' }]);
  });

  it('قادم الأيام is the future; a position word joins a sports season', () => {
    expect(all('سيكون للفريق شأن في قادم الأيام.')).toEqual([{ text: 'قادم الأيام', value: 'FUTURE_REF' }]);
    expect(all('توج النادي باللقب في نهاية الموسم الماضي.')).toEqual([{ text: 'نهاية الموسم الماضي', value: 'PAST_REF' }]);
    expect(all('يبدأ النادي في بداية الموسم.')).toEqual([]);
  });

  it('two coordinated Hijri months after شهر, with a dual modifier; a name stays a name', () => {
    expect(all('ضبطت الهيئة الأغذية خلال شهر رجب وشعبان الماضيين.')).toEqual([
      { text: 'شهر رجب', value: '2015-05' },
      { text: 'شعبان الماضيين', value: '2015-06' },
    ]);
    expect(all('زار رجب وصفر المدينة.')).toEqual([]);
  });

  it('منذ القدم is the past', () => {
    expect(all('ارتبط المسرح منذ القدم بالمجتمع.')).toEqual([{ text: 'منذ القدم', value: 'PAST_REF' }]);
  });

  it('اليوم التالي / السابق: the day after or before the last day mentioned; none without one', () => {
    expect(all('وقع الحادث يوم الأحد 9 أغسطس، وفي اليوم التالي زار الوزير الموقع.')).toEqual([
      { text: 'يوم الأحد 9 أغسطس', value: '2015-08-09' },
      { text: 'اليوم التالي', value: '2015-08-10' },
    ]);
    expect(all('افتتح المعرض في 5 مايو، وكان الوفد قد وصل في اليوم السابق.').map((e) => e.value)).toEqual(['2015-05-05', '2015-05-04']);
    expect(all('وصل الفريق في اليوم التالي.')).toEqual([]);
  });
});
