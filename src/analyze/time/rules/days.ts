/** Rules for named days: اليوم، أمس، غداً، الليلة، مباراة الغد, and weekdays (يوم الأحد المقبل). */
import { opensWithArticle, isDefiniteNisba, startsWithProclitic } from '../../../text/clitics.ts';
import { addDays, fmtDay, isoWeekday, parseYMD } from '../calendar.ts';
import { type Cursor, W } from '../cursor.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { dayValue, nearestWeekday, weekdayValue } from '../relative.ts';

/** اليوم، أمس، أول أمس، غداً، بعد غد، optionally + (يوم) + weekday: `أمس الثلاثاء`. */
export function relDay(c: Cursor, i: number): M | null {
  const r = c.phrase(L.REL_DAYS, i);
  if (!r) return null;
  // `بكرة القدم` is ب + كرة (with the ball), not the colloquial tomorrow.
  if (L.REL_DAY_NOT_BEFORE.get(r.word)?.has(c.w(r.end)) && c.near(r.end - 1)) return null;
  let end = r.end;
  const first = c.w(i);
  let wd: number | null = null;
  let j = end;
  if (c.w(j) === W.day) j++;
  // `اليوم (الاثنين)`: the weekday in brackets names the same day.
  const paren = c.w(j) === '(' && c.w(j + 2) === ')';
  if (paren) j++;
  const wdl = c.lookup(L.WEEKDAYS, j, false);
  if (wdl && opensWithArticle(c.w(j)) && c.near(j - 1)) {
    wd = wdl.value;
    end = j + 1 + (paren ? 1 : 0);
  } else if (first.endsWith(W.today) && r.end === i + 1) {
    // `اليوم العالمي`, `اليوم الأول`: an adjective makes it a day, not today.
    const next = c.w(i + 1);
    if (c.near(i) && (L.TODAY_ADJECTIVES.has(next) || L.ORDINALS.has(next) || isDefiniteNisba(next, true))) return null;
  }
  if (first.endsWith(W.today)) {
    // `عين اليوم`, `صحيفة اليوم`, `”اليوم“`: the name of a newspaper.
    if (c.inSet(L.TODAY_NOT_AFTER, i - 1, true) && c.near(i - 1)) return null;
    const before = c.nt.norm[c.toks[i]!.ns - 1] ?? '';
    const after = c.nt.norm[c.toks[i]!.ne] ?? '';
    if (/["«“”]/.test(before) && /["»“”]/.test(after)) return null;
    // `إننا اليوم نقف`, `جيل اليوم`, `نحن اليوم أحوج`: nowadays, not the publication day.
    if (wd === null && r.end === i + 1 && ((c.inSet(L.TODAY_NOWADAYS_BEFORE, i - 1, true) && c.near(i - 1)) || (c.inSet(L.TODAY_NOWADAYS_AFTER, i + 1) && c.near(i))))
      return { end, type: 'DATE', value: 'PRESENT_REF', anchored: false, source: 'rule:time/nowadays', startNs: c.startNs(i, r.pre) };
  }
  // `يوم أمس`: the noun before belongs to the expression.
  let startNs = c.startNs(i, r.pre);
  let start = i;
  if (i > 0 && c.w(i - 1) === W.day && c.near(i - 1)) {
    start = i - 1;
    startNs = c.toks[i - 1]!.ns;
  }
  void start;
  let value: string;
  if (!c.A) value = 'XXXX-XX-XX';
  else {
    let d = addDays(c.A, r.value);
    if (wd !== null && isoWeekday(d) !== wd) d = nearestWeekday(c, d, wd);
    value = fmtDay(d);
  }
  return { end, type: 'DATE', value, anchored: true, source: 'rule:time/relative-day', startNs, day: true, soft: true };
}

/** مباراة الغد، يوم الغد: tomorrow, after a noun of an occasion (جيل الغد is the future). */
export function theMorrow(c: Cursor, i: number): M | null {
  const v = c.variantsAt(i).find(([x]) => x === W.tomorrowDefinite);
  if (!v || i === 0 || !c.near(i - 1) || !c.inSet(L.TOMORROW_HEADS, i - 1, true)) return null;
  // `يوم الغد` takes in its noun, as `يوم أمس` does.
  const yawm = c.w(i - 1) === W.day;
  return { end: i + 1, type: 'DATE', value: dayValue(c, 1), anchored: true, source: 'rule:time/relative-day', startNs: yawm ? undefined : c.startNs(i, v[1]), day: true, soft: true };
}

