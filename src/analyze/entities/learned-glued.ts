/**
 * Names whose first letter is ب, ف or ل and not a clitic (`بتال`, `فهيد`; issue #14, "names the
 * lists do not know"; session 15). The clitic analyser reads `بتال` as ب + `تال`, so a tagged
 * person's span started one letter late (`[تال العتيبي]`). The words are learned from name
 * statistics over unlabelled news (learned-glued-names.json, built by
 * scripts/build-learned-glued-names.ts): a word that stands before learned family names while
 * what is left without its first letter never does.
 */
import { entityResources, type EntityResources } from './resources.ts';
import { learnedList } from './lexicon.ts';

/** The learned words, folded (none when the lexicon folder has no such file). */
function loadGlued(r: EntityResources): Set<string> {
  return new Set(learnedList(r.lexiconDir, 'learned-glued-names.json', 'words'));
}

/** Whether a folded word is a name whose first ب, ف or ل is its own. */
export const learnedGluedName = (fold: string): boolean => entityResources().get(loadGlued).has(fold);
