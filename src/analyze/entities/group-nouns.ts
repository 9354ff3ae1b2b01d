/**
 * Plural nouns of followers or staff (name-heads.json `personGroups`: `مؤيدو`, `منسوبو`, `أنصار`)
 * that the tagger takes for a person on their own (`[منسوبو] الفرع`) or opens a person with
 * (`[أنصار صالح]`, where the person is `صالح`): issue #14's spurious persons, session 14, read on
 * unlabelled news (more/2015-08-02, 08-03, 08-06, 07-22). Such a word is never a name's first word.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { opensWithArticle } from '../../text/clitics.ts';
import { eachPersonChunk } from './family-names.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';

export const GROUP_NOUN_RULE = 'rule:person/after-group-noun';

const loadGroupNouns = (): Set<string> => nameHeadsList('personGroups', 'words');

/** Tags are rewritten in place; the persons left after the group noun are returned. */
export function groupNounPersons(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  const nouns = entityResources().get(loadGroupNouns);
  if (!nouns.size) return out;
  eachPersonChunk(words, tags, (ws, t, s, a, b) => {
    if (ws[a]!.kind !== 'word' || !nouns.has(ws[a]!.mfold)) return b;
    t[a] = 'O';
    // (a definite word after it is what the group follows, no name: `جبهة أنصار الدين`)
    if (b - a > 1 && opensWithArticle(ws[a + 1]!.mfold)) t.fill('O', a + 1, b);
    else if (b - a > 1) {
      t[a + 1] = 'B-PERS';
      out.push({ s, a: a + 1, b, rule: GROUP_NOUN_RULE });
    }
    return b;
  });
  return out;
}
