/**
 * Person-name rules that run on the tags after the news conventions (issue #14, "names the lists
 * do not know"): a name given as a chain of ancestors ends on the family name written after it;
 * a given name and a family name right after a role phrase are a person the tagger missed.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { roleBefore, titleAt, type WordTok } from './roles.ts';
import { familyNameShape, isNationalGivenName, isSonOfLink } from './conventions.ts';
import { isKnownVerb } from './verbs.ts';
import { foldName, lexicons } from './lexicon.ts';
import { entityResources } from './resources.ts';

export const FAMILY_NAME_RULE = 'rule:person/family-name-after-chain';
export const AFTER_ROLE_RULE = 'rule:person/name-after-role';
export const NATIONAL_GIVEN_RULE = 'rule:person/national-given-name';

/**
 * Given names folded, with a final alef maqsura kept apart (`يحيى` is a name, `على` the
 * preposition, not `علي`): folding writes both as ي.
 */
const givenNameForms = (): Set<string> =>
  new Set(lexicons().givenNames.map((n) => foldName(n) + (n.endsWith('ى') ? 'ى' : '')));
function isGivenName(w: WordTok): boolean {
  return entityResources().get(givenNameForms).has(w.fold + (w.text.endsWith('ى') ? 'ى' : ''));
}

/**
 * Whether the word after a name chain is the family's name: one definite word written alone
 * (no clitic) that is no title or role, nationality, head noun, verb, word the guide never marks
 * or name of a place or body the lists know, and that ends the phrase: punctuation, the sentence's
 * end or a word without the article follows. (`تعيين نبيل بن عبدالله بن سليمان الطويل على وظيفة`;
 * but not the object in `يرعى فيصل بن بندر الحفل الختامي`, where a definite adjective follows.)
 */
function familyWord(words: readonly WordTok[], tags: readonly string[], b: number): boolean {
  const w = words[b];
  if (!w || tags[b] !== 'O' || !familyNameShape(w)) return false;
  const next = words[b + 1];
  return !next || next.kind !== 'word' || !next.fold.startsWith('ال');
}

/**
 * A person chunk that ends on `بن` + a name (`[نبيل بن عبدالله بن سليمان] الطويل`) takes the
 * family name after it, which the tagger leaves out where the chain is long. Tags are rewritten
 * in place; the spans set are returned.
 */
export function familyNames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a < ws.length; a++) {
      if (t[a] !== 'B-PERS') continue;
      let b = a + 1;
      while (b < ws.length && t[b] === 'I-PERS') b++;
      if (b - a >= 3 && isSonOfLink(ws[b - 2]!.fold) && familyWord(ws, t, b)) {
        t[b] = 'I-PERS';
        out.push({ s, a, b: b + 1, rule: FAMILY_NAME_RULE });
        b++;
      }
      a = b - 1;
    }
  });
  return out;
}

/** How many given names (and `بن` + a name) open a person at word k: 0 when word k is none. */
function givenRun(words: readonly WordTok[], tags: readonly string[], k: number): number {
  let j = k;
  while (j < words.length && j - k < 4 && tags[j] === 'O') {
    const w = words[j]!;
    if (w.kind !== 'word' || w.moff !== 0) break;
    if (isGivenName(w)) j++;
    else if (j > k && isSonOfLink(w.fold) && j + 1 < words.length && tags[j + 1] === 'O') j += 2;
    else break;
  }
  return j - k;
}

/**
 * A person no one tagged, named right after a role phrase: given names (the lists') and one family
 * name (`الإعلامي السعودي [علي الغفيلي]`, `المواطن [عائض غازي الأسمري]`). The role phrase is the
 * one roles.ts reads (titles.json and what may follow a title); the family name is read as after a
 * name chain.
 */
export function personsAfterRoles(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k < ws.length; k++) {
      const n = givenRun(ws, t, k);
      if (!n) continue;
      // the tagger found the rest of the name (`عائض [غازي الأسمري]`): the given names join it
      const rest = t[k + n] === 'B-PERS';
      if ((!rest && !familyWord(ws, t, k + n)) || !roleBefore(ws, k)) continue;
      // the given name must not be a title's own word (`الرئيس` is no given name, but a title
      // phrase may end on one: `نائب رئيس` + `سالم`)
      if (titleAt(ws, k, k + 1)) continue;
      let b = k + n + 1;
      while (rest && t[b] === 'I-PERS') b++;
      t[k] = 'B-PERS';
      for (let j = k + 1; j < b; j++) t[j] = 'I-PERS';
      out.push({ s, a: k, b, rule: AFTER_ROLE_RULE });
      k = b - 1;
    }
  });
  return out;
}

/**
 * A given name that is also a nationality (`تركي`) right before a family name is the person's own
 * name, which the tagger leaves out as the adjective: `[وتركي] [اليوسف]` where it tagged the
 * family name alone, and `قال تركي الدوسري` after a verb or a role phrase where it tagged nothing
 * (elsewhere an untagged pair may be an adjective and a word after it: `مسؤول تركي الأحد`).
 */
export function nationalGivenNames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < ws.length; k++) {
      if (t[k] !== 'O' || !isNationalGivenName(ws[k]!, ws[k + 1])) continue;
      let b: number;
      if (t[k + 1] === 'B-PERS' && t[k + 2] !== 'I-PERS' && familyWord(ws, [...t.slice(0, k + 1), 'O'], k + 1)) {
        b = k + 2;
      } else if (familyWord(ws, t, k + 1) && k > 0 && (isKnownVerb(ws[k - 1]!.fold) || roleBefore(ws, k))) {
        b = k + 2;
      } else continue;
      t[k] = 'B-PERS';
      t[k + 1] = 'I-PERS';
      out.push({ s, a: k, b, rule: NATIONAL_GIVEN_RULE });
      k = b - 1;
    }
  });
  return out;
}
