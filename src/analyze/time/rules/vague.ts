/** Rules for vague and anaphoric references: الآن، في الماضي، مستقبلاً، وقتها، قبل ذلك بيوم. */
import { opensWithArticle, startsWithProclitic } from '../../../text/clitics.ts';
import { type Cursor, W } from '../cursor.ts';
import * as L from '../lexicon.ts';
import type { M } from '../match.ts';

/** الآن، حالياً: the present, as TIMEX3 writes it. */
export function now(c: Cursor, i: number): M | null {
  const v = c.lookup(L.VAGUE_NOW, i);
  if (!v) return null;
  return { end: i + 1, type: 'DATE', value: v.value, anchored: false, source: 'rule:time/now', startNs: c.startNs(i, v.pre) };
}

/** في الماضي، منذ فترة، مستقبلاً، في الوقت الراهن: PAST_REF, FUTURE_REF, PRESENT_REF. */
export function vagueRef(c: Cursor, i: number): M | null {
  // `نهاية الموسم الماضي`, `مطلع الموسم المقبل`: a position word joins a definite stretch of two words.
  const pos = c.lookup(L.POSITIONS, i);
  if (pos && c.near(i)) {
    const r = c.phrase(L.VAGUE_REFS, i + 1, false);
    if (r && r.end > i + 2 && opensWithArticle(r.word) && !L.VAGUE_REFS_NEED_FI.has([r.word, ...c.toks.slice(i + 2, r.end).map((t) => t.t)].join(' ')))
      return { end: r.end, type: 'DATE', value: r.value as string, anchored: false, source: 'rule:time/vague', startNs: c.startNs(i, pos.pre) };
  }
  const r = c.phrase(L.VAGUE_REFS, i);
  if (!r) return null;
  const key = [r.word, ...c.toks.slice(i + 1, r.end).map((t) => t.t)].join(' ');
  if (L.VAGUE_REFS_NEED_FI.has(key) && !(c.inSet(new Set([W.in]), i - 1, true) && c.near(i - 1) && r.pre === 0)) return null;
  // في الماضي القريب / في السابق من…: an adjective or a complement makes it something else.
  if (L.VAGUE_REFS_NEED_FI.has(key) && opensWithArticle(c.w(r.end)) && c.near(r.end - 1) && !L.CLAUSE_BOUNDARIES.has(c.w(r.end))) return null;
  // فيما سبق للنادي أن…، فيما سبق من جرائم: the verb takes a complement; no time.
  const verbNot = L.VAGUE_REFS_VERB.get(key);
  if (verbNot && c.near(r.end - 1) && (verbNot.has(c.w(r.end)) || startsWithProclitic(c.w(r.end), 'lam'))) return null;
  // قريباً من المسجد is a place; قريباً من الذي سيفوز is still soon.
  if (L.VAGUE_REFS_NEAR.has(key) && L.NEAR_PREPOSITIONS.has(c.w(r.end)) && !L.CLAUSE_BOUNDARIES.has(c.w(r.end + 1))) return null;
  return { end: r.end, type: 'DATE', value: r.value as string, anchored: false, source: 'rule:time/vague', startNs: c.startNs(i, r.pre) };
}

/** اليوم ذاته، وقتها، في الوقت نفسه: the last date before it (resolved in `resolveAnaphora`). */
export function anaphoric(c: Cursor, i: number): M | null {
  // في اليوم التالي: the day after the last day mentioned.
  const shift = c.phrase(L.ANAPHORA_SHIFT, i);
  if (shift)
    return { end: shift.end, type: 'DATE', value: 'XXXX-XX-XX', anchored: false, source: 'rule:time/anaphora', startNs: c.startNs(i, shift.pre), anaphor: 'day', anaphorDays: shift.value };
  const r = c.phrase(L.ANAPHORA, i);
  if (!r) return null;
  if (r.end === i + 1 && L.ANAPHORA_NOT_AFTER_FI.has(r.word) && (c.w(i - 1) === W.in || r.pre > 0 && c.w(i).endsWith(W.in))) return null;
  return { end: r.end, type: 'DATE', value: 'XXXX-XX-XX', anchored: false, source: 'rule:time/anaphora', startNs: c.startNs(i, r.pre), anaphor: r.value };
}

/** قبل ذلك بيوم، بعد ذلك بأسبوعين: the last day mentioned, moved by a count of days or weeks. */
export function anaphoricOffset(c: Cursor, i: number): M | null {
  const past = c.inSet(L.PAST_INTROS, i, true);
  const fut = past ? null : c.inSet(L.FUTURE_INTROS, i, true);
  if ((!past && !fut) || c.w(i) === W.since || !c.inSet(L.DEMONSTRATIVE_THAT, i + 1) || !c.near(i) || !c.near(i + 1)) return null;
  // The count is the unit word itself after ب (بيوم، بيومين، بأسبوع): one or two of it.
  const t = c.tok(i + 2);
  const u = t && startsWithProclitic(t.t, 'ba') ? L.UNITS.get(t.t.slice(1)) : undefined;
  if (!u || u[1] === 0 || (u[0] !== 'D' && u[0] !== 'W')) return null;
  const days = (u[0] === 'W' ? 7 : 1) * u[1] * (past ? -1 : 1);
  return { end: i + 3, type: 'DATE', value: 'XXXX-XX-XX', anchored: false, source: 'rule:time/anaphora', startNs: c.startNs(i, (past ?? fut)!.pre), anaphor: 'day', anaphorDays: days };
}
