/**
 * Time expressions in Arabic text, resolved TIMEX3-style against an anchor date.
 *
 * The text is folded (see `norm.ts`) and cut into tokens; small grammar rules try to match at each
 * token and the longest match wins. A second pass joins neighbours a reader takes as one
 * expression (`مساء` + `أمس`, `الثلاثاء` + `16 يونيو`, a date + a clock time, a Hijri date +
 * `الموافق` + its Gregorian date) and adds the first day of ranges (`من 10 إلى 12 يونيو`).
 * Without an anchor, values are left underspecified (`XXXX-XX-XX`, `XXXX-05-26`), never guessed.
 */
import type { TimeExpression, TimeMod, TimeType } from '../../doc/types.ts';
import { addDays, addMonths, fmtDay, fmtMonth, isValidDate, isoWeekday, pad, parseYMD } from './calendar.ts';
import { Cursor, W, variants } from './cursor.ts';
import { fmtHijri, hijriMonthValue, hijriOf, hijriToGregorian, hijriYearValue } from './hijri.ts';
import * as L from './lexicon.ts';
import type { M, Found } from './match.ts';
import { normText, toOriginal } from './norm.ts';
import { number, year } from './numbers.ts';
import {
  dayValue,
  durationValue,
  nearestWeekday,
  resolveYear,
  tense,
  unitValue,
  weekdayValue,
} from './relative.ts';

/** How far back (normalised characters) an anaphoric expression looks for its date. */
const ANAPHORA_REACH = 400;

export interface TagOptions {
  /** Anchor `YYYY-MM-DD` (the publication date); null leaves relative values underspecified. */
  anchor: string | null;
}

class Tagger extends Cursor {
  /** اليوم، أمس، أول أمس، غداً، بعد غد، optionally + (يوم) + weekday: `أمس الثلاثاء`. */
  private relDay(i: number): M | null {
    const r = this.phrase(L.REL_DAYS, i);
    if (!r) return null;
    // `بكرة القدم` is ب + كرة (with the ball), not the colloquial tomorrow.
    if (L.REL_DAY_NOT_BEFORE.get(r.word)?.has(this.w(r.end)) && this.near(r.end - 1)) return null;
    let end = r.end;
    const first = this.w(i);
    let wd: number | null = null;
    let j = end;
    if (this.w(j) === W.day) j++;
    // `اليوم (الاثنين)`: the weekday in brackets names the same day.
    const paren = this.w(j) === '(' && this.w(j + 2) === ')';
    if (paren) j++;
    const wdl = this.lookup(L.WEEKDAYS, j, false);
    if (wdl && /^ال/.test(this.w(j)) && this.near(j - 1)) {
      wd = wdl.value;
      end = j + 1 + (paren ? 1 : 0);
    } else if (first.endsWith(W.today) && r.end === i + 1) {
      // `اليوم العالمي`, `اليوم الأول`: an adjective makes it a day, not today.
      const next = this.w(i + 1);
      if (this.near(i) && (L.TODAY_ADJECTIVES.has(next) || L.ORDINALS.has(next) || /^ال\p{L}+(ي|يه)$/u.test(next))) return null;
    }
    if (first.endsWith(W.today)) {
      // `عين اليوم`, `صحيفة اليوم`, `”اليوم“`: the name of a newspaper.
      if (this.inSet(L.TODAY_NOT_AFTER, i - 1, true) && this.near(i - 1)) return null;
      const before = this.nt.norm[this.toks[i]!.ns - 1] ?? '';
      const after = this.nt.norm[this.toks[i]!.ne] ?? '';
      if (/["«“”]/.test(before) && /["»“”]/.test(after)) return null;
    }
    // `يوم أمس`: the noun before belongs to the expression.
    let startNs = this.startNs(i, r.pre);
    let start = i;
    if (i > 0 && this.w(i - 1) === W.day && this.near(i - 1)) {
      start = i - 1;
      startNs = this.toks[i - 1]!.ns;
    }
    void start;
    let value: string;
    if (!this.A) value = 'XXXX-XX-XX';
    else {
      let d = addDays(this.A, r.value);
      if (wd !== null && isoWeekday(d) !== wd) d = nearestWeekday(this, d, wd);
      value = fmtDay(d);
    }
    return { end, type: 'DATE', value, anchored: true, source: 'rule:time/relative-day', startNs, day: true, soft: true };
  }

  /** مباراة الغد، يوم الغد: tomorrow, after a noun of an occasion (جيل الغد is the future). */
  private theMorrow(i: number): M | null {
    const v = variants(this.w(i)).find(([x]) => x === W.tomorrowDefinite);
    if (!v || i === 0 || !this.near(i - 1) || !this.inSet(L.TOMORROW_HEADS, i - 1, true)) return null;
    // `يوم الغد` takes in its noun, as `يوم أمس` does.
    const yawm = this.w(i - 1) === W.day;
    return { end: i + 1, type: 'DATE', value: dayValue(this, 1), anchored: true, source: 'rule:time/relative-day', startNs: yawm ? undefined : this.startNs(i, v[1]), day: true, soft: true };
  }

  /** الليلة، الليلة الماضية، ليلة أمس. */
  private tonight(i: number): M | null {
    const r = this.phrase(L.TONIGHT, i);
    if (!r) return null;
    if (r.end === i + 1 && /^ال/.test(this.w(i + 1)) && this.near(i)) return null; // `الليلة الأولى`
    const base = dayValue(this, r.value);
    return { end: r.end, type: 'TIME', value: `${base}TNI`, anchored: true, source: 'rule:time/tonight', startNs: this.startNs(i, r.pre) };
  }

  /** (يوم) weekday (الماضي/المقبل): resolved by the modifier, else by the tense of the clause. */
  private weekday(i: number): M | null {
    let j = i;
    let pre = 0;
    const yawm = this.lookup(new Map([[W.day, true]]), i);
    if (yawm && this.near(i)) {
      pre = yawm.pre;
      j = i + 1;
    }
    // `يوم (الاثنين)`: brackets around the weekday after يوم, as some sports pages write it.
    const paren = j > i && this.w(j) === '(' && this.w(j + 2) === ')' && this.near(j);
    if (paren) j++;
    const wd = this.lookup(L.WEEKDAYS, j, j === i);
    if (!wd) return null;
    if (j === i) pre = wd.pre;
    if (!/^ال/.test(wd.word) && (j === i || paren)) return null; // أحد، جمعة، سبت alone are other words
    if (j === i && this.inSet(L.WEEKDAY_NOT_AFTER, i - 1, true) && this.near(i - 1)) return null; // صلاة الجمعة، سوق الخميس
    let end = j + 1 + (paren ? 1 : 0);
    let dir: number | null = null;
    const mod = this.lookup(L.MODIFIERS, end, false);
    if (mod && this.near(end - 1)) {
      dir = mod.value;
      end++;
    }
    const t0 = this.toks[i]!;
    const value = weekdayValue(this, wd.value, dir, t0.ns, this.toks[end - 1]!.ne);
    return { end, type: 'DATE', value, anchored: true, source: 'rule:time/weekday', startNs: this.startNs(i, pre), day: true, soft: true };
  }

