/**
 * Values counted from the anchor date: a day, a week, a month or a year away, the weekday meant by
 * a bare `الأحد`, and the year of a bare month — the last two read the tense of the clause.
 */
import {
  addDays,
  addMonths,
  cmp,
  diffDays,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isoWeekday,
  pad,
  type YMD,
} from './calendar.ts';
import { hasFutureVerbShape, startsWithConjunction } from '../../text/clitics.ts';
import { firstPhraseStop, firstRoughStop, lastPhraseStop, lastRoughStop } from '../../text/sentences.ts';
import { type Cursor, W } from './cursor.ts';
import * as L from './lexicon.ts';

export type Tense = 1 | -1;

/** A direction word right after token `end - 1` (الماضي، المقبل…): its value, or null. */
export function modifierAt(c: Cursor, end: number): number | null {
  const mod = c.lookup(L.MODIFIERS, end, false);
  return mod && c.near(end - 1) ? mod.value : null;
}

/** The words of the clause around [ns, ne): back to a stop or a complementizer, on to the next. */
function clauseWords(c: Cursor, ns: number, ne: number): string[] {
  const s = c.nt.norm;
  let a = Math.max(0, ns - 120);
  let b = Math.min(s.length, ne + 60);
  const before = s.slice(a, ns);
  const cut = lastRoughStop(before);
  if (cut >= 0) a += cut + 1;
  const after = s.slice(ne, b);
  const stop = firstRoughStop(after);
  if (stop >= 0) b = ne + stop;
  // The clause only: a complementizer or relative pronoun (أن، إنه، التي…) starts another one.
  let beforeWords = c.wordsIn(a, ns);
  const lastB = beforeWords.findLastIndex((w) => L.CLAUSE_BOUNDARIES.has(w));
  // A relative clause (المواجهة المرتقبة التي تجمع…) keeps the noun phrase it describes.
  if (lastB >= 0) beforeWords = beforeWords.slice(L.RELATIVE_PRONOUNS.has(beforeWords[lastB]!) ? Math.max(0, lastB - 2) : lastB + 1);
  let afterWords = c.wordsIn(ne, b);
  const firstB = afterWords.findIndex((w) => L.CLAUSE_BOUNDARIES.has(w));
  if (firstB >= 0) afterWords = afterWords.slice(0, firstB);
  return [...beforeWords, ...afterWords].map((wd) => (startsWithConjunction(wd) && wd.length > 3 ? wd.slice(1) : wd));
}

/**
 * Whether [ns, ne) heads an entry of a chronology: nothing but bullets before it on its line and a
 * colon or dash after it (maybe after a year): `12 مارس: يزور الرئيس…`. There an imperfect verb
 * tells history (or a programme), never by itself that the date is still to come.
 */
function headsListEntry(c: Cursor, ns: number, ne: number): boolean {
  const s = c.nt.norm;
  const lineStart = s.lastIndexOf('\n', ns - 1) + 1;
  if (/\p{L}/u.test(s.slice(lineStart, ns))) return false;
  const rest = /^\s*(?:\d{4}\s*)?(\S)/u.exec(s.slice(ne, ne + 12));
  return !!rest && L.LIST_ENTRY_SEPARATORS.includes(rest[1]!);
}

/** Future when the clause has a future marker (س/سوف, المقبل, المزمع…); past otherwise. */
export function tense(c: Cursor, ns: number, ne: number): Tense {
  const listEntry = headsListEntry(c, ns, ne);
  for (const bare of clauseWords(c, ns, ne)) {
    if (L.FUTURE_MARKERS.has(bare) || (!listEntry && L.FUTURE_VERBS.has(bare))) return 1;
    if (hasFutureVerbShape(bare) && !L.FUTURE_NOT_VERBS_LIST.some((p) => bare.startsWith(p))) return 1;
  }
  return -1;
}

/** Whether the clause has a perfect verb that cannot be a noun (زار، شهدت، كان…): surely past. */
function surelyPast(c: Cursor, ns: number, ne: number): boolean {
  return clauseWords(c, ns, ne).some((w) => L.PAST_VERBS.has(w));
}

export function dayValue(c: Cursor, off: number): string {
  return c.A ? fmtDay(addDays(c.A, off)) : 'XXXX-XX-XX';
}

/** The date with ISO weekday `wd` nearest to `base` (a relative day whose weekday disagrees). */
export function nearestWeekday(cur: Cursor, base: YMD, wd: number): YMD {
  let best = base;
  let bestDist = 99;
  for (let k = -3; k <= 3; k++) {
    const c = addDays(base, k);
    if (isoWeekday(c) === wd && Math.abs(k) < bestDist) {
      best = c;
      bestDist = Math.abs(k);
    }
  }
  return best;
}

