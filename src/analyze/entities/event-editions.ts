/**
 * An event's edition belongs to its name (guide rules 21 and 24: `مهرجان التمور الدولي الخامس`, up
 * to the ordinal, a year after it left out). The head-noun rule reads most ordinals as a complement
 * of the name already, but stops at the first two (`الأول`, `الثانية`: name-heads.json
 * notComplements, where they are 'the first' of a sentence) and never extends a name the tagger
 * closed: `[دوري الدرجة] الأولى`, `[مهرجان … البحري] الثاني`, `[مهرجان أبها للتسوق] الـ17`. Read on
 * unlabelled news, session 13. Only after the event heads of name-heads.json `eventEditions`
 * (festivals, tournaments, leagues, contests): after a prize or a cup an ordinal counts a winner's
 * wins.
 */
import { dropArticle } from '../../text/clitics.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';

interface Editions {
  heads: Set<string>;
  ordinals: Set<string>;
  teens: Set<string>;
}

function load(): Editions {
  const list = (k: string) => nameHeadsList('eventEditions', k);
  return { heads: list('heads'), ordinals: list('ordinals'), teens: list('teens') };
}

const plain = (w: WordTok | undefined, tag: string | undefined): w is WordTok =>
  !!w && tag === 'O' && w.kind === 'word' && w.moff === 0;

/**
 * How many words from `b` give the edition of the event whose head (bare, as `base` reads it) is
 * `head`: an ordinal with its teen word (`الحادي عشر`), or the article written apart before a
 * number (`الـ17`, `الـ 13`). 0 where none.
 */
export function editionAt(words: readonly WordTok[], tags: readonly string[], head: string, b: number): number {
  const e = entityResources().get(load);
  if (!e.heads.has(head)) return 0;
  const w = words[b];
  if (!plain(w, tags[b])) return 0;
  if (e.ordinals.has(w.fold)) {
    const t = words[b + 1];
    return plain(t, tags[b + 1]) && e.teens.has(t.fold) ? 2 : 1;
  }
  // the article alone (its tatweel folded away) before a number
  const n = words[b + 1];
  return dropArticle(w.fold) === '' && w.fold !== '' && n?.kind === 'number' && tags[b + 1] === 'O' ? 2 : 0;
}