  /** A Gregorian month name, possibly paired with another tradition: `يونيو/ حزيران`, `يوليو (تموز)`. */
  private gMonth(i: number, clitics: boolean): { m: number; end: number; pre: number; ambiguous: boolean } | null {
    const r = this.phrase(L.GREG_MONTHS, i, clitics);
    if (!r) return null;
    let end = r.end;
    let ambiguous = r.end === i + 1 && L.AMBIGUOUS_MONTHS.has(r.word);
    const sep = this.w(end);
    let k = end;
    if (sep === '/' || sep === '-' || sep === '(' || sep === '،') k++;
    const r2 = this.phrase(L.GREG_MONTHS, k, false);
    if (r2 && r2.value === r.value && this.near(end - 1)) {
      end = r2.end;
      if (sep === '(' && this.w(end) === ')') end++;
      ambiguous = false;
    }
    return { m: r.value, end, pre: r.pre, ambiguous };
  }

  /** `16 يونيو/ حزيران المقبل`, `26 مايو 2021`, `الحادي عشر من سبتمبر`, `مطلع يونيو`, `شهر أغسطس`. */
  private gregDate(i: number): M | null {
    let j = i;
    let pre = 0;
    let day: number | null = null;
    let position = false;
    let monthWord = false;
    const pos = this.lookup(L.POSITIONS, j);
    if (pos && this.near(j)) {
      pre = pos.pre;
      position = true;
      j++;
    }
    const num = number(this, j, j === i);
    if (num && num.n >= 1 && num.n <= 31 && (num.digits ? this.tok(j)!.t.length <= 2 : num.ordinal)) {
      let k = num.end;
      if (this.w(k) === W.from) k++;
      else if (!num.digits && num.ordinal && this.w(k) !== W.from) k = -1;
      if (k >= 0 && (this.phrase(L.GREG_MONTHS, k, false) || this.w(k) === W.theMonth || this.w(k) === W.month)) {
        if (j === i) pre = num.pre;
        day = num.n;
        j = k;
      }
    }
    const mw = this.lookup(L.MONTH_WORD, j, j === i);
    if (mw && this.phrase(L.GREG_MONTHS, j + 1, false)) {
      if (j === i) pre = mw.pre;
      monthWord = true;
      j++;
    }
    // `العشرين من الشهر الجاري`
    if (day !== null && this.w(j) === W.theMonth) {
      const mod = this.lookup(L.MODIFIERS, j + 1, false);
      if (!mod) return null;
      const end = j + 2;
      const value = this.A ? fmtMonth(addMonths(this.A, mod.value)) + `-${pad(day)}` : `XXXX-XX-${pad(day)}`;
      return { end, type: 'DATE', value, anchored: true, source: 'rule:time/day-of-relative-month', startNs: this.startNs(i, pre), day: true, dayMonth: true };
    }
    const gm = this.gMonth(j, j === i);
    if (!gm) return null;
    if (j === i) pre = gm.pre;
    let end = gm.end;
    const yr = year(this, end, 3) ?? (this.w(end) === '،' || this.w(end) === ',' ? year(this, end + 1, 4) : null);
    let dir: number | null = null;
    let y: number | null = null;
    const counted = yr && L.COUNT_NOUNS.has(this.w(yr.end));
    if (yr && !counted && yr.hijri !== true && (yr.y >= 1000 || day === null)) {
      y = yr.y;
      end = yr.end;
    } else {
      const mod = this.lookup(L.MODIFIERS, end, false);
      if (mod && this.near(end - 1)) {
        dir = mod.value;
        end++;
      }
    }
    const coordinated = /^و/.test(this.w(i)) && gm.pre > 0 && i > 0 && !!this.phrase(L.GREG_MONTHS, i - 1, true);
    const paired = gm.end > j + 1 && this.phrase(L.GREG_MONTHS, j, j === i)?.end !== gm.end;
    if (gm.ambiguous && day === null && y === null && dir === null && !monthWord && !position && !coordinated) return null;
    if (!gm.ambiguous && !paired && day === null && y === null && dir === null && !monthWord && !position) {
      // A bare month name: accept only after a preposition or in a list of months.
      const prevBare = variants(this.w(i - 1)).map(([v]) => v);
      const ok = gm.pre > 0 || prevBare.some((v) => L.MONTH_INTROS.has(v)) || coordinated;
      if (!ok) return null;
    }
    const t0 = this.toks[i]!;
    const tn = this.toks[end - 1]!;
    if (y === null) y = resolveYear(this, gm.m, day, dir, t0.ns, tn.ne);
    const startNs = this.startNs(i, pre);
    const anchored = y !== null && (dir !== null || !yr);
    if (day !== null) {
      if (!isValidDate(y ?? 2000, gm.m, day)) return null;
      const value = `${y === null ? 'XXXX' : pad(y, 4)}-${pad(gm.m)}-${pad(day)}`;
      return { end, type: 'DATE', value, anchored: anchored && !yr, source: 'rule:time/gregorian-date', startNs, day: true, dayMonth: true, calendar: 'gregorian' };
    }
    const value = `${y === null ? 'XXXX' : pad(y, 4)}-${pad(gm.m)}`;
    return { end, type: 'DATE', value, anchored: anchored && !yr, source: 'rule:time/gregorian-month', startNs, calendar: 'gregorian' };
  }

