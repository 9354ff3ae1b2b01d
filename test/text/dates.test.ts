import { describe, expect, it } from 'vitest';
import {
  findAbsoluteDates,
  foldArabic,
  hijriToGregorian,
  isValidGregorian,
  keepLongest,
  looseAlternation,
  loosePattern,
  parseArabicNumber,
} from '../../src/text/dates.ts';

/**
 * Spellings, separators and edges of src/text/dates.ts that test/extract/dates.test.ts does not
 * reach: the forms month names and numbers take in real news text, and the bounds of each rule.
 * Expected Gregorian values of Hijri dates are from Intl's islamic-umalqura calendar (checked here).
 */
type Row = [text: string, value: string, calendar?: string, hijri?: string];
const rows = (s: string): Row[] =>
  findAbsoluteDates(s).map((d) => {
    expect(s.slice(d.start, d.end)).toBe(d.text);
    return d.hijri ? [d.text, d.value, d.calendar, d.hijri] : [d.text, d.value, d.calendar];
  });

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

describe('month names in the spellings news uses', () => {
  it('with or without hamza and madda on the alef, and with tatweel', () => {
    expect(rows('5 إبريل 2020')).toEqual([['5 إبريل 2020', '2020-04-05', 'gregorian']]);
    expect(rows('5 ابريل 2020')).toEqual([['5 ابريل 2020', '2020-04-05', 'gregorian']]);
    expect(rows('3 آذار 2021')).toEqual([['3 آذار 2021', '2021-03-03', 'gregorian']]);
    expect(rows('3 اذار 2021')).toEqual([['3 اذار 2021', '2021-03-03', 'gregorian']]);
    expect(rows('26 مـايو 2021')).toEqual([['26 مـايو 2021', '2021-05-26', 'gregorian']]);
  });

  it('with alef maqsura or yaa, and any spacing between the words of a two-word month', () => {
    expect(rows('5 جمادى الأولى 1440')).toEqual([
      ['5 جمادى الأولى 1440', '2019-01-11', 'hijri', '1440-05-05'],
    ]);
    expect(rows('5 جمادي الاولي 1440')).toEqual([
      ['5 جمادي الاولي 1440', '2019-01-11', 'hijri', '1440-05-05'],
    ]);
    expect(umalqura.format(new Date(Date.UTC(2019, 0, 11)))).toBe('5/5/1440 AH');
    expect(rows('12 كانون   الثاني 2020')).toEqual([['12 كانون   الثاني 2020', '2020-01-12', 'gregorian']]);
    expect(rows('12 كانون\u00A0الثاني 2020')).toEqual([
      ['12 كانون\u00A0الثاني 2020', '2020-01-12', 'gregorian'],
    ]);
  });

  it('with ta marbuta or haa, and the other form of ذو/ذي', () => {
    expect(rows('10 ذي الحجة 1436هـ')).toEqual([['10 ذي الحجة 1436هـ', '2015-09-23', 'hijri', '1436-12-10']]);
    expect(rows('10 ذي الحجه 1436هـ')).toEqual([['10 ذي الحجه 1436هـ', '2015-09-23', 'hijri', '1436-12-10']]);
    expect(umalqura.format(new Date(Date.UTC(2015, 8, 23)))).toBe('12/10/1436 AH');
  });

  it('with shadda and vowel marks on the month name (found by the mutation run: they were not read at all)', () => {
    expect(rows('10 شوّال 1436هـ')).toEqual([['10 شوّال 1436هـ', '2015-07-26', 'hijri', '1436-10-10']]);
    expect(umalqura.format(new Date(Date.UTC(2015, 6, 26)))).toBe('10/10/1436 AH');
    expect(rows('26 أيّار 2021')).toEqual([['26 أيّار 2021', '2021-05-26', 'gregorian']]);
    expect(rows('1 رَمَضَانَ 1442هـ')).toEqual([['1 رَمَضَانَ 1442هـ', '2021-04-13', 'hijri', '1442-09-01']]);
    expect(umalqura.format(new Date(Date.UTC(2021, 3, 13)))).toBe('9/1/1442 AH');
  });

  it('two month names that disagree are not a date', () => {
    expect(findAbsoluteDates('26 مايو/حزيران 2021')).toEqual([]);
    expect(findAbsoluteDates('في مايو/حزيران 2021')).toEqual([]);
  });
});

