/**
 * Rules for counted lengths and what counts them: durations (لمدة ثلاثة أشهر، الأيام المقبلة),
 * offsets from the anchor (قبل يومين), sets (يومياً، كل أسبوع), sequences and ages.
 */
import type { TimeMod, TimeType } from '../../../doc/types.ts';
import { dropArticle, opensWithImperfectYa, startsWithConjunction, startsWithProclitic, opensWithArticle, opensWithLil } from '../../../text/clitics.ts';
import { endsWithAlef, endsWithAlefAfterSuffixLetter, endsWithHaOrTaMarbuta } from '../../../text/endings.ts';
import { stripMarks } from '../../../text/normalize.ts';
import { type Cursor, W } from '../cursor.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';
import { number } from '../numbers.ts';
import { toOriginal } from '../norm.ts';
import { durationValue, tense, unitValue } from '../relative.ts';
import { yearExpr } from './dates.ts';
import { recurringWeekday } from './days.ts';
import { calendarRelative } from './periods.ts';

/** A counted unit: `ثلاثة أشهر`, `30 يوما`, `يومين`, `عدة أيام`; n null when not counted. */
function quantity(c: Cursor, i: number, allowSingular: boolean): { unit: string; n: number | null; end: number; pre: number; value?: string } | null {
  // نصف ساعة، ربع قرن: a fraction of one unit, its length written out in the lexicon.
  const fr = c.phrase(L.FRACTION_LENGTHS, i);
  if (fr && c.near(i)) return { unit: 'X', n: null, end: fr.end, pre: fr.pre, value: fr.value };
  const u0 = c.lookup(L.UNITS, i);
  if (u0 && i > 0 && c.inSet(L.UNIT_NOT_AFTER, i - 1) && c.near(i - 1)) return null;
  if (u0) {
    const [unit, n] = u0.value;
    if (n === 2) return { unit, n: 2, end: i + 1, pre: u0.pre };
    if (n === 1 && (allowSingular || (c.inSet(L.HALF_WORDS, i + 1) && c.near(i)))) return { unit, n: 1, end: i + 1, pre: u0.pre };
    if (n === 0 && allowSingular && !opensWithArticle(c.w(i))) {
      const few = c.inSet(L.FEW_AFTER, i + 1) && c.near(i) ? 1 : 0;
      return { unit, n: null, end: i + 1 + few, pre: u0.pre };
    }
    return null;
  }
  if (c.inSet(L.FEW, i, true)) {
    const u = c.lookup(L.UNITS, i + 1, false);
    if (u && c.near(i)) return { unit: u.value[0], n: null, end: i + 2, pre: c.variantsAt(i).find(([v]) => L.FEW.has(v))?.[1] ?? 0 };
    return null;
  }
  // 4.5 ثانية، 1.33 ساعة: a decimal count; its fraction digits alone count nothing.
  if (fractionDigits(c, i)) return null;
  const dec = decimal(c, i);
  if (dec) {
    const u = c.lookup(L.UNITS, dec.end, false);
    if (!u || !c.near(dec.end - 1) || opensWithArticle(c.w(dec.end)) || yearAfterUnit(c, dec.end, u.value)) return null;
    return { unit: u.value[0], n: dec.n, end: dec.end + 1, pre: 0 };
  }
  // `( 21 ) يوماً`: a number in parentheses, as forms write it.
  const paren = c.w(i) === '(' && c.tok(i + 1)?.kind === 'n' && c.w(i + 2) === ')';
  const num = number(c, paren ? i + 1 : i);
  // الخامسة والخمسين عاماً: an ordinal with its tens counts years the way a cardinal does.
  if (!num || (num.ordinal && !(num.n > 20 && num.end - i === 2)) || num.n <= 0) return null;
  if (num.digits && c.tok(paren ? i + 1 : i)!.t.length > 3 && !longCount(c, i, num.n)) return null;
  const end = paren ? num.end + 1 : num.end;
  const u = c.lookup(L.UNITS, end, false);
  if (!u || !c.near(end - 1) || opensWithArticle(c.w(end)) || yearAfterUnit(c, end, u.value)) return null;
  const hundred = c.phrase(L.HUNDRED_AFTER, end + 1, false);
  if (hundred && num.n < 100 && c.near(end)) return { unit: u.value[0], n: num.n + 100, end: hundred.end, pre: num.pre };
  return { unit: u.value[0], n: num.n, end: end + 1, pre: num.pre };
}

/**
 * Four digits count a length only when they cannot be a year: يعود إلى 1370 عاماً، منذ 5000 عام،
 * 2340 دقيقة; not after a year word, nor ending a range of years (1436 - 1437 يوم الأحد), nor
 * between 1900 and 2100 (في 2014 سنة الإنجاز).
 */
function longCount(c: Cursor, i: number, n: number): boolean {
  if (c.tok(i)!.t.length > 5 || (n >= 1900 && n <= 2100)) return false;
  // 1436 - 1437 يوم الأحد: the end of a range of years.
  if (c.tok(i - 1)?.kind === 'p' && c.tok(i - 2)?.kind === 'n') return false;
  return !(i > 0 && c.inSet(L.YEAR_WORDS, i - 1, true) && c.near(i - 1));
}