  /** `3 شوال 1436هـ`, `رمضان المقبل`, `شهر رمضان`, `ذي الحجة 1436`. */
  private hijriDate(i: number): M | null {
    let j = i;
    let pre = 0;
    let day: number | null = null;
    let monthWord = false;
    // `منتصف شهر رمضان`, `نهاية شوال الجاري`: a part of a Hijri month (no day).
    let position: string | null = null;
    const pos = this.lookup(L.POSITIONS, j);
    if (pos && this.near(j)) {
      position = pos.value;
      pre = pos.pre;
      j++;
    }
    // غرة ذي القعدة: day 1.
    const first = this.inSet(L.FIRST_DAY, j, true);
    const num = first && this.near(j) ? { n: 1, end: j + 1, ordinal: true, pre: first.pre, digits: false } : number(this, j);
    if (position === null && num && num.n >= 1 && num.n <= 30 && (num.digits ? this.tok(j)!.t.length <= 2 : num.ordinal)) {
      let k = num.end;
      if (this.w(k) === W.from) k++;
      if (this.phrase(L.HIJRI_MONTHS, k, false)) {
        pre = num.pre;
        day = num.n;
        j = k;
      }
    }
    if (day === null) {
      const mw = this.lookup(L.MONTH_WORD, j, j === i);
      if (mw && this.phrase(L.HIJRI_MONTHS, j + 1, false)) {
        if (j === i) pre = mw.pre;
        monthWord = true;
        j++;
      }
    }
    const hm = this.phrase(L.HIJRI_MONTHS, j, j === i);
    if (!hm) return null;
    if (j === i) pre = hm.pre;
    let end = hm.end;
    const yr = year(this, end, 4);
    let hy: number | null = null;
    let dir: number | null = null;
    if (yr && yr.hijri !== false && yr.y >= 1300 && yr.y <= 1600) {
      hy = yr.y;
      end = yr.end;
    } else {
      const mod = this.lookup(L.MODIFIERS, end, false);
      if (mod && this.near(end - 1)) {
        dir = mod.value;
        end++;
      }
    }
    // Month names that are also given names or words (صفر is zero, رجب a name): only with a year,
    // a day, a modifier or the word شهر.
    // `شهري رجب وشعبان`: the second of two coordinated months is licensed by the first.
    const coordinated = /^و/.test(this.w(i)) && hm.pre > 0 && i > 1 && !!this.phrase(L.HIJRI_MONTHS, i - 1, true) && !!this.lookup(L.MONTH_WORD, i - 2);
    if (day === null && hy === null && dir === null && !monthWord && !coordinated && !L.HIJRI_MONTHS_ALONE.has(hm.word)) return null;
    if (hy === null && this.A) {
      const h = hijriOf(this.A);
      if (dir === 1) hy = hm.value > h.month ? h.year : h.year + 1;
      else if (dir === -1) hy = hm.value < h.month ? h.year : h.year - 1;
      else if (dir === 0) hy = h.year;
      else hy = Math.abs(hm.value - h.month) <= 6 ? h.year : hm.value > h.month ? h.year - 1 : h.year + 1;
    }
    const startNs = this.startNs(i, pre);
    const anchored = !yr || hy === null ? this.A !== null : false;
    if (hy === null) {
      const hijri = day !== null ? `XXXX-${pad(hm.value)}-${pad(day)}` : `XXXX-${pad(hm.value)}`;
      return { end, type: 'DATE', value: day !== null ? 'XXXX-XX-XX' : 'XXXX-XX', hijri, anchored: false, source: 'rule:time/hijri-date', startNs, day: day !== null, calendar: 'hijri' };
    }
    if (day !== null) {
      const g = hijriToGregorian(hy, hm.value, day);
      if (!g) return null;
      return { end, type: 'DATE', value: g, hijri: fmtHijri(hy, hm.value, day), anchored, source: 'rule:time/hijri-date', startNs, day: true, dayMonth: true, calendar: 'hijri' };
    }
    // A part of the month is the Gregorian month holding that part (its first, middle or last days).
    const partDay = position === 'START' ? 1 : position === 'MID' ? 15 : position === 'END' ? 29 : null;
    const g = partDay !== null ? (hijriToGregorian(hy, hm.value, partDay) ?? hijriToGregorian(hy, hm.value, 28))?.slice(0, 7) : hijriMonthValue(hy, hm.value);
    if (!g) return null;
    return { end, type: 'DATE', value: g, hijri: fmtHijri(hy, hm.value), anchored, source: 'rule:time/hijri-month', startNs, calendar: 'hijri' };
  }

