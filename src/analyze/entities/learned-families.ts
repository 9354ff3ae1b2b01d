/**
 * A person named with no cue (issue #14, "names the lists do not know"; session 14): a given name
 * of the lists and a family name no list knows, mid-sentence, with no title or verb of saying
 * before them (`… إلى جانب فهد البدين …`), which the tagger leaves untagged. A rule keyed on the
 * given name alone is wrong four times in five (`حسن الظن`, `أمين عام`), so the family name must
 * be one learned from name statistics over unlabelled news: a definite word that follows a given
 * name in most articles it occurs in (learned-families.json, built by
 * scripts/build-learned-families.ts). Guide rule 5: the whole name, given names and `بن` links.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { titleAt, type WordTok } from './roles.ts';
import { conjoinedGiven, given } from './given-family.ts';
import { headOf, isNameLink, isSonOfLink } from './conventions.ts';
import { definiteFamily, isGivenName } from './family-names.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { learnedList } from './lexicon.ts';

export const LEARNED_FAMILY_RULE = 'rule:person/learned-family';

/** At most this many given names (and `بن` + a name) before the family name. */
const MAX_GIVEN = 4;

/** The learned family names, folded (none when the lexicon folder has no such file). */
function loadLearned(r: EntityResources): Set<string> {
  return new Set(learnedList(r.lexiconDir, 'learned-families.json', 'words'));
}
export const learnedFamily = (fold: string): boolean => entityResources().get(loadLearned).has(fold);

/**
 * Where the given names before the family name at word k begin, or k when none: given names
 * written alone, `بن` + a given name between them, `عبد` written apart from its complement
 * (`عبد الرحمن`), and first a given name after `و` (`وعبدالمجيد السواط`, the next of a list). All
 * untagged.
 */
function givenStart(ws: readonly WordTok[], t: readonly string[], k: number): number {
  let j = k;
  while (j > 0 && k - j < MAX_GIVEN && t[j - 1] === 'O') {
    const w = ws[j - 1]!;
    if (given(w)) j--;
    else if (j < k && j >= 2 && isSonOfLink(w.fold) && t[j - 2] === 'O' && given(ws[j - 2]!)) j -= 2;
    else if (j >= 2 && ws[j - 2]!.kind === 'word' && ws[j - 2]!.moff === 0 && t[j - 2] === 'O' && isGivenName({ ...w, fold: ws[j - 2]!.fold + w.fold }))
      j -= 2;
    else if (conjoinedGiven(w)) return j - 1;
    else break;
  }
  return j;
}

/** A word with a head noun's reading (`مستشفى`, `شارع`). */
const head = (w: WordTok | undefined): boolean => !!w && w.kind === 'word' && !!headOf(w);

/**
 * Whether the name would sit inside a bigger one: a tagged entity, a name link (`بن`, `آل`, `أبو`)
 * or a head noun right before it, or a head and a title (`مستشفى الملك فيصل التخصصي`, whose
 * adjective follows a given name often enough to be learned).
 */
function insideBigger(ws: readonly WordTok[], t: readonly string[], j: number): boolean {
  if (j === 0) return false;
  const w = ws[j - 1]!;
  if (t[j - 1] !== 'O') return true;
  if (w.kind === 'word' && (isNameLink(w.mfold) || head(w))) return true;
  return j >= 2 && !!titleAt(ws, j - 1, j) && head(ws[j - 2]);
}

/**
 * Where the tagger's person chunk right before word k starts, when it is only given names
 * (`[نواف] العابد` mid-sentence, which familyAfterGiven leaves where no punctuation, closer or
 * verb follows); else -1.
 */
function givenChunkBefore(ws: readonly WordTok[], t: readonly string[], k: number): number {
  if (!t[k - 1]!.endsWith('-PERS')) return -1;
  let a = k - 1;
  while (a > 0 && t[a] === 'I-PERS') a--;
  if (t[a] !== 'B-PERS' || k - a > MAX_GIVEN) return -1;
  for (let i = a; i < k; i++) if (!given(ws[i]!) && !(i === a && conjoinedGiven(ws[i]!))) return -1;
  return a;
}

/** Tags are rewritten in place; the spans set are returned. */
export function learnedFamilies(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k]!;
      if (t[k] !== 'O' || w.kind !== 'word' || !learnedFamily(w.fold) || !definiteFamily(w, t[k])) continue;
      const chunk = givenChunkBefore(ws, t, k);
      if (chunk >= 0) {
        t[k] = 'I-PERS';
        out.push({ s, a: chunk, b: k + 1, rule: LEARNED_FAMILY_RULE });
        continue;
      }
      const a = givenStart(ws, t, k);
      if (a === k || !(given(ws[a]!) || conjoinedGiven(ws[a]!)) || titleAt(ws, a, a + 1) || insideBigger(ws, t, a)) continue;
      for (let i = a; i <= k; i++) t[i] = i === a ? 'B-PERS' : 'I-PERS';
      out.push({ s, a, b: k + 1, rule: LEARNED_FAMILY_RULE });
    }
  });
  return out;
}
