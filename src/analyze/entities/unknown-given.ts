/**
 * A person whose given name no list knows, named right after a title (issue #14, "names the lists
 * do not know"; session 14, read on unlabelled news of more/2015-08-03 and more/2015-08-08): the
 * tagger leaves `الدكتور مفرج الحقباني،` and `الشاعر حميدان الشويعر:` untagged, and
 * personsAfterRoles (family-names.ts) opens a name only on a given name of the lists. A word no
 * list knows written without the article, then a family name with the article, closing the phrase
 * right after a role phrase, is the person (guide rule 5: the title stays outside).
 */
import type { RuleSpan } from '../ner/finish.ts';
import { opensWithArticle, opensWithImperfectYa } from '../../text/clitics.ts';
import { nationality, roleBefore, titleAt, type WordTok } from './roles.ts';
import { endsWithFeminineNisba, endsWithYa } from '../../text/endings.ts';
import { bareNameWord, closesName, definiteFamily } from './family-names.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';

export const UNKNOWN_GIVEN_RULE = 'rule:person/unknown-given-after-role';

const loadGroupTitles = (): Set<string> => nameHeadsList('unknownGiven', 'groupTitles');

/**
 * The role's last word, right before the name, is a definite title or a nisba adjective after one
 * (`الفنانة التشكيلية`, `الممثلة اللبنانية`). An indefinite title is in construct with what follows
 * (`مدير عام الجوازات`, `مدير كرة القدم`); `باسم` and a comma open a body's name or an aside
 * (`المتحدث باسم مصلحة الجمارك`, `، وهو الحزب`); and a participle asks for its object (`النيابة
 * المكلفة شؤون الإرهاب`, more/2015-07-25).
 */
function definiteRoleEnd(ws: readonly WordTok[], j: number): boolean {
  const w = ws[j]!;
  if (w.kind !== 'word' || !opensWithArticle(w.mfold)) return false;
  return !!titleAt(ws, j, j + 1) || !!nationality(w.mfold) || endsWithYa(w.text) || endsWithFeminineNisba(w.fold);
}

/** A role opened by a title that is also a group noun may be the group (`الفريق الصحي متعدد التخصصات`). */
function personRole(ws: readonly WordTok[], k: number): boolean {
  const role = roleBefore(ws, k);
  return !!role && !entityResources().get(loadGroupTitles).has(ws[role.a]!.mfold);
}

/** Tags are rewritten in place; the spans set are returned. */
export function unknownGivenAfterRoles(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k + 1 < ws.length; k++) {
      const w = ws[k]!;
      if (t[k] !== 'O' || !bareNameWord(w, t[k]) || !definiteFamily(ws[k + 1], t[k + 1])) continue;
      // a verb the lists miss after a title and its family name (`العميد الداموك يفتتح المركز`)
      if (opensWithImperfectYa(w.fold) || !closesName(ws, k + 2)) continue;
      // a name right after a person's name is the rest of the sentence (`الشيخ [الفوزان] عبر البرنامج،`)
      if (t[k - 1] !== 'O' || !definiteRoleEnd(ws, k - 1)) continue;
      if (titleAt(ws, k, k + 1) || !personRole(ws, k)) continue;
      t[k] = 'B-PERS';
      t[k + 1] = 'I-PERS';
      out.push({ s, a: k, b: k + 2, rule: UNKNOWN_GIVEN_RULE });
      k++;
    }
  });
  return out;
}
