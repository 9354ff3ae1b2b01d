/**
 * Time expressions in Arabic text, resolved TIMEX3-style against an anchor date.
 *
 * The text is folded (see `norm.ts`) and cut into tokens; small grammar rules try to match at each
 * token and the longest match wins. A second pass joins neighbours a reader takes as one
 * expression (`مساء` + `أمس`, `الثلاثاء` + `16 يونيو`, a date + a clock time, a Hijri date +
 * `الموافق` + its Gregorian date) and adds the first day of ranges (`من 10 إلى 12 يونيو`).
 * Without an anchor, values are left underspecified (`XXXX-XX-XX`, `XXXX-05-26`), never guessed.
 */
import type { TimeExpression } from '../../doc/types.ts';
import { addDays, fmtDay, pad, parseYMD } from './calendar.ts';
import { Cursor, W, variants } from './cursor.ts';
import { hijriToGregorian } from './hijri.ts';
import * as L from './lexicon.ts';
import type { M, Found } from './match.ts';
import { normText, toOriginal } from './norm.ts';
import { number } from './numbers.ts';
import { clock, midnight, podHour } from './rules/clock.ts';
import { gregDate, numericDate, yearExpr } from './rules/dates.ts';
import { relDay, theMorrow, tonight, weekday } from './rules/days.ts';
import { ageOrdinal, duration, offset, repeatSet, sequence, setExpr } from './rules/durations.ts';
import { hijriDate } from './rules/hijri-dates.ts';
import { calendarRelative, decade, season } from './rules/periods.ts';
import { anaphoric, anaphoricOffset, now, vagueRef } from './rules/vague.ts';

/** How far back (normalised characters) an anaphoric expression looks for its date. */
const ANAPHORA_REACH = 400;

export interface TagOptions {
  /** Anchor `YYYY-MM-DD` (the publication date); null leaves relative values underspecified. */
  anchor: string | null;
}

class Tagger extends Cursor {
  private rules = [
    (i: number) => numericDate(this, i),
    (i: number) => hijriDate(this, i),
    (i: number) => gregDate(this, i),
    (i: number) => relDay(this, i),
    (i: number) => tonight(this, i),
    (i: number) => theMorrow(this, i),
    (i: number) => weekday(this, i),
    (i: number) => calendarRelative(this, i),
    (i: number) => offset(this, i),
    (i: number) => setExpr(this, i),
    (i: number) => clock(this, i),
    (i: number) => duration(this, i),
    (i: number) => season(this, i),
    (i: number) => yearExpr(this, i),
    (i: number) => now(this, i),
    (i: number) => decade(this, i),
    (i: number) => vagueRef(this, i),
    (i: number) => anaphoric(this, i),
    (i: number) => anaphoricOffset(this, i),
    (i: number) => sequence(this, i),
    (i: number) => ageOrdinal(this, i),
    (i: number) => midnight(this, i),
    (i: number) => repeatSet(this, i),
  ];

  run(): Found[] {
    const out: Found[] = [];
    for (let i = 0; i < this.toks.length; ) {
      let best: M | null = null;
      for (const r of this.rules) {
        const m = r(i);
        if (m && m.end > i && (!best || m.end > best.end)) best = m;
      }
      if (best) {
        out.push({ ...best, i });
        i = best.end;
      } else i++;
    }
    return this.clockDates(this.continuedHours(this.merge(this.resolveAnaphora(out))));
  }