describe('what belongs to the span', () => {
  it('a weekday before the date, with يوم and a comma', () => {
    const [d] = findAbsoluteDates('وصل يوم الخميس، 3 يونيو 2021 إلى المدينة');
    expect(d).toMatchObject({ text: 'يوم الخميس، 3 يونيو 2021', value: '2021-06-03', weekday: 4 });
    expect(findAbsoluteDates('السبت 14/10/1436هـ')[0]).toMatchObject({ weekday: 6, hijri: '1436-10-14' });
    expect(findAbsoluteDates('الجمعة 5 مايو 2023')[0]!.weekday).toBe(5);
    expect(findAbsoluteDates('الأحد 7 مايو 2023')[0]!.weekday).toBe(7);
  });

  it('a word that is not a weekday stays out, and so does a weekday far from the date', () => {
    expect(findAbsoluteDates('وصل الوفد 3 يونيو 2021')[0]).toMatchObject({ text: '3 يونيو 2021' });
    expect(findAbsoluteDates('وصل الوفد 3 يونيو 2021')[0]!.weekday).toBeUndefined();
    const far = findAbsoluteDates('الخميس وصل الوفد إلى المدينة في 3 يونيو 2021')[0]!;
    expect(far.text).toBe('3 يونيو 2021');
    expect(far.weekday).toBeUndefined();
  });

  it('not the comma or space after the date', () => {
    expect(rows('في 3 يونيو 2021، ثم عاد')).toEqual([['3 يونيو 2021', '2021-06-03', 'gregorian']]);
    expect(rows('في 3 يونيو، ثم عاد')).toEqual([['3 يونيو', 'XXXX-06-03', 'gregorian']]);
  });

  it('a comma between month and year, and the Gregorian mark after a month and year', () => {
    expect(rows('3 يونيو، 2021')).toEqual([['3 يونيو، 2021', '2021-06-03', 'gregorian']]);
    expect(rows('يونيو، 2021')).toEqual([['يونيو، 2021', '2021-06', 'gregorian']]);
    expect(rows('أبريل 2020م')).toEqual([['أبريل 2020م', '2020-04', 'gregorian']]);
    expect(rows('يونيو 2021 م')).toEqual([['يونيو 2021 م', '2021-06', 'gregorian']]);
  });
});

describe('numeric dates', () => {
  it('US order when the middle number cannot be a month', () => {
    expect(rows('05/26/2021')).toEqual([['05/26/2021', '2021-05-26', 'gregorian']]);
    expect(rows('26/05/2021')).toEqual([['26/05/2021', '2021-05-26', 'gregorian']]);
    expect(findAbsoluteDates('26/13/2021')).toEqual([]);
  });

  it('spaced dots, and the same separator on both sides only', () => {
    expect(rows('2021 . 05 . 26')).toEqual([['2021 . 05 . 26', '2021-05-26', 'gregorian']]);
    expect(findAbsoluteDates('2021/05-26')).toEqual([]);
  });

  it('years 1300 to 1500 are Hijri without a mark, and Gregorian with م', () => {
    expect(rows('14/10/1436')).toEqual([['14/10/1436', '2015-07-30', 'hijri', '1436-10-14']]);
    expect(rows('14/10/1436م')).toEqual([['14/10/1436م', '1436-10-14', 'gregorian']]);
    expect(rows('01/01/1300')).toEqual([['01/01/1300', '1882-11-12', 'hijri', '1300-01-01']]);
    expect(rows('01/01/1500')).toEqual([['01/01/1500', '2076-11-28', 'hijri', '1500-01-01']]);
    expect(rows('01/01/1299')).toEqual([['01/01/1299', '1299-01-01', 'gregorian']]);
    expect(rows('01/01/1501')).toEqual([['01/01/1501', '1501-01-01', 'gregorian']]);
    expect(umalqura.format(new Date(Date.UTC(1882, 10, 12)))).toBe('1/1/1300 AH');
    expect(umalqura.format(new Date(Date.UTC(2076, 10, 28)))).toBe('1/1/1500 AH');
  });

  it('a Hijri mark on a Gregorian-looking year still reads it as Hijri', () => {
    expect(rows('01/01/1299هـ')).toEqual([['01/01/1299هـ', '1881-11-23', 'hijri', '1299-01-01']]);
    expect(umalqura.format(new Date(Date.UTC(1881, 10, 23)))).toBe('1/1/1299 AH');
  });

  it('years before 1000 are not dates', () => {
    expect(findAbsoluteDates('01/02/0999')).toEqual([]);
    expect(rows('01/02/1000م')).toEqual([['01/02/1000م', '1000-02-01', 'gregorian']]);
  });
});

