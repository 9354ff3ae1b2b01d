/**
 * Named days: عيد الفطر، عيد الأضحى، يوم عرفة، اليوم الوطني (calendar.json `holidays`), and a day
 * of one (ثالث أيام عيد الفطر). A Hijri holiday is dated through Umm al-Qura: the occurrence
 * nearest the anchor, or the previous / next one with الماضي / المقبل. Without an anchor the
 * Gregorian value stays underspecified and the Hijri day is kept as `XXXX-MM-DD`.
 */
import { isDefiniteNisba } from '../../../text/clitics.ts';
import { addDays, diffDays, fmtDay, pad, parseYMD, type YMD } from '../calendar.ts';
import type { Cursor } from '../cursor.ts';
import { fmtHijri, hijriOf, hijriToGregorian } from '../hijri.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { modifierAt } from '../relative.ts';

export function holiday(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  let dayNo = 1;
  const ord = c.phrase(L.HOLIDAY_DAY_ORDINALS, i);
  if (ord && c.near(ord.end - 1)) {
    dayNo = ord.value;
    pre = ord.pre;
    j = ord.end;
  }
  const h = c.phrase(L.HOLIDAYS, j, j === i);
  if (!h) return null;
  if (j === i) pre = h.pre;
  let end = h.end;
  // اليوم الوطني الكويتي is another country's day: only the listed nationalities are read.
  const next = c.w(end);
  if (h.value.nationalities && c.near(end - 1) && isDefiniteNisba(next)) {
    if (!h.value.nationalities.has(next)) return null;
    end++;
  }
  const dir = modifierAt(c, end);
  if (dir !== null && dir !== 0) end++;
  const base: M = { end, type: 'DATE', value: 'XXXX-XX-XX', anchored: false, source: 'rule:time/holiday', startNs: c.startNs(i, pre), day: true };
  const { hijri, gregorian } = h.value;
  if (hijri) {
    const [hm, hd] = hijri;
    if (!c.A) return { ...base, hijri: `XXXX-${pad(hm)}-${pad(hd + dayNo - 1)}` };
    const hy0 = hijriOf(c.A).year;
    const cands = [hy0 - 1, hy0, hy0 + 1].flatMap((hy) => {
      const g = parseYMD(hijriToGregorian(hy, hm, hd));
      return g ? [{ hy, g: addDays(g, dayNo - 1) }] : [];
    });
    const pick = choose(c.A, cands, dir);
    if (!pick) return base;
    return { ...base, value: fmtDay(pick.g), anchored: true, hijri: fmtHijri(pick.hy, hm, hd + dayNo - 1) };
  }
  if (gregorian && c.A) {
    const [gm, gd] = gregorian;
    const cands = [c.A.y - 1, c.A.y, c.A.y + 1].map((y) => ({ hy: y, g: addDays({ y, m: gm, d: gd }, dayNo - 1) }));
    const pick = choose(c.A, cands, dir);
    return pick ? { ...base, value: fmtDay(pick.g), anchored: true } : base;
  }
  return base;
}

/** The occurrence nearest the anchor; with a direction, the nearest on that side of it. */
function choose<T extends { g: YMD }>(a: YMD, cands: T[], dir: number | null): T | null {
  let best: T | null = null;
  let bestDist = Infinity;
  for (const x of cands) {
    const d = diffDays(x.g, a);
    if ((dir === 1 && d <= 0) || (dir === -1 && d >= 0)) continue;
    if (Math.abs(d) < bestDist) {
      best = x;
      bestDist = Math.abs(d);
    }
  }
  return best;
}