  /**
   * A schedule names the part of the day once: `في الثالثة عصراً، والكويت والإمارات في الخامسة` —
   * a bare feminine ordinal hour after في/عند/حتى, later in the sentence of a clock time, is an
   * hour of the same half of the day.
   */
  private continuedHours(list: Found[]): Found[] {
    const added: Found[] = [];
    list.forEach((f, n) => {
      const m = f.type === 'TIME' ? /T(\d{2}):/.exec(f.value) : null;
      if (!m) return;
      let last = Number(m[1]);
      const stop = list[n + 1]?.i ?? this.toks.length;
      for (let k = f.end; k < stop && !this.sentenceBreak(k - 1, k); k++) {
        if (!variants(this.w(k - 1)).some(([v]) => L.CLOCK_CONTINUERS.has(v))) continue;
        const num = number(this, k, false);
        if (!num || !num.ordinal || num.n < 1 || num.n > 12 || !/ه$/.test(this.w(num.end - 1))) continue;
        if (this.w(num.end) === W.from || L.PARTS_OF_DAY.candidates(this.w(num.end)).length > 0) continue;
        const h = last >= 12 && num.n < 12 ? num.n + 12 : num.n;
        if (h < last) continue;
        last = h;
        added.push({ i: k, end: num.end, type: 'TIME', value: `T${pad(h)}:00`, anchored: false, clock: true, source: 'rule:time/clock-continued' });
      }
    });
    return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.i - b.i);
  }

  /** Whether a sentence end (. ؟ ! or a line break) lies between tokens a and b. */
  private sentenceBreak(a: number, b: number): boolean {
    return /[.؟!\n]/.test(this.nt.norm.slice(this.toks[a]!.ne, this.toks[b]!.ns));
  }

  /**
   * A clock time with no date takes the day named earlier in its sentence (تستأنف اليوم… في الثالثة
   * عصراً); not across a set (يومياً… من الساعة الخامسة), which makes the time recur.
   */
  private clockDates(list: Found[]): Found[] {
    let day: Found | null = null;
    return list.map((f) => {
      if (day && this.sentenceBreak(day.end - 1, f.i)) day = null;
      if (f.type === 'SET') day = null;
      else if (/^\d{4}-\d{2}-\d{2}/.test(f.value)) day = f;
      else if (f.clock && /^T\d/.test(f.value) && day) return { ...f, value: day.value.slice(0, 10) + f.value, anchored: day.anchored, source: f.source + '+sentence-date' };
      return f;
    });
  }

  /** اليوم ذاته → the last day mentioned before; وقتها → the last date; none → dropped. */
  private resolveAnaphora(list: Found[]): Found[] {
    const out: Found[] = [];
    let lastDate: Found | null = null;
    let lastDay: Found | null = null;
    for (const f of list) {
      if (f.anaphor) {
        const ante = f.anaphor === 'day' ? lastDay : lastDate;
        // Only a date a reader still has in mind: within the last few sentences.
        if (ante && this.toks[f.i]!.ns - this.toks[ante.end - 1]!.ne <= ANAPHORA_REACH) {
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

  private podBefore(f: Found): { start: number; pod: string } | null {
    const r2 = f.i >= 2 ? this.phrase(L.PARTS_OF_DAY, f.i - 2) : null;
    if (r2 && r2.end === f.i) return { start: f.i - 2, pod: r2.value };
    const r = f.i >= 1 ? this.phrase(L.PARTS_OF_DAY, f.i - 1) : null;
    if (r && r.end === f.i && this.near(f.i - 1)) return { start: f.i - 1, pod: r.value };
    return null;
  }

  /** Joins neighbours that make one expression, and adds range starts. */
  private merge(input: Found[]): Found[] {
    let list = input;
    const out: Found[] = [];
    const gap = (a: Found, b: Found, allowed: string[]): boolean => {
      for (let k = a.end; k < b.i; k++) if (!allowed.includes(this.w(k))) return false;
      return b.i - a.end <= 2 && !this.nt.norm.slice(this.toks[a.end - 1]!.ne, this.toks[b.i]!.ns).includes('\n');
    };
    const podded: Found[] = [];
    for (let n = 0; n < list.length; n++) {
      let f = list[n]!;
      // Part of the day before or after a day: `مساء أمس`, `صباح الثلاثاء`, `اليوم صباحاً`.
      if (f.day && f.type === 'DATE') {
        const pb = this.podBefore(f);
        if (pb && (podded.length === 0 || podded[podded.length - 1]!.end <= pb.start)) {
          const pre = variants(this.w(pb.start)).find(([v]) => L.PARTS_OF_DAY.candidates(v).length > 0)?.[1] ?? 0;
          f = { ...f, i: pb.start, startNs: this.startNs(pb.start, pre), type: 'TIME', value: `${f.value}T${pb.pod}`, source: f.source + '+part-of-day' };
        } else {
          const pa = this.phrase(L.PARTS_OF_DAY, f.end, false);
          if (pa && this.near(f.end - 1) && /ا$/.test(this.w(f.end)) && !(list[n + 1] && list[n + 1]!.i < pa.end)) {
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
      if (f.day && !f.soft && f.i > 0 && variants(this.w(f.i - 1)).some(([v]) => v === W.day) && this.near(f.i - 1) && (out.length === 0 || out[out.length - 1]!.end < f.i)) {
        const pre = variants(this.w(f.i - 1)).find(([v]) => v === W.day)![1];
        f = { ...f, i: f.i - 1, startNs: this.startNs(f.i - 1, pre) };
      }
      const next = list[n + 1];
      // `بين يناير ومارس 2020`: a month coordinated with a dated one shares its year.
      if (next && f.source === 'rule:time/gregorian-month' && next.calendar === 'gregorian' && next.i === f.end && /^و/.test(this.w(next.i)) && /^\d{4}/.test(next.value) && !next.anchored) {
        f = { ...f, value: next.value.slice(0, 4) + f.value.slice(4), anchored: false };
      }
      // Weekday or relative day + explicit date: `الثلاثاء 16 يونيو`, `الأحد الموافق 9 أغسطس`.
      if (next && f.soft && next.dayMonth && gap(f, next, L.MERGE_GAPS.softDayMonth)) {
        const pod = /T[A-Z]{2}$/.test(f.value) ? f.value.slice(-3) : '';
        f = { ...next, i: f.i, startNs: f.startNs, end: next.end + (this.w(next.end) === ')' && this.w(f.end) === '(' ? 1 : 0), source: next.source + '+weekday' };
        if (pod) f = { ...f, type: 'TIME', value: f.value + pod };
        n++;
      }
      const next2 = list[n + 1];
      if (next2 && f.calendar && next2.calendar && f.calendar !== next2.calendar && f.day && next2.day && gap(f, next2, L.MERGE_GAPS.calendarEquivalent)) {
        const next = next2;
        // Hijri date + الموافق + Gregorian date (either order): one expression, both values.
        const h = f.calendar === 'hijri' ? f : next;
        const g = f.calendar === 'hijri' ? next : f;
        const end = next.end + (this.w(next.end) === ')' && this.w(next.i - 1) === '(' ? 1 : 0);
        f = { ...g, i: f.i, startNs: f.startNs, end, hijri: h.hijri, source: g.source + '+hijri' };
        n++;
      }
      const after = list[n + 1];
      // Date + clock time: `مساء اليوم الساعة السادسة`, `الثلاثاء في العاشرة صباحاً`.
      if (after && after.clock && (f.day || f.value.includes('T')) && gap(f, after, L.MERGE_GAPS.dayThenClock)) {
        const day = f.value.replace(/T.*$/, '');
        // `مساء غد عند الساعة التاسعة`: the part of the day before the date sets the clock's half.
        const pod = /T([A-Z]{2})$/.exec(f.value)?.[1] ?? null;
        f = { ...f, end: after.end, type: 'TIME', value: `${day}${pod ? podHour(this, after.value, pod) : after.value}`, source: f.source + '+clock' };
        n++;
      } else if (f.clock && after && (after.day || /^[\dX]{4}-[\dX]{2}-[\dX]{2}T[A-Z]{2}$/.test(after.value)) && gap(f, after, L.MERGE_GAPS.clockThenDay)) {
        const day = after.value.replace(/T.*$/, '');
        f = { ...f, end: after.end, value: `${day}${f.value}`, source: f.source + '+date' };
        n++;
      }
      // `الخامس من مارس من العام الماضي`: a relative year after a day and month gives its year.
      const yr = list[n + 1];
      if (yr && f.calendar === 'gregorian' && /^(\d{4}|XXXX)-\d{2}/.test(f.value) && yr.source === 'rule:time/calendar-relative' && /^\d{4}$/.test(yr.value) && gap(f, yr, L.MERGE_GAPS.monthThenYear)) {
        f = { ...f, end: yr.end, value: yr.value + f.value.slice(4), anchored: true, source: f.source + '+relative-year' };
        n++;
      }
      // Range start: `من 10 إلى 12 يونيو`, `بين 10 و12 يونيو`, `10-12 يونيو`.
      const hijriDay = f.calendar === 'hijri' && f.hijri && /^\d{4}-\d{2}-\d{2}$/.test(f.hijri) ? f.hijri : null;
      if (f.dayMonth && (hijriDay || /^(\d{4}|XXXX)-(\d{2}|XX)-\d{2}$/.test(f.value))) {
        const k = f.i;
        const joiner = this.w(k - 1);
        const numTok = this.tok(k - 2);
        if ((L.RANGE_JOINERS.has(joiner) || joiner === 'و') && numTok && numTok.kind === 'n' && numTok.t.length <= 2) {
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
      if (len && this.tok(f.i)?.kind === 'n') {
        const starts: Found[] = [];
        let k = f.i;
        let hi = Number(len[2]);
        const prev = out[out.length - 1];
        while (k >= 2 && L.RANGE_JOINERS.has(this.w(k - 1)) && this.tok(k - 2)?.kind === 'n' && this.near(k - 2) && this.near(k - 1) && (!prev || prev.end <= k - 2)) {
          const numTok = this.tok(k - 2)!;
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
        const via = this.w(f.i - 1) === W.from ? 1 : 0;
        const h = f.i - 2 - via >= 0 ? this.phrase(L.HALVES, f.i - 2 - via) : null;
        const prev = out[out.length - 1];
        if (h && h.end === f.i - via && this.near(f.i - 1) && (!prev || prev.end <= f.i - 2 - via)) {
          f = { ...f, i: f.i - 2 - via, startNs: this.startNs(f.i - 2 - via, h.pre), value: `${f.value}-${h.value}`, source: f.source + '+part-of-year' };
        }
      }
      // `نهاية 2013`, `مطلع العام 2015`, `نهاية العام المالي 1435هـ`: the position word belongs to the year.
      if (/^rule:time\/(hijri-)?year$/.test(f.source) && f.i >= 1 && this.near(f.i - 1)) {
        const pos = this.lookup(L.POSITIONS, f.i - 1);
        const prev = out[out.length - 1];
        if (pos && (!prev || prev.end <= f.i - 1)) f = { ...f, i: f.i - 1, startNs: this.startNs(f.i - 1, pos.pre) };
      }
      out.push(f);
    }
    return out;
  }

  toExpressions(found: Found[]): TimeExpression[] {
    const text = this.nt.src;
    return found.map((f) => {
      const ns = f.startNs ?? this.toks[f.i]!.ns;
      const ne = this.toks[f.end - 1]!.ne;
      const [start, end] = toOriginal(this.nt, ns, ne);
      const e: TimeExpression = {
        start,
        end,
        text: text.slice(start, end),
        type: f.type,
        value: f.value,
        anchor: f.anchored && this.anchorStr && !f.value.startsWith('X') ? this.anchorStr : null,
        source: f.source,
      };
      if (f.hijri) e.hijri = f.hijri;
      if (f.mod) e.mod = f.mod;
      return e;
    });
  }
}

/** Finds and resolves the time expressions of `text` (whole text, or the range [from, to)). */
export function findTimes(text: string, opts: TagOptions, from = 0, to = text.length): TimeExpression[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tagger = new Tagger(normText(slice), opts.anchor);
  const found = tagger.toExpressions(tagger.run());
  if (from === 0) return found;
  return found.map((e) => ({ ...e, start: e.start + from, end: e.end + from }));
}