describe('long text', () => {
  it('finds dates in separate windows far apart, with absolute offsets', () => {
    const filler = ' كلام'.repeat(60);
    const s = `في 3 يونيو 2021${filler} وفي 4 يوليو 2022${filler} ثم 14/10/1436هـ`;
    const ds = findAbsoluteDates(s);
    expect(ds.map((d) => d.value)).toEqual(['2021-06-03', '2022-07-04', '2015-07-30']);
    for (const d of ds) expect(s.slice(d.start, d.end)).toBe(d.text);
  });

  it('a date right after a long number run still gets its weekday and month', () => {
    const s = `${'كلمة '.repeat(20)}الخميس 3 يونيو 2021`;
    expect(findAbsoluteDates(s)[0]).toMatchObject({ text: 'الخميس 3 يونيو 2021', weekday: 4 });
  });

  it('a region that starts inside a month name does not reach back to it', () => {
    const s = 'قال مايو 2021 وبعده';
    expect(findAbsoluteDates(s, 4).map((d) => d.text)).toEqual(['مايو 2021']);
    expect(findAbsoluteDates(s, 6)).toEqual([]);
    expect(findAbsoluteDates(s.slice(6))).toEqual([]);
  });

  it('stops at `to`', () => {
    const s = 'قبل 1 مايو 2020 وبعد 2 يونيو 2020';
    expect(findAbsoluteDates(s, 0, 16).map((d) => d.value)).toEqual(['2020-05-01']);
    expect(findAbsoluteDates(s, 0, 3)).toEqual([]);
  });

  it('keeps the longest of overlapping readings, in text order', () => {
    // "مايو 2021" (month-year) lies inside "26 مايو 2021": only the full date is kept.
    expect(rows('26 مايو 2021 ثم يونيو 2022')).toEqual([
      ['26 مايو 2021', '2021-05-26', 'gregorian'],
      ['يونيو 2022', '2022-06', 'gregorian'],
    ]);
  });
});

describe('parseArabicNumber', () => {
  it('reads signs, both Arabic commas and surrounding space', () => {
    expect(parseArabicNumber(' 15 ')).toBe(15);
    expect(parseArabicNumber('-5')).toBe(-5);
    expect(parseArabicNumber('+2.5')).toBe(2.5);
    expect(parseArabicNumber('1،5')).toBe(1.5);
    expect(parseArabicNumber('12,345.6')).toBe(12345.6);
    expect(parseArabicNumber('١٢٬٣٤٥')).toBe(12345);
  });

  it('a lone comma is a decimal sign; malformed numbers are NaN', () => {
    expect(parseArabicNumber('1,2345')).toBe(1.2345);
    expect(parseArabicNumber('5ر')).toBeNaN();
    expect(parseArabicNumber('2.')).toBeNaN();
    expect(parseArabicNumber('1,000,00')).toBeNaN();
    expect(parseArabicNumber('')).toBeNaN();
  });
});

describe('foldArabic', () => {
  it('folds alef forms, alef maqsura, ta marbuta; drops marks and tatweel; collapses spaces', () => {
    expect(foldArabic(' مايو ')).toBe('مايو');
    expect(foldArabic('أَيّار')).toBe('ايار');
    expect(foldArabic('إبريل')).toBe('ابريل');
    expect(foldArabic('آذار')).toBe('اذار');
    expect(foldArabic('ٱلحجة')).toBe('الحجه');
    expect(foldArabic('جمادى الأولى')).toBe('جمادي الاولي');
    expect(foldArabic('كانون \t\n الثاني')).toBe('كانون الثاني');
    expect(foldArabic('كانون\u2003الثاني')).toBe('كانون الثاني');
    expect(foldArabic('مـايو')).toBe('مايو');
    expect(foldArabic('مايو')).toBe('مايو');
    expect(foldArabic('')).toBe('');
  });
});

