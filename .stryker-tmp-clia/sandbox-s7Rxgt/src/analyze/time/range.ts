/** The calendar days a TIMEX3 value covers, for comparing values and writing calendars. */
// @ts-nocheck

import { addDays, addMonths, isoWeekMonday, parseYMD, type YMD } from './calendar.ts';

/** First and last day of `value` (`2021-06-16`, `2021-06-16T18:00`, `2021-W21`, `2021-06`, `2021`), or null. */
export function valueRange(value: string): [YMD, YMD] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = parseYMD(m[0]);
    return d ? [d, d] : null;
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const mon = isoWeekMonday(Number(m[1]), Number(m[2]));
    return /-WE$/.test(value) ? [addDays(mon, 5), addDays(mon, 6)] : [mon, addDays(mon, 6)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const first = { y: Number(m[1]), m: Number(m[2]), d: 1 };
    if (first.m < 1 || first.m > 12) return null;
    return [first, addDays(addMonths(first, 1), -1)];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [{ y: Number(m[1]), m: 1, d: 1 }, { y: Number(m[1]), m: 12, d: 31 }];
  return null;
}
