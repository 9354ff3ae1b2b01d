/**
 * An embassy or consulate named with the place where it stands (the tune2 choice under guide rule
 * 20: `سفارة المملكة في باريس`, like a regional branch named by its place) is one ORG:
 * `السفارة السعودية بواشنطن`, `السفارة الأمريكية في طهران`, `القنصلية العامة في هونج كونج`.
 * The tagger and the lists gave the embassy and the city apart (`[ORG السفارة الأمريكية] في [LOC
 * طهران]`), or only the country (`سفارة [LOC المملكة] ب[LOC مصر]`): an ORG cut short and a LOC
 * too many each time. Read on tune3 (once) and on unlabelled news: about 20 such phrases in one
 * day of more/ (2015-07-21), session 16, issue #14. After an ORG chunk opened by one of
 * name-heads.json embassyPlaces.heads, or such a head with no tag before a country the tagger
 * found (`سفارة [المملكة]`), the span takes a word of 'links' (في، لدى) and the place chunk after
 * it, or a place written with ب glued to it (`بواشنطن`). Runs after the conventions.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { dropArticle, startsWithProclitic } from '../../text/clitics.ts';
import { base } from './conventions.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';
import { chunkEnd } from './chunks.ts';

export const EMBASSY_PLACE_RULE = 'rule:org/embassy-place';

interface EmbassyWords {
  heads: Set<string>;
  links: Set<string>;
}

/** name-heads.json embassyPlaces, folded (absent: no embassy takes its place). */
function load(): EmbassyWords {
  const ep = (nameHeadsJson() as { embassyPlaces?: Partial<Record<keyof EmbassyWords, string[]>> }).embassyPlaces ?? {};
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => foldName(w)));
  return { heads: set(ep.heads), links: set(ep.links) };
}
const embassyWords = (): EmbassyWords => entityResources().get(load);

const isHead = (w: WordTok, ew: EmbassyWords): boolean => w.kind === 'word' && ew.heads.has(dropArticle(base(w)));

/** Where the embassy's name ends once its place is taken (b when no place follows). */
function placeEnd(ws: readonly WordTok[], t: readonly string[], b: number, ew: EmbassyWords): number {
  const w = ws[b];
  if (!w || w.kind !== 'word') return b;
  // `بواشنطن`: the place with ب glued to it
  if (t[b] === 'B-LOC' && w.moff === 1 && startsWithProclitic(w.fold, 'ba')) return chunkEnd(t, b);
  // `في طهران`, `لدى الخرطوم`: a link word, then the place
  if (t[b] === 'O' && w.moff === 0 && ew.links.has(w.fold) && t[b + 1] === 'B-LOC') return chunkEnd(t, b + 1);
  return b;
}

/** Tags are rewritten in place; the spans set are returned. */
export function embassyPlaces(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const ew = embassyWords();
  const out: RuleSpan[] = [];
  if (!ew.heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      if (!isHead(ws[i]!, ew)) continue;
      // the embassy the tagger found (`[السفارة الأمريكية]`), or its head before the country (`سفارة [المملكة]`)
      const b = t[i] === 'B-ORG' ? chunkEnd(t, i) : t[i] === 'O' && t[i + 1] === 'B-LOC' ? chunkEnd(t, i + 1) : -1;
      if (b < 0) continue;
      const e = placeEnd(ws, t, b, ew);
      if (e === b) continue;
      for (let k = i; k < e; k++) t[k] = k === i ? 'B-ORG' : 'I-ORG';
      out.push({ s, a: i, b: e, rule: EMBASSY_PLACE_RULE });
      i = e - 1;
    }
  });
  return out;
}
