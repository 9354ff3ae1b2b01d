/** Calendar arithmetic on plain dates (UTC, no clock, no time zone). */
// @ts-nocheck

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYMD(s: string | null | undefined): YMD | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const out = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(out.y, out.m, out.d) ? out : null;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function toMs(a: YMD): number {
  const t = new Date(0);
  t.setUTCFullYear(a.y, a.m - 1, a.d);
  return t.getTime();
}

function fromMs(ms: number): YMD {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: YMD, n: number): YMD {
  return fromMs(toMs(a) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(a: YMD, n: number): YMD {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  let d = a.d;
  while (!isValidDate(y, m, d)) d--;
  return { y, m, d };
}

export function diffDays(a: YMD, b: YMD): number {
  return Math.round((toMs(a) - toMs(b)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(a: YMD): number {
  const w = new Date(toMs(a)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(a: YMD): { year: number; week: number } {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekMonday(year: number, week: number): YMD {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

export const fmtDay = (a: YMD): string => `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
export const fmtMonth = (a: { y: number; m: number }): string => `${pad(a.y, 4)}-${pad(a.m)}`;
export function fmtWeek(a: YMD): string {
  const w = isoWeek(a);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Compares dates: negative when a < b. */
export function cmp(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