  /** `15/1/1959`, `( 27 / 9 / 1948 )`, `2015-08-10`, `14/10/1436هـ`. */
  private numericDate(i: number): M | null {
    let j = i;
    const paren = this.w(j) === '(';
    if (paren) j++;
    const a = this.tok(j);
    const s1 = this.w(j + 1);
    const b = this.tok(j + 2);
    const s2 = this.w(j + 3);
    let c = this.tok(j + 4);
    if (!a || !b || a.kind !== 'n' || b.kind !== 'n' || !['/', '-', '.'].includes(s1) || s2 !== s1) return null;
    let k = j + 4;
    let innerParen = false;
    if (this.w(k) === '(' && s1 === '/') {
      innerParen = true;
      k++;
      c = this.tok(k);
    }
    if (!c || c.kind !== 'n') return null;
    if (this.nt.norm.slice(a.ns, c.ne).includes('\n')) return null;
    let end = k + 1;
    if (innerParen) {
      if (this.w(end) !== ')') return null;
      end++;
    }
    let y: number;
    let m: number;
    let d: number;
    if (a.t.length === 4) [y, m, d] = [Number(a.t), Number(b.t), Number(c.t)];
    else if (c.t.length === 4 && a.t.length <= 2) [d, m, y] = [Number(a.t), Number(b.t), Number(c.t)];
    else return null;
    if (m > 12 && d <= 12) [m, d] = [d, m];
    const wrapped = paren && this.w(end) === ')';
    let hijri = y >= 1300 && y <= 1500;
    if (L.HIJRI_MARKERS.has(this.w(end)) && this.near(end - 1)) {
      hijri = true;
      end++;
    } else if (L.GREG_MARKERS.has(this.w(end)) && this.near(end - 1)) {
      hijri = false;
      end++;
    }
    // Parentheses around the whole date are punctuation: the span starts inside them.
    const startNs = paren ? this.toks[j]!.ns : undefined;
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
  private yearExpr(i: number): M | null {
    let j = i;
    let pre = 0;
    let word = false;
    const yw = this.inSet(L.YEAR_WORDS, i, true);
    if (yw) {
      pre = yw.pre > 0 && /^[وبل]/.test(this.w(i)) && !/^لل/.test(this.w(i)) ? 1 : 0;
      j++;
      word = true;
      // `العام الهجري 1436`, `العام الميلادي 2015`
      if (L.YEAR_ADJECTIVES.has(this.w(j))) j++;
    }
    // Parentheses around a bare year are punctuation, not part of the expression.
    const bareParen = !word && this.w(j) === '(';
    let yr = year(this, bareParen ? j + 1 : j, 4);
    if (!yr) return null;
    // `1436/1437هـ`, `2015/2016`: a two-year span (a school or fiscal year) is the year it starts in.
    if (yr.hijri === null && this.w(yr.end) === '/' && this.near(yr.end - 1)) {
      const y2 = year(this, yr.end + 1, 4);
      if (y2 && y2.y === yr.y + 1 && this.near(yr.end)) yr = { y: yr.y, end: y2.end, hijri: y2.hijri ?? (yr.y >= 1300 && yr.y <= 1500 ? true : null) };
    }
    const numStart = bareParen ? this.toks[j + 1]!.ns : this.startNs(i, pre);
    const prev = this.w(i - 1);
    const prevBare = prev ? variants(prev).map(([v]) => v) : [];
    const next = this.w(yr.end);
    const counted = L.COUNT_NOUNS.has(next) || L.UNITS.has(next) || this.tok(yr.end - 1)?.t === ',' || next === ',' || next === '.' && this.tok(yr.end + 1)?.kind === 'n';
    const context =
      word ||
      yr.hijri !== null ||
      bareParen ||
      i === 0 ||
      prevBare.some((v) => L.YEAR_INTROS.has(v)) ||
      this.tok(i - 1)?.kind === 'p' ||
      // After a noun (حرب 1948، الانتفاضة الأولى 1987) a 20th/21st-century number is a year unless it counts something.
      (yr.y >= 1900 && yr.y <= 2035 && !counted);
    if (!context) return null;
    // `بطول (1030) متراً`: a number in parentheses that counts something is no year.
    const afterParen = this.w(yr.end) === ')' ? this.w(yr.end + 1) : null;
    if (!word && yr.hijri === null && (bareParen || this.w(i - 1) === '(') && (counted || (afterParen !== null && (L.COUNT_NOUNS.has(afterParen) || L.UNITS.has(afterParen))))) return null;
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

  /** هذا الأسبوع، الأسبوع الماضي، الشهر المقبل، العام الجاري، نهاية الشهر، مطلع العام المقبل. */
  private calendarRelative(i: number): M | null {
    let j = i;
    let pre = 0;
    let position: string | null = null;
    const pos = this.lookup(L.POSITIONS, j);
    if (pos && this.near(j)) {
      position = pos.value;
      pre = pos.pre;
      j++;
    }
    let thisWord = false;
    const tw = this.inSet(L.THIS_WORDS, j, j === i);
    if (tw && this.near(j)) {
      if (j === i) pre = tw.pre;
      thisWord = true;
      j++;
    }
    const u = this.lookup(L.CAL_UNITS, j, j === i);
    if (!u) return null;
    if (j === i) pre = u.pre;
    let end = j + 1;
    // `العام الهجري القادم`, `العام المالي 1435هـ`
    let hijriYear = false;
    if (u.value === 'Y' && L.YEAR_ADJECTIVES.has(this.w(end)) && this.near(end - 1)) {
      if (this.tok(end + 1)?.kind === 'n') return null; // the year rule reads `العام المالي 1435هـ`
      hijriYear = this.w(end) === W.hijriAdjective;
      end++;
    }
    let off: number | null = thisWord ? 0 : null;
    const mod = this.lookup(L.MODIFIERS, end, false);
    if (!thisWord && mod && this.near(end - 1)) {
      off = mod.value;
      end++;
    }
    // `العام الدراسي الجديد`: the current school or fiscal year.
    if (off === null && end > j + 1 && this.inSet(L.NEW_YEAR, end) && this.near(end - 1)) {
      off = 0;
      end++;
    }
    if (off === null && this.inSet(L.THIS_WORDS, end) && this.near(end - 1)) {
      off = 0;
      end++;
    }
    // `الربع الثاني من العام`: a part of «the year» is this year's (the merge adds the part).
    if (off === null && position === null && u.value === 'Y' && j === i && j >= 3 && this.w(j - 1) === W.from && this.phrase(L.HALVES, j - 3)?.end === j - 1 && this.tok(end)?.kind !== 'n') off = 0;
    if (off === null && position === null) return null;
    // `مطلع العام 2015` belongs to the year rule.
    if (off === null && this.tok(end)?.kind === 'n') return null;
    const unit = u.value;
    const explicit = unit === 'Y' ? year(this, end, 4) : null;
    if (explicit && explicit.hijri !== false && (explicit.hijri === true || (explicit.y >= 1300 && explicit.y <= 1500))) {
      // `مطلع العام القادم 1437هـ`: the written year wins.
      return this.hijriYearWithPosition(explicit.y, position, explicit.end, i, pre, false);
    }
    if (hijriYear) {
      if (!this.A) return { end, type: 'DATE', value: 'XXXX', hijri: 'XXXX', anchored: false, source: 'rule:time/calendar-relative', startNs: this.startNs(i, pre) };
      return this.hijriYearWithPosition(hijriOf(this.A).year + (off ?? 0), position, end, i, pre, true);
    }
    let value = unitValue(this, unit, off ?? 0);
    if (unit === 'W' && position === 'END' && this.A) {
      // `عقدت خلال إجازة نهاية الأسبوع`: in a past clause before the weekend, the one just gone.
      const t0 = this.toks[i]!;
      if (off === null && isoWeekday(this.A) < 5 && tense(this, t0.ns, this.toks[end - 1]!.ne) < 0) value = unitValue(this, 'W', -1);
      value += '-WE';
    }
    return { end, type: 'DATE', value, anchored: true, source: 'rule:time/calendar-relative', startNs: this.startNs(i, pre) };
  }

  /** A Hijri year, or its start/end month when a position word is given (مطلع العام الهجري). */
  private hijriYearWithPosition(hy: number, position: string | null, end: number, i: number, pre: number, anchored: boolean): M | null {
    let value: string | null;
    let hijri = fmtHijri(hy);
    if (position === 'START') {
      value = hijriToGregorian(hy, 1, 1)?.slice(0, 7) ?? null;
      hijri = fmtHijri(hy, 1);
    } else if (position === 'END') {
      value = hijriToGregorian(hy, 12, 1)?.slice(0, 7) ?? null;
      hijri = fmtHijri(hy, 12);
    } else value = hijriYearValue(hy);
    if (!value) return null;
    return { end, type: 'DATE', value, hijri, anchored, source: 'rule:time/hijri-year', startNs: this.startNs(i, pre), calendar: 'hijri' };
  }

  /** A counted unit: `ثلاثة أشهر`, `30 يوما`, `يومين`, `عدة أيام`; n null when not counted. */
  private quantity(i: number, allowSingular: boolean): { unit: string; n: number | null; end: number; pre: number } | null {
    const u0 = this.lookup(L.UNITS, i);
    if (u0) {
      const [unit, n] = u0.value;
      if (n === 2) return { unit, n: 2, end: i + 1, pre: u0.pre };
      if (n === 1 && allowSingular) return { unit, n: 1, end: i + 1, pre: u0.pre };
      if (n === 0 && allowSingular && !/^ال/.test(this.w(i))) {
        const few = this.inSet(L.FEW_AFTER, i + 1) && this.near(i) ? 1 : 0;
        return { unit, n: null, end: i + 1 + few, pre: u0.pre };
      }
      return null;
    }
    if (this.inSet(L.FEW, i, true)) {
      const u = this.lookup(L.UNITS, i + 1, false);
      if (u && this.near(i)) return { unit: u.value[0], n: null, end: i + 2, pre: variants(this.w(i)).find(([v]) => L.FEW.has(v))?.[1] ?? 0 };
      return null;
    }
    // `( 21 ) يوماً`: a number in parentheses, as forms write it.
    const paren = this.w(i) === '(' && this.tok(i + 1)?.kind === 'n' && this.w(i + 2) === ')';
    const num = number(this, paren ? i + 1 : i);
    if (!num || num.ordinal || num.n <= 0) return null;
    if (num.digits && this.tok(paren ? i + 1 : i)!.t.length > 3) return null;
    if (paren) num.end++;
    const u = this.lookup(L.UNITS, num.end, false);
    if (!u || !this.near(num.end - 1) || /^ال/.test(this.w(num.end))) return null;
    return { unit: u.value[0], n: num.n, end: num.end + 1, pre: num.pre };
  }

  /** قبل ثلاثة أيام، منذ عامين، بعد أسبوع: a date counted back or forward from the anchor. */
  private offset(i: number): M | null {
    const past = this.inSet(L.PAST_INTROS, i, true);
    const fut = past ? null : this.inSet(L.FUTURE_INTROS, i, true);
    if (!past && !fut) return null;
    // قبل أكثر من عام: the count's qualifier sits between; منذ أكثر من… is a length (see duration).
    const qm = this.phrase(L.QUANTITY_MODS, i + 1, false);
    if (qm && this.w(i) === W.since) return null;
    // أقوى نمو منذ ثماني سنوات: after a superlative, منذ + a count is a length (the duration rule).
    if (this.w(i) === W.since && this.superlativeBefore(i)) return null;
    const q = this.quantity(qm ? qm.end : i + 1, true);
    if (!q || !this.near(i)) return null;
    if (this.inSet(L.HALF_WORDS, q.end) && q.n !== null && this.near(q.end - 1)) q.end++;
    // `بعد يومين من الاجتماع` counts from another event, not from the publication date.
    if (this.w(q.end) === W.from && fut) return null;
    // `منذ عام 1390هـ`, `بعد عام 2008`: the unit word introduces a year.
    if (q.n === 1 && (this.tok(q.end)?.kind === 'n' || this.w(q.end) === '(')) return null;
    const sign = past ? -1 : 1;
    const value = q.n === null ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : unitValue(this, q.unit, sign * q.n);
    return { end: q.end, type: 'DATE', value, anchored: true, source: 'rule:time/offset', startNs: this.startNs(i, (past ?? fut)!.pre), day: q.unit === 'D' && q.n !== null, ...(qm ? { mod: qm.value as TimeMod } : {}) };
  }

  /** A superlative among the four words before token i, in its clause (أقوى نمو فصلي لها منذ…). */
  private superlativeBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (this.tok(k)?.kind === 'p' || !this.near(k)) return false;
      if (this.inSet(L.SUPERLATIVES, k, true)) return true;
    }
    return false;
  }

