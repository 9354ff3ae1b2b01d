/**
 * `findAbsoluteDates` runs its patterns only on windows around digit runs, merged when they
 * touch, and tries the digit-led patterns only where a run of digits starts. Both are speed-ups
 * and must not change what is found: a date reads the same alone, amid text at any distance
 * from other dates, and inside a `from`/`to` region as in the same text cut out. The phrases are
 * fictional; what each one reads alone is checked in test/text/dates.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AbsoluteDate, findAbsoluteDates } from '../../src/text/dates.ts';

const PHRASES = [
  'الأربعاء 26 مايو/أيار 2021',
  'يوم الخميس، 3 يونيو 2021م',
  '١٠ شوال ١٤٣٦هـ',
  '14/10/1436هـ',
  '2021-05-26',
  '05/26/2021',
  '8 / 11 / 1436 هـ',
  'كانون الثاني 2020',
  'مايو 2021',
  '16 يونيو/ حزيران',
  '31 فبراير 2021',
  '30 شوال 1436هـ',
  'نحو 2,5 مليار',
  'عام 1999 وعام ٢٠٠٠',
  'الساعة 10',
  '٢٦ أيار ٢٠٢١',
  'الجمعة 1 يناير 2021',
  'في 12.3.2020',
  '3 يونيو',
];
/** Words without digits, month or weekday names: nothing in them can join two phrases into one date. */
const FILLER = ['قال', 'الوفد', 'إن', 'المدينة', 'كلمة', 'اجتماعات', 'طويلة', 'ثم', 'و', 'الجديد'];

const shift = (d: AbsoluteDate, by: number): AbsoluteDate => ({ ...d, start: d.start + by, end: d.end + by });

const pieces = fc.array(
  fc.tuple(
    fc.constantFrom(...PHRASES),
    // 1 to ~60 filler words: windows around digits reach 48–72 units, so some neighbours share a
    // window and others do not.
    fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 60 }),
    fc.constantFrom(' ', '\n', '، ', '. '),
  ),
  { minLength: 1, maxLength: 8 },
);

describe('findAbsoluteDates: windows and digit runs change nothing', () => {
  it('dates in a long text are those of each phrase alone, at their offsets', () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        let text = '';
        const want: AbsoluteDate[] = [];
        for (const [phrase, filler, sep] of parts) {
          text += `${filler.join(' ')}${sep}`;
          want.push(...findAbsoluteDates(phrase).map((d) => shift(d, text.length)));
          text += `${phrase}${sep}`;
        }
        expect(findAbsoluteDates(text)).toEqual(want);
      }),
      { numRuns: 100 },
    );
  });

  it('a region reads as the same text cut out', () => {
    fc.assert(
      fc.property(pieces, fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.map(([p, f, sep]) => `${f.join(' ')}${sep}${p}`).join(' ');
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const cut = findAbsoluteDates(text.slice(from, to)).map((d) => shift(d, from));
        expect(findAbsoluteDates(text, from, to)).toEqual(cut);
      }),
      { numRuns: 100 },
    );
  });

  it('finds every phrase that reads as a date, however close the phrases stand', () => {
    // Each phrase once, one filler word apart: every window merges into one.
    const dated = PHRASES.filter((p) => findAbsoluteDates(p).length > 0);
    expect(dated.length).toBeGreaterThan(12);
    const text = dated.join(' قال ');
    const got = findAbsoluteDates(text).map((d) => d.text);
    expect(got).toEqual(dated.flatMap((p) => findAbsoluteDates(p).map((d) => d.text)));
  });
});