/** `4.5`, `26.62`: digits, a point and one or two digits written together (a point is how the text layer writes ٫ and ر). */
function decimal(c: Cursor, i: number): { n: number; end: number } | null {
  const [a, p, b] = [c.tok(i), c.tok(i + 1), c.tok(i + 2)];
  if (a?.kind !== 'n' || p?.t !== '.' || b?.kind !== 'n' || a.t.length > 3 || b.t.length > 2) return null;
  if (a.ne !== p.ns || p.ne !== b.ns) return null;
  // 3.\u200F1 is 1.3 typed in display order around a direction mark: the point must stand alone.
  const [os, oe] = toOriginal(c.nt, a.ne, b.ns);
  return oe - os === 1 ? { n: Number(`${a.t}.${b.t}`), end: i + 3 } : null;
}

/** The digits after the point of a number written with one (the 5 of 4.5, the 500 of 2.500). */
function fractionDigits(c: Cursor, i: number): boolean {
  const [a, p, b] = [c.tok(i - 2), c.tok(i - 1), c.tok(i)];
  return b?.kind === 'n' && a?.kind === 'n' && (p?.t === '.' || p?.t === ',') && a.ne === p.ns && p.ne === b.ns;
}

/**
 * A singular year word after a count that opens a year (من 3.09 عام 2013، القانون 49 عام 1980): the
 * count is some other quantity, and عام 2013 the date.
 */
function yearAfterUnit(c: Cursor, k: number, [unit, n]: [string, number]): boolean {
  const t = c.tok(k + 1);
  return unit === 'Y' && n === 1 && t?.kind === 'n' && t.t.length === 4 && c.near(k);
}

/** قبل ثلاثة أيام، منذ عامين، بعد أسبوع: a date counted back or forward from the anchor. */
export function offset(c: Cursor, i: number): M | null {
  const past = c.inSet(L.PAST_INTROS, i, true);
  const fut = past ? null : c.inSet(L.FUTURE_INTROS, i, true);
  if (!past && !fut) return null;
  // قبل أكثر من عام: the count's qualifier sits between; منذ أكثر من… is a length (see duration).
  const qm = c.phrase(L.QUANTITY_MODS, i + 1, false);
  if (qm && c.w(i) === W.since) return null;
  // أقوى نمو منذ ثماني سنوات: after a superlative, منذ + a count is a length (the duration rule).
  if (c.w(i) === W.since && superlativeBefore(c, i)) return null;
  const q = quantity(c, qm ? qm.end : i + 1, true);
  // بعد نصف ساعة counts minutes from an hour nobody gave; قبل 1.5 عام is a length (no calendar
  // arithmetic on a fraction).
  if (!q || !c.near(i) || q.value || (q.n !== null && !Number.isInteger(q.n))) return null;
  // أي بعد 2500 عام: centuries ahead of the publication are counted from some other event.
  if (fut && q.n !== null && q.n > 100 && q.unit === 'Y') return null;
  // الحرب المستمرة منذ أربعة أشهر: a state still going on makes the count a length (the duration rule).
  if (isSince(c, i) && ongoingSince(c, i, q.end)) return null;
  // منذ يوم أمس، منذ شهر مارس: the unit word opens a day or a month named after it.
  if (q.n === 1 && (c.phrase(L.REL_DAYS, q.end, false) || c.phrase(L.GREG_MONTHS, q.end, false) || c.phrase(L.HIJRI_MONTHS, q.end, false)) && c.near(q.end - 1)) return null;
  if (c.inSet(L.HALF_WORDS, q.end) && q.n !== null && c.near(q.end - 1)) q.end++;
  // قبل يوم واحد: the word that says one belongs to the count.
  else if (q.n === 1 && c.inSet(L.ONE_UNIT_AFTER, q.end) && c.near(q.end - 1)) q.end++;
  // `بعد يومين من الاجتماع`, `بعد أربعة أيام على فوزه`, `بعد 20 دقيقة فقط من انطلاق اللقاء` count
  // from another event, not from the publication date (the duration rule reads the length).
  // قبل شهر من زيارتي stays one date, as Wojood marks it.
  if (fut && fromEventAt(c, q.end)) return null;
  // `منذ عام 1390هـ`, `بعد عام 2008`: the unit word introduces a year.
  if (q.n === 1 && (c.tok(q.end)?.kind === 'n' || c.w(q.end) === '(')) return null;
  const sign = past ? -1 : 1;
  // وبعد سنوات قليلة مات: after an uncounted stretch, in a past clause, the time is still past.
  const vague = sign < 0 || tense(c, c.toks[i]!.ns, c.toks[q.end - 1]!.ne) < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const value = q.n === null ? vague : unitValue(c, q.unit, sign * q.n);
  return { end: q.end, type: 'DATE', value, anchored: true, source: 'rule:time/offset', startNs: c.startNs(i, (past ?? fut)!.pre), day: q.unit === 'D' && q.n !== null, ...(qm ? { mod: qm.value as TimeMod } : {}) };
}

