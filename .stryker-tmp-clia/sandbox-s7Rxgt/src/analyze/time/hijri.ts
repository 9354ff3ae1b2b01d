/**
 * Umm al-Qura conversions. The explicit-date module of the text layer (`src/text/dates.ts`) owns
 * the conversion; this adapter adds what time expressions need on top: whole months and years,
 * and "the next/previous Ramadan" from an anchor.
 */
// @ts-nocheck

import { gregorianToHijri, hijriToGregorian } from '../../text/dates.ts';
import { fmtDay, pad, type YMD } from './calendar.ts';

export { gregorianToHijri, hijriToGregorian };

/** Gregorian month (`YYYY-MM`) holding the middle of a Hijri month: the best one-month value. */
export function hijriMonthValue(hy: number, hm: number): string | null {
  const g = hijriToGregorian(hy, hm, 15);
  return g ? g.slice(0, 7) : null;
}

/** Gregorian year holding the middle of a Hijri year. */
export function hijriYearValue(hy: number): string | null {
  const g = hijriToGregorian(hy, 6, 15);
  return g ? g.slice(0, 4) : null;
}

export function hijriOf(a: YMD): { year: number; month: number; day: number } {
  return gregorianToHijri(a.y, a.m, a.d);
}

export const fmtHijri = (y: number, m?: number, d?: number): string =>
  `${pad(y, 4)}${m !== undefined ? `-${pad(m)}` : ''}${d !== undefined ? `-${pad(d)}` : ''}`;

export { fmtDay };
