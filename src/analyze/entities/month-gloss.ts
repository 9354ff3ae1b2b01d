/**
 * A month glossed by its other spelling (`أبريل (نيسان)`, `نيسان (أبريل)`): the Levantine name is
 * also a company's (Nissan), and the tagger marks it as a body, but beside the same month it is a
 * date, which the guide never marks (rule 11). Read on unlabelled news (more/2015-07-21 … 08-09,
 * session 13): `[نيسان]` as ORG 9 times, every one in such a pair.
 */
import { gregorianMonthOf } from '../../text/dates.ts';
import type { WordTok } from './roles.ts';

/** The nearest word before or after k, over punctuation (a bracket, a slash) but no further. */
function neighbour(words: readonly WordTok[], k: number, step: 1 | -1): WordTok | undefined {
  for (let j = k + step, n = 0; j >= 0 && j < words.length && n < 3; j += step, n++)
    if (words[j]!.kind === 'word') return words[j];
  return undefined;
}

/** Whether word k names a month and a word beside it names the same month. */
export function isMonthGloss(words: readonly WordTok[], k: number): boolean {
  const m = gregorianMonthOf(words[k]!.text);
  if (m === undefined) return false;
  return [neighbour(words, k, -1), neighbour(words, k, 1)].some((w) => !!w && gregorianMonthOf(w.text) === m);
}