  /** لمدة أسبوع، ثلاثة أشهر، ساعتين، الأيام المقبلة، السنوات الخمس الماضية. */
  private duration(i: number): M | null {
    // أسوأ أزمة منذ سنوات: منذ stays outside the length it introduces.
    if (this.w(i) === W.since && this.near(i) && this.superlativeBefore(i)) {
      const d = this.duration(i + 1) ?? this.vagueLength(i + 1);
      return d && d.type === 'DURATION' ? { ...d, startNs: d.startNs ?? this.toks[i + 1]!.ns } : null;
    }
    const intro = this.phrase(L.DURATION_INTROS, i);
    let j = i;
    if (intro && this.near(intro.end - 1)) j = intro.end;
    // أكثر من ثلاثين يوماً: the qualifier becomes `mod` and stays outside the span.
    let mod: TimeMod | undefined;
    const introMod = intro ? this.phrase(L.QUANTITY_MODS, i) : null;
    if (introMod && introMod.end === j) mod = introMod.value as TimeMod;
    const qm = j === i ? this.phrase(L.QUANTITY_MODS, i) : null;
    if (qm && this.near(qm.end - 1)) {
      mod = qm.value as TimeMod;
      j = qm.end;
    }
    // `الأيام المقبلة`, `السنوات الماضية`, `الأشهر الستة الأخيرة`
    const vr = this.lookup(L.VAGUE_RANGES, j, j === i);
    if (vr && /^ال/.test(vr.word)) {
      let k = j + 1;
      let n: number | null = null;
      const defNum = /^ال/.test(this.w(k)) ? L.CARDINALS.get(this.w(k).slice(2)) : undefined;
      if (defNum !== undefined) {
        n = defNum;
        k++;
      } else if (L.FEW_DEFINITE.has(this.w(k))) k++;
      const mod = this.lookup(L.MODIFIERS, k, false);
      const last = L.LAST_DEFINITE.has(this.w(k));
      // الأشهر الثلاثة الأولى / التسعة المتبقية: a counted stretch is a length whatever its place.
      if (n !== null && vr.value !== 'X' && this.inSet(L.COUNTED_RANGE_ENDS, k) && this.near(k - 1)) {
        const startNs = j === i ? this.startNs(i, vr.pre) : this.startNs(i, intro!.pre);
        return { end: k + 1, type: 'DURATION', value: durationValue(this, vr.value, n), anchored: false, source: 'rule:time/vague-range', startNs };
      }
      // خلال الفترة الحالية: the present stretch.
      if (mod && mod.value === 0 && vr.value === 'X' && n === null && this.near(k - 1)) {
        const startNs = j === i ? this.startNs(i, vr.pre) : this.startNs(i, intro!.pre);
        return { end: k + 1, type: 'DATE', value: 'PRESENT_REF', anchored: false, source: 'rule:time/vague-range', startNs };
      }
      if ((mod && mod.value !== 0) || last) {
        const dir = last ? -1 : mod!.value;
        const unit = vr.value;
        const value = n !== null && unit !== 'X' ? durationValue(this, unit, n) : dir < 0 ? 'PAST_REF' : 'FUTURE_REF';
        const type: TimeType = n !== null && unit !== 'X' ? 'DURATION' : 'DATE';
        const startNs = j === i ? this.startNs(i, vr.pre) : this.startNs(i, intro!.pre);
        return { end: k + 1, type, value, anchored: type === 'DATE', source: 'rule:time/vague-range', startNs };
      }
    }
    const q = this.quantity(j, j !== i && !qm);
    if (!q) return null;
    if ((j === i || qm) && q.n === 1) return null;
    // `خلال شهر يوليو`, `خلال عام 2015`: the unit names a calendar period, not a length.
    if (q.n === 1 && (this.tok(q.end)?.kind === 'n' || this.phrase(L.GREG_MONTHS, q.end, false) || this.phrase(L.HIJRI_MONTHS, q.end, false))) return null;
    // في غضون 15 يوماً: a preposition before a counted length stays outside it (vague ranges keep خلال).
    const prepOnly = intro && q.n !== null && L.DURATION_PREPOSITIONS.has([intro.word, ...this.toks.slice(i + 1, intro.end).map((t) => t.t)].join(' '));
    const startNs = qm ? this.toks[j]!.ns + q.pre : j === i ? this.startNs(i, q.pre) : prepOnly ? this.toks[j]!.ns + q.pre : this.startNs(i, intro!.pre);
    let end = q.end;
    let value = durationValue(this, q.unit, q.n);
    // `ساعة ونصف`, `عام ونصف`, `ثلاث دقائق ونصف`
    if (this.inSet(L.HALF_WORDS, end) && q.n !== null) {
      end++;
      const halves: Record<string, string> = { H: `PT${q.n}H30M`, MIN: `PT${q.n}M30S`, Y: `P${q.n}Y6M`, M: `P${q.n}M15D`, D: `P${q.n}DT12H` };
      value = halves[q.unit] ?? value;
    }
    const rel = this.lookup(L.MODIFIERS, end, false);
    if (rel && rel.value !== 0 && this.near(end - 1)) end++;
    // البالغ 40 عاماً، عن عمر يناهز 70 عاماً: a person's age.
    const age = q.unit === 'Y' && (this.inSet(L.AGE_INTROS, j - 1, true) || (this.w(j - 1) === W.theAge && this.w(j - 2) === W.from));
    return { end, type: 'DURATION', value, anchored: false, source: age ? 'rule:time/age' : 'rule:time/duration', startNs, ...(mod ? { mod } : {}) };
  }

