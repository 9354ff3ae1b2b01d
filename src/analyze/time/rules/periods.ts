/** Rules for calendar periods: هذا الأسبوع، مطلع العام المقبل، الصيف الماضي، الثمانينيات. */
import { isoWeekday, pad } from '../calendar.ts';
import { type Cursor, W } from '../cursor.ts';
import { hijriOf } from '../hijri.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { number, year } from '../numbers.ts';
import { tense, unitValue } from '../relative.ts';
import { hijriYearWithPosition } from './hijri-dates.ts';

/** هذا الأسبوع، الأسبوع الماضي، الشهر المقبل، العام الجاري، نهاية الشهر، مطلع العام المقبل. */
export function calendarRelative(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  let position: string | null = null;
  const pos = c.lookup(L.POSITIONS, j);
  if (pos && c.near(j)) {
    position = pos.value;
    pre = pos.pre;
    j++;
  }
  let thisWord = false;
  const tw = c.inSet(L.THIS_WORDS, j, j === i);
  if (tw && c.near(j)) {
    if (j === i) pre = tw.pre;
    thisWord = true;
    j++;
  }
  const u = c.lookup(L.CAL_UNITS, j, j === i);
  if (!u) return null;
  if (j === i) pre = u.pre;
  let end = j + 1;
  // `العام الهجري القادم`, `العام المالي 1435هـ`
  let hijriYear = false;
  if (u.value === 'Y' && L.YEAR_ADJECTIVES.has(c.w(end)) && c.near(end - 1)) {
    if (c.tok(end + 1)?.kind === 'n') return null; // the year rule reads `العام المالي 1435هـ`
    hijriYear = c.w(end) === W.hijriAdjective;
    end++;
  }
  let off: number | null = thisWord ? 0 : null;
  const mod = c.lookup(L.MODIFIERS, end, false);
  if (!thisWord && mod && c.near(end - 1)) {
    off = mod.value;
    end++;
  }
  // `الأسبوع قبل الماضي`، `العام ما قبل الماضي`: two units back (or forward).
  const two = off === null ? c.phrase(L.TWO_AWAY, end, false) : null;
  if (two && c.near(end - 1)) {
    off = two.value;
    end = two.end;
  }
  // `العام الدراسي الجديد`: the current school or fiscal year.
  if (off === null && end > j + 1 && c.inSet(L.NEW_YEAR, end) && c.near(end - 1)) {
    off = 0;
    end++;
  }
  if (off === null && c.inSet(L.THIS_WORDS, end) && c.near(end - 1)) {
    off = 0;
    end++;
  }
  // `الربع الثاني من العام`: a part of «the year» is this year's (the merge adds the part).
  if (off === null && position === null && u.value === 'Y' && j === i && j >= 3 && c.w(j - 1) === W.from && c.phrase(L.HALVES, j - 3)?.end === j - 1 && c.tok(end)?.kind !== 'n') off = 0;
  if (off === null && position === null) return null;
  // `مطلع العام 2015` belongs to the year rule.
  if (off === null && c.tok(end)?.kind === 'n') return null;
  const unit = u.value;
  const explicit = unit === 'Y' ? year(c, end, 4) : null;
  if (explicit && explicit.hijri !== false && (explicit.hijri === true || (explicit.y >= 1300 && explicit.y <= 1500))) {
    // `مطلع العام القادم 1437هـ`: the written year wins.
    return hijriYearWithPosition(c, explicit.y, position, explicit.end, i, pre, false);
  }
  if (hijriYear) {
    if (!c.A) return { end, type: 'DATE', value: 'XXXX', hijri: 'XXXX', anchored: false, source: 'rule:time/calendar-relative', startNs: c.startNs(i, pre) };
    return hijriYearWithPosition(c, hijriOf(c.A).year + (off ?? 0), position, end, i, pre, true);
  }
  let value = unitValue(c, unit, off ?? 0);
  if (unit === 'W' && position === 'END' && c.A) {
    // `عقدت خلال إجازة نهاية الأسبوع`: in a past clause before the weekend, the one just gone.
    const t0 = c.toks[i]!;
    if (off === null && isoWeekday(c.A) < 5 && tense(c, t0.ns, c.toks[end - 1]!.ne) < 0) value = unitValue(c, 'W', -1);
    value += '-WE';
  }
  return { end, type: 'DATE', value, anchored: true, source: 'rule:time/calendar-relative', startNs: c.startNs(i, pre) };
}

