/**
 * A person named in full once is named again by the family name alone (issue #14, "second mentions
 * by family name only"; session 13, read on unlabelled news of 2015-07-26 and 2015-08-02):
 * `الفريق مهاب مميش …، وقال مميش إن …`. The tagger's own propagation (ner/propagate.ts) runs
 * before the entity rules, so the persons those rules find are never repeated by it. Here the
 * family name of a person chunk of two words or more, written alone right after a verb of saying
 * or meeting (`وأضاف العجلان`) or a one-word definite title (`قال العميد الصبيحي`), is that
 * person again. The verb or title keeps it from everyday words that are also family names
 * (`الجمل`, `الأسد`), which seldom follow one as its subject.
 *
 * Without a verb or title before it the family name is that person too when the unlabelled news
 * says it is a family name (learned-families.json: it follows a given name in most articles it
 * occurs in) and the person was named with a given name first (`… وشرح النعيمي للحضور`, `ولم يتوقف
 * النعيمي عند`). Session 14: on study days this found repeats after nouns, prepositions and
 * unknown verbs, and the learned list is what keeps ordinary words out (`نوفمبر الماضي` after a
 * `محمد الماضي`, `النجاح` after a `هالة النجاح`: neither is learned).
 */
import type { RuleSpan } from '../ner/finish.ts';
import { bare } from './names.ts';
import { nationality, titleAt, type WordTok } from './roles.ts';
import { headOf, isNameLink, isNotName } from './conventions.ts';
import { eachPersonChunk, isGivenName } from './family-names.ts';
import { isKnownVerb } from './verbs.ts';
import { lookupName } from './names.ts';
import { learnedFamily } from './learned-families.ts';
import { opensWithArticle } from '../../text/clitics.ts';

export const FAMILY_MENTION_RULE = 'rule:person/family-name-again';

/** The smallest family name read (folded letters, article aside). */
const MIN_LETTERS = 3;

/** Whether a word may stand for a person on its own: no given name, title, nationality, head noun, verb. */
function familyOnly(w: WordTok): boolean {
  if (w.kind !== 'word' || bare(w.fold).length < MIN_LETTERS) return false;
  if (isGivenName(w) || nationality(w.fold) || titleAt([w], 0, 1) || headOf(w)) return false;
  if (isKnownVerb(w.fold) || isNotName(w.fold)) return false;
  const known = lookupName(w.fold);
  return !known || known.type === 'PER';
}

/**
 * A one-word title with the article (`العميد`, `الدكتور`, `المهندس`): before the family name of a
 * person the article named, it is that person's title again (`قال العميد الصبيحي:`; session 14,
 * 12 in 800 articles of more/2015-08-06, 08-02, 07-27 and 07-24, none wrong). An indefinite title
 * is in construct with what follows (`مدير الفلاني`: the manager of a body of that name).
 */
function definiteTitle(ws: readonly WordTok[], j: number): boolean {
  const w = ws[j]!;
  return opensWithArticle(w.mfold) && titleAt(ws, j, j + 1)?.len === 1;
}

/**
 * Family names (folded, article aside) of the document's person chunks of two words or more;
 * `learned` holds those that are learned family names of a chunk opening with a given name.
 */
function familyNamesOf(words: readonly (readonly WordTok[])[], tags: readonly string[][]): { all: Set<string>; learned: Set<string> } {
  const all = new Set<string>();
  const learned = new Set<string>();
  eachPersonChunk(words, tags, (ws, _t, _s, a, b) => {
    const last = ws[b - 1]!;
    // `أبو ظريفة`, `بن سلمان`: the family name goes with its link, never alone
    if (b - a >= 2 && last.moff === 0 && !isNameLink(ws[b - 2]!.fold) && familyOnly(last)) {
      all.add(bare(last.fold));
      if (isGivenName(ws[a]!) && learnedFamily(last.fold)) learned.add(bare(last.fold));
    }
    return b;
  });
  return { all, learned };
}

/** Tags the family names written alone after a verb or a definite title as persons (in place); the spans set are returned. */
export function familyMentions(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const { all: families, learned } = familyNamesOf(words, tags);
  const out: RuleSpan[] = [];
  if (!families.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k]!;
      if (t[k] !== 'O' || w.moff !== 0 || (t[k + 1] ?? 'O') !== 'O') continue;
      // (`الأمين العام`: a title of more words that opens with the family name)
      if (!families.has(bare(w.fold)) || !familyOnly(w) || titleAt(ws, k)) continue;
      const prev = ws[k - 1]!;
      if (prev.kind !== 'word' || t[k - 1] !== 'O') continue;
      // (`وعلي النعيمي` with its given name left untagged is the full name, not a repeat)
      const cued = isKnownVerb(prev.fold) || definiteTitle(ws, k - 1);
      if (!cued && !(learned.has(bare(w.fold)) && !isGivenName(prev) && !isNameLink(prev.fold))) continue;
      t[k] = 'B-PERS';
      out.push({ s, a: k, b: k + 1, rule: FAMILY_MENTION_RULE });
    }
  });
  return out;
}
