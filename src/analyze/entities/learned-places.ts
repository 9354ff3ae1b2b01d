/**
 * Small places no gazetteer lists (issue #14, "names the lists do not know"; session 14): towns,
 * villages and districts the press names with a place head once (`محافظة أملج`, `قرية الحصاة`)
 * and then alone (`وصل إلى أملج`), which the tagger leaves untagged. The words are learned from
 * place-head statistics over unlabelled news (learned-places.json, built by
 * scripts/build-learned-places.ts): a word written alone after a head of name-heads.json
 * learnedPlaces in most articles it occurs in. Alone, such a word is the place only where a place
 * stands: after a word of nameAfter.placeBefore (`في`, `إلى`, `قرب`), with ب, or in a list with a
 * place found (`[صبيا] وأملج`); elsewhere it may be what it spells as a word. Right after a place
 * head the head-noun rule left (`ولاية بلخ`, `مدينة مديات`) it is the place too.
 */
import { isProcliticLetter, opensWithArticle, startsWithProclitic } from '../../text/clitics.ts';
import { base, conventions, isDescriptiveHead } from './conventions.ts';
import { learnedList, nameHeadsList } from './lexicon.ts';
import { endsWithHaOrTaMarbuta } from '../../text/endings.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { COMMA, type WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const LEARNED_PLACES_RULE = 'rule:loc/learned-place';

/** The learned places, folded (none when the lexicon folder has no such file). */
function loadLearned(r: EntityResources): Set<string> {
  return new Set(learnedList(r.lexiconDir, 'learned-places.json', 'words'));
}
export const learnedPlace = (fold: string): boolean => entityResources().get(loadLearned).has(fold);

/** Builds the rule's lists up front (prepare.ts), so that analysing reads no file. */
export function prepareLearnedPlaces(): void {
  learnedPlace('');
  withHeads();
  pluralHeads();
}

const isLoc = (t: string | undefined): boolean => t === 'B-LOC' || t === 'I-LOC';

/** Whether word i stands where a place stands: after a word of place, with ب, or in a list of places. */
function placeContext(ws: readonly WordTok[], t: readonly string[], i: number): boolean {
  const w = ws[i]!;
  const prev = ws[i - 1];
  // (or after a plural head of places, `مدينتي الحوطة وزنجبار`, whose list the و rule below goes on with)
  if (w.moff === 0)
    return !!prev && prev.kind === 'word' && t[i - 1] === 'O' && (conventions().placeBefore.has(prev.fold) || pluralHeads().has(base(prev)));
  // a proclitic: ب last before the article (`بالحوطة`, `وبالحوطة`; a word without the article that
  // opens with the letter is as often a word of its own, `بائعات`), or و joining it to a place
  // before or after it
  const clitics = w.fold.slice(0, w.moff);
  if (isProcliticLetter(clitics.slice(-1), 'ba')) return opensWithArticle(w.mfold);
  if (!startsWithProclitic(clitics, 'waw')) return false;
  if (isLoc(t[i - 1]) || (!!prev && COMMA.has(prev.text) && isLoc(t[i - 2]))) return true;
  const next = ws[i + 1];
  return !!next && next.moff > 0 && startsWithProclitic(next.fold, 'waw') && t[i + 1] === 'B-LOC';
}

const buildWithHeads = (): Set<string> => nameHeadsList('learnedPlaces', 'withHead');
const withHeads = (): Set<string> => entityResources().get(buildWithHeads);
const buildPluralHeads = (): Set<string> => nameHeadsList('coordinatedPlaces', 'pluralHeads');
const pluralHeads = (): Set<string> => entityResources().get(buildPluralHeads);

/**
 * Where the place at word i starts when a head stands right before it: the head itself for a head
 * of learnedPlaces.withHead (`ولاية بلخ`, guide rule 2), i after a descriptive head (`مدينة
 * مديات`, rule 15); -1 after no head, or for a word that may be an adjective (`منطقة عازلة`).
 */
function afterHead(ws: readonly WordTok[], t: readonly string[], i: number): number {
  const w = ws[i]!;
  const h = ws[i - 1];
  if (!h || h.kind !== 'word' || t[i - 1] !== 'O' || w.moff > 0) return -1;
  if (!opensWithArticle(w.fold) && endsWithHaOrTaMarbuta(w.fold)) return -1;
  if (withHeads().has(base(h))) return i - 1;
  return isDescriptiveHead(h) ? i : -1;
}

/** Tags are rewritten in place; the spans set are returned. */
export function learnedPlaces(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (t[i] !== 'O' || w.kind !== 'word' || !learnedPlace(base(w))) continue;
      const a = i > 0 ? afterHead(ws, t, i) : -1;
      if (a < 0 && !placeContext(ws, t, i)) continue;
      const from = a < 0 ? i : a;
      for (let k = from; k <= i; k++) t[k] = k === from ? 'B-LOC' : 'I-LOC';
      out.push({ s, a: from, b: i + 1, rule: LEARNED_PLACES_RULE });
    }
  });
  return out;
}