/** `صيف 2015`, `الصيف المقبل`, `هذا الشتاء`. */
export function season(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  let thisWord = false;
  const tw = c.inSet(L.THIS_WORDS, i, true);
  if (tw) {
    thisWord = true;
    pre = tw.pre;
    j++;
  }
  let intro = false;
  const si = thisWord ? null : c.inSet(L.SEASON_INTRO, i, true);
  if (si && c.near(i)) {
    intro = true;
    pre = si.pre;
    j++;
  }
  // `أوائل الصيف المقبل`, `منتصف الربيع`: a part of a season is dated like the season.
  const pos = thisWord || intro ? null : c.lookup(L.POSITIONS, i);
  if (pos && c.near(i) && c.lookup(L.SEASONS, i + 1, false)) {
    intro = true;
    pre = pos.pre;
    j++;
  }
  const s = c.lookup(L.SEASONS, j, j === i);
  if (!s) return null;
  if (j === i) pre = s.pre;
  let end = j + 1;
  const yr = year(c, end, 4);
  let y: number | null = null;
  if (yr && !thisWord) {
    y = yr.y;
    end = yr.end;
  } else {
    const mod = thisWord ? { value: 0 } : c.lookup(L.MODIFIERS, end, false);
    if (!mod && intro) return { end, type: 'DATE', value: `XXXX-${s.value}`, anchored: false, source: 'rule:time/season', startNs: c.startNs(i, pre) };
    if (!mod) return null;
    if (!thisWord) end++;
    if (c.A) {
      const order = { SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>;
      const sm = order[s.value]!;
      const cur = c.A.m;
      y = mod.value === 1 ? (sm > cur ? c.A.y : c.A.y + 1) : mod.value === -1 ? (sm + 2 < cur ? c.A.y : c.A.y - 1) : c.A.y;
    }
  }
  return { end, type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${s.value}`, anchored: !yr, source: 'rule:time/season', startNs: c.startNs(i, pre) };
}

/** الأربعينات، الثمانينيات (من القرن الماضي): a decade, `194`. */
export function decade(c: Cursor, i: number): M | null {
  // `منتصف التسعينات`, `أواخر الثمانينيات`: the position word belongs to the span (as for months and years).
  const pos = c.lookup(L.POSITIONS, i);
  const j = pos && c.near(i) && c.lookup(L.DECADES, i + 1, false) ? i + 1 : i;
  const d = c.lookup(L.DECADES, j, j === i);
  if (!d) return null;
  return { end: j + 1, type: 'DATE', value: `19${d.value}`, anchored: false, source: 'rule:time/decade', startNs: c.startNs(i, j === i ? d.pre : pos!.pre) };
}

/**
 * القرن الماضي (19)، القرن التاسع عشر (18)، بدايات القرن العشرين، الخمسينات من القرن الماضي and
 * ثمانينات القرن المنصرم (195, 198): a century, or a decade of the century named.
 */
export function century(c: Cursor, i: number): M | null {
  let j = i;
  let pre = -1;
  const pos = c.lookup(L.POSITIONS, j);
  if (pos && c.near(j)) {
    pre = pos.pre;
    j++;
  }
  // The decade: with its article before من القرن, without it in construct before القرن.
  let dec: number | null = null;
  const defDec = c.lookup(L.DECADES, j, j === i);
  if (defDec && c.w(j + 1) === W.from && c.near(j) && c.near(j + 1) && c.inSet(L.CENTURY_WORDS, j + 2)) {
    dec = defDec.value;
    if (pre < 0) pre = defDec.pre;
    j += 2;
  } else {
    const bare = c.lookup(L.DECADES_CONSTRUCT, j, j === i);
    if (bare && c.near(j) && c.inSet(L.CENTURY_WORDS, j + 1)) {
      dec = bare.value;
      if (pre < 0) pre = bare.pre;
      j++;
    }
  }
  const cw = c.inSet(L.CENTURY_WORDS, j, j === i);
  if (!cw || !c.near(j)) return null;
  if (pre < 0) pre = cw.pre;
  let k = j + 1;
  let cc: number | null = null;
  const mod = c.lookup(L.MODIFIERS, k, false);
  if (mod) {
    if (c.A) cc = Math.floor(c.A.y / 100) + mod.value;
    else cc = -1;
    k++;
  } else {
    // القرن الـ19: the article alone before the digits (its tatweel folded away).
    const at = c.w(k) === W.article && c.tok(k + 1)?.kind === 'n' && c.near(k) ? k + 1 : k;
    const num = number(c, at, false);
    if (!num || num.n < 1 || num.n > 21 || (num.digits ? false : !num.ordinal)) return null;
    cc = num.n - 1;
    k = num.end;
  }
  if (c.phrase(L.BEFORE_CHRIST, k, false) && c.near(k - 1)) return null;
  // القرن الثاني الهجري counts Hijri centuries: no Gregorian value to give.
  if (c.w(k) === W.hijriAdjective && c.near(k - 1)) return null;
  const cs = cc < 0 ? 'XX' : pad(cc, 2);
  const value = dec === null ? cs : `${cs}${dec}`;
  return { end: k, type: 'DATE', value, anchored: mod !== null && cc >= 0, source: 'rule:time/century', startNs: c.startNs(i, pre) };
}