describe('range checks', () => {
  it('isValidGregorian rejects months and days out of range', () => {
    expect(isValidGregorian(2021, 0, 1)).toBe(false);
    expect(isValidGregorian(2021, 13, 1)).toBe(false);
    expect(isValidGregorian(2021, 1, 0)).toBe(false);
    expect(isValidGregorian(2021, 1, 32)).toBe(false);
    expect(isValidGregorian(2021, 12, 31)).toBe(true);
    expect(isValidGregorian(2021, 1, 1)).toBe(true);
  });

  it('hijriToGregorian rejects impossible arguments, and answers the same twice', () => {
    expect(hijriToGregorian(0, 1, 1)).toBeNull();
    expect(hijriToGregorian(1436, 0, 1)).toBeNull();
    expect(hijriToGregorian(1436, 1, 0)).toBeNull();
    expect(hijriToGregorian(1436, 1, 31)).toBeNull();
    expect(hijriToGregorian(1436.5, 1, 1)).toBeNull();
    expect(hijriToGregorian(1436, 12, 1)).toBe(hijriToGregorian(1436, 12, 1));
    expect(hijriToGregorian(1436, 1, 29)).toBe('2014-11-22');
    expect(umalqura.format(new Date(Date.UTC(2014, 10, 22)))).toBe('1/29/1436 AH');
  });
});

describe('each date names the rule that read it', () => {
  it('hijri-named, hijri-numeric, gregorian-named (with and without a day), gregorian-numeric', () => {
    const src = (s: string): string[] => findAbsoluteDates(s).map((d) => d.source);
    expect(src('10 شوال 1436هـ')).toEqual(['rule:date/hijri-named']);
    expect(src('14/10/1436هـ')).toEqual(['rule:date/hijri-numeric']);
    expect(src('26 مايو 2021')).toEqual(['rule:date/gregorian-named']);
    expect(src('في مايو 2021')).toEqual(['rule:date/gregorian-named']);
    expect(src('26/05/2021')).toEqual(['rule:date/gregorian-numeric']);
  });
});

describe('foldArabic: every space it collapses', () => {
  it.each([['\u000B'], ['\u000D'], ['\u2028'], ['\u2029'], ['\u200A'], ['\u3000']])('%j', (sp) => {
    expect(foldArabic(`كانون${sp}${sp}الثاني`)).toBe('كانون الثاني');
  });

  it('keeps what is not a space', () => {
    for (const c of ['\u0008', '\u000E', '\u200B', '\u2027', '\u202A', '\u2FFF']) {
      expect(foldArabic(`كانون${c}الثاني`), JSON.stringify(c)).toBe(`كانون${c}الثاني`);
    }
  });
});

describe('calendar checks on the dates read (survivors of the second dates.ts mutation run)', () => {
  it('29 February only in a leap year, no 31st in a 30-day month, no 30 February without a year', () => {
    expect(rows('29 فبراير 2024')).toEqual([['29 فبراير 2024', '2024-02-29', 'gregorian']]);
    expect(rows('29 فبراير 2021')).toEqual([]);
    expect(rows('31 أبريل 2021')).toEqual([]);
    expect(rows('29 فبراير')).toEqual([['29 فبراير', 'XXXX-02-29', 'gregorian']]);
    expect(rows('30 فبراير')).toEqual([]);
    expect(isValidGregorian(2021, 2, 29)).toBe(false);
    expect(isValidGregorian(2024, 2, 29)).toBe(true);
    expect(isValidGregorian(2021, 6, 31)).toBe(false);
  });

  it('day-month order unless the middle number cannot be a month; a year-first date is never day-first', () => {
    expect(rows('05/12/2021')).toEqual([['05/12/2021', '2021-12-05', 'gregorian']]);
    expect(rows('12/26/2021')).toEqual([['12/26/2021', '2021-12-26', 'gregorian']]);
    expect(rows('2021/26/05')).toEqual([]);
  });

  it('a numeric Hijri day that its month lacks is not a date', () => {
    // The first Hijri month of 1440–1446 with 29 days, found with Intl.
    let found: [number, number] | null = null;
    for (let t = Date.UTC(2019, 0, 1); !found; t += 86_400_000) {
      const [m, d, y] = umalqura.format(new Date(t)).split(' ')[0]!.split('/').map(Number) as [
        number,
        number,
        number,
      ];
      const next = umalqura
        .format(new Date(t + 86_400_000))
        .split('/')
        .map((x) => parseInt(x, 10));
      if (d === 29 && next[1] === 1 && y >= 1440) found = [y, m];
    }
    const [y, m] = found;
    expect(rows(`29/${m}/${y}هـ`)).toHaveLength(1);
    expect(rows(`30/${m}/${y}هـ`)).toEqual([]);
    expect(hijriToGregorian(y, m, 30)).toBeNull();
  });

  it('years before 1 AH are not Hijri dates, though Intl names a year 0', () => {
    expect(umalqura.format(new Date(Date.UTC(622, 6, 16)))).toBe('12/27/0 AH');
    expect(hijriToGregorian(0, 12, 27)).toBeNull();
    expect(hijriToGregorian(1, 1, 1)).toBe('0622-07-19');
  });
});

