/**
 * A national committee named by a definite head, an Olympic adjective and its country:
 * `اللجنة الأولمبية السعودية`, `اللجنة البارالمبية القطرية`: one ORG with the country adjective
 * inside, an established name like `الهلال الأحمر السعودي` (guide rule 4); with no country after it,
 * `اللجنة الأولمبية` alone; and the few two-word names that take their country's adjective the same
 * way (`الهلال الأحمر السعودي`, the guide's own example). The head rules take a country adjective only before a ل phrase, and
 * the Olympic adjective is none of theirs, so the committee went unmarked. Read on unlabelled news
 * (more/2015-07-24, 07-27, 08-06, session 14, issue #14). Runs on the tags after the news conventions.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { dropArticle, opensWithArticle } from '../../text/clitics.ts';
import { base, conventions } from './conventions.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { nationality, type WordTok } from './roles.ts';

export const NATIONAL_BODY_RULE = 'rule:org/national-body';

/** name-heads.json nationalBodies.adjectives, folded (absent: none is read this way). */
interface BodyWords {
  adjectives: Set<string>;
  /** two-word names, folded and joined by a space */
  names: Set<string>;
}
const loadBodyWords = (): BodyWords => ({
  adjectives: nameHeadsList('nationalBodies', 'adjectives'),
  names: nameHeadsList('nationalBodies', 'names'),
});
const bodyWords = (): BodyWords => entityResources().get(loadBodyWords);

/** A country adjective the tagger left alone or read as the country (`[السعودية]`). */
function nationalAt(words: readonly WordTok[], tags: readonly string[], k: number): boolean {
  const w = words[k];
  const alone = tags[k] === 'O' || (tags[k] === 'B-LOC' && tags[k + 1] !== 'I-LOC');
  return !!w && w.kind === 'word' && w.moff === 0 && alone && nationality(w.fold) !== undefined;
}

/** Where the body opened by a head at i ends, or i for none. */
function bodyEnd(words: readonly WordTok[], tags: readonly string[], i: number, bw: BodyWords): number {
  const h = words[i]!;
  const adj = words[i + 1];
  if (h.kind !== 'word' || !adj || adj.kind !== 'word' || adj.moff !== 0) return i;
  const head = base(h);
  const c = conventions();
  // (a club's name is no head here: `الهلال الأولمبي` is the club's Olympic side, the club's name)
  const olympic = bw.adjectives.has(adj.fold) && opensWithArticle(head) && c.definiteHeads.has(dropArticle(head)) && !c.clubWords.has(head);
  if (!olympic && !bw.names.has(`${head} ${adj.fold}`)) return i;
  // the tagger or the lists may have the head, or head and adjective, as a chunk; never more
  if (!(tags[i] === 'O' || tags[i] === 'B-ORG') || !(tags[i + 1] === 'O' || tags[i + 1] === 'I-ORG')) return i;
  if (tags[i] === 'O' && tags[i + 1] !== 'O') return i;
  if (tags[i + 2]?.startsWith('I-')) return i;
  if (nationalAt(words, tags, i + 2)) return i + 3;
  // with no country after it, a name the head rules or the lists made already stays theirs
  return tags[i + 1] === 'I-ORG' ? i : i + 2;
}

/** Marks the national bodies of every sentence as one ORG each (tags rewritten in place); returns the spans set. */
export function nationalBodies(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const bw = bodyWords();
  const out: RuleSpan[] = [];
  if (!bw.adjectives.size && !bw.names.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 1 < ws.length; i++) {
      const b = bodyEnd(ws, t, i, bw);
      if (b === i) continue;
      t[i] = 'B-ORG';
      for (let k = i + 1; k < b; k++) t[k] = 'I-ORG';
      out.push({ s, a: i, b, rule: NATIONAL_BODY_RULE });
      i = b - 1;
    }
  });
  return out;
}