/** الليلة، الليلة الماضية، ليلة أمس. */
export function tonight(c: Cursor, i: number): M | null {
  const r = c.phrase(L.TONIGHT, i);
  if (!r) return null;
  if (r.end === i + 1 && opensWithArticle(c.w(i + 1)) && c.near(i)) return null; // `الليلة الأولى`
  const base = dayValue(c, r.value);
  return { end: r.end, type: 'TIME', value: `${base}TNI`, anchored: true, source: 'rule:time/tonight', startNs: c.startNs(i, r.pre) };
}

/** (يوم) weekday (الماضي/المقبل): resolved by the modifier, else by the tense of the clause. */
export function weekday(c: Cursor, i: number): M | null {
  let j = i;
  let pre = 0;
  const yawm = c.lookup(new Map([[W.day, true]]), i);
  if (yawm && c.near(i)) {
    pre = yawm.pre;
    j = i + 1;
  }
  // `يوم (الاثنين)`: brackets around the weekday after يوم, as some sports pages write it.
  const paren = j > i && c.w(j) === '(' && c.w(j + 2) === ')' && c.near(j);
  if (paren) j++;
  const wd = c.lookup(L.WEEKDAYS, j, j === i);
  if (!wd) return null;
  if (j === i) pre = wd.pre;
  if (!opensWithArticle(wd.word) && (j === i || paren)) return null; // أحد، جمعة، سبت alone are other words
  if (j === i && c.inSet(L.WEEKDAY_NOT_AFTER, i - 1, true) && c.near(i - 1)) return null; // صلاة الجمعة، سوق الخميس
  if (j === i && recurringWeekday(c, i)) return null; // أيام الجمعة والسبت: the set rule's
  let end = j + 1 + (paren ? 1 : 0);
  let dir: number | null = null;
  const mod = c.lookup(L.MODIFIERS, end, false);
  if (mod && c.near(end - 1)) {
    dir = mod.value;
    end++;
  }
  // `الخميس قبل الماضي`: a week before the last one (after the next one for بعد المقبل).
  const two = dir === null ? c.phrase(L.TWO_AWAY, end, false) : null;
  if (two && c.near(end - 1)) end = two.end;
  const t0 = c.toks[i]!;
  let value = weekdayValue(c, wd.value, two ? Math.sign(two.value) : dir, t0.ns, c.toks[end - 1]!.ne);
  const day = two ? parseYMD(value) : null;
  if (two && day) value = fmtDay(addDays(day, 7 * Math.sign(two.value)));
  return { end, type: 'DATE', value, anchored: true, source: 'rule:time/weekday', startNs: c.startNs(i, pre), day: true, soft: true };
}

/** A definite weekday at token i, or its plural (الجمع), without clitics. */
function definiteWeekday(c: Cursor, i: number): number | null {
  const w = c.w(i);
  const d = L.WEEKDAYS.get(w) ?? L.WEEKDAY_PLURALS.get(w);
  return d !== undefined && opensWithArticle(w) ? d : null;
}

/**
 * أيام الجمعة، أيام الجمع، أيام الجمعة والسبت: a weekday that recurs (time.json recurringDays before
 * it), also the second of two joined by و. The span starts at أيام, or at the weekday after و.
 */
export function recurringWeekday(c: Cursor, i: number): { day: number; end: number; startNs: number | undefined } | null {
  const head = c.inSet(L.RECURRING_DAYS, i, true);
  if (head && c.near(i)) {
    const d = definiteWeekday(c, i + 1);
    return d === null ? null : { day: d, end: i + 2, startNs: c.startNs(i, head.pre) };
  }
  const w = c.w(i);
  if (i < 2 || !startsWithProclitic(w, 'waw') || !c.near(i - 1) || !c.near(i - 2)) return null;
  const d = definiteWeekday(c, i);
  const second = d === null ? definiteWeekdayAfterWaw(c, i) : null;
  if (second === null) return null;
  if (definiteWeekday(c, i - 1) === null || !c.inSet(L.RECURRING_DAYS, i - 2, true)) return null;
  return { day: second, end: i + 1, startNs: c.toks[i]!.ns + 1 };
}

/** والسبت: و and a definite weekday or its plural. */
function definiteWeekdayAfterWaw(c: Cursor, i: number): number | null {
  const w = c.w(i).slice(1);
  const d = L.WEEKDAYS.get(w) ?? L.WEEKDAY_PLURALS.get(w);
  return d !== undefined && opensWithArticle(w) ? d : null;
}
