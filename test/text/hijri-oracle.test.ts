/**
 * `hijriToGregorian` against Intl's Umm al-Qura calendar, day by day over the years news is
 * written in: every Hijri date Intl gives for a Gregorian day must map back to that day, and day
 * 30 of a 29-day month to null. Random days over the whole Umm al-Qura range are drawn anew on
 * each run, so that the conversion's cache does not answer for the search.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../../src/text/dates.ts';

const DAY = 86_400_000;
const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const hijriOf = (t: number): [number, number, number] => {
  const [m, d, y] = umalqura.format(new Date(t)).replace(' AH', '').split('/').map(Number) as [number, number, number];
  return [y, m, d];
};
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('hijriToGregorian, every day against Intl', () => {
  it('maps each Hijri day of 1415–1450 AH back to its Gregorian day (every fourth day, and every month end)', () => {
    let checked = 0;
    let prev = hijriOf(Date.UTC(1995, 0, 1));
    for (let t = Date.UTC(1995, 0, 1) + DAY; t < Date.UTC(2029, 0, 1); t += DAY) {
      const h = hijriOf(t);
      const monthEnd = h[2] === 1; // prev was the last day of its month
      if (monthEnd) {
        expect(hijriToGregorian(...prev)).toBe(iso(t - DAY));
        // A 29-day month has no day 30, a 30-day month no day 31 (the guard and the search agree).
        expect(hijriToGregorian(prev[0], prev[1], prev[2] + 1)).toBeNull();
        checked++;
      } else if ((t / DAY) % 4 === 0) {
        expect(hijriToGregorian(...h)).toBe(iso(t));
        checked++;
      }
      prev = h;
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('maps random days of 1300–1500 AH back, a fresh draw each run', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1882, 10, 12) / DAY, max: Date.UTC(2076, 10, 28) / DAY }), (day) => {
        const t = day * DAY;
        expect(hijriToGregorian(...hijriOf(t))).toBe(iso(t));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is no Hijri date before searching: year 0, month 13, day 31, fractions', () => {
    // Intl names dates before 1 AH with a year 0; they are not read.
    expect(hijriOf(Date.UTC(622, 6, 16))).toEqual([0, 12, 27]);
    expect(hijriToGregorian(0, 12, 27)).toBeNull();
    expect(hijriToGregorian(1, 1, 1)).toBe('0622-07-19');
    expect(hijriToGregorian(1440, 13, 1)).toBeNull();
    expect(hijriToGregorian(1440, 0, 1)).toBeNull();
    expect(hijriToGregorian(1440, 1, 31)).toBeNull();
    expect(hijriToGregorian(1440, 1, 0)).toBeNull();
    expect(hijriToGregorian(1440, 1, 1.5)).toBeNull();
  });

  it('the first and last days of the years Umm al-Qura tables cover, and 1 AH', () => {
    for (const t of [Date.UTC(1882, 10, 12), Date.UTC(2076, 10, 28), Date.UTC(622, 6, 19), Date.UTC(1900, 0, 1)]) {
      expect(hijriToGregorian(...hijriOf(t))).toBe(iso(t).replace(/^0+(?=\d{4})/, ''));
    }
  });
});