  /** يومياً، سنوياً، كل أسبوع، كل يوم جمعة، كل ثلاثة أشهر. */
  private setExpr(i: number): M | null {
    const s = this.lookup(L.SETS, i);
    if (s) return { end: i + 1, type: 'SET', value: s.value, anchored: false, source: 'rule:time/set', startNs: this.startNs(i, s.pre) };
    const every = this.inSet(L.SET_EVERY, i, true);
    if (!every || !this.near(i)) return null;
    let j = i + 1;
    if (this.w(j) === W.day && L.WEEKDAYS.has(this.w(j + 1))) j++;
    const wd = L.WEEKDAYS.get(this.w(j));
    if (wd !== undefined && j > i + 1) {
      return { end: j + 1, type: 'SET', value: `XXXX-WXX-${wd}`, anchored: false, source: 'rule:time/set', startNs: this.startNs(i, every.pre) };
    }
    const q = this.quantity(i + 1, true);
    if (!q || q.n === null) return null;
    return { end: q.end, type: 'SET', value: durationValue(this, q.unit, q.n), anchored: false, source: 'rule:time/set', startNs: this.startNs(i, every.pre) };
  }

  /** Hour adjusted for the part of the day: `السادسة مساءً` is 18:00. */
  private hour24(h: number, podWord: string | null): number {
    if (!podWord) return h;
    const pod = L.PARTS_OF_DAY.candidates(podWord)[0]?.value;
    if (pod === 'MI') return h < 6 ? h + 12 : h;
    if (podWord && L.PM_PARTS.has(podWord)) return h < 12 && (pod !== 'NI' || h >= 6) ? h + 12 : h;
    if (pod === 'MO' && h === 12) return 0;
    return h;
  }

  /** `T09:00` read in the part of the day `pod` (EV → T21:00); a clock already past noon stays. */
  private podHour(clock: string, pod: string): string {
    const m = /^T(\d{2})(.*)$/.exec(clock);
    if (!m) return clock;
    let h = Number(m[1]);
    if (pod === 'MI' && h < 6) h += 12;
    else if ((pod === 'AF' || pod === 'EV') && h < 12) h += 12;
    else if (pod === 'NI' && h >= 6 && h < 12) h += 12;
    return `T${pad(h)}${m[2]}`;
  }

  /** Whether a part of the day follows at k, perhaps after a fraction (والربع) and من. */
  private podFollows(k: number): boolean {
    let j = k;
    if (/^و/.test(this.w(j)) && L.MINUTE_FRACTIONS.has(this.w(j).slice(1))) j++;
    else if (this.phrase(L.LESS_QUARTER, j, false)) j = this.phrase(L.LESS_QUARTER, j, false)!.end;
    if (this.w(j) === W.from) j++;
    return !!this.phrase(L.PARTS_OF_DAY, j, false);
  }

