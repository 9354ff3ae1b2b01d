/**
 * A foreign city that names a club is the club in an article about sport (guide rule 12: `فاز
 * برشلونة`, `لاعب ليفربول`), where the lists know the bare name only as the city. Typed as the
 * city about 70 times in 1,200 articles of more/2015-07-23, 07-27 and 08-02, and 11 times on
 * tune2 (session 15, issue #14). The place stays the place after a preposition of place glued to it
 * or written before it (`ببرشلونة`, `في برشلونة`, `مدينة روما`, `عمدة روما`: name-heads.json clubCities), and a
 * country is never a club (`الكويت` in sport is its team, read as the country).
 */
import { hasProcliticLetter } from '../../text/clitics.ts';
import { conventions } from './conventions.ts';
import { lookupName, type KnownName } from './names.ts';
import type { WordTok } from './roles.ts';

export const CLUB_CITY_RULE = 'rule:org/club-city-in-sport';

/** The club a known place at words[a, b) stands for (its first word's name starting at `off`), or null. */
export function cityClub(words: readonly WordTok[], a: number, b: number, off: number, place: KnownName): KnownName | null {
  if (place.type !== 'LOC' || place.id.startsWith('cc:')) return null;
  const c = conventions();
  const full = c.clubCities.get(words.slice(a, b).map((w) => w.mfold).join(' '));
  if (!full) return null;
  if (hasProcliticLetter(words[a]!.text.slice(0, off), 'ba')) return null;
  // (over a quotation mark: `في مدينة «سالزبورغ»`)
  const prev = words[a - 1]?.kind === 'punct' ? words[a - 2] : words[a - 1];
  if (prev && prev.kind === 'word' && (c.clubCityPlaceBefore.has(prev.fold) || c.clubCityPlaceBefore.has(prev.mfold))) return null;
  const club = lookupName(full);
  return club?.type === 'ORG' ? club : null;
}
