/** Rules for Hijri dates and months (`3 شوال 1436هـ`، `رمضان المقبل`، `منتصف شهر رمضان`), valued in Gregorian. */
import { pad } from '../calendar.ts';
import { type Cursor, W } from '../cursor.ts';
import { fmtHijri, hijriMonthValue, hijriOf, hijriToGregorian, hijriYearValue } from '../hijri.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { number, year } from '../numbers.ts';
import { modifierAt } from '../relative.ts';
import { ordinalOfPart } from './dates.ts';
import { startsWithProclitic } from '../../../text/clitics.ts';

/** `3 شوال 1436هـ`, `رمضان المقبل`, `شهر رمضان`, `ذي الحجة 1436`. */
export function hijriDate(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  let day: number | null = null;
  let monthWord = false;
  // `منتصف شهر رمضان`, `نهاية شوال الجاري`: a part of a Hijri month (no day).
  let position: string | null = null;
  const pos = c.lookup(L.POSITIONS, j);
  if (pos && c.near(j)) {
    position = pos.value;
    pre = pos.pre;
    j++;
  }
  // غرة ذي القعدة: day 1.
  const first = c.inSet(L.FIRST_DAY, j, true);
  const num = first && c.near(j) ? { n: 1, end: j + 1, ordinal: true, pre: first.pre, digits: false } : number(c, j);
  if (position === null && num && num.n >= 1 && num.n <= 30 && (num.digits ? c.tok(j)!.t.length <= 2 : num.ordinal && !ordinalOfPart(c, j))) {
    let k = num.end;
    if (c.w(k) === W.from) k++;
    // `الأول من شهر ذي القعدة`: the word شهر may stand before the month, as before a Gregorian one.
    const mw = c.lookup(L.MONTH_WORD, k, false);
    if (mw && c.near(k) && c.phrase(L.HIJRI_MONTHS, k + 1, false)) {
      k++;
      monthWord = true;
    }
    if (c.phrase(L.HIJRI_MONTHS, k, false)) {
      pre = num.pre;
      day = num.n;
      j = k;
    } else monthWord = false;
  }
  if (day === null) {
    const mw = c.lookup(L.MONTH_WORD, j, j === i);
    if (mw && c.phrase(L.HIJRI_MONTHS, j + 1, false)) {
      if (j === i) pre = mw.pre;
      monthWord = true;
      j++;
    }
  }
  const hm = c.phrase(L.HIJRI_MONTHS, j, j === i);
  if (!hm) return null;
  if (j === i) pre = hm.pre;
  let end = hm.end;
  const yr = year(c, end, 4);
  let hy: number | null = null;
  let dir: number | null = null;
  if (yr && yr.hijri !== false && yr.y >= 1300 && yr.y <= 1600) {
    hy = yr.y;
    end = yr.end;
  } else {
    dir = modifierAt(c, end);
    if (dir !== null) end++;
  }
  // Month names that are also given names or words (صفر is zero, رجب a name): only with a year,
  // a day, a modifier or the word شهر.
  // `شهري رجب وشعبان`: the second of two coordinated months is licensed by the first.
  const coordinated = startsWithProclitic(c.w(i), 'waw') && hm.pre > 0 && i > 1 && !!c.phrase(L.HIJRI_MONTHS, i - 1, true) && !!c.lookup(L.MONTH_WORD, i - 2);
  if (day === null && hy === null && dir === null && !monthWord && !coordinated && !L.HIJRI_MONTHS_ALONE.has(hm.word)) return null;
  if (hy === null && c.A) {
    const h = hijriOf(c.A);
    if (dir === 1) hy = hm.value > h.month ? h.year : h.year + 1;
    else if (dir === -1) hy = hm.value < h.month ? h.year : h.year - 1;
    else if (dir === 0) hy = h.year;
    else hy = Math.abs(hm.value - h.month) <= 6 ? h.year : hm.value > h.month ? h.year - 1 : h.year + 1;
  }
  const startNs = c.startNs(i, pre);
  const anchored = !yr || hy === null ? c.A !== null : false;
  if (hy === null) {
    const hijri = day !== null ? `XXXX-${pad(hm.value)}-${pad(day)}` : `XXXX-${pad(hm.value)}`;
    return { end, type: 'DATE', value: day !== null ? 'XXXX-XX-XX' : 'XXXX-XX', hijri, anchored: false, source: 'rule:time/hijri-date', startNs, day: day !== null, calendar: 'hijri' };
  }
  if (day !== null) {
    const g = hijriToGregorian(hy, hm.value, day);
    if (!g) return null;
    return { end, type: 'DATE', value: g, hijri: fmtHijri(hy, hm.value, day), anchored, source: 'rule:time/hijri-date', startNs, day: true, dayMonth: true, calendar: 'hijri' };
  }
  // A part of the month is the Gregorian month holding that part (its first, middle or last days).
  const partDay = position === 'START' ? 1 : position === 'MID' ? 15 : position === 'END' ? 29 : null;
  const g = partDay !== null ? (hijriToGregorian(hy, hm.value, partDay) ?? hijriToGregorian(hy, hm.value, 28))?.slice(0, 7) : hijriMonthValue(hy, hm.value);
  if (!g) return null;
  return { end, type: 'DATE', value: g, hijri: fmtHijri(hy, hm.value), anchored, source: 'rule:time/hijri-month', startNs, calendar: 'hijri' };
}

/** A Hijri year, or its start/end month when a position word is given (مطلع العام الهجري). */
export function hijriYearWithPosition(c: Cursor, hy: number, position: string | null, end: number, i: number, pre: number, anchored: boolean): M | null {
  let value: string | null;
  let hijri = fmtHijri(hy);
  if (position === 'START') {
    value = hijriToGregorian(hy, 1, 1)?.slice(0, 7) ?? null;
    hijri = fmtHijri(hy, 1);
  } else if (position === 'END') {
    value = hijriToGregorian(hy, 12, 1)?.slice(0, 7) ?? null;
    hijri = fmtHijri(hy, 12);
  } else value = hijriYearValue(hy);
  if (!value) return null;
  return { end, type: 'DATE', value, hijri, anchored, source: 'rule:time/hijri-year', startNs: c.startNs(i, pre), calendar: 'hijri' };
}