/** A superlative among the four words before token i, in its clause (أقوى نمو فصلي لها منذ…). */
function superlativeBefore(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (c.tok(k)?.kind === 'p' || !c.near(k)) return false;
    if (c.inSet(L.SUPERLATIVES, k, true)) return true;
  }
  return false;
}

/**
 * Whether منذ at token i, with its count ending before token `end`, says 'for' rather than 'ago':
 * among the eight words before it in its clause, a word of time.json `sinceLengthBefore` (a state
 * or an action still going on, a negation, the first time) or an imperfect verb of the third person
 * (opening with ي); or `sinceLengthAfter` right after the count.
 */
function ongoingSince(c: Cursor, i: number, end: number): boolean {
  const after = c.phrase(L.SINCE_LENGTH_AFTER, end);
  if (after && c.near(end - 1)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (c.tok(k)?.kind !== 'w' || !c.near(k)) return false;
    if (c.inSet(L.SINCE_LENGTH_BEFORE, k, true)) return true;
    if (c.inSet(L.CLAUSE_BOUNDARIES, k, true)) return false;
    if (imperfect(c.w(k))) return true;
  }
  return false;
}

/**
 * The length after منذ that the duration rule leaves (it reads no bare unit): one unit (منذ عام)
 * or an uncounted plural with its quantity word (منذ سنوات عدة → PXY). Not a unit word that opens
 * a year, a month or a day (منذ عام 2005، منذ شهر مارس، منذ يوم أمس).
 */
function sinceQuantity(c: Cursor, j: number): M | null {
  const q = quantity(c, j, true);
  if (!q || q.value || (q.n !== null && q.n !== 1)) return null;
  const next = c.tok(q.end);
  if (q.n === 1 && (next?.kind === 'n' || c.w(q.end) === '(' || c.phrase(L.REL_DAYS, q.end, false) || c.phrase(L.GREG_MONTHS, q.end, false) || c.phrase(L.HIJRI_MONTHS, q.end, false))) return null;
  return { end: q.end, type: 'DURATION', value: durationValue(c, q.unit, q.n), anchored: false, source: 'rule:time/duration', startNs: c.toks[j]!.ns + q.pre };
}

/** منذ at token i, maybe after و/ف (ومنذ ثلاث سنوات). */
function isSince(c: Cursor, i: number): boolean {
  return c.tok(i)?.kind === 'w' && c.variantsAt(i).some(([v, pre]) => v === W.since && pre <= 1);
}

/** A third-person imperfect verb form: ي + at least three letters, after an optional و/ف. */
function imperfect(w: string): boolean {
  const v = startsWithConjunction(w) && w.length > 4 ? w.slice(1) : w;
  return v.length >= 4 && opensWithImperfectYa(v) && !L.SINCE_NOT_VERBS.has(v);
}

