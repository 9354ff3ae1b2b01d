/**
 * Religious formulae written after a name (`فيصل - رحمه الله -`, `سالم رحمه الله`): the guide
 * never marks them (rule 11), but the tagger, trained on ANERcorp, reads `رحمه الله` as a body or
 * runs a person's name on into it (`[سالم رحمه]`). A chunk ends where a formula begins: its first
 * word (name-heads.json formulae.before: `رحمه`, `حفظه` …) before a word the guide never marks
 * (`الله`). Read on unlabelled news (more/2015-07-21 … 08-09, session 13): `رحمه الله` alone as
 * ORG 10 times, as PER 4, at a person's end 4 more.
 */
import { isNotName } from './conventions.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';

/** name-heads.json formulae.before, folded (absent: no formula is cut). */
function loadFormulae(): Set<string> {
  const nh = nameHeadsJson() as { formulae?: { before: string[] } };
  return new Set((nh.formulae?.before ?? []).map((w) => foldName(w)));
}
/** The folded first words of the formulae (built once; createPipeline builds them up front). */
export const formulaWords = (): Set<string> => entityResources().get(loadFormulae);

/** Where a chunk [a, b) ends once a formula inside it or right after its end is cut off (`b` for none). */
export function endBeforeFormula(words: readonly WordTok[], a: number, b: number): number {
  const f = formulaWords();
  if (!f.size) return b;
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    const next = words[k + 1];
    if (w.kind === 'word' && f.has(w.fold) && !!next && next.kind === 'word' && isNotName(next.mfold)) return k;
  }
  return b;
}