describe('digits of every script at both ends of their range', () => {
  it.each([
    ['٠٣/٠٦/٢٠٢١', '2021-06-03'],
    ['۰۳/۰۶/۲۰۲۱', '2021-06-03'],
    ['٩ يونيو ٢٠٢١', '2021-06-09'],
    ['۹ يونيو ۲۰۲۱', '2021-06-09'],
    ['09/06/2021', '2021-06-09'],
  ])('%s', (s, value) => {
    expect(rows(`في ${s} قال`)).toEqual([[s, value, 'gregorian']]);
  });

  it('a month and year followed by an ellipsis or a closing quote', () => {
    expect(rows('(في مايو 2021…)')).toEqual([['مايو 2021', '2021-05', 'gregorian']]);
    expect(rows('«حتى يونيو 2022”')).toEqual([['يونيو 2022', '2022-06', 'gregorian']]);
  });
});

describe('month pairs, spacing and neighbours', () => {
  it('a month and year written with both names, and one date of each calendar side by side', () => {
    expect(rows('مايو/أيار 2021')).toEqual([['مايو/أيار 2021', '2021-05', 'gregorian']]);
    expect(rows('كانون الثاني/يناير 2020')).toEqual([['كانون الثاني/يناير 2020', '2020-01', 'gregorian']]);
    expect(rows('مايو/يونيو 2021')).toEqual([]);
  });

  it('two Hijri dates with month names in one sentence are both read', () => {
    expect(rows('من 1 رمضان 1445هـ إلى 10 شوال 1445هـ').map((r) => r[3])).toEqual([
      '1445-09-01',
      '1445-10-10',
    ]);
  });

  it('runs of spaces: between day and month, after the date, inside a two-word month', () => {
    expect(rows('26    مايو 2021')).toEqual([['26    مايو 2021', '2021-05-26', 'gregorian']]);
    expect(rows('16 يونيو/ حزيران  ثم')).toEqual([['16 يونيو/ حزيران', 'XXXX-06-16', 'gregorian']]);
    // The window around the year starts inside كانون: it must step back to the word's start.
    const spaced = `كانون${' '.repeat(40)}الثاني 2020`;
    expect(rows(`قال ${spaced}`)).toEqual([[spaced, '2020-01', 'gregorian']]);
    expect(findAbsoluteDates('يوم  الخميس 3 يونيو 2021')[0]).toMatchObject({ start: 0, weekday: 4 });
  });
});

describe('parseArabicNumber: only whole numbers in their written forms', () => {
  it('thousands with a decimal part, a comma after more than three digits, and no exponent or hex', () => {
    expect(parseArabicNumber('1,234.56')).toBe(1234.56);
    expect(parseArabicNumber('٢٬٥٠٠٫٧٥')).toBe(2500.75);
    expect(parseArabicNumber('12,5')).toBe(12.5);
    expect(parseArabicNumber('12345,678')).toBe(12345.678);
    expect(parseArabicNumber('1e5')).toBeNaN();
    expect(parseArabicNumber('0x12')).toBeNaN();
    expect(parseArabicNumber('مليون 5')).toBeNaN();
    expect(parseArabicNumber('5 مليون')).toBeNaN();
  });
});

describe('what stands right before and after the digits', () => {
  it('a day after a slash is not a day; a five-digit number is not a year', () => {
    expect(rows('2021/26 مايو')).toEqual([]);
    expect(rows('26 مايو 20215')).toEqual([['26 مايو', 'XXXX-05-26', 'gregorian']]);
  });
});

