/**
 * Names in a byline or a dateline line (`رغد عشميل – عين اليوم`, `الرياض - واس`): the structure
 * stage finds the line but keeps it out of the body, so the tagger never reads it, and a line of
 * two names and a dash gives the tagger no context anyway. The guide marks the author (PER) and the
 * outlet or agency (ORG, rule 9). Pieces are read with the structure stage's word lists
 * (src/lexicon/bylines.json): an agency or outlet is an organisation, a dateline city a place, a
 * "follow" word (`متابعات`) nothing, and a piece of two to five Arabic words the author.
 */
import bylines from '../../lexicon/bylines.json' with { type: 'json' };
import type { EntityType } from '../../doc/types.ts';
import { separators } from '../../text/punctuation.ts';
import { isArabicWordForm } from '../../text/script.ts';
import { foldName } from './lexicon.ts';
import { entityResources } from './resources.ts';

interface BylineWords {
  agencies: Set<string>;
  cities: Set<string>;
  follow: Set<string>;
  prefixes: Set<string>;
  notNames: Set<string>;
}

const key = (s: string): string => foldName(s.replace(/[«»"“”()]/g, ' ').replace(/\s+/g, ' ').trim());

function build(): BylineWords {
  const set = (xs: string[]) => new Set(xs.map(key));
  return {
    agencies: set(bylines.agencies),
    cities: set(bylines.cities),
    follow: set(bylines.follow),
    prefixes: set(bylines.bylinePrefixes),
    notNames: set(bylines.notNames),
  };
}

function words(): BylineWords {
  return entityResources().get(build);
}

export interface CreditName {
  start: number;
  end: number;
  type: EntityType;
}

/** The names in the credit line `span` of `text`, as spans of `text` (quotes trimmed off). */
export function creditNames(text: string, span: { start: number; end: number }): CreditName[] {
  const w = words();
  const out: CreditName[] = [];
  const s = text.slice(span.start, span.end);
  let pos = 0;
  const piece = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x < y && /[\s«»"“”(]/u.test(s[x]!)) x++;
    while (y > x && /[\s«»"“”).]/u.test(s[y - 1]!)) y--;
    if (y <= x) return;
    const raw = s.slice(x, y);
    const k = key(raw);
    const at = { start: span.start + x, end: span.start + y };
    if (w.follow.has(k) || w.prefixes.has(k)) return;
    // a city first, as the structure stage reads it (`الرياض` is a city and a paper)
    if (w.cities.has(k)) out.push({ ...at, type: 'LOC' });
    else if (w.agencies.has(k)) out.push({ ...at, type: 'ORG' });
    else {
      const ws = raw.split(/\s+/);
      if (ws.length < 2 || ws.length > 5) return;
      if (!ws.every((x) => isArabicWordForm(x) && !w.notNames.has(key(x)))) return;
      out.push({ ...at, type: 'PER' });
    }
  };
  // dashes, tatweel runs, colons, commas between authors
  for (const m of separators(s, 'names')) {
    piece(pos, m.index);
    pos = m.index + m.text.length;
  }
  piece(pos, s.length);
  return out;
}
