/**
 * Person-name rules that run on the tags after the news conventions (issue #14, "names the lists
 * do not know"): a name given as a chain of ancestors ends on the family name written after it.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { lookupName } from './names.ts';
import { nationality, titleAt, type WordTok } from './roles.ts';
import { headOf, isNotName } from './conventions.ts';
import { isKnownVerb } from './verbs.ts';

export const FAMILY_NAME_RULE = 'rule:person/family-name-after-chain';

/** The words that link a given name to a father's (`بن`, `بنت`, `ابن`, folded). */
const SON_OF = new Set(['بن', 'بنت', 'ابن']);

/**
 * Whether the word after a name chain is the family's name: one definite word written alone
 * (no clitic) that is no title or role, nationality, head noun, verb, word the guide never marks
 * or name of a place or body the lists know, and that ends the phrase: punctuation, the sentence's
 * end or a word without the article follows. (`تعيين نبيل بن عبدالله بن سليمان الطويل على وظيفة`;
 * but not the object in `يرعى فيصل بن بندر الحفل الختامي`, where a definite adjective follows.)
 */
function familyWord(words: readonly WordTok[], tags: readonly string[], b: number): boolean {
  const w = words[b];
  if (!w || w.kind !== 'word' || tags[b] !== 'O' || w.moff !== 0) return false;
  const f = w.fold;
  if (!f.startsWith('ال') || f.length < 5) return false;
  if (titleAt(words, b, b + 1) || nationality(f) || headOf(w) || isKnownVerb(f) || isNotName(f)) return false;
  const known = lookupName(f);
  if (known && known.type !== 'PER') return false;
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
      if (b - a >= 3 && SON_OF.has(ws[b - 2]!.fold) && familyWord(ws, t, b)) {
        t[b] = 'I-PERS';
        out.push({ s, a, b: b + 1, rule: FAMILY_NAME_RULE });
        b++;
      }
      a = b - 1;
    }
  });
  return out;
}
