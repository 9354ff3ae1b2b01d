/**
 * The second pass over the rules' matches: resolves anaphora to the last date before them, joins
 * neighbours a reader takes as one expression (a part of the day and its day, a weekday and its
 * date, a Hijri date and its Gregorian equivalent, a date and its clock time), adds the first day
 * of ranges, and carries the part of the day along a schedule.
 */
import { hasRoughStop } from '../../text/sentences.ts';
import { addDays, fmtDay, pad, parseYMD } from './calendar.ts';
import { type Cursor, W } from './cursor.ts';
import { fmtHijri, hijriMonthValue, hijriOf, hijriToGregorian } from './hijri.ts';
import * as L from './lexicon.ts';
import type { Found } from './match.ts';
import { number } from './numbers.ts';
import { tense } from './relative.ts';
import { podHour } from './rules/clock.ts';
import { startsWithProclitic } from '../../text/clitics.ts';
import { endsWithAlef, endsWithHa } from '../../text/endings.ts';

/** How far back (normalised characters) an anaphoric expression looks for its date. */
const ANAPHORA_REACH = 400;

/**
 * A schedule names the part of the day once: `في الثالثة عصراً، والكويت والإمارات في الخامسة` —
 * a bare feminine ordinal hour after في/عند/حتى, later in the sentence of a clock time, is an
 * hour of the same half of the day.
 */
export function continuedHours(c: Cursor, list: Found[]): Found[] {
  const added: Found[] = [];
  list.forEach((f, n) => {
    const m = f.type === 'TIME' ? /T(\d{2}):/.exec(f.value) : null;
    if (!m) return;
    let last = Number(m[1]);
    const stop = list[n + 1]?.i ?? c.toks.length;
    for (let k = f.end; k < stop && !sentenceBreak(c, k - 1, k); k++) {
      if (!c.variantsAt(k - 1).some(([v]) => L.CLOCK_CONTINUERS.has(v))) continue;
      const num = number(c, k, false);
      if (!num || !num.ordinal || num.n < 1 || num.n > 12 || !endsWithHa(c.w(num.end - 1))) continue;
      if (c.w(num.end) === W.from || L.PARTS_OF_DAY.candidates(c.w(num.end)).length > 0) continue;
      const h = last >= 12 && num.n < 12 ? num.n + 12 : num.n;
      if (h < last) continue;
      last = h;
      added.push({ i: k, end: num.end, type: 'TIME', value: `T${pad(h)}:00`, anchored: false, clock: true, source: 'rule:time/clock-continued' });
    }
  });
  return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.i - b.i);
}

/** Whether a sentence end (. ؟ ! or a line break) lies between tokens a and b. */
function sentenceBreak(c: Cursor, a: number, b: number): boolean {
  return hasRoughStop(c.nt.norm.slice(c.toks[a]!.ne, c.toks[b]!.ns));
}

/**
 * A clock time with no date takes the day named earlier in its sentence (تستأنف اليوم… في الثالثة
 * عصراً); not across a set (يومياً… من الساعة الخامسة), which makes the time recur.
 */
export function clockDates(c: Cursor, list: Found[]): Found[] {
  let day: Found | null = null;
  return list.map((f) => {
    if (day && sentenceBreak(c, day.end - 1, f.i)) day = null;
    if (f.type === 'SET') day = null;
    else if (/^\d{4}-\d{2}-\d{2}/.test(f.value)) day = f;
    else if (f.clock && /^T\d/.test(f.value) && day) return { ...f, value: day.value.slice(0, 10) + f.value, anchored: day.anchored, source: f.source + '+sentence-date' };
    return f;
  });
}