/** لمدة أسبوع، ثلاثة أشهر، ساعتين، الأيام المقبلة، السنوات الخمس الماضية. */
export function duration(c: Cursor, i: number): M | null {
  // أسوأ أزمة منذ سنوات: منذ stays outside the length it introduces.
  if (c.w(i) === W.since && c.near(i) && superlativeBefore(c, i)) {
    const d = duration(c, i + 1) ?? vagueLength(c, i + 1);
    return d && d.type === 'DURATION' ? { ...d, startNs: d.startNs ?? c.toks[i + 1]!.ns } : null;
  }
  // يقاتل في المدينة منذ أربع سنوات، تعاني منذ سنوات: a length, counted or not (the guide's
  // منذ أشهر → PXM); منذ before a finished event stays the date or vague past of the offset rule.
  if (isSince(c, i) && c.near(i)) {
    const d = duration(c, i + 1) ?? sinceQuantity(c, i + 1);
    if (d && d.type === 'DURATION' && ongoingSince(c, i, d.end)) return { ...d, startNs: d.startNs ?? c.toks[i + 1]!.ns };
  }
  const intro = c.phrase(L.DURATION_INTROS, i);
  let j = i;
  if (intro && c.near(intro.end - 1)) j = intro.end;
  // أكثر من ثلاثين يوماً: the qualifier becomes `mod` and stays outside the span.
  let mod: TimeMod | undefined;
  const introMod = intro ? c.phrase(L.QUANTITY_MODS, i) : null;
  if (introMod && introMod.end === j) mod = introMod.value as TimeMod;
  const qm = j === i ? c.phrase(L.QUANTITY_MODS, i) : null;
  if (qm && c.near(qm.end - 1)) {
    mod = qm.value as TimeMod;
    j = qm.end;
  }
  // Where a span starting at token j begins: its clitic left out when it opens the match, the
  // intro kept, a quantity qualifier (أكثر من) left outside.
  const spanStart = (pre: number): number | undefined => (j === i ? c.startNs(i, pre) : intro ? c.startNs(i, intro.pre) : c.toks[j]!.ns + pre);
  // `الأيام المقبلة`, `السنوات الماضية`, `الأشهر الستة الأخيرة`
  const vr = c.lookup(L.VAGUE_RANGES, j, j === i);
  if (vr && opensWithArticle(vr.word)) {
    let k = j + 1;
    let n: number | null = null;
    const defNum = definiteCount(c, k);
    if (defNum) {
      n = defNum.n;
      k = defNum.end;
    } else if (L.FEW_DEFINITE.has(c.w(k))) k++;
    const mod = c.lookup(L.MODIFIERS, k, false);
    const last = L.LAST_DEFINITE.has(c.w(k));
    // الأشهر الثلاثة الأولى / التسعة المتبقية: a counted stretch is a length whatever its place.
    if (n !== null && vr.value !== 'X' && c.inSet(L.COUNTED_RANGE_ENDS, k) && c.near(k - 1)) {
      const startNs = spanStart(vr.pre);
      return { end: k + 1, type: 'DURATION', value: durationValue(c, vr.value, n), anchored: false, source: 'rule:time/vague-range', startNs };
    }
    // خلال الفترة الحالية: the present stretch.
    if (mod && mod.value === 0 && vr.value === 'X' && n === null && c.near(k - 1)) {
      const startNs = spanStart(vr.pre);
      return { end: k + 1, type: 'DATE', value: 'PRESENT_REF', anchored: false, source: 'rule:time/vague-range', startNs };
    }
    if ((mod && mod.value !== 0) || last) {
      const dir = last ? -1 : mod!.value;
      const unit = vr.value;
      const value = n !== null && unit !== 'X' ? durationValue(c, unit, n) : dir < 0 ? 'PAST_REF' : 'FUTURE_REF';
      const type: TimeType = n !== null && unit !== 'X' ? 'DURATION' : 'DATE';
      const startNs = spanStart(vr.pre);
      return { end: k + 1, type, value, anchored: type === 'DATE', source: 'rule:time/vague-range', startNs };
    }
    // السنوات العشر، الأعوام الثلاثة: a counted stretch with no direction word is still a length.
    if (n !== null && vr.value !== 'X' && c.near(k - 2)) {
      const startNs = spanStart(vr.pre);
      return { end: k, type: 'DURATION', value: durationValue(c, vr.value, n), anchored: false, source: 'rule:time/vague-range', startNs };
    }
  }
  // الخمس سنوات المقبلة، الثلاثة أيام الماضية، الستة أشهر الأولى: the count first, with the article.
  const dq = definiteCount(c, j, j === i);
  const du = dq && c.near(dq.end - 1) && !opensWithArticle(c.w(dq.end)) ? c.lookup(L.UNITS, dq.end, false) : null;
  if (dq && du && du.value[1] !== 2) {
    let end = dq.end + 1;
    if ((c.lookup(L.MODIFIERS, end, false) || c.inSet(L.COUNTED_RANGE_ENDS, end)) && c.near(end - 1)) end++;
    // خلال الخمس سنوات المقبلة: a preposition stays outside a counted length (as before 15 يوماً).
    const startNs = intro && j !== i && prepositionIntro(c, i, intro) ? c.toks[j]!.ns + dq.pre : spanStart(dq.pre);
    return { end, type: 'DURATION', value: durationValue(c, du.value[0], dq.n), anchored: false, source: 'rule:time/duration', startNs, ...(mod ? { mod } : {}) };
  }
  // لعام واحد، يوماً كاملاً: one unit said to be one or whole is a length without a count.
  const one = j === i ? oneUnit(c, i) : null;
  if (one) return one;
  // A bare unit alone is a length after a quantity qualifier (أكثر من عام، في أقل من شهر) or
  // between بعد and من, counted from another event (بعد سنة من تاريخ العقد، بعد أسبوع من الهجوم).
  const q = quantity(c, j, j !== i || qm !== null) ?? (j === i ? singleFromEvent(c, i) ?? forUnits(c, i) ?? fewUnits(c, i) ?? durativeUnits(c, i) ?? firstOfTwo(c, i) : null);
  if (!q) return null;
  // ساعة ونصف: one unit and a half is a length even alone.
  const halfNext = q.n !== null && c.inSet(L.HALF_WORDS, q.end) !== null && c.near(q.end - 1);
  if (j === i && q.n === 1 && !halfNext && !fromEvent(c, i, q.end)) return null;
  // طيلة أيام شهر رمضان، خلال أيام العيد: an uncounted plural in construct with what follows names
  // that stretch, not a length of its own.
  // An accusative with its alef (استمرت شهوراً الدعوة…) is in no construct.
  if (q.n === null && !q.value && q.end === j + 1 && !c.inSet(L.FEW, j, true) && c.near(j) && !endsWithAlef(c.w(j)) && constructHead(c, q.end)) return null;
  // `خلال شهر يوليو`, `خلال عام 2015`: the unit names a calendar period, not a length.
  if (q.n === 1 && (c.tok(q.end)?.kind === 'n' || c.phrase(L.GREG_MONTHS, q.end, false) || c.phrase(L.HIJRI_MONTHS, q.end, false))) return null;
  // في غضون 15 يوماً: a preposition before a counted length stays outside it (vague ranges keep خلال).
  const prepOnly = intro && (q.n !== null || q.value !== undefined) && prepositionIntro(c, i, intro);
  const startNs = qm ? c.toks[j]!.ns + q.pre : j === i ? c.startNs(i, q.pre) : prepOnly ? c.toks[j]!.ns + q.pre : c.startNs(i, intro!.pre);
  let end = q.end;
  let value = q.value ?? durationValue(c, q.unit, q.n);
  // `ساعة ونصف`, `عام ونصف`, `ثلاث دقائق ونصف`
  if (halfNext) {
    end++;
    // ساعة ونصف الساعة، 37 عاما ونصف العام، أربعة أشهر ونصف الشهر: the unit said again after
    // the half, in the singular with the article whatever form counted it.
    if (c.near(end - 1) && ((opensWithArticle(c.w(end)) && dropArticle(c.w(end)) === c.w(q.end - 1)) || sameUnitDefinite(c.w(end), q.unit))) end++;
    const halves: Record<string, string> = { H: `PT${q.n}H30M`, MIN: `PT${q.n}M30S`, Y: `P${q.n}Y6M`, M: `P${q.n}M15D`, D: `P${q.n}DT12H` };
    value = halves[q.unit] ?? value;
  }
  // لمدة شهر كامل، خلال عام واحد: the word that says one or whole belongs to the length.
  if (q.n === 1 && !halfNext && c.inSet(L.ONE_UNIT_AFTER, end) && c.near(end - 1)) end++;
  const rel = c.lookup(L.MODIFIERS, end, false);
  if (rel && rel.value !== 0 && c.near(end - 1)) end++;
  // البالغ 40 عاماً، عن عمر يناهز 70 عاماً: a person's age.
  const age = q.unit === 'Y' && (c.inSet(L.AGE_INTROS, j - 1, true) || (c.w(j - 1) === W.theAge && c.w(j - 2) === W.from));
  return { end, type: 'DURATION', value, anchored: false, source: age ? 'rule:time/age' : 'rule:time/duration', startNs, ...(mod ? { mod } : {}) };
}

