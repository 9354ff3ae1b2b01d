/** Rules for Gregorian dates: `5 مايو 2015`، `شهر مارس الماضي`، `15/1/1959`، `عام 2015`. */
import { spanProcliticLength, startsWithProclitic } from '../../../text/clitics.ts';
import { addMonths, fmtMonth, isValidDate, pad } from '../calendar.ts';
import { type Cursor, W } from '../cursor.ts';
import { fmtHijri, hijriToGregorian, hijriYearValue } from '../hijri.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { number, year } from '../numbers.ts';
import { modifierAt, resolveYear } from '../relative.ts';

/** A Gregorian month name, possibly paired with another tradition: `يونيو/ حزيران`, `يوليو (تموز)`. */
function gMonth(c: Cursor, i: number, clitics: boolean): { m: number; end: number; pre: number; ambiguous: boolean } | null {
  const r = c.phrase(L.GREG_MONTHS, i, clitics);
  if (!r) return null;
  let end = r.end;
  let ambiguous = r.end === i + 1 && L.AMBIGUOUS_MONTHS.has(r.word);
  const sep = c.w(end);
  let k = end;
  if (sep === '/' || sep === '-' || sep === '(' || sep === '،') k++;
  const r2 = c.phrase(L.GREG_MONTHS, k, false);
  if (r2 && r2.value === r.value && c.near(end - 1)) {
    end = r2.end;
    if (sep === '(' && c.w(end) === ')') end++;
    ambiguous = false;
  }
  return { m: r.value, end, pre: r.pre, ambiguous };
}

/** `16 يونيو/ حزيران المقبل`, `26 مايو 2021`, `الحادي عشر من سبتمبر`, `مطلع يونيو`, `شهر أغسطس`. */
export function gregDate(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  let day: number | null = null;
  let position = false;
  let monthWord = false;
  const pos = c.lookup(L.POSITIONS, j);
  if (pos && c.near(j)) {
    pre = pos.pre;
    position = true;
    j++;
  }
  const num = number(c, j, j === i);
  if (num && num.n >= 1 && num.n <= 31 && (num.digits ? c.tok(j)!.t.length <= 2 : num.ordinal && !ordinalOfPart(c, j))) {
    let k = num.end;
    if (c.w(k) === W.from) k++;
    else if (!num.digits && num.ordinal && c.w(k) !== W.from) k = -1;
    if (k >= 0 && (c.phrase(L.GREG_MONTHS, k, false) || c.w(k) === W.theMonth || c.w(k) === W.month)) {
      if (j === i) pre = num.pre;
      day = num.n;
      j = k;
    }
  }
  const mw = c.lookup(L.MONTH_WORD, j, j === i);
  if (mw && c.phrase(L.GREG_MONTHS, j + 1, false)) {
    if (j === i) pre = mw.pre;
    monthWord = true;
    j++;
  }
  // `العشرين من الشهر الجاري`
  if (day !== null && c.w(j) === W.theMonth) {
    const mod = c.lookup(L.MODIFIERS, j + 1, false);
    if (!mod) return null;
    const end = j + 2;
    const value = c.A ? fmtMonth(addMonths(c.A, mod.value)) + `-${pad(day)}` : `XXXX-XX-${pad(day)}`;
    return { end, type: 'DATE', value, anchored: true, source: 'rule:time/day-of-relative-month', startNs: c.startNs(i, pre), day: true, dayMonth: true };
  }
  const gm = gMonth(c, j, j === i);
  if (!gm) return null;
  if (j === i) pre = gm.pre;
  let end = gm.end;
  const yr = year(c, end, 3) ?? (c.w(end) === '،' || c.w(end) === ',' ? year(c, end + 1, 4) : null);
  let dir: number | null = null;
  let y: number | null = null;
  const counted = yr && L.COUNT_NOUNS.has(c.w(yr.end));
  if (yr && !counted && yr.hijri !== true && (yr.y >= 1000 || day === null)) {
    y = yr.y;
    end = yr.end;
  } else {
    dir = modifierAt(c, end);
    if (dir !== null) end++;
  }
  const coordinated = startsWithProclitic(c.w(i), 'waw') && gm.pre > 0 && i > 0 && !!c.phrase(L.GREG_MONTHS, i - 1, true);
  const paired = gm.end > j + 1 && c.phrase(L.GREG_MONTHS, j, j === i)?.end !== gm.end;
  if (gm.ambiguous && day === null && y === null && dir === null && !monthWord && !position && !coordinated) return null;
  if (!gm.ambiguous && !paired && day === null && y === null && dir === null && !monthWord && !position) {
    // A bare month name: accept only after a preposition or in a list of months.
    const prevBare = c.variantsAt(i - 1).map(([v]) => v);
    const ok = gm.pre > 0 || prevBare.some((v) => L.MONTH_INTROS.has(v)) || coordinated;
    if (!ok) return null;
  }
  const t0 = c.toks[i]!;
  const tn = c.toks[end - 1]!;
  if (y === null) y = resolveYear(c, gm.m, day, dir, t0.ns, tn.ne);
  const startNs = c.startNs(i, pre);
  const anchored = y !== null && (dir !== null || !yr);
  if (day !== null) {
    if (!isValidDate(y ?? 2000, gm.m, day)) return null;
    const value = `${y === null ? 'XXXX' : pad(y, 4)}-${pad(gm.m)}-${pad(day)}`;
    return { end, type: 'DATE', value, anchored: anchored && !yr, source: 'rule:time/gregorian-date', startNs, day: true, dayMonth: true, calendar: 'gregorian' };
  }
  const value = `${y === null ? 'XXXX' : pad(y, 4)}-${pad(gm.m)}`;
  return { end, type: 'DATE', value, anchored: anchored && !yr, source: 'rule:time/gregorian-month', startNs, calendar: 'gregorian' };
}