  /** `الساعة السادسة مساءً`, `10:30 صباحاً`, `الساعة 9 والنصف بتوقيت مكة`. */
  private clock(i: number): M | null {
    let j = i;
    let pre = 0;
    const cw = this.inSet(L.CLOCK_WORDS, i, true);
    if (cw) {
      pre = cw.pre;
      j++;
    }
    let h: number;
    let min = 0;
    const t = this.tok(j);
    if (!t) return null;
    if (t.kind === 'n' && this.w(j + 1) === ':' && this.tok(j + 2)?.kind === 'n' && this.tok(j + 2)!.t.length === 2) {
      h = Number(t.t);
      min = Number(this.tok(j + 2)!.t);
      j += 3;
    } else if (cw) {
      const num = number(this, j, false);
      if (!num || num.n < 1 || num.n > 24) return null;
      if (num.digits && t.t.length > 2) return null;
      h = num.n;
      j = num.end;
    } else if (t.kind === 'w' && number(this, j, true)?.ordinal && this.podFollows(number(this, j, true)!.end)) {
      // `العاشرة مساءً`, `الثامنة والربع من مساء الخميس` without الساعة: an hour only when a part
      // of the day follows.
      const num = number(this, j, true)!;
      if (num.n < 1 || num.n > 12 || !/ه$/.test(this.w(num.end - 1))) return null;
      pre = num.pre;
      h = num.n;
      j = num.end;
    } else if (t.kind === 'n' && t.t.length <= 2) {
      h = Number(t.t);
      j++;
      const pod = this.phrase(L.PARTS_OF_DAY, j, false);
      if (!pod || !/ا$/.test(this.w(j))) return null; // `10 صباحاً`, not `10 صباح`
    } else return null;
    if (h > 24 || min > 59) return null;
    // والنصف، والربع، و10 دقائق، إلا ربعاً
    if (/^و/.test(this.w(j)) && this.near(j - 1)) {
      const frac = L.MINUTE_FRACTIONS.get(this.w(j).slice(1));
      if (frac !== undefined) {
        min = frac;
        j++;
      } else if (this.w(j) === 'و' && this.tok(j + 1)?.kind === 'n' && L.UNITS.get(this.w(j + 2))?.[0] === 'MIN') {
        min = Number(this.w(j + 1));
        j += 3;
      }
    } else if (this.phrase(L.LESS_QUARTER, j, false)) {
      const lq = this.phrase(L.LESS_QUARTER, j, false)!;
      h = h - 1;
      min = 45;
      j = lq.end;
    }
    let podWord: string | null = null;
    // `السابعة من مساء غد`: the part of the day may come after من.
    const podAt = this.w(j) === W.from && this.near(j) ? j + 1 : j;
    const pod = this.phrase(L.PARTS_OF_DAY, podAt, false);
    if (pod && this.near(j - 1)) {
      podWord = this.w(podAt);
      // A day after the part of the day (`مساء الخميس`) is left to the merge, which joins them.
      const dayAfter = this.w(pod.end) === W.today || this.w(pod.end) === W.yesterday || this.w(pod.end) === W.tomorrow || L.WEEKDAYS.has(this.w(pod.end));
      if (!dayAfter && podAt === j) j = pod.end;
    }
    h = this.hour24(h, podWord);
    if (h === 24) h = 0;
    // `الثانية عشرة ليلاً` is midnight: the end of the day (T24:00, as منتصف الليل), or just past it.
    if (h === 12 && podWord && L.PARTS_OF_DAY.candidates(podWord)[0]?.value === 'NI') h = min === 0 ? 24 : 0;
    let tz = '';
    const tzi = this.phrase(L.TZ_INTROS, j, true);
    if (tzi) {
      const z = this.phrase(L.TIMEZONES, tzi.end, false);
      if (z) {
        tz = z.value ?? '';
        j = z.end;
      } else if (this.tok(tzi.end)?.kind === 'w') j = tzi.end + 1;
    }
    if (!cw && !podWord && !tz && t.kind === 'n' && this.w(i + 1) === ':') {
      // A bare `10:30` could be a score or a verse; take it only with a time word around it.
      const prev = this.w(i - 1);
      if (!L.BARE_HOUR_INTROS.has(prev)) return null;
    }
    const value = `T${pad(h)}:${pad(min)}${tz}`;
    return { end: j, type: 'TIME', value, anchored: false, source: 'rule:time/clock', startNs: this.startNs(i, pre), clock: true };
  }