/**
 * One unit (عام، يوم؛ the accusative عاماً، يوماً) with a word after it that says one or whole
 * (time.json oneUnitAfter): لعام واحد، أسبوع واحد، عاماً كاملاً → P1Y, P1W; the word is in the span.
 */
function oneUnit(c: Cursor, i: number): M | null {
  const u = c.lookup(L.UNITS, i);
  if (!u || opensWithArticle(u.word)) return null;
  const [unit, n] = u.value;
  if (!(n === 1 || (n === 0 && endsWithAlef(u.word)))) return null;
  if (!c.inSet(L.ONE_UNIT_AFTER, i + 1) || !c.near(i)) return null;
  if (i > 0 && c.inSet(L.UNIT_NOT_AFTER, i - 1) && c.near(i - 1)) return null;
  return { end: i + 2, type: 'DURATION', value: durationValue(c, unit, 1), anchored: false, source: 'rule:time/duration', startNs: c.startNs(i, u.pre) };
}

/**
 * An uncounted plural unit with ل glued to it: لسنوات، لأيام، لعقود طويلة ('for years'), a length
 * with ل left out, as ل stays outside ل⟦عدة سنوات⟧.
 */
function forUnits(c: Cursor, i: number): ReturnType<typeof quantity> {
  const w = c.w(i);
  if (!startsWithProclitic(w, 'lam') || opensWithLil(w)) return null;
  const u = L.UNITS.get(w.slice(1));
  if (!u || u[1] !== 0 || endsWithAlef(w)) return null;
  const q = quantity(c, i, true);
  return q && q.n === null && !q.value && q.pre === 1 ? q : null;
}

/**
 * An uncounted plural unit with its quantity word and no preposition before it: أمضى سنوات طويلة،
 * مرت أيام قليلة، في ظرف دقائق معدودة → PXY, PXD, PTXM. The quantity word makes it a length,
 * whatever comes before it; unit words that mostly mean something else alone (عقود, contracts:
 * عقود طويلة الأجل) need a preposition (time.json fewUnitsNeedIntro).
 */
function fewUnits(c: Cursor, i: number): ReturnType<typeof quantity> {
  if (c.inSet(L.FEW_UNITS_NEED_INTRO, i, true)) return null;
  const q = quantity(c, i, true);
  return q && q.n === null && !q.value && q.end === i + 2 ? q : null;
}

/**
 * An uncounted plural unit right after a verb of lasting or spending (time.json durativeVerbs):
 * مفاوضات استمرت شهوراً، حصار دام أشهراً، أمضى بحاح ساعات → PXM, PXM, PTXH. Not the hours of a
 * part of the day (استمرت ساعات متأخرة: time.json durativeNotBefore); a construct (سنين الطفولة)
 * is ruled out by the duration rule.
 */
function durativeUnits(c: Cursor, i: number): ReturnType<typeof quantity> {
  if (i === 0 || !c.near(i - 1) || !c.inSet(L.DURATIVE_VERBS, i - 1, true)) return null;
  const q = quantity(c, i, true);
  if (!q || q.n !== null || q.value || q.pre > 0) return null;
  if (c.inSet(L.DURATIVE_NOT_BEFORE, q.end) && c.near(q.end - 1)) return null;
  // يستمر أسبوعاً، دام شهراً: the accusative of one unit (its alef dropped, a singular) is one.
  const w = c.w(i);
  return endsWithAlef(w) && L.UNITS.get(w.slice(0, -1))?.[1] === 1 && q.end === i + 1 ? { ...q, value: durationValue(c, q.unit, 1) } : q;
}

