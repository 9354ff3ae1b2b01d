/**
 * منذ + a count, read off 1,800 unlabelled SaudiNewsNet articles outside the sample (issue 15,
 * session 9): 'for N years' (a state or action still going on) is a length with منذ left out,
 * 'N years ago' (a finished event) is a date with منذ kept. A unit word that opens a named day or
 * month (منذ يوم أمس، منذ شهر مارس) is not counted at all. Every sentence is made up; the anchor
 * 2015-08-10 is a Monday.
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

const length = (text: string, value: string) => [{ text, value, type: 'DURATION' }];

describe('منذ + a count: a length when the state goes on', () => {
  it('after a participle of continuing', () => {
    expect(all('تسبب النزاع المستمر منذ ست سنوات في نزوح الآلاف.')).toEqual(length('ست سنوات', 'P6Y'));
    expect(all('انتهت المفاوضات الدائرة منذ أربعة أشهر دون اتفاق.')).toEqual(length('أربعة أشهر', 'P4M'));
    expect(all('عاد الكأس الغائب منذ 12 عاما إلى خزائن النادي.')).toEqual(length('12 عاما', 'P12Y'));
  });

  it('after an imperfect verb, listed or opening with ي, with its object between', () => {
    expect(all('القرية التي تعاني منذ ثلاث سنوات من شح المياه.')).toEqual(length('ثلاث سنوات', 'P3Y'));
    expect(all('وتشن القوات حملة منذ خمسة أسابيع على المهربين.')).toEqual(length('خمسة أسابيع', 'P5W'));
    expect(all('حافظ السعر على المستوى الذي يحافظ عليه منذ سبعة أشهر.')).toEqual(length('سبعة أشهر', 'P7M'));
  });

  it('after a negation or the first time, and before حتى الآن', () => {
    expect(all('لم يزر الوزير المنطقة منذ عشر سنوات.')).toEqual(length('عشر سنوات', 'P10Y'));
    expect(all('فاز الفريق على ملعبه للمرة الأولى منذ عامين.')).toEqual(length('عامين', 'P2Y'));
    expect(all('في أول رحلة يقوم بها قطار إلى المدينة منذ ثمانية أشهر.')).toEqual(
      length('ثمانية أشهر', 'P8M'),
    );
    expect(all('وأغلق الطريق ومنذ ثلاثة أيام ولغاية الآن لم يفتح.').slice(0, 1)).toEqual(
      length('ثلاثة أيام', 'P3D'),
    );
  });

  it('a finished event stays a date with منذ, and a clause boundary stops the look back', () => {
    expect(all('افتتحت المكتبة منذ خمس سنوات.')).toEqual([
      { text: 'منذ خمس سنوات', value: '2010', type: 'DATE' },
    ]);
    expect(all('وتوفي الشاعر منذ عامين.')).toEqual([{ text: 'منذ عامين', value: '2013', type: 'DATE' }]);
    // يعمل belongs to the clause before التي; the clause of منذ has only a finished event.
    expect(all('يعمل في الشركة التي تأسست منذ عشرين عاما.')).toEqual([
      { text: 'منذ عشرين عاما', value: '1995', type: 'DATE' },
    ]);
    // A name opening with ي is not a verb.
    expect(all('وصل يوسف منذ ثلاثة أيام.')).toEqual([
      { text: 'منذ ثلاثة أيام', value: '2015-08-07', type: 'DATE' },
    ]);
  });
});

describe('a unit word that opens a named day or month is not counted', () => {
  it('منذ يوم أمس is yesterday, منذ شهر مارس the month', () => {
    expect(all('ينشر السكان الصور منذ يوم أمس.')).toEqual([
      { text: 'يوم أمس', value: '2015-08-09', type: 'DATE' },
    ]);
    expect(all('بقيت الفائدة مجمدة منذ شهر مارس 2009.')).toEqual([
      { text: 'شهر مارس 2009', value: '2009-03', type: 'DATE' },
    ]);
  });
});
