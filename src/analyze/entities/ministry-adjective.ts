/**
 * A ministry's name with a country's adjective after it (`وزارة الخارجية الأمريكية`, `وزارة الدفاع
 * الروسية`): the ministry is the name, the adjective stays outside (guide rule 4: `وزارة الخارجية
 * الأردنية` → ORG `وزارة الخارجية`, `وزارة الصحة السعودية` → `وزارة الصحة`). The lists spell foreign
 * ministries with their adjective so that the match links to the right country's body (parties.json,
 * orgs.json: `وزارة الخزانة الأمريكية`), and so a known name kept the adjective that the head-noun
 * rule leaves out of every ministry no list knows. Kept whole 4 times on tune3 and 29 times in one
 * day of unlabelled news (more/2015-07-21: الخارجية، الدفاع، العدل، الخزانة with الأمريكية,
 * الأميركية, الروسية), session 16, issue #14. The mention still names the listed ministry, one word
 * shorter, as club-adjective.ts does for clubs.
 */
import { base } from './conventions.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import type { KnownName } from './names.ts';
import { entityResources } from './resources.ts';
import { nationality, type WordTok } from './roles.ts';

export const MINISTRY_ADJECTIVE_RULE = 'rule:org/ministry-without-adjective';

/** name-heads.json ministryAdjective.heads, folded (absent: every adjective stays where the list has it). */
function load(): Set<string> {
  const heads = (nameHeadsJson() as { ministryAdjective?: { heads?: string[] } }).ministryAdjective?.heads ?? [];
  return new Set(heads.map((w) => foldName(w)));
}
const ministryHeads = (): Set<string> => entityResources().get(load);

/** Where a known name over words a..b ends once a ministry's trailing country adjective is left out (b when none is). */
export function ministryNameEnd(words: readonly WordTok[], a: number, b: number, known: KnownName): number {
  // the head, its field, the adjective: a shorter name is the adjective's own (`الوزارة الأمريكية` is no name)
  if (known.type !== 'ORG' || b - a < 3) return b;
  const first = words[a]!;
  const last = words[b - 1]!;
  if (first.kind !== 'word' || !ministryHeads().has(base(first))) return b;
  if (last.kind !== 'word' || last.moff !== 0 || nationality(last.fold) === undefined) return b;
  return b - 1;
}