/**
 * One unit before أو/إلى and a count of the same unit (شهر أو شهرين، من سنة إلى سنتين، يوماً أو
 * يومين): the first length of the two (time.json lengthAlternatives), as a range's two ends are two
 * expressions.
 */
function firstOfTwo(c: Cursor, i: number): ReturnType<typeof quantity> {
  const u = c.lookup(L.UNITS, i);
  if (!u || opensWithArticle(u.word)) return null;
  const w = c.w(i);
  const one = u.value[1] === 1 || (endsWithAlef(w) && L.UNITS.get(w.slice(u.pre, -1))?.[1] === 1);
  if (!one || !c.inSet(L.LENGTH_ALTERNATIVES, i + 1) || !c.near(i) || !c.near(i + 1)) return null;
  const second = quantity(c, i + 2, false);
  if (!second || second.unit !== u.value[0] || second.n === null || second.n < 2) return null;
  return { unit: u.value[0], n: null, end: i + 1, pre: u.pre, value: durationValue(c, u.value[0], 1) };
}

/** One bare unit, or an uncounted plural, at i between بعد and من (بعد أسبوع من الهجوم، بعد ساعات من). */
function singleFromEvent(c: Cursor, i: number): ReturnType<typeof quantity> {
  const q = quantity(c, i, true);
  return q && !q.value && (q.n === 1 || q.n === null) && fromEvent(c, i, q.end) ? q : null;
}

/** Between بعد (token i - 1) and what names another event (من، على، منذ; token end): a length from it. */
function fromEvent(c: Cursor, i: number, end: number): boolean {
  if (i === 0 || !c.near(i - 1) || !fromEventAt(c, end)) return false;
  return c.inSet(L.FUTURE_INTROS, i - 1, true) !== null;
}

/**
 * Whether the count ending before token `end` is followed, maybe after فقط or تقريباً, by من/على/منذ
 * and the event it is counted from (time.json countFromEvent); على الأقل is no event.
 */
function fromEventAt(c: Cursor, end: number): boolean {
  let k = end;
  if (c.inSet(L.COUNT_FROM_EVENT.trailers, k) && c.near(k - 1)) k++;
  if (!c.inSet(L.COUNT_FROM_EVENT.prepositions, k) || !c.near(k - 1)) return false;
  return !c.inSet(L.COUNT_FROM_EVENT.notBefore, k + 1);
}

/** A word at token k that an uncounted plural unit before it is in construct with: a definite noun, شهر or a month name. */
function constructHead(c: Cursor, k: number): boolean {
  const t = c.tok(k);
  if (!t || t.kind !== 'w') return false;
  return opensWithArticle(t.t) || c.lookup(L.MONTH_WORD, k, false) !== null || c.phrase(L.GREG_MONTHS, k, false) !== null || c.phrase(L.HIJRI_MONTHS, k, false) !== null;
}

/** Whether w is one unit with the article (العام، الشهر، الساعة) of the TIMEX3 unit given. */
function sameUnitDefinite(w: string, unit: string): boolean {
  if (!opensWithArticle(w)) return false;
  const u = L.UNITS.get(w.slice(2));
  return u !== undefined && u[0] === unit && u[1] === 1;
}

/** Whether the duration intro at i (خلال، في غضون) is a preposition that stays outside a counted length. */
function prepositionIntro(c: Cursor, i: number, intro: { word: string; end: number }): boolean {
  return L.DURATION_PREPOSITIONS.has([intro.word, ...c.toks.slice(i + 1, intro.end).map((t) => t.t)].join(' '));
}

/**
 * A count with the article: `الثلاثة`, `العشر`, `الأربع والعشرين`, `الـ15` (the tatweel is folded
 * away, leaving the article as a word of its own before the digits).
 */
function definiteCount(c: Cursor, i: number, clitics = false): { n: number; end: number; pre: number } | null {
  const t = c.tok(i);
  if (!t || t.kind !== 'w') return null;
  if (t.t === W.article && c.tok(i + 1)?.kind === 'n' && c.near(i) && c.w(i + 1).length <= 3) return { n: Number(c.w(i + 1)), end: i + 2, pre: 0 };
  for (const [v, pre] of clitics ? c.variantsAt(i) : [[t.t, 0] as [string, number]]) {
    // والخمسين عاماً ends a compound number (الخامسة والخمسين), not a count of its own.
    if (!opensWithArticle(v) || (pre > 0 && startsWithConjunction(t.t))) continue;
    let n = L.CARDINALS.get(v.slice(2));
    if (n === undefined || n === 100) continue;
    let end = i + 1;
    // الأربع والعشرين: units before tens, the tens with و and the article.
    const w2 = c.w(end);
    const tens = startsWithProclitic(w2, 'waw') && opensWithArticle(w2.slice(1)) ? L.CARDINALS.get(w2.slice(3)) : undefined;
    if (n < 10 && tens !== undefined && tens >= 20 && tens < 100 && c.near(i)) {
      n += tens;
      end++;
    }
    return { n, end, pre };
  }
  return null;
}

