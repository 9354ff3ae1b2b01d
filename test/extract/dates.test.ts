import { describe, expect, it } from 'vitest';
import {
  findAbsoluteDates,
  gregorianToHijri,
  hijriToGregorian,
  isValidGregorian,
  parseArabicNumber,
} from '../../src/text/dates.ts';

const one = (s: string): { text: string; value: string; hijri?: string; weekday?: number } => {
  const ds = findAbsoluteDates(s);
  expect(ds, s).toHaveLength(1);
  const d = ds[0]!;
  expect(s.slice(d.start, d.end)).toBe(d.text);
  return d;
};

describe('findAbsoluteDates', () => {
  const table: [string, string, string][] = [
    // [input, matched text, value]
    ['نشر في 26 مايو 2021 صباحا', '26 مايو 2021', '2021-05-26'],
    ['٢٦ أيار ٢٠٢١', '٢٦ أيار ٢٠٢١', '2021-05-26'],
    ['۲۶ مايو ۲۰۲۱', '۲۶ مايو ۲۰۲۱', '2021-05-26'],
    ['الأربعاء 26 مايو/أيار 2021', 'الأربعاء 26 مايو/أيار 2021', '2021-05-26'],
    ['في 16 يونيو/ حزيران المقبل', '16 يونيو/ حزيران', 'XXXX-06-16'],
    ['يوم 5 يوليو تموز 2015 م', '5 يوليو تموز 2015 م', '2015-07-05'],
    ['3 فبراير (شباط) 2019', '3 فبراير (شباط) 2019', '2019-02-03'],
    ['12 كانون الأول 2020', '12 كانون الأول 2020', '2020-12-12'],
    ['1 كانون الثاني 2020', '1 كانون الثاني 2020', '2020-01-01'],
    ['15 تشرين الأول 2018', '15 تشرين الأول 2018', '2018-10-15'],
    ['9 آب 2014', '9 آب 2014', '2014-08-09'],
    // Maghrebi months
    ['3 جوان 2020', '3 جوان 2020', '2020-06-03'],
    ['14 جويلية 2019', '14 جويلية 2019', '2019-07-14'],
    ['20 أوت 2017', '20 أوت 2017', '2017-08-20'],
    ['1 فيفري 2016', '1 فيفري 2016', '2016-02-01'],
    ['7 غشت 2015', '7 غشت 2015', '2015-08-07'],
    ['2 دجنبر 2013', '2 دجنبر 2013', '2013-12-02'],
    ['في شهر مايو 2021', 'مايو 2021', '2021-05'],
    // numeric
    ['2021/05/26', '2021/05/26', '2021-05-26'],
    ['26/05/2021', '26/05/2021', '2021-05-26'],
    ['2021-05-26', '2021-05-26', '2021-05-26'],
    ['26.5.2021', '26.5.2021', '2021-05-26'],
    ['٢٦/٠٥/٢٠٢١م', '٢٦/٠٥/٢٠٢١م', '2021-05-26'],
  ];
  it.each(table)('%s', (input, text, value) => {
    const d = one(input);
    expect(d.text).toBe(text);
    expect(d.value).toBe(value);
  });

  it('reads Hijri dates, named and numeric, and converts them with Umm al-Qura', () => {
    const named = one('صدر القرار في 10 شوال 1436هـ');
    expect(named).toMatchObject({ text: '10 شوال 1436هـ', value: '2015-07-26', hijri: '1436-10-10' });
    expect(one('1 رمضان 1436 هـ')).toMatchObject({ value: '2015-06-18', hijri: '1436-09-01' });
    expect(one('ابتداء من 8 / 11 / 1436 هـ')).toMatchObject({
      text: '8 / 11 / 1436 هـ',
      hijri: '1436-11-08',
      value: '2015-08-23',
    });
    expect(one('بتاريخ 14/10/1436هـ')).toMatchObject({ hijri: '1436-10-14', value: '2015-07-30' });
    expect(one('5 ذو الحجة 1436')).toMatchObject({ hijri: '1436-12-05' });
    expect(one('2 ربيع الأول 1440 هـ').hijri).toBe('1440-03-02');
  });

  it('finds both dates of a double-calendar line, and the weekday', () => {
    const s = 'الأربعاء 10 شوال 1436 هـ - 26 يوليو 2015 م';
    const ds = findAbsoluteDates(s);
    expect(ds.map((d) => [d.text, d.value, d.calendar])).toEqual([
      ['الأربعاء 10 شوال 1436 هـ', '2015-07-26', 'hijri'],
      ['26 يوليو 2015 م', '2015-07-26', 'gregorian'],
    ]);
    expect(ds[0]!.weekday).toBe(3);
  });

  it('rejects dates that do not exist and numbers that are not dates', () => {
    for (const s of [
      '31 فبراير 2021',
      '29 فبراير 2021',
      '31/04/2020',
      '2021/13/01',
      '30 رمضان 1436 هـ',
      'رقم 0175299990',
      'بنسبة 135.65 نقطة',
      '1.56 %',
      'فاز 2-1',
      'مايو وحده',
    ]) {
      expect(findAbsoluteDates(s), s).toEqual([]);
    }
    expect(one('29 فبراير 2020').value).toBe('2020-02-29');
  });

  it('does not take a month name that starts a longer word', () => {
    expect(findAbsoluteDates('3 مارسيليا 2020')).toEqual([]);
  });

  it('tries every digit run: after a rejected date, inside longer numbers, next to other runs', () => {
    expect(findAbsoluteDates('31/02/2021 ثم 26/05/2021').map((d) => d.value)).toEqual(['2021-05-26']);
    expect(findAbsoluteDates('12345 مايو 2021')).toEqual([]); // a day-month-year that is not one
    expect(findAbsoluteDates('رقم 12345، مايو 2021').map((d) => d.value)).toEqual(['2021-05']);
    expect(findAbsoluteDates('بين 3 و4 مايو 2021').map((d) => d.value)).toEqual(['2021-05-04']);
    expect(findAbsoluteDates('1.2.2020 و٢٦ أيار ٢٠٢١').map((d) => d.value)).toEqual([
      '2020-02-01',
      '2021-05-26',
    ]);
    expect(findAbsoluteDates('مايو 12021')).toEqual([]);
  });

  it('honours from/to and returns absolute offsets', () => {
    const s = 'قبل 1 مايو 2020 وبعد 2 يونيو 2020';
    const ds = findAbsoluteDates(s, 16);
    expect(ds.map((d) => d.value)).toEqual(['2020-06-02']);
    expect(s.slice(ds[0]!.start, ds[0]!.end)).toBe('2 يونيو 2020');
  });
});

