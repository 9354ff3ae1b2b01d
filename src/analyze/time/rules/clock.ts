/** Rules for clock times (`الثامنة والربع مساءً`، `10:30`، `منتصف الليل`) and the part of the day they fall in. */
import { pad } from '../calendar.ts';
import { type Cursor, W } from '../cursor.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { number } from '../numbers.ts';
import { startsWithProclitic } from '../../../text/clitics.ts';
import { endsWithAlef, endsWithHa } from '../../../text/endings.ts';

/** Hour adjusted for the part of the day: `السادسة مساءً` is 18:00. */
function hour24(c: Cursor, h: number, podWord: string | null): number {
  if (!podWord) return h;
  const pod = L.PARTS_OF_DAY.candidates(podWord)[0]?.value;
  if (pod === 'MI') return h < 6 ? h + 12 : h;
  if (podWord && L.PM_PARTS.has(podWord)) return h < 12 && (pod !== 'NI' || h >= 6) ? h + 12 : h;
  if (pod === 'MO' && h === 12) return 0;
  return h;
}

/** `T09:00` read in the part of the day `pod` (EV → T21:00); a clock already past noon stays. */
export function podHour(c: Cursor, clock: string, pod: string): string {
  const m = /^T(\d{2})(.*)$/.exec(clock);
  if (!m) return clock;
  let h = Number(m[1]);
  if (pod === 'MI' && h < 6) h += 12;
  else if ((pod === 'AF' || pod === 'EV') && h < 12) h += 12;
  else if (pod === 'NI' && h >= 6 && h < 12) h += 12;
  return `T${pad(h)}${m[2]}`;
}

/** Whether a part of the day follows at k, perhaps after a fraction (والربع) and من. */
function podFollows(c: Cursor, k: number): boolean {
  let j = k;
  if (startsWithProclitic(c.w(j), 'waw') && L.MINUTE_FRACTIONS.has(c.w(j).slice(1))) j++;
  else if (minutesAfter(c, j)) j += 3;
  else if (c.phrase(L.LESS_QUARTER, j, false)) j = c.phrase(L.LESS_QUARTER, j, false)!.end;
  if (c.w(j) === W.from) j++;
  return !!c.phrase(L.PARTS_OF_DAY, j, false);
}

/** `و 40 دقيقة` at j: minutes after an hour. */
function minutesAfter(c: Cursor, j: number): boolean {
  return c.w(j) === W.and && c.tok(j + 1)?.kind === 'n' && c.w(j + 1).length <= 2 && L.UNITS.get(c.w(j + 2))?.[0] === 'MIN' && c.near(j + 1);
}

/** `7.15` at j after الساعة: hour and minutes with a point, written without spaces. */
function pointClock(c: Cursor, j: number): { h: number; min: number } | null {
  const a = c.tok(j);
  const b = c.tok(j + 2);
  if (!a || !b || a.kind !== 'n' || b.kind !== 'n' || c.w(j + 1) !== '.' || a.t.length > 2 || b.t.length !== 2) return null;
  if (c.toks[j + 1]!.ns !== a.ne || b.ns !== c.toks[j + 1]!.ne) return null;
  return { h: Number(a.t), min: Number(b.t) };
}

/**
 * The part of the day that ends a clock range starting at token j: a joiner (حتى، إلى، -), an
 * optional الساعة, an hour in digits or as an ordinal, then the part of the day (`حتى 10 مساءً`,
 * `إلى العاشرة ليلاً`). Null when there is none.
 */
function rangeEndPod(c: Cursor, j: number): { word: string; h: number } | null {
  if (!c.inSet(L.RANGE_JOINERS, j) || c.w(j) === W.and || !c.near(j)) return null;
  let k = j + 1;
  if (c.inSet(L.CLOCK_WORDS, k)) k++;
  const num = number(c, k, true);
  if (!num || num.n < 1 || num.n > 12 || !c.near(num.end - 1)) return null;
  const pod = c.phrase(L.PARTS_OF_DAY, num.end, false);
  if (!pod || (!endsWithAlef(c.w(num.end)) && dayAt(c, pod.end))) return null;
  return { word: c.w(num.end), h: num.n };
}

/** A day word at k (اليوم، أمس، غد، a weekday): `مساء أمس` names a day's evening, not an hour's. */
function dayAt(c: Cursor, k: number): boolean {
  return c.w(k) === W.today || c.w(k) === W.yesterday || c.w(k) === W.tomorrow || L.WEEKDAYS.has(c.w(k));
}

