/**
 * Time expressions in Arabic text, resolved TIMEX3-style against an anchor date.
 *
 * The text is folded (see `norm.ts`) and its shared tokens (`src/text/tokenize.ts`) cut into
 * pieces (`src/text/pieces.ts`); small grammar rules try to match at each piece and the longest
 * match wins. A second pass joins neighbours a reader takes as one
 * expression (`مساء` + `أمس`, `الثلاثاء` + `16 يونيو`, a date + a clock time, a Hijri date +
 * `الموافق` + its Gregorian date) and adds the first day of ranges (`من 10 إلى 12 يونيو`).
 * Without an anchor, values are left underspecified (`XXXX-XX-XX`, `XXXX-05-26`), never guessed.
 *
 * Layout: `cursor.ts` holds the tokens, the anchor and the lookups at a token; `numbers.ts` and
 * `relative.ts` the numbers, years and anchor arithmetic the rules share; `rules/` the rules, one
 * file per family, each a function of a cursor and a token; `merge.ts` the second pass. This file
 * runs them.
 */
import type { TimeExpression, Token } from '../../doc/types.ts';
import { piecesOf, tokensOfWholeText } from '../../text/pieces.ts';
import { tokenize } from '../../text/tokenize.ts';
import { Cursor } from './cursor.ts';
import type { M, Found } from './match.ts';
import { clockDates, continuedHours, merge, resolveAnaphora } from './merge.ts';
import { normText, toOriginal } from './norm.ts';
import { clock, midnight } from './rules/clock.ts';
import { gregDate, numericDate, yearExpr } from './rules/dates.ts';
import { relDay, theMorrow, tonight, weekday } from './rules/days.ts';
import { ageAfterHead, ageOrdinal, duration, offset, repeatSet, sequence, setExpr, timesPer } from './rules/durations.ts';
import { hijriDate } from './rules/hijri-dates.ts';
import { holiday } from './rules/holidays.ts';
import { calendarRelative, century, decade, season } from './rules/periods.ts';
import { anaphoric, anaphoricOffset, now, vagueRef } from './rules/vague.ts';

export interface TagOptions {
  /** Anchor `YYYY-MM-DD` (the publication date); null leaves relative values underspecified. */
  anchor: string | null;
}

/**
 * The rules tried at each token, in this order: the longest match wins, and of two equally long
 * matches the earlier rule's.
 */
export const RULES: readonly ((c: Cursor, i: number) => M | null)[] = [
  numericDate,
  hijriDate,
  gregDate,
  holiday,
  relDay,
  tonight,
  theMorrow,
  weekday,
  calendarRelative,
  offset,
  setExpr,
  clock,
  duration,
  season,
  yearExpr,
  now,
  decade,
  century,
  vagueRef,
  anaphoric,
  anaphoricOffset,
  sequence,
  ageOrdinal,
  ageAfterHead,
  midnight,
  repeatSet,
  timesPer,
];

/** Every rule at every token, the longest match kept, then the merge pass. */
function run(c: Cursor): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < c.toks.length; ) {
    if (!c.mayOpen(i)) {
      i++;
      continue;
    }
    let best: M | null = null;
    for (const r of RULES) {
      const m = r(c, i);
      if (m && m.end > i && (!best || m.end > best.end)) best = m;
    }
    if (best) {
      out.push({ ...best, i });
      i = best.end;
    } else i++;
  }
  return clockDates(c, continuedHours(c, merge(c, resolveAnaphora(c, out))));
}

/** The matches as expressions over the original text (offsets mapped back through the folding). */
function toExpressions(c: Cursor, found: Found[]): TimeExpression[] {
  const text = c.nt.src;
  return found.map((f) => {
    const ns = f.startNs ?? c.toks[f.i]!.ns;
    const ne = c.toks[f.end - 1]!.ne;
    const [start, end] = toOriginal(c.nt, ns, ne);
    const e: TimeExpression = {
      start,
      end,
      text: text.slice(start, end),
      type: f.type,
      value: f.value,
      anchor: f.anchored && c.anchorStr && !f.value.startsWith('X') ? c.anchorStr : null,
      source: f.source,
    };
    if (f.hijri) e.hijri = f.hijri;
    if (f.mod) e.mod = f.mod;
    return e;
  });
}

/**
 * Finds and resolves the time expressions of the whole of `text`, read through its shared tokens
 * (`tokens`: the tokens stage's, which leave out what lies outside the headline, caption and
 * paragraphs; the same tokeniser covers the rest, a date line included). Without them (a stage run
 * on its own), the whole text is tokenised.
 */
export function findTimesInTokens(text: string, tokens: readonly Token[] | undefined, opts: TagOptions): TimeExpression[] {
  const nt = normText(text);
  const c = new Cursor(nt, piecesOf(nt, tokens ? tokensOfWholeText(text, tokens) : tokenize(text)), opts.anchor);
  return toExpressions(c, run(c));
}

/** `findTimesInTokens` over `text` tokenised here (whole text, or the range [from, to)): for the CLI and tests. */
export function findTimes(text: string, opts: TagOptions, from = 0, to = text.length): TimeExpression[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const found = findTimesInTokens(slice, tokenize(slice), opts);
  if (from === 0) return found;
  return found.map((e) => ({ ...e, start: e.start + from, end: e.end + from }));
}