describe('a day before a month and year, across any white space (times helper, session 9)', () => {
  it('an impossible day with several spaces or a line break before the month rejects the date, as with one space', () => {
    expect(rows('31 فبراير 2021')).toEqual([]);
    expect(rows('31   فبراير 2021')).toEqual([]);
    expect(rows('31\n\n فبراير 2021')).toEqual([]);
    expect(rows('العدد ٤٥\t\tفبراير 2021')).toEqual([]);
  });

  it('a possible day is read with the month however far apart, and a number earlier in the clause does not block the month and year', () => {
    expect(rows('3   فبراير 2021')).toEqual([['3   فبراير 2021', '2021-02-03', 'gregorian']]);
    expect(rows('بين 2020 و فبراير 2021')).toEqual([['فبراير 2021', '2021-02', 'gregorian']]);
    expect(rows('فبراير 2021')).toEqual([['فبراير 2021', '2021-02', 'gregorian']]);
  });
});

describe('parseArabicNumber: a sign before either comma form', () => {
  it('reads -1,5 as -1.5 and -12,345 as -12345, as it reads -1.5 and 12,345', () => {
    expect(parseArabicNumber('-1,5')).toBe(-1.5);
    expect(parseArabicNumber('+12,5')).toBe(12.5);
    expect(parseArabicNumber('-12,345')).toBe(-12345);
    expect(parseArabicNumber('-١٬٢٣٤٫٥')).toBe(-1234.5);
    expect(parseArabicNumber('-,5')).toBeNaN();
    expect(parseArabicNumber('--1,5')).toBeNaN();
  });
});

describe('loosePattern: a name is matched literally', () => {
  it('regex syntax in a name stands for itself', () => {
    const re = new RegExp(`^(?:${loosePattern('م.ب (1)')})$`, 'u');
    expect(re.test('م.ب (1)')).toBe(true);
    expect(re.test('مxب (1)')).toBe(false);
    expect(re.test('م.ب 1')).toBe(false);
    expect(new RegExp(`^(?:${loosePattern('a+b')})$`, 'u').test('aab')).toBe(false);
  });

  it('folds alef, yaa and ta marbuta and allows marks and runs of spaces', () => {
    const re = new RegExp(`^(?:${loosePattern('ذو الحجة')})$`, 'u');
    expect(re.test('ذو   الحجه')).toBe(true);
    expect(re.test('ذو الحـجّة')).toBe(true);
    expect(re.test('ذو الحجا')).toBe(false);
  });

  it('reads ي and ى as one letter, in a pattern and in the trie of names built at run time', () => {
    // the module's own patterns are built while it loads, so the mutation run (session 12) saw
    // looseUnit's ي rule only through these calls, and no test read the alef maqsura with it
    for (const source of [loosePattern('ذي القعدة'), looseAlternation(['ذي القعدة', 'ذو الحجة'])]) {
      const re = new RegExp(`^(?:${source})$`, 'u');
      expect(re.test('ذى القعدة'), source).toBe(true);
      expect(re.test('ذي القعده'), source).toBe(true);
      expect(re.test('ذا القعدة'), source).toBe(false);
    }
  });
});

describe('keepLongest: which of overlapping readings is kept', () => {
  const cand = (start: number, end: number) => ({
    start,
    end,
    text: 'x'.repeat(end - start),
    value: `${start}-${end}`,
    calendar: 'gregorian' as const,
    source: 'test',
  });
  const spans = (xs: ReturnType<typeof cand>[]) => keepLongest(xs).map((d) => [d.start, d.end]);

  it('the longest wins wherever it starts, and the result is in text order', () => {
    expect(spans([cand(0, 4), cand(2, 10)])).toEqual([[2, 10]]);
    expect(spans([cand(3, 12), cand(0, 12)])).toEqual([[0, 12]]);
    expect(spans([cand(20, 30), cand(0, 4), cand(2, 10)])).toEqual([
      [2, 10],
      [20, 30],
    ]);
  });

  it('of two as long, the earlier one; candidates that only touch are both kept', () => {
    expect(spans([cand(2, 7), cand(0, 5)])).toEqual([[0, 5]]);
    expect(spans([cand(5, 9), cand(0, 5)])).toEqual([
      [0, 5],
      [5, 9],
    ]);
    expect(spans([cand(0, 5), cand(5, 9)])).toEqual([
      [0, 5],
      [5, 9],
    ]);
    // the longer one after the shorter: touching from the other side
    expect(spans([cand(0, 5), cand(5, 11)])).toEqual([
      [0, 5],
      [5, 11],
    ]);
    expect(spans([])).toEqual([]);
  });
});
