/**
 * Scoring of entity mentions against the news entity gold (docs/gold/entities-guide.md): pure
 * functions, shared by scripts/eval-entities.ts and its test.
 *
 * A mention is a typed span. Exact match: same start, same end, same type. Overlap match: spans
 * share at least one character and have the same type, paired one-to-one, largest overlap first.
 * Before comparing, a span that starts on the elided article's ل of لل (للمملكة → لمملكة) is
 * counted from the letter after it, the guide's convention: where a tagger includes that ل is a
 * matter of convention, not of finding the entity.
 */

export type EType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const ETYPES: readonly EType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export interface TypedSpan {
  start: number;
  end: number;
  type: EType;
}

export interface Tally {
  gold: number;
  pred: number;
  /** gold mentions matched (recall numerator) */
  hitGold: number;
  /** predicted mentions matched (precision numerator) */
  hitPred: number;
}

export const emptyTally = (): Tally => ({ gold: 0, pred: 0, hitGold: 0, hitPred: 0 });

export function addTally(into: Tally, t: Tally): void {
  into.gold += t.gold;
  into.pred += t.pred;
  into.hitGold += t.hitGold;
  into.hitPred += t.hitPred;
}

export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.pred ? t.hitPred / t.pred : 0;
  const r = t.gold ? t.hitGold / t.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** The guide's start for a span: past the elided article's ل when the span starts on it. */
export function canonStart(text: string, start: number): number {
  if (text[start] !== 'ل' || text.startsWith('ال', start)) return start;
  let ws = start;
  while (ws > 0 && WORD.test(text[ws - 1]!)) ws--;
  return /^[وف]?ل$/.test(text.slice(ws, start)) ? start + 1 : start;
}

const canon = (text: string, s: TypedSpan): TypedSpan => ({ ...s, start: canonStart(text, s.start) });

export interface MatchResult {
  /** per type and overall ('ALL'), and 'SPAN' for spans ignoring type */
  tallies: Record<EType | 'ALL' | 'SPAN', Tally>;
  /** indices into gold / pred that found no partner (typed match) */
  missed: number[];
  spurious: number[];
  /** pairs whose spans match under the mode but whose types differ: [gold index, pred index] */
  wrongType: [number, number][];
}

function pair(gold: TypedSpan[], pred: TypedSpan[], mode: 'exact' | 'overlap', typed: boolean): [number, number][] {
  const cands: { g: number; p: number; ov: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (typed && g.type !== p.type) return;
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (mode === 'exact' ? g.start === p.start && g.end === p.end : ov > 0) cands.push({ g: gi, p: pi, ov });
    }),
  );
  cands.sort((a, b) => b.ov - a.ov || a.g - b.g || a.p - b.p);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cands) {
    if (gu.has(c.g) || pu.has(c.p)) continue;
    gu.add(c.g);
    pu.add(c.p);
    out.push([c.g, c.p]);
  }
  return out;
}

/** Scores one article's predicted mentions against its gold mentions. */
export function matchMentions(text: string, goldIn: TypedSpan[], predIn: TypedSpan[], mode: 'exact' | 'overlap'): MatchResult {
  const gold = goldIn.map((s) => canon(text, s));
  const pred = predIn.map((s) => canon(text, s));
  const tallies = Object.fromEntries([...ETYPES, 'ALL', 'SPAN'].map((k) => [k, emptyTally()])) as MatchResult['tallies'];
  for (const g of gold) tallies[g.type].gold++;
  for (const p of pred) tallies[p.type].pred++;
  const typed = pair(gold, pred, mode, true);
  for (const [gi, pi] of typed) {
    tallies[gold[gi]!.type].hitGold++;
    tallies[pred[pi]!.type].hitPred++;
  }
  tallies.ALL = { gold: gold.length, pred: pred.length, hitGold: typed.length, hitPred: typed.length };
  const untyped = pair(gold, pred, mode, false);
  tallies.SPAN = { gold: gold.length, pred: pred.length, hitGold: untyped.length, hitPred: untyped.length };
  const gHit = new Set(typed.map(([g]) => g));
  const pHit = new Set(typed.map(([, p]) => p));
  const wrongType = untyped.filter(([g, p]) => !gHit.has(g) && !pHit.has(p) && gold[g]!.type !== pred[p]!.type);
  return {
    tallies,
    missed: gold.map((_, i) => i).filter((i) => !gHit.has(i)),
    spurious: pred.map((_, i) => i).filter((i) => !pHit.has(i)),
    wrongType,
  };
}

/** What the prediction did instead of a missed gold mention (spans already past the guide's start rule). */
export function missClass(g: TypedSpan, pred: readonly TypedSpan[]): Exclude<ErrorClass, 'spurious'> {
  const ov = pred.filter((p) => Math.min(g.end, p.end) > Math.max(g.start, p.start));
  if (ov.some((p) => p.start === g.start && p.end === g.end)) return 'wrongType';
  if (ov.some((p) => p.start <= g.start && p.end >= g.end)) return 'tooLong';
  if (ov.some((p) => p.start >= g.start && p.end <= g.end)) return 'tooShort';
  return ov.length ? 'crossing' : 'missedNoOverlap';
}

/** Error classes of one article, as counts only (safe to print for the held-out split). */
export type ErrorClass = 'wrongType' | 'tooLong' | 'tooShort' | 'crossing' | 'missedNoOverlap' | 'spurious';
export const ERROR_CLASSES: readonly ErrorClass[] = ['wrongType', 'tooLong', 'tooShort', 'crossing', 'missedNoOverlap', 'spurious'];

/**
 * Counts each missed gold mention by what the prediction did instead (by the gold type): the
 * same span with another type, a longer or shorter span (of any type) around or inside it, a
 * span crossing it, or nothing at all; and each predicted mention that overlaps no gold mention
 * (by the predicted type). Exact comparison, after the guide's start rule.
 */
export function errorClasses(text: string, goldIn: TypedSpan[], predIn: TypedSpan[]): Record<EType, Record<ErrorClass, number>> {
  const gold = goldIn.map((s) => canon(text, s));
  const pred = predIn.map((s) => canon(text, s));
  const out = Object.fromEntries(ETYPES.map((t) => [t, Object.fromEntries(ERROR_CLASSES.map((c) => [c, 0]))])) as Record<
    EType,
    Record<ErrorClass, number>
  >;
  const r = matchMentions(text, goldIn, predIn, 'exact');
  for (const gi of r.missed) out[gold[gi]!.type][missClass(gold[gi]!, pred)]++;
  for (const pi of r.spurious) {
    const p = pred[pi]!;
    if (!gold.some((g) => Math.min(g.end, p.end) > Math.max(g.start, p.start))) out[p.type].spurious++;
  }
  return out;
}
