/**
 * Foreign given names left out before the family name the tagger found (issue #14, "names the
 * lists do not know"; session 13, read on unlabelled news of 2015-07-23 and 2015-08-02): a
 * transliterated first name is a word no list knows, so the tagger marks the family name alone
 * (`المدرب الإسباني جوسيب [جوارديولا]`, `الفريق مهاب [مميش]`), or tags it whole and the lists,
 * which know the family name alone, cut it (`[جوسيب جوارديولا]` → `جوارديولا`: givenNamesBefore in
 * given-family.ts). The guide marks the whole name (rule 5). Words left out are taken only where the
 * first is a name word of the romanisation table and something before it says a person is named
 * next: a nationality adjective with the article (`الإسباني`) or a role phrase ending on a definite
 * word (roles.ts); elsewhere an unknown word before a name may be a verb or a noun the lists lack.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { lightProcliticForms, opensWithArticle, startsWithConjunction } from '../../text/clitics.ts';
import { nationality, roleBefore, type WordTok } from './roles.ts';
import { afterRole, bareNameWord } from './family-names.ts';
import { isNameWord } from './romanise.ts';
import { lookupName } from './names.ts';

export const FOREIGN_GIVEN_RULE = 'rule:person/foreign-given-name-before-family';

/** At most this many unknown words before the family name (`سيد غول اغا [روحاني]`). */
const MAX_WORDS = 3;

/**
 * A word that may be a given name no list of Arabic names has: a word written alone that no list
 * knows as anything else (bareNameWord), nor, even after a conjunction, a word that follows a
 * role without naming anyone (name-heads.json personAfterRole: `فإن`, `ولكن`, the `أول ركن` of a
 * rank).
 */
function unknownWord(w: WordTok | undefined, tag: string | undefined): boolean {
  return bareNameWord(w, tag) && !notAName(w!);
}

/** A closer or a word that is never a name, with or without a glued clitic (`فهو`, `بأن`). */
export function notAName(w: WordTok): boolean {
  const { closers, notNames } = afterRole();
  return lightProcliticForms(w.fold).some(([f]) => closers.has(f) || notNames.has(f));
}

/**
 * A foreign given name: a word written alone that is a name word of the romanisation table
 * (`جوسيب`, `ألكسندر`, whose first letters read as the article), not `فإن` or `أول`, nor a person
 * the lists know by that word (`غاندي` in `[راهول غاندي مودي]`, two persons).
 */
export function foreignGivenName(w: WordTok): boolean {
  return w.kind === 'word' && w.moff === 0 && isNameWord(w.fold) && !notAName(w) && !lookupName(w.fold);
}

/** Whether words [j, a) for some j ≥ i, two words or more, are a name the lists know (`راهول غاندي`). */
export function knownPhraseBefore(ws: readonly WordTok[], i: number, a: number): boolean {
  for (let j = i; j < a - 1; j++) {
    if (lookupName(ws.slice(j, a).map((w, k) => (k ? w.fold : w.mfold)).join(' '))) return true;
  }
  return false;
}

/** A nationality adjective with the article, proclitics aside (`الإسباني`, `بالكرواتي`). */
function definiteNationality(w: WordTok | undefined): boolean {
  return !!w && w.kind === 'word' && opensWithArticle(w.mfold) && nationality(w.mfold) !== undefined;
}

/**
 * A role phrase right before word j that ends on a definite word (`المهندس السنغافوري`): one that
 * ends on a title in construct (`مدير`, `محافظ`, `قائد`) goes on with its complement, which no
 * list knows either (`مدير أعمال [دراكسلر]`, `محافظ أملج [زياد …]`).
 */
function definiteRole(ws: readonly WordTok[], j: number): boolean {
  const last = ws[j - 1];
  // a relative pronoun is no complement of the role (`الفريق الذي يدربه [مورينيو]`)
  if (!last || last.kind !== 'word' || !opensWithArticle(last.mfold) || afterRole().closers.has(last.fold)) return false;
  return roleBefore(ws, j) !== null;
}

/**
 * A person chunk preceded by one to MAX_WORDS words no list knows, themselves right after a
 * definite nationality adjective or a role phrase, opens on those words. Tags are rewritten in
 * place; the spans set are returned.
 */
export function foreignGivenBefore(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k < ws.length; k++) {
      // a chunk opened by a conjunction is the next name of a list (`حازم امام [وايمن حفني]`)
      if (t[k] !== 'B-PERS' || (ws[k]!.moff > 0 && startsWithConjunction(ws[k]!.fold))) continue;
      let far = k;
      while (far > 1 && k - far < MAX_WORDS && unknownWord(ws[far - 1], t[far - 1])) far--;
      let b = k + 1;
      while (b < ws.length && t[b] === 'I-PERS') b++;
      // the longest run right after an anchor (a role phrase may end on a word no list knows:
      // `رئيس شرطة كابول`)
      let j = far;
      while (j < k && !(foreignGivenName(ws[j]!) && (definiteNationality(ws[j - 1]) || definiteRole(ws, j)))) j++;
      if (j === k) {
        k = b - 1;
        continue;
      }
      for (let i = j; i < b; i++) t[i] = i === j ? 'B-PERS' : 'I-PERS';
      out.push({ s, a: j, b, rule: FOREIGN_GIVEN_RULE });
      k = b - 1;
    }
  });
  return out;
}