/** اليوم ذاته → the last day mentioned before; وقتها → the last date; none → dropped. */
export function resolveAnaphora(c: Cursor, list: Found[]): Found[] {
  const out: Found[] = [];
  let lastDate: Found | null = null;
  let lastDay: Found | null = null;
  for (const f of list) {
    if (f.anaphor) {
      const ante = f.anaphor === 'day' ? lastDay : lastDate;
      // Only a date a reader still has in mind: within the last few sentences.
      if (ante && c.toks[f.i]!.ns - c.toks[ante.end - 1]!.ne <= ANAPHORA_REACH) {
        let value = f.anaphor === 'day' ? ante.value.slice(0, 10) : ante.value.replace(/T[A-Z]{2}$/, '');
        if (f.anaphorDays) {
          const d = parseYMD(value);
          if (!d) continue;
          value = fmtDay(addDays(d, f.anaphorDays));
        }
        out.push({ ...f, value, anchored: ante.anchored, day: f.anaphor === 'day' });
      }
      continue;
    }
    if (/^\d{4}(-\d{2}(-\d{2})?)?(T|$)/.test(f.value) && f.type !== 'DURATION' && f.type !== 'SET') {
      lastDate = f;
      if (/^\d{4}-\d{2}-\d{2}/.test(f.value)) lastDay = f;
    }
    out.push(f);
  }
  return out;
}

function podBefore(c: Cursor, f: Found): { start: number; pod: string } | null {
  const r2 = f.i >= 2 ? c.phrase(L.PARTS_OF_DAY, f.i - 2) : null;
  if (r2 && r2.end === f.i) return { start: f.i - 2, pod: r2.value };
  const r = f.i >= 1 ? c.phrase(L.PARTS_OF_DAY, f.i - 1) : null;
  if (r && r.end === f.i && c.near(f.i - 1)) return { start: f.i - 1, pod: r.value };
  // `مساء يوم 14 يوليو`: يوم between (the date takes it later); one-word parts of the day only.
  if (f.i >= 2 && c.w(f.i - 1) === W.day && c.near(f.i - 1) && c.near(f.i - 2)) {
    const r1 = c.phrase(L.PARTS_OF_DAY, f.i - 2);
    if (r1 && r1.end === f.i - 1) return { start: f.i - 2, pod: r1.value };
  }
  return null;
}