/** يومياً، سنوياً، كل أسبوع، كل يوم جمعة، كل ثلاثة أشهر. */
export function setExpr(c: Cursor, i: number): M | null {
  const s = c.lookup(L.SETS, i);
  if (s && !adjectival(c, i)) return { end: i + 1, type: 'SET', value: s.value, anchored: false, source: 'rule:time/set', startNs: c.startNs(i, s.pre) };
  const ed = c.phrase(L.EVERY_DAY, i);
  if (ed) return { end: ed.end, type: 'SET', value: 'P1D', anchored: false, source: 'rule:time/set', startNs: c.startNs(i, ed.pre) };
  const rd = recurringWeekday(c, i);
  if (rd) return { end: rd.end, type: 'SET', value: `XXXX-WXX-${rd.day}`, anchored: false, source: 'rule:time/set', startNs: rd.startNs };
  const glued = L.SET_EVERY_GLUED.get(c.w(i));
  const every = glued !== undefined ? { pre: glued } : c.inSet(L.SET_EVERY, i, true);
  if (!every || !c.near(i)) return null;
  let j = i + 1;
  if (c.w(j) === W.day && L.WEEKDAYS.has(c.w(j + 1))) j++;
  const wd = L.WEEKDAYS.get(c.w(j));
  // كل يوم أحد، كل جمعة، مساء كل خميس; not كل أحد (everyone) nor كل اثنين (every two).
  if (wd !== undefined && c.near(j - 1) && (j > i + 1 || !L.EVERY_WEEKDAY_NOT.has(c.w(j)))) {
    return { end: j + 1, type: 'SET', value: `XXXX-WXX-${wd}`, anchored: false, source: 'rule:time/set', startNs: c.startNs(i, every.pre) };
  }
  // كل ليلة، كل صباح: a part of the day that recurs; كل صيف: a season that recurs.
  const pod = c.phrase(L.PARTS_OF_DAY, i + 1, false);
  if (pod && pod.end === i + 2 && !opensWithArticle(pod.word) && c.near(i)) {
    return { end: i + 2, type: 'SET', value: `XXXX-XX-XXT${pod.value}`, anchored: false, source: 'rule:time/set', startNs: c.startNs(i, every.pre) };
  }
  const season = c.lookup(L.SEASONS, i + 1, false);
  if (season && !opensWithArticle(season.word) && c.near(i)) {
    return { end: i + 2, type: 'SET', value: `XXXX-${season.value}`, anchored: false, source: 'rule:time/set', startNs: c.startNs(i, every.pre) };
  }
  const q = quantity(c, i + 1, true);
  // كل بضع سنوات، كل عدة أيام: an uncounted few units recur (PXY); كل الأيام is no set.
  if (!q || (q.n === null && !q.value && !c.inSet(L.FEW, i + 1))) return null;
  return { end: q.end, type: 'SET', value: q.value ?? durationValue(c, q.unit, q.n), anchored: false, source: 'rule:time/set', startNs: c.startNs(i, every.pre) };
}

/**
 * Whether the set word at i (سنوياً، أسبوعياً) is an adjective of the indefinite accusative noun
 * before it (راتباً أسبوعياً، إيجاراً سنوياً، ارتفاعاً سنوياً: an annual rent, not a rent each year), which
 * the guide leaves out like الأرباح الفصلية. Not after a counted noun (250 طفلاً يومياً، 50 ألفاً
 * سنوياً) nor after an adverb (time.json setAdjectiveNot: تقريباً سنوياً).
 */
function adjectival(c: Cursor, i: number): boolean {
  const prev = c.tok(i - 1);
  // The ا of the accusative: not a pronoun or a verb ending (يقدمها، يصلنا، ليعملوا), nor an adverb in يا.
  if (!prev || prev.kind !== 'w' || !c.near(i - 1) || prev.t.length < 4 || !endsWithAlef(prev.t) || endsWithAlefAfterSuffixLetter(prev.t) || L.SET_ADJECTIVE_NOT.has(prev.t)) return false;
  // The folded ا may have been أ (تبدأ يومياً): the original must end in a bare ا.
  const [, oe] = toOriginal(c.nt, prev.ns, prev.ne);
  if (!endsWithAlef(stripMarks(c.nt.src.slice(Math.max(0, oe - 3), oe), 'vowelsTatweel'))) return false;
  const before = c.tok(i - 2);
  if (before && (before.kind === 'n' || L.CARDINALS.has(before.t) || L.CARDINALS.has(prev.t))) return false;
  return true;
}

/** `سنوات`, `أشهر` alone: an uncounted length (after a superlative and منذ). */
function vagueLength(c: Cursor, i: number): M | null {
  const u = c.lookup(L.UNITS, i, false);
  if (!u || u.value[1] !== 0 || opensWithArticle(c.w(i))) return null;
  return { end: i + 1, type: 'DURATION', value: durationValue(c, u.value[0], null), anchored: false, source: 'rule:time/duration' };
}

