/**
 * A season's festival of a place (name-heads.json `eventSeasons`: `مهرجان صيف ينبع`, `مهرجان
 * صيف طيبة`) is one MISC (guide rule 21), where the tagger left the place unmarked (a one-word
 * name that is also an everyday word, `ينبع`, `حائل`, or one no list knows, `طيبة`), so the
 * head-noun rule saw a head and two unmarked words; a season word before a definite place
 * (`مهرجان صيف الباحة`) or one the tagger found is read there already. `مهرجان صيف` was written
 * about 50 times in 5 days of more/ (2015-07-21 … 08-09), read on unlabelled news, session 13.
 */
import { opensWithArticle } from '../../text/clitics.ts';
import { nameHeadsList } from './lexicon.ts';
import { lookupName } from './names.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';

interface Seasons {
  heads: Set<string>;
  words: Set<string>;
}

function load(): Seasons {
  return { heads: nameHeadsList('eventSeasons', 'heads'), words: nameHeadsList('eventSeasons', 'words') };
}

const plain = (w: WordTok | undefined, tag: string | undefined): w is WordTok =>
  !!w && tag === 'O' && w.kind === 'word' && w.moff === 0;

/**
 * The end of a season's festival named after the head at `i` (bare, as `base` reads it: `head`):
 * `i + 3` where a season word and a place follow it unmarked, else 0. The place is one the lists
 * know, or a word without the article that `nameWord` (the head-noun rule's test for a place's
 * name no one knew) accepts: a season in construct takes a name (`مهرجان صيف طيبة`), while an
 * adjective would be `صيفي`, and the sentence's words (`مهرجان صيف هذا العام`) are not names.
 */
export function seasonFestivalEnd(
  words: readonly WordTok[],
  tags: readonly string[],
  i: number,
  head: string,
  nameWord: (w: WordTok) => boolean,
): number {
  const e = entityResources().get(load);
  if (!e.heads.has(head)) return 0;
  const season = words[i + 1];
  const place = words[i + 2];
  if (!plain(season, tags[i + 1]) || !e.words.has(season.fold) || !plain(place, tags[i + 2])) return 0;
  if (lookupName(place.fold)?.type === 'LOC') return i + 3;
  return !opensWithArticle(place.fold) && nameWord(place) ? i + 3 : 0;
}