describe('calendars', () => {
  it('converts known Hijri/Gregorian pairs both ways', () => {
    const pairs: [number, number, number, string][] = [
      [1436, 9, 1, '2015-06-18'],
      [1436, 10, 1, '2015-07-17'],
      [1445, 1, 1, '2023-07-19'],
      [1440, 9, 1, '2019-05-06'],
      [1441, 10, 1, '2020-05-24'],
    ];
    for (const [y, m, d, g] of pairs) {
      expect(hijriToGregorian(y, m, d), `${y}-${m}-${d}`).toBe(g);
      const [gy, gm, gd] = g.split('-').map(Number) as [number, number, number];
      expect(gregorianToHijri(gy, gm, gd)).toEqual({ year: y, month: m, day: d });
    }
    expect(hijriToGregorian(1436, 9, 30)).toBeNull(); // Ramadan 1436 had 29 days
    expect(hijriToGregorian(1436, 13, 1)).toBeNull();
  });

  it('validates Gregorian dates', () => {
    expect(isValidGregorian(2021, 2, 28)).toBe(true);
    expect(isValidGregorian(2021, 2, 29)).toBe(false);
    expect(isValidGregorian(2024, 2, 29)).toBe(true);
    expect(isValidGregorian(2021, 4, 31)).toBe(false);
  });

  it('parses numbers in Arabic-Indic and Persian digits', () => {
    expect(parseArabicNumber('١٥')).toBe(15);
    expect(parseArabicNumber('۱۵')).toBe(15);
    expect(parseArabicNumber('٢٬٥٠٠')).toBe(2500);
    expect(parseArabicNumber('٣٫٥')).toBe(3.5);
    expect(parseArabicNumber('4ر16')).toBe(4.16);
    expect(parseArabicNumber('2,5')).toBe(2.5);
    expect(parseArabicNumber('1,000,000')).toBe(1000000);
    expect(parseArabicNumber('عشرة')).toBeNaN();
  });
});

describe('hijriToGregorian at the end of a Hijri year', () => {
  it('finds 29 ذو الحجة 1431 (the search used to step past it and give up)', () => {
    // 2010-12-05 is 29/12/1431 in Intl's Umm al-Qura calendar, and the next day opens 1432.
    expect(hijriToGregorian(1431, 12, 29)).toBe('2010-12-05');
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    expect(f.format(new Date(Date.UTC(2010, 11, 5)))).toBe('12/29/1431 AH');
  });
});