/** `الساعة السادسة مساءً`, `10:30 صباحاً`, `الساعة 9 والنصف بتوقيت مكة`. */
export function clock(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  const cw = c.inSet(L.CLOCK_WORDS, i, true);
  if (cw) {
    pre = cw.pre;
    j++;
  }
  let h: number;
  let min = 0;
  const t = c.tok(j);
  if (!t) return null;
  const point = cw ? pointClock(c, j) : null;
  if (t.kind === 'n' && c.w(j + 1) === ':' && c.tok(j + 2)?.kind === 'n' && c.tok(j + 2)!.t.length === 2) {
    h = Number(t.t);
    min = Number(c.tok(j + 2)!.t);
    j += 3;
  } else if (point) {
    // `الساعة 7.15 صباحاً`: some papers write the minutes after a point.
    ({ h, min } = point);
    j += 3;
  } else if (cw) {
    const num = number(c, j, false);
    if (!num || num.n < 1 || num.n > 24) return null;
    if (num.digits && t.t.length > 2) return null;
    h = num.n;
    j = num.end;
  } else if (t.kind === 'w' && number(c, j, true)?.ordinal && podFollows(c, number(c, j, true)!.end)) {
    // `العاشرة مساءً`, `الثامنة والربع من مساء الخميس` without الساعة: an hour only when a part
    // of the day follows.
    const num = number(c, j, true)!;
    if (num.n < 1 || num.n > 12 || !endsWithHa(c.w(num.end - 1))) return null;
    pre = num.pre;
    h = num.n;
    j = num.end;
  } else if (t.kind === 'n' && t.t.length <= 2) {
    h = Number(t.t);
    j++;
    const pod = c.phrase(L.PARTS_OF_DAY, j, false);
    // `10 صباحاً`, `9 مساءً` (folded to مساء), not `10 صباح`; a bare first hour of a range whose
    // end names the part of the day (`من 5 إلى 9 مساءً`).
    // Without the alef the part of the day may start a day phrase after a count (`من 8 إلى 10
    // مساء أمس`), so it is taken only after an intro word and with no day after it.
    const introBefore = c.tok(i - 1)?.kind === 'w' && (L.BARE_HOUR_INTROS.has(c.w(i - 1)) || c.inSet(L.RANGE_JOINERS, i - 1));
    const podOk = pod && (endsWithAlef(c.w(j)) || (L.PM_PARTS.has(c.w(j)) && introBefore && !dayAt(c, pod.end)));
    if (!podOk && !(rangeEndPod(c, j) && L.BARE_HOUR_INTROS.has(c.w(i - 1)))) return null;
  } else return null;
  if (h > 24 || min > 59) return null;
  // والنصف، والربع، و10 دقائق، إلا ربعاً
  if (startsWithProclitic(c.w(j), 'waw') && c.near(j - 1)) {
    const frac = L.MINUTE_FRACTIONS.get(c.w(j).slice(1));
    if (frac !== undefined) {
      min = frac;
      j++;
    } else if (minutesAfter(c, j)) {
      min = Number(c.w(j + 1));
      j += 3;
    }
  } else if (c.phrase(L.LESS_QUARTER, j, false)) {
    const lq = c.phrase(L.LESS_QUARTER, j, false)!;
    h = h - 1;
    min = 45;
    j = lq.end;
  }
  let podWord: string | null = null;
  // `السابعة من مساء غد`: the part of the day may come after من.
  const podAt = c.w(j) === W.from && c.near(j) ? j + 1 : j;
  const pod = c.phrase(L.PARTS_OF_DAY, podAt, false);
  if (pod && c.near(j - 1)) {
    podWord = c.w(podAt);
    // A day after the part of the day (`مساء الخميس`) is left to the merge, which joins them.
    const dayAfter = c.w(pod.end) === W.today || c.w(pod.end) === W.yesterday || c.w(pod.end) === W.tomorrow || L.WEEKDAYS.has(c.w(pod.end));
    if (!dayAfter && podAt === j) j = pod.end;
  }
  // `من الساعة 8 حتى 10 مساءً`: a first hour with no part of the day takes the range end's
  // when it comes before the end's hour (8 → 20:00); `من 10 صباحاً حتى 7 مساءً` keeps its own.
  const endPod = podWord ? null : rangeEndPod(c, j);
  h = hour24(c, h, podWord ?? (endPod && h < endPod.h ? endPod.word : null));
  if (h === 24) h = 0;
  // `الثانية عشرة ليلاً` is midnight: the end of the day (T24:00, as منتصف الليل), or just past it.
  if (h === 12 && podWord && L.PARTS_OF_DAY.candidates(podWord)[0]?.value === 'NI') h = min === 0 ? 24 : 0;
  let tz = '';
  const tzi = c.phrase(L.TZ_INTROS, j, true);
  if (tzi) {
    const z = c.phrase(L.TIMEZONES, tzi.end, false);
    if (z) {
      tz = z.value ?? '';
      j = z.end;
    } else if (c.tok(tzi.end)?.kind === 'w') j = tzi.end + 1;
  }
  if (!cw && !podWord && !tz && t.kind === 'n' && c.w(i + 1) === ':') {
    // A bare `10:30` could be a score or a verse; take it only with a time word around it.
    const prev = c.w(i - 1);
    if (!L.BARE_HOUR_INTROS.has(prev)) return null;
  }
  const value = `T${pad(h)}:${pad(min)}${tz}`;
  return { end: j, type: 'TIME', value, anchored: false, source: 'rule:time/clock', startNs: c.startNs(i, pre), clock: true };
}

/** منتصف الليل: the end of the day, T24:00. */
export function midnight(c: Cursor, i: number): M | null {
  const r = c.phrase(L.MIDNIGHT, i);
  if (!r) return null;
  return { end: r.end, type: 'TIME', value: 'T24:00', anchored: false, source: 'rule:time/clock', startNs: c.startNs(i, r.pre), clock: true };
}
