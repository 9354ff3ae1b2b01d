/**
 * A club's name with its country's adjective after it (`ريال مدريد الإسباني`, `الوصل الإماراتي`,
 * `روما الإيطالي`): the club is the name, the adjective stays outside (guide rule 4, `نادي الوصل
 * الإماراتي` → ORG `نادي الوصل`). The lists spell many clubs with the adjective (clubs.json), so
 * that a bare name which is also a city or an everyday word (`روما`, `الوصل`) is read as the club
 * there; the match still names the club, one word shorter. A sports body whose head takes a
 * complement keeps its adjective, which is part of its name (`اتحاد الكرة المصري`, `رابطة الدوري
 * الإسباني`). Read on unlabelled news (more/2015-07-25 …, session 14): 20 such mentions in 200
 * articles, all club + adjective.
 */
import { conventions, headOf } from './conventions.ts';
import type { KnownName } from './names.ts';
import { nationality, type WordTok } from './roles.ts';

export const CLUB_ADJECTIVE_RULE = 'rule:org/club-without-adjective';

/** Where a known name over words a..b ends once a club's trailing adjective is left out (b when none is). */
export function clubNameEnd(words: readonly WordTok[], a: number, b: number, known: KnownName): number {
  if (known.type !== 'ORG' || b - a < 2 || !conventions().clubIds.has(known.id)) return b;
  const last = words[b - 1]!;
  if (last.kind !== 'word' || last.moff !== 0 || nationality(last.fold) === undefined) return b;
  return headOf(words[a]!)?.complement ? b : b - 1;
}
