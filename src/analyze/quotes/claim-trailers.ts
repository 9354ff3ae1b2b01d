/**
 * What may close the subject of a verb of saying right before its object claim, with no comma
 * (issue 15): a parenthesis in dashes (وأكد سموه - حفظه الله - اعتزاز…), a time word (أكد الوزير
 * فلان أمس وقوف…، مساء أمس) or the statement it was said in (في بيان لها، في تصريحه), or a
 * statement then a time word (في تصريح صحفي أمس). Without this the claim was only taken right
 * after a named subject.
 */
import { LEX } from './lexicon.ts';
import type { Tok } from './text.ts';
import { hasDashOrColon } from '../../text/punctuation.ts';
import { isTatweel } from '../../text/script.ts';

/** Longest parenthesis between two dashes (a prayer: حفظه الله، رعاه الله، أيده الله). */
const DASHED_WORDS = 4;

const isDash = (t: Tok | undefined): boolean => !!t && !t.word && t.text !== ':' && (hasDashOrColon(t.text) || isTatweel(t.text));

/** The start of one trailer ending right before token k, or k. */
function oneTrailerStart(toks: Tok[], k: number, same: (j: number) => boolean): number {
  const last = toks[k - 1];
  if (!last || !same(k - 1)) return k;
  if (isDash(last)) {
    for (let j = k - 2; j >= 0 && j >= k - 2 - DASHED_WORDS && same(j); j--) {
      if (isDash(toks[j])) return j < k - 2 ? j : k;
      if (!toks[j]!.word) return k;
    }
    return k;
  }
  if (!last.word) return k;
  if (LEX.claimSubjectTrailers.has(last.n)) {
    const lead = toks[k - 2];
    return lead?.word && same(k - 2) && LEX.claimSubjectTimeLeads.has(lead.n) ? k - 2 : k - 1;
  }
  // في بيان لها، في تصريح صحفي، في تصريحه (not في تصريح نقلته…: the bare noun's description).
  const described = LEX.claimSubjectAfterStatement.has(last.n);
  const noun = described ? k - 2 : k - 1;
  const fi = toks[noun - 1];
  const head = toks[noun];
  if (noun < 1 || !same(noun - 1) || !fi?.word || !head?.word || !LEX.claimSubjectStatementPreps.has(fi.n)) return k;
  return (described && LEX.adjunctAfterFi.has(head.n)) || LEX.claimSubjectOwnStatements.has(head.n) ? noun - 1 : k;
}

/**
 * Where the trailers that end right before the claim at token k start (their first token), or k
 * when none does. `same(j)` says whether token j is in the claim's sentence.
 */
export function claimTrailerStart(toks: Tok[], k: number, same: (j: number) => boolean): number {
  const claim = toks[k];
  // صحفي، له after في تصريح describe the statement: they are no claim.
  if (!claim || LEX.claimSubjectAfterStatement.has(claim.n)) return k;
  const a = oneTrailerStart(toks, k, same);
  return a < k ? oneTrailerStart(toks, a, same) : k;
}