/** `15/1/1959`, `( 27 / 9 / 1948 )`, `2015-08-10`, `14/10/1436هـ`. */
export function numericDate(cur: Cursor, i: number): M | null {
  let j = i;
  const paren = cur.w(j) === '(';
  if (paren) j++;
  const a = cur.tok(j);
  const s1 = cur.w(j + 1);
  const b = cur.tok(j + 2);
  const s2 = cur.w(j + 3);
  let c = cur.tok(j + 4);
  if (!a || !b || a.kind !== 'n' || b.kind !== 'n' || !['/', '-', '.'].includes(s1) || s2 !== s1) return null;
  let k = j + 4;
  let innerParen = false;
  if (cur.w(k) === '(' && s1 === '/') {
    innerParen = true;
    k++;
    c = cur.tok(k);
  }
  if (!c || c.kind !== 'n') return null;
  if (cur.nt.norm.slice(a.ns, c.ne).includes('\n')) return null;
  let end = k + 1;
  if (innerParen) {
    if (cur.w(end) !== ')') return null;
    end++;
  }
  let y: number;
  let m: number;
  let d: number;
  if (a.t.length === 4) [y, m, d] = [Number(a.t), Number(b.t), Number(c.t)];
  else if (c.t.length === 4 && a.t.length <= 2) [d, m, y] = [Number(a.t), Number(b.t), Number(c.t)];
  else return null;
  if (m > 12 && d <= 12) [m, d] = [d, m];
  const wrapped = paren && cur.w(end) === ')';
  let hijri = y >= 1300 && y <= 1500;
  if (L.HIJRI_MARKERS.has(cur.w(end)) && cur.near(end - 1)) {
    hijri = true;
    end++;
  } else if (L.GREG_MARKERS.has(cur.w(end)) && cur.near(end - 1)) {
    hijri = false;
    end++;
  }
  // Parentheses around the whole date are punctuation: the span starts inside them.
  const startNs = paren ? cur.toks[j]!.ns : undefined;
  void wrapped;
  if (hijri) {
    const g = hijriToGregorian(y, m, d);
    if (!g) return null;
    return { end, type: 'DATE', value: g, hijri: fmtHijri(y, m, d), anchored: false, source: 'rule:time/numeric-date', startNs, day: true, dayMonth: true, calendar: 'hijri' };
  }
  if (!isValidDate(y, m, d)) return null;
  return { end, type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, anchored: false, source: 'rule:time/numeric-date', startNs, day: true, dayMonth: true, calendar: 'gregorian' };
}