/** في العشرين من عمره، الخامسة من العمر: an age told as the year of life reached. */
export function ageOrdinal(c: Cursor, i: number): M | null {
  const num = number(c, i);
  if (!num || !num.ordinal || num.n < 1 || num.n > 120) return null;
  if (c.w(num.end) !== W.from || !c.inSet(L.AGE_NOUNS, num.end + 1) || !c.near(num.end)) return null;
  // في العقد الثالث من عمره names a decade of life, not an age in years.
  if (i > 0 && (c.lookup(L.CAL_UNITS, i - 1) || c.lookup(L.UNITS, i - 1))) return null;
  return { end: num.end + 2, type: 'DURATION', value: `P${num.n}Y`, anchored: false, source: 'rule:time/age', startNs: c.startNs(i, num.pre) };
}

/**
 * في سن الأربعين، دون سن الـ18، قبل عمر الرابعة، بسن 23: a year of life after a word that names
 * age (time.json ageHeads) is an age in years. The head is in the span, as عام is before a year
 * and as Wojood marks سن الرابعة عشرة; a count with its unit after it is the duration rule's (سن 65
 * عاماً → 65 عاماً), and one with من عمره after it is ageOrdinal's.
 */
export function ageAfterHead(c: Cursor, i: number): M | null {
  const head = c.inSet(L.AGE_HEADS, i, true);
  if (!head || !c.near(i)) return null;
  const j = i + 1;
  const num = number(c, j);
  const counted = num && (num.ordinal || num.digits) ? num : null;
  const def = counted ? null : definiteCount(c, j);
  const n = counted?.n ?? def?.n;
  const end = counted?.end ?? def?.end;
  if (n === undefined || end === undefined || n < 1 || n > 120) return null;
  // A year of life is feminine (سن الرابعة، عمر الخامسة عشرة): a masculine ordinal after عمر is a
  // name's number (عمر الثاني).
  if (counted?.ordinal && n < 20 && !endsWithHaOrTaMarbuta(c.w(j))) return null;
  if (c.lookup(L.UNITS, end, false) || (c.w(end) === W.from && c.inSet(L.AGE_NOUNS, end + 1))) return null;
  return { end, type: 'DURATION', value: `P${n}Y`, anchored: false, source: 'rule:time/age', startNs: c.startNs(i, head.pre) };
}

/** عاماً بعد آخر، يوماً بعد يوم: a unit again and again (a SET); 120 كيلومتراً في الساعة: per hour. */
export function repeatSet(c: Cursor, i: number): M | null {
  const u = c.lookup(L.UNITS, i);
  if (u && c.w(i + 1) === W.after && c.near(i) && c.near(i + 1) && c.inSet(L.SET_REPEAT_AFTER, i + 2)) {
    return { end: i + 3, type: 'SET', value: durationValue(c, u.value[0], 1), anchored: false, source: 'rule:time/set', startNs: c.startNs(i, u.pre) };
  }
  if (c.w(i) === W.in && c.w(i + 1) === W.theHour && c.near(i) && c.inSet(L.PER_HOUR_UNITS, i - 1, true) && c.near(i - 1)) {
    return { end: i + 2, type: 'SET', value: 'PT1H', anchored: false, source: 'rule:time/set' };
  }
  return null;
}

/**
 * مرتين في العام، ثلاث مرات في الأسبوع: a count of times, then في and a unit with the article, is a
 * SET of that unit. Without the count في العام is this year and في اليوم today, so it is required
 * (time.json timesWords, one or two words ending right before في; perUnitNotBefore after the unit rules it out).
 */
export function timesPer(c: Cursor, i: number): M | null {
  if (c.w(i) !== W.in || !c.near(i)) return null;
  const u = c.lookup(L.PER_UNITS, i + 1, false);
  if (!u) return null;
  const counted = [i - 1, i - 2].some((k) => {
    const t = k >= 0 ? c.phrase(L.TIMES_WORDS, k, false) : null;
    return t !== null && t.end === i && c.near(i - 1);
  });
  if (!counted) return null;
  // زارها مرة في العام الماضي، مرتين في العام 2010: the unit opens a date, which is read instead.
  // ثلاث مرات في اليوم التالي، مرة في الشهر الأول: one day or month that the word after names.
  if (c.inSet(L.PER_UNIT_NOT_BEFORE, i + 2) && c.near(i + 1)) return null;
  for (const r of [calendarRelative, yearExpr]) if ((r(c, i + 1)?.end ?? 0) > i + 2) return null;
  return { end: i + 2, type: 'SET', value: durationValue(c, u.value, 1), anchored: false, source: 'rule:time/set' };
}

/** للأسبوع الثاني على التوالي: a recurring unit, counted (a SET of that unit). */
export function sequence(c: Cursor, i: number): M | null {
  const u = c.lookup(L.SEQUENCE_UNITS, i);
  if (!u) return null;
  const num = number(c, i + 1, false);
  if (!num || !num.ordinal || !c.near(i)) return null;
  const e = c.phrase(L.SEQUENCE_END, num.end, false);
  if (!e || !c.near(num.end - 1)) return null;
  return { end: e.end, type: 'SET', value: durationValue(c, u.value, 1), anchored: false, source: 'rule:time/sequence', startNs: c.startNs(i, u.pre) };
}