  /** `صيف 2015`, `الصيف المقبل`, `هذا الشتاء`. */
  private season(i: number): M | null {
    let j = i;
    let pre = 0;
    let thisWord = false;
    const tw = this.inSet(L.THIS_WORDS, i, true);
    if (tw) {
      thisWord = true;
      pre = tw.pre;
      j++;
    }
    let intro = false;
    const si = thisWord ? null : this.inSet(L.SEASON_INTRO, i, true);
    if (si && this.near(i)) {
      intro = true;
      pre = si.pre;
      j++;
    }
    // `أوائل الصيف المقبل`, `منتصف الربيع`: a part of a season is dated like the season.
    const pos = thisWord || intro ? null : this.lookup(L.POSITIONS, i);
    if (pos && this.near(i) && this.lookup(L.SEASONS, i + 1, false)) {
      intro = true;
      pre = pos.pre;
      j++;
    }
    const s = this.lookup(L.SEASONS, j, j === i);
    if (!s) return null;
    if (j === i) pre = s.pre;
    let end = j + 1;
    const yr = year(this, end, 4);
    let y: number | null = null;
    if (yr && !thisWord) {
      y = yr.y;
      end = yr.end;
    } else {
      const mod = thisWord ? { value: 0 } : this.lookup(L.MODIFIERS, end, false);
      if (!mod && intro) return { end, type: 'DATE', value: `XXXX-${s.value}`, anchored: false, source: 'rule:time/season', startNs: this.startNs(i, pre) };
      if (!mod) return null;
      if (!thisWord) end++;
      if (this.A) {
        const order = { SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>;
        const sm = order[s.value]!;
        const cur = this.A.m;
        y = mod.value === 1 ? (sm > cur ? this.A.y : this.A.y + 1) : mod.value === -1 ? (sm + 2 < cur ? this.A.y : this.A.y - 1) : this.A.y;
      }
    }
    return { end, type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${s.value}`, anchored: !yr, source: 'rule:time/season', startNs: this.startNs(i, pre) };
  }

  /** الآن، حالياً: the present, as TIMEX3 writes it. */
  private now(i: number): M | null {
    const v = this.lookup(L.VAGUE_NOW, i);
    if (!v) return null;
    return { end: i + 1, type: 'DATE', value: v.value, anchored: false, source: 'rule:time/now', startNs: this.startNs(i, v.pre) };
  }

  /** الأربعينات، الثمانينيات (من القرن الماضي): a decade, `194`. */
  private decade(i: number): M | null {
    // `منتصف التسعينات`, `أواخر الثمانينيات`: the position word belongs to the span (as for months and years).
    const pos = this.lookup(L.POSITIONS, i);
    const j = pos && this.near(i) && this.lookup(L.DECADES, i + 1, false) ? i + 1 : i;
    const d = this.lookup(L.DECADES, j, j === i);
    if (!d) return null;
    return { end: j + 1, type: 'DATE', value: `19${d.value}`, anchored: false, source: 'rule:time/decade', startNs: this.startNs(i, j === i ? d.pre : pos!.pre) };
  }

  /** في الماضي، منذ فترة، مستقبلاً، في الوقت الراهن: PAST_REF, FUTURE_REF, PRESENT_REF. */
  private vagueRef(i: number): M | null {
    // `نهاية الموسم الماضي`, `مطلع الموسم المقبل`: a position word joins a definite stretch of two words.
    const pos = this.lookup(L.POSITIONS, i);
    if (pos && this.near(i)) {
      const r = this.phrase(L.VAGUE_REFS, i + 1, false);
      if (r && r.end > i + 2 && /^ال/.test(r.word) && !L.VAGUE_REFS_NEED_FI.has([r.word, ...this.toks.slice(i + 2, r.end).map((t) => t.t)].join(' ')))
        return { end: r.end, type: 'DATE', value: r.value as string, anchored: false, source: 'rule:time/vague', startNs: this.startNs(i, pos.pre) };
    }
    const r = this.phrase(L.VAGUE_REFS, i);
    if (!r) return null;
    const key = [r.word, ...this.toks.slice(i + 1, r.end).map((t) => t.t)].join(' ');
    if (L.VAGUE_REFS_NEED_FI.has(key) && !(this.inSet(new Set([W.in]), i - 1, true) && this.near(i - 1) && r.pre === 0)) return null;
    // في الماضي القريب / في السابق من…: an adjective or a complement makes it something else.
    if (L.VAGUE_REFS_NEED_FI.has(key) && /^ال/.test(this.w(r.end)) && this.near(r.end - 1) && !L.CLAUSE_BOUNDARIES.has(this.w(r.end))) return null;
    // قريباً من المسجد is a place; قريباً من الذي سيفوز is still soon.
    if (L.VAGUE_REFS_NEAR.has(key) && L.NEAR_PREPOSITIONS.has(this.w(r.end)) && !L.CLAUSE_BOUNDARIES.has(this.w(r.end + 1))) return null;
    return { end: r.end, type: 'DATE', value: r.value as string, anchored: false, source: 'rule:time/vague', startNs: this.startNs(i, r.pre) };
  }

  /** اليوم ذاته، وقتها، في الوقت نفسه: the last date before it (resolved in `resolveAnaphora`). */
  private anaphoric(i: number): M | null {
    const r = this.phrase(L.ANAPHORA, i);
    if (!r) return null;
    if (r.end === i + 1 && L.ANAPHORA_NOT_AFTER_FI.has(r.word) && (this.w(i - 1) === W.in || r.pre > 0 && this.w(i).endsWith(W.in))) return null;
    return { end: r.end, type: 'DATE', value: 'XXXX-XX-XX', anchored: false, source: 'rule:time/anaphora', startNs: this.startNs(i, r.pre), anaphor: r.value };
  }

  /** `سنوات`, `أشهر` alone: an uncounted length (after a superlative and منذ). */
  private vagueLength(i: number): M | null {
    const u = this.lookup(L.UNITS, i, false);
    if (!u || u.value[1] !== 0 || /^ال/.test(this.w(i))) return null;
    return { end: i + 1, type: 'DURATION', value: durationValue(this, u.value[0], null), anchored: false, source: 'rule:time/duration' };
  }

  /** في العشرين من عمره، الخامسة من العمر: an age told as the year of life reached. */
  private ageOrdinal(i: number): M | null {
    const num = number(this, i);
    if (!num || !num.ordinal || num.n < 1 || num.n > 120) return null;
    if (this.w(num.end) !== W.from || !this.inSet(L.AGE_NOUNS, num.end + 1) || !this.near(num.end)) return null;
    // في العقد الثالث من عمره names a decade of life, not an age in years.
    if (i > 0 && (this.lookup(L.CAL_UNITS, i - 1) || this.lookup(L.UNITS, i - 1))) return null;
    return { end: num.end + 2, type: 'DURATION', value: `P${num.n}Y`, anchored: false, source: 'rule:time/age', startNs: this.startNs(i, num.pre) };
  }

  /** منتصف الليل: the end of the day, T24:00. */
  private midnight(i: number): M | null {
    const r = this.phrase(L.MIDNIGHT, i);
    if (!r) return null;
    return { end: r.end, type: 'TIME', value: 'T24:00', anchored: false, source: 'rule:time/clock', startNs: this.startNs(i, r.pre), clock: true };
  }

  /** عاماً بعد آخر، يوماً بعد يوم: a unit again and again (a SET); 120 كيلومتراً في الساعة: per hour. */
  private repeatSet(i: number): M | null {
    const u = this.lookup(L.UNITS, i);
    if (u && this.w(i + 1) === W.after && this.near(i) && this.near(i + 1) && this.inSet(L.SET_REPEAT_AFTER, i + 2)) {
      return { end: i + 3, type: 'SET', value: durationValue(this, u.value[0], 1), anchored: false, source: 'rule:time/set', startNs: this.startNs(i, u.pre) };
    }
    if (this.w(i) === W.in && this.w(i + 1) === W.theHour && this.near(i) && this.inSet(L.PER_HOUR_UNITS, i - 1, true) && this.near(i - 1)) {
      return { end: i + 2, type: 'SET', value: 'PT1H', anchored: false, source: 'rule:time/set' };
    }
    return null;
  }

  /** قبل ذلك بيوم، بعد ذلك بأسبوعين: the last day mentioned, moved by a count of days or weeks. */
  private anaphoricOffset(i: number): M | null {
    const past = this.inSet(L.PAST_INTROS, i, true);
    const fut = past ? null : this.inSet(L.FUTURE_INTROS, i, true);
    if ((!past && !fut) || this.w(i) === W.since || !this.inSet(L.DEMONSTRATIVE_THAT, i + 1) || !this.near(i) || !this.near(i + 1)) return null;
    // The count is the unit word itself after ب (بيوم، بيومين، بأسبوع): one or two of it.
    const t = this.tok(i + 2);
    const u = t && /^ب/.test(t.t) ? L.UNITS.get(t.t.slice(1)) : undefined;
    if (!u || u[1] === 0 || (u[0] !== 'D' && u[0] !== 'W')) return null;
    const days = (u[0] === 'W' ? 7 : 1) * u[1] * (past ? -1 : 1);
    return { end: i + 3, type: 'DATE', value: 'XXXX-XX-XX', anchored: false, source: 'rule:time/anaphora', startNs: this.startNs(i, (past ?? fut)!.pre), anaphor: 'day', anaphorDays: days };
  }

  /** للأسبوع الثاني على التوالي: a recurring unit, counted (a SET of that unit). */
  private sequence(i: number): M | null {
    const u = this.lookup(L.SEQUENCE_UNITS, i);
    if (!u) return null;
    const num = number(this, i + 1, false);
    if (!num || !num.ordinal || !this.near(i)) return null;
    const e = this.phrase(L.SEQUENCE_END, num.end, false);
    if (!e || !this.near(num.end - 1)) return null;
    return { end: e.end, type: 'SET', value: durationValue(this, u.value, 1), anchored: false, source: 'rule:time/sequence', startNs: this.startNs(i, u.pre) };
  }

  private rules = [
    (i: number) => this.numericDate(i),
    (i: number) => this.hijriDate(i),
    (i: number) => this.gregDate(i),
    (i: number) => this.relDay(i),
    (i: number) => this.tonight(i),
    (i: number) => this.theMorrow(i),
    (i: number) => this.weekday(i),
    (i: number) => this.calendarRelative(i),
    (i: number) => this.offset(i),
    (i: number) => this.setExpr(i),
    (i: number) => this.clock(i),
    (i: number) => this.duration(i),
    (i: number) => this.season(i),
    (i: number) => this.yearExpr(i),
    (i: number) => this.now(i),
    (i: number) => this.decade(i),
    (i: number) => this.vagueRef(i),
    (i: number) => this.anaphoric(i),
    (i: number) => this.anaphoricOffset(i),
    (i: number) => this.sequence(i),
    (i: number) => this.ageOrdinal(i),
    (i: number) => this.midnight(i),
    (i: number) => this.repeatSet(i),
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
        f = { ...f, end: after.end, type: 'TIME', value: `${day}${pod ? this.podHour(after.value, pod) : after.value}`, source: f.source + '+clock' };
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