/** `عام 2015`, `العام ( 1933 )`, `1436هـ`, `2015م`, and a bare year after في/منذ/حتى…. */
export function yearExpr(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  let word = false;
  const yw = c.inSet(L.YEAR_WORDS, i, true);
  if (yw) {
    pre = yw.pre > 0 ? spanProcliticLength(c.w(i)) : 0;
    j++;
    word = true;
    // `العام الهجري 1436`, `العام الميلادي 2015`
    if (L.YEAR_ADJECTIVES.has(c.w(j))) j++;
  }
  // Parentheses around a bare year are punctuation, not part of the expression.
  const bareParen = !word && c.w(j) === '(';
  let yr = year(c, bareParen ? j + 1 : j, 4);
  if (!yr) return null;
  // `1436/1437هـ`, `2015/2016`: a two-year span (a school or fiscal year) is the year it starts in.
  if (yr.hijri === null && c.w(yr.end) === '/' && c.near(yr.end - 1)) {
    const y2 = year(c, yr.end + 1, 4);
    if (y2 && y2.y === yr.y + 1 && c.near(yr.end)) yr = { y: yr.y, end: y2.end, hijri: y2.hijri ?? (yr.y >= 1300 && yr.y <= 1500 ? true : null) };
  }
  const numStart = bareParen ? c.toks[j + 1]!.ns : c.startNs(i, pre);
  const prev = c.w(i - 1);
  const prevBare = prev ? c.variantsAt(i - 1).map(([v]) => v) : [];
  const next = c.w(yr.end);
  const counted = L.COUNT_NOUNS.has(next) || L.UNITS.has(next) || c.tok(yr.end - 1)?.t === ',' || next === ',' || next === '.' && c.tok(yr.end + 1)?.kind === 'n';
  const context =
    word ||
    yr.hijri !== null ||
    bareParen ||
    i === 0 ||
    prevBare.some((v) => L.YEAR_INTROS.has(v)) ||
    c.tok(i - 1)?.kind === 'p' ||
    // After a noun (حرب 1948، الانتفاضة الأولى 1987) a 20th/21st-century number is a year unless it counts something.
    (yr.y >= 1900 && yr.y <= 2035 && !counted);
  if (!context) return null;
  // `أكثر من 1000 مصل`, `فاق الـ 2000 مشاهد`: after a qualifier of more or less, or after the
  // article, a bare number is a count.
  if (!word && yr.hijri === null && (qualifiedCount(c, i) || (c.w(i - 1) === W.article && c.near(i - 1)))) return null;
  // `إلى 1077 دولارا`, `و1636 حالة`: a bare number before what it counts, whatever came before it.
  if (!word && yr.hijri === null && (L.COUNT_NOUNS.has(next) || L.UNITS.has(next)) && c.near(yr.end - 1)) return null;
  // `بطول (1030) متراً`: a number in parentheses that counts something is no year.
  const afterParen = c.w(yr.end) === ')' ? c.w(yr.end + 1) : null;
  if (!word && yr.hijri === null && (bareParen || c.w(i - 1) === '(') && (counted || (afterParen !== null && (L.COUNT_NOUNS.has(afterParen) || L.UNITS.has(afterParen))))) return null;
  if (yr.y > 2100) return null;
  const hijri = yr.hijri === true || (yr.hijri === null && yr.y >= 1300 && yr.y <= 1500 && word);
  if (hijri) {
    const g = hijriYearValue(yr.y);
    if (!g) return null;
    return { end: yr.end, type: 'DATE', value: g, hijri: fmtHijri(yr.y), anchored: false, source: 'rule:time/hijri-year', startNs: numStart, calendar: 'hijri' };
  }
  if (yr.y < 1000 && !word) return null;
  return { end: yr.end, type: 'DATE', value: pad(yr.y, 4), anchored: false, source: 'rule:time/year', startNs: numStart, calendar: 'gregorian' };
}

/**
 * Whether a qualifier of more or less (أكثر من، ما يزيد على، أقل من) ends right before token i; not
 * one of about (نحو 2008، حوالي 1990 may well be years).
 */
function qualifiedCount(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const q = c.phrase(L.QUANTITY_MODS, k);
    if (q && q.end === i && q.value !== 'APPROX') return true;
  }
  return false;
}

/**
 * Whether the ordinal word at token j counts the part named before it (النصف الثاني من الشهر
 * المقبل، الأسبوع الثاني من سبتمبر), not a day of the month (time.json ordinalParts).
 */
export function ordinalOfPart(c: Cursor, j: number): boolean {
  return j > 0 && c.tok(j - 1)?.kind === 'w' && c.near(j - 1) && c.inSet(L.ORDINAL_PARTS, j - 1, true) !== null;
}