export function weekdayValue(c: Cursor, wd: number, dir: number | null, ns: number, ne: number): string {
  if (!c.A) return `XXXX-WXX-${wd}`;
  const A = c.A;
  const aw = isoWeekday(A);
  if (dir === 0) return fmtDay(addDays(A, wd - aw));
  const d = dir ?? tense(c, ns, ne);
  if (d > 0) {
    const k = (wd - aw + 7) % 7 || (dir === 1 ? 7 : 0);
    return fmtDay(addDays(A, k));
  }
  const back = (aw - wd + 7) % 7;
  return fmtDay(addDays(A, dir === -1 && back === 0 ? -7 : -back));
}

export function unitValue(c: Cursor, unit: string, off: number): string {
  const A = c.A;
  switch (unit) {
    case 'D':
      return A ? fmtDay(addDays(A, off)) : 'XXXX-XX-XX';
    case 'W':
      return A ? fmtWeek(addDays(A, 7 * off)) : 'XXXX-WXX';
    case 'M':
      return A ? fmtMonth(addMonths(A, off)) : 'XXXX-XX';
    case 'Y':
      return A ? pad(A.y + off, 4) : 'XXXX';
    case 'DE':
      return A ? pad(Math.floor((A.y + 10 * off) / 10), 3) : 'XXX';
    case 'CE':
      return A ? pad(A.y + 100 * off, 4) : 'XXXX';
    default:
      return off < 0 ? 'PAST_REF' : 'FUTURE_REF';
  }
}

export function durationValue(c: Cursor, unit: string, n: number | null): string {
  const q = n === null ? 'X' : String(n);
  if (unit === 'H') return `PT${q}H`;
  if (unit === 'MIN') return `PT${q}M`;
  if (unit === 'S') return `PT${q}S`;
  // العقود الثلاثة الماضية: decades are written as years (P30Y), as readers count them.
  if (unit === 'DE' && n !== null) return `P${n * 10}Y`;
  if (unit === 'CE' && n !== null) return `P${n * 100}Y`;
  return `P${q}${unit}`;
}

/**
 * Whether the phrase around [ns, ne) says the day comes back every year (`10 مايو من كل عام`,
 * `يحتفل سنوياً في 5 مارس`): then it is a calendar day of no year, XXXX-05-10.
 */
function everyYear(c: Cursor, ns: number, ne: number): boolean {
  const s = c.nt.norm;
  // a sentence stop or a comma ends the phrase
  const stop = firstPhraseStop(s.slice(ne, ne + 50));
  const afterEnd = stop >= 0 ? ne + stop : Math.min(s.length, ne + 50);
  const beforeFrom = Math.max(0, ns - 40);
  const beforeStart = beforeFrom + lastPhraseStop(s.slice(beforeFrom, ns)) + 1;
  const words = [...c.wordsIn(beforeStart, ns), ...c.wordsIn(ne, afterEnd)];
  return words.some((w, k) => L.EVERY_YEAR_WORDS.has(w) || (w === W.every && L.EVERY_YEAR_AFTER_KULL.has(words[k + 1] ?? '')));
}

/** Year of a day/month written without one: the anchor's year, moved by the modifier or the tense. */
export function resolveYear(cur: Cursor, m: number, d: number | null, dir: number | null, ns: number, ne: number): number | null {
  const A = cur.A;
  if (!A) return null;
  const probe = { y: A.y, m, d: d ?? 1 };
  const c = d === null ? m - A.m : cmp(probe, A);
  if (dir === 1) return c > 0 ? A.y : A.y + 1;
  if (dir === -1) return c < 0 ? A.y : A.y - 1;
  if (dir === 0) return A.y;
  if (everyYear(cur, ns, ne)) return null;
  const far = d === null ? (m - A.m) * 30 : diffDays({ y: A.y, m, d: Math.min(d, 28) }, A);
  // A future clause about a date a few weeks behind still means this year's (ذكرى 8 يوليو ستبقى
  // read on 10 August is a remembrance, not next July).
  if (tense(cur, ns, ne) > 0) return c < 0 && far < -45 ? A.y + 1 : A.y;
  // A date far ahead in a past-tense clause is last year's (news rarely names dates >6 months out);
  // so is a bare month ahead when a perfect verb says it happened (زار … في أكتوبر read in August).
  if (far > 183) return A.y - 1;
  return d === null && c > 0 && surelyPast(cur, ns, ne) ? A.y - 1 : A.y;
}