/** Joins neighbours that make one expression, and adds range starts. */
export function merge(c: Cursor, input: Found[]): Found[] {
  let list = input;
  const out: Found[] = [];
  const gap = (a: Found, b: Found, allowed: string[]): boolean => {
    for (let k = a.end; k < b.i; k++) if (!allowed.includes(c.w(k))) return false;
    return b.i - a.end <= 2 && !c.nt.norm.slice(c.toks[a.end - 1]!.ne, c.toks[b.i]!.ns).includes('\n');
  };
  const podded: Found[] = [];
  for (let n = 0; n < list.length; n++) {
    let f = list[n]!;
    // Part of the day before or after a day: `مساء أمس`, `صباح الثلاثاء`, `اليوم صباحاً`.
    if (f.day && f.type === 'DATE') {
      const pb = podBefore(c, f);
      if (pb && (podded.length === 0 || podded[podded.length - 1]!.end <= pb.start)) {
        const pre = c.variantsAt(pb.start).find(([v]) => L.PARTS_OF_DAY.candidates(v).length > 0)?.[1] ?? 0;
        f = { ...f, i: pb.start, startNs: c.startNs(pb.start, pre), type: 'TIME', value: `${f.value}T${pb.pod}`, source: f.source + '+part-of-day' };
      } else {
        const pa = c.phrase(L.PARTS_OF_DAY, f.end, false);
        if (pa && c.near(f.end - 1) && endsWithAlef(c.w(f.end)) && !(list[n + 1] && list[n + 1]!.i < pa.end)) {
          f = { ...f, end: pa.end, type: 'TIME', value: `${f.value}T${pa.value}`, source: f.source + '+part-of-day' };
        }
      }
    }
    podded.push(f);
  }
  list = podded;
  for (let n = 0; n < list.length; n++) {
    let f = list[n]!;
    // `يوم 30 مارس 2019`: the noun before an explicit date belongs to it.
    if (f.day && !f.soft && f.i > 0 && c.variantsAt(f.i - 1).some(([v]) => v === W.day) && c.near(f.i - 1) && (out.length === 0 || out[out.length - 1]!.end < f.i)) {
      const pre = c.variantsAt(f.i - 1).find(([v]) => v === W.day)![1];
      f = { ...f, i: f.i - 1, startNs: c.startNs(f.i - 1, pre) };
    }
    const next = list[n + 1];
    // `بين يناير ومارس 2020`: a month coordinated with a dated one shares its year.
    if (next && f.source === 'rule:time/gregorian-month' && next.calendar === 'gregorian' && next.i === f.end && startsWithProclitic(c.w(next.i), 'waw') && /^\d{4}/.test(next.value) && !next.anchored) {
      f = { ...f, value: next.value.slice(0, 4) + f.value.slice(4), anchored: false };
    }
    // Weekday or relative day + explicit date: `الثلاثاء 16 يونيو`, `الأحد الموافق 9 أغسطس`.
    if (next && f.soft && next.dayMonth && gap(f, next, L.MERGE_GAPS.softDayMonth)) {
      const pod = /T[A-Z]{2}$/.test(f.value) ? f.value.slice(-3) : '';
      f = { ...next, i: f.i, startNs: f.startNs, end: next.end + (c.w(next.end) === ')' && c.w(f.end) === '(' ? 1 : 0), source: next.source + '+weekday' };
      if (pod) f = { ...f, type: 'TIME', value: f.value + pod };
      n++;
    }
    const next2 = list[n + 1];
    if (next2 && f.calendar && next2.calendar && f.calendar !== next2.calendar && f.day && next2.day && gap(f, next2, L.MERGE_GAPS.calendarEquivalent)) {
      const next = next2;
      // Hijri date + الموافق + Gregorian date (either order): one expression, both values.
      const h = f.calendar === 'hijri' ? f : next;
      const g = f.calendar === 'hijri' ? next : f;
      const end = next.end + (c.w(next.end) === ')' && c.w(next.i - 1) === '(' ? 1 : 0);
      f = { ...g, i: f.i, startNs: f.startNs, end, hijri: h.hijri, source: g.source + '+hijri' };
      n++;
    }
    const after = list[n + 1];
    // Date + clock time: `مساء اليوم الساعة السادسة`, `الثلاثاء في العاشرة صباحاً`.
    if (after && after.clock && (f.day || f.value.includes('T')) && gap(f, after, L.MERGE_GAPS.dayThenClock)) {
      const day = f.value.replace(/T.*$/, '');
      // `مساء غد عند الساعة التاسعة`: the part of the day before the date sets the clock's half.
      const pod = /T([A-Z]{2})$/.exec(f.value)?.[1] ?? null;
      f = { ...f, end: after.end, type: 'TIME', value: `${day}${pod ? podHour(c, after.value, pod) : after.value}`, source: f.source + '+clock' };
      n++;
    } else if (f.clock && after && (after.day || /^[\dX]{4}-[\dX]{2}-[\dX]{2}T[A-Z]{2}$/.test(after.value)) && gap(f, after, L.MERGE_GAPS.clockThenDay)) {
      const day = after.value.replace(/T.*$/, '');
      f = { ...f, end: after.end, value: `${day}${f.value}`, source: f.source + '+date' };
      n++;
    }
    // `الخامس من مارس من العام الماضي`: a relative year after a day and month gives its year; so
    // does a written one after a month whose year was inferred (`أكتوبر تشرين الأول عام 2002`,
    // `في شهر مارس من العام 2011`).
    const yr = list[n + 1];
    const yearAfter = yr && (yr.source === 'rule:time/calendar-relative' || (yr.source === 'rule:time/year' && f.anchored));
    if (yr && yearAfter && f.calendar === 'gregorian' && /^(\d{4}|XXXX)-\d{2}/.test(f.value) && /^\d{4}$/.test(yr.value) && gap(f, yr, L.MERGE_GAPS.monthThenYear)) {
      const written = yr.source === 'rule:time/year';
      f = { ...f, end: yr.end, value: yr.value + f.value.slice(4), anchored: !written, source: f.source + (written ? '+year' : '+relative-year') };
      n++;
    }
    // `في مثل هذا اليوم من العام الماضي`: the publication day in the year named after it.
    const sy = list[n + 1];
    if (sy && f.source === 'rule:time/relative-day' && f.end === f.i + 1 && c.w(f.i) === W.today && c.A && f.i >= 2 && c.w(f.i - 2) === W.like && L.THIS_WORDS.has(c.w(f.i - 1)) && c.near(f.i - 2) && c.near(f.i - 1)) {
      const yv = sy.source === 'rule:time/calendar-relative' || sy.source === 'rule:time/year' ? /^(\d{4})$/.exec(sy.value) : null;
      if (yv && gap(f, sy, L.MERGE_GAPS.monthThenYear)) {
        f = { ...f, i: f.i - 2, startNs: undefined, end: sy.end, value: `${yv[1]}-${pad(c.A.m)}-${pad(c.A.d)}`, anchored: sy.source !== 'rule:time/year', source: 'rule:time/same-day-of-year' };
        n++;
      }
    }
    // `شهر رمضان من العام الماضي`, `رمضان للعام السابق 1435هـ`, `رمضان من عام 1435هـ`: a Hijri
    // month takes the Hijri year after it (a relative year counted in Hijri years from the anchor's).
    const hyr = list[n + 1];
    const hm = f.source === 'rule:time/hijri-month' && f.hijri ? /^\d{4}-(\d{2})$/.exec(f.hijri) : null;
    if (hyr && hm && gap(f, hyr, L.MERGE_GAPS.monthThenYear)) {
      const written = hyr.source === 'rule:time/hijri-year' && hyr.hijri && /^\d{4}$/.test(hyr.hijri) ? Number(hyr.hijri) : null;
      const relative = hyr.source === 'rule:time/calendar-relative' && /^\d{4}$/.test(hyr.value) && c.A ? hijriOf(c.A).year + Number(hyr.value) - c.A.y : null;
      const hy = written ?? relative;
      const value = hy !== null ? hijriMonthValue(hy, Number(hm[1])) : null;
      if (hy !== null && value) {
        f = { ...f, end: hyr.end, value, hijri: fmtHijri(hy, Number(hm[1])), anchored: written === null, source: f.source + (written !== null ? '+year' : '+relative-year') };
        n++;
      }
    }
    // Range start: `من 10 إلى 12 يونيو`, `بين 10 و12 يونيو`, `10-12 يونيو`.
    const hijriDay = f.calendar === 'hijri' && f.hijri && /^\d{4}-\d{2}-\d{2}$/.test(f.hijri) ? f.hijri : null;
    if (f.dayMonth && (hijriDay || /^(\d{4}|XXXX)-(\d{2}|XX)-\d{2}$/.test(f.value))) {
      const k = f.i;
      const joiner = c.w(k - 1);
      const numTok = c.tok(k - 2);
      if ((L.RANGE_JOINERS.has(joiner) || joiner === W.and) && numTok && numTok.kind === 'n' && numTok.t.length <= 2) {
        const d0 = Number(numTok.t);
        const d1 = Number((hijriDay ?? f.value).slice(8, 10));
        const prev = out[out.length - 1];
        if (d0 >= 1 && d0 < d1 && (!prev || prev.end <= k - 2)) {
          const base = { ...f, i: k - 2, end: k - 1, startNs: undefined, source: 'rule:time/range-start' };
          if (hijriDay) {
            const g = hijriToGregorian(Number(hijriDay.slice(0, 4)), Number(hijriDay.slice(5, 7)), d0);
            if (g) out.push({ ...base, value: g, hijri: hijriDay.slice(0, 8) + pad(d0) });
          } else out.push({ ...base, value: f.value.slice(0, 8) + pad(d0) });
        }
      }
    }
    // `بين 3 إلى 4 ساعات`, `5-7 أيام`: the first count of a range of lengths is a length too.
    // `بين 5 و7 و10 سنوات`: each count of a list of lengths, back to its first.
    const len = f.type === 'DURATION' && !f.mod ? /^(PT?)(\d+)([A-Z])$/.exec(f.value) : null;
    if (len && c.tok(f.i)?.kind === 'n') {
      const starts: Found[] = [];
      let k = f.i;
      let hi = Number(len[2]);
      const prev = out[out.length - 1];
      while (k >= 2 && L.RANGE_JOINERS.has(c.w(k - 1)) && c.tok(k - 2)?.kind === 'n' && c.near(k - 2) && c.near(k - 1) && (!prev || prev.end <= k - 2)) {
        const numTok = c.tok(k - 2)!;
        const d0 = Number(numTok.t);
        if (numTok.t.length > 3 || d0 <= 0 || d0 >= hi) break;
        starts.unshift({ ...f, i: k - 2, end: k - 1, startNs: undefined, value: `${len[1]}${d0}${len[3]}`, source: 'rule:time/range-start' });
        hi = d0;
        k -= 2;
      }
      out.push(...starts);
    }
    // `النصف الأول من العام 2015`, `الربع الثالث من العام الجاري`, `النصف الأول 2015`: part of a year.
    if (/^\d{4}$/.test(f.value) && f.i >= 2) {
      const via = c.w(f.i - 1) === W.from ? 1 : 0;
      const h = f.i - 2 - via >= 0 ? c.phrase(L.HALVES, f.i - 2 - via) : null;
      const prev = out[out.length - 1];
      if (h && h.end === f.i - via && c.near(f.i - 1) && (!prev || prev.end <= f.i - 2 - via)) {
        f = { ...f, i: f.i - 2 - via, startNs: c.startNs(f.i - 2 - via, h.pre), value: `${f.value}-${h.value}`, source: f.source + '+part-of-year' };
      }
    }
    // `نهاية 2013`, `مطلع العام 2015`, `نهاية العام المالي 1435هـ`: the position word belongs to the year.
    if (/^rule:time\/(hijri-)?year$/.test(f.source) && f.i >= 1 && c.near(f.i - 1)) {
      const pos = c.lookup(L.POSITIONS, f.i - 1);
      const prev = out[out.length - 1];
      if (pos && (!prev || prev.end <= f.i - 1)) f = { ...f, i: f.i - 1, startNs: c.startNs(f.i - 1, pos.pre) };
    }
    // من الأحد إلى الخميس، يومي الثلاثاء والأربعاء: a range or pair of weekdays runs forward. Each
    // was resolved alone; when the second falls before the first, the pair moves as one (the
    // second a week on in a future clause, the first a week back otherwise).
    const pw = out[out.length - 1];
    if (f.source === 'rule:time/weekday' && pw?.source === 'rule:time/weekday' && f.value < pw.value && weekdayPair(c, pw, f)) {
      const a = parseYMD(pw.value);
      const b = parseYMD(f.value);
      if (a && b) {
        if (tense(c, c.toks[pw.i]!.ns, c.toks[f.end - 1]!.ne) > 0) f = { ...f, value: fmtDay(addDays(b, 7)) };
        else out[out.length - 1] = { ...pw, value: fmtDay(addDays(a, -7)) };
      }
    }
    out.push(f);
  }
  return out;
}

/** Two weekdays joined as a range (إلى، حتى، -) or a pair (و, glued or apart), nothing else between. */
function weekdayPair(c: Cursor, a: Found, b: Found): boolean {
  if (b.i === a.end) return startsWithProclitic(c.w(b.i), 'waw') && c.near(a.end - 1);
  return b.i === a.end + 1 && L.RANGE_JOINERS.has(c.w(a.end)) && c.near(a.end - 1) && c.near(a.end);
}
