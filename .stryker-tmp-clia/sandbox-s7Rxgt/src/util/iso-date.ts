/**
 * Calendar checks for ISO dates typed by users (query filters, API parameters). A pattern alone
 * lets 2015-02-30 through, and `Date.parse` rolls it over to March, so the day is checked
 * against the month's real length.
 */
// @ts-nocheck


const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real Gregorian day written YYYY-MM-DD (2016-02-29 yes, 2015-02-29 no). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time-zone shift).
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** True for YYYY-MM with a real month, or a real YYYY-MM-DD day. */
export function isIsoDayOrMonth(s: string): boolean {
  const m = ISO_MONTH.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isIsoDay(s);
}
