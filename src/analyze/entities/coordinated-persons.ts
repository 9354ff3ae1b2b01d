/**
 * A person named in full right after another, joined by و (`[سمير النوري] ووائل غلام`, line-ups,
 * committee members, lists of guests): the tagger often found the first and dropped the second.
 * Where a person chunk of two words or more is followed by و + a given name of given-names.json and
 * one more bare word, those two words are the next person, unless either is a title (`وأمين
 * عام`), the second a head noun (`وأمين منطقة …`), a link of a longer name (`بن`) or a verb; given
 * names that are mostly a role there are left out (name-heads.json coordinatedPersons.notGiven). Missed 3 times in one tune3
 * line-up (`وفيصل معوضه`) and about 11 times in 840 articles of more/2015-07-25 (`ووائل غلام`,
 * `وبندر الماضي`), session 16, issue #14. Runs after the conventions.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { conventions, headOf } from './conventions.ts';
import { foldName, lexicons, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { titleAt, type WordTok } from './roles.ts';
import { chunkEnd } from './chunks.ts';
import { isKnownVerb } from './verbs.ts';

export const COORDINATED_PERSON_RULE = 'rule:per/coordinated-person';

/**
 * The given names of given-names.json, less name-heads.json coordinatedPersons.notGiven: given names
 * that after و are far more often a role (`وأمين الصندوق`, `وأمين منطقة الرياض`).
 */
function loadGiven(): Set<string> {
  const cp = (nameHeadsJson() as { coordinatedPersons?: { notGiven?: string[] } }).coordinatedPersons ?? {};
  const not = new Set((cp.notGiven ?? []).map(foldName));
  return new Set(
    lexicons()
      .givenNames.map(foldName)
      .filter((g) => !not.has(g)),
  );
}
const givenNameSet = (): Set<string> => entityResources().get(loadGiven);

/** The second word of the next person: bare, no head noun, no name link, no verb. */
function familyWord(w: WordTok | undefined): boolean {
  return (
    !!w &&
    w.kind === 'word' &&
    w.moff === 0 &&
    !headOf(w) &&
    !conventions().nameLinks.has(w.fold) &&
    !isKnownVerb(w.fold)
  );
}

/** Tags are rewritten in place; the spans set are returned. */
export function coordinatedPersons(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const given = givenNameSet();
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      if (t[i] !== 'B-PERS') continue;
      const a = i;
      const b = chunkEnd(t, a);
      const w = ws[b];
      const f = ws[b + 1];
      i = b - 1;
      // the person before is named in full, as the one after will be
      if (b - a < 2) continue;
      // (the given name alone may be tagged already: `و[فيصل] معوضه`)
      if (
        !w ||
        (t[b] !== 'O' && t[b] !== 'B-PERS') ||
        t[b + 1] !== 'O' ||
        w.kind !== 'word' ||
        w.moff !== 1 ||
        w.fold[0] !== 'و' ||
        !given.has(w.mfold)
      )
        continue;
      if (!familyWord(f) || titleAt(ws, b) || titleAt(ws, b + 1)) continue;
      t[b] = 'B-PERS';
      t[b + 1] = 'I-PERS';
      out.push({ s, a: b, b: b + 2, rule: COORDINATED_PERSON_RULE });
    }
  });
  return out;
}
