/**
 * Places the lists know only by an everyday word (`عسير`، `الباحة`, their entry's `common`
 * spelling, never matched alone) and a few region names that are adjectives elsewhere
 * (name-heads.json `coordinatedPlaces.words`: `الشرقية`) are the place where they stand in a list
 * of places: joined by و or a comma to a place the tagger or the lists found
 * (`[جازان] وعسير و[نجران]`), or right after a plural head of places (`مناطق عسير والباحة`). A
 * weather report or a decree names the regions in such lists, where the everyday sense of the
 * word has no place (read on unlabelled news, session 13: `مناطق [الرياض] والشرقية و[القصيم]
 * وحائل`). The entities stage links the mention through the word's lexicon entry.
 */
import { addArticle, opensWithArticle, startsWithProclitic } from '../../text/clitics.ts';
import { nameHeadsList } from './lexicon.ts';
import { lookupName } from './names.ts';
import { base } from './conventions.ts';
import { entityResources } from './resources.ts';
import { COMMA, type WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const COORDINATED_PLACE_RULE = 'rule:loc/coordinated-place';

interface CoordinatedPlaces {
  pluralHeads: Set<string>;
  /** folded names, one or two words */
  words: Set<string>;
}

function build(): CoordinatedPlaces {
  return { pluralHeads: nameHeadsList('coordinatedPlaces', 'pluralHeads'), words: nameHeadsList('coordinatedPlaces', 'words') };
}

// (و only: a list does not go on with ف, and `فخور` is not و+`الخور`)
const conjoined = (w: WordTok | undefined): boolean => !!w && w.moff > 0 && startsWithProclitic(w.fold, 'waw');
const isLoc = (t: string | undefined): boolean => t === 'B-LOC' || t === 'I-LOC';

/** Words [i, i + n) spell a place named in lists only (n = 1 or 2), untagged. */
function placeWords(words: readonly WordTok[], tags: readonly string[], i: number, c: CoordinatedPlaces): number {
  const w = words[i]!;
  if (w.kind !== 'word' || tags[i] !== 'O') return 0;
  const f = base(w);
  const next = words[i + 1];
  if (next && next.kind === 'word' && next.moff === 0 && tags[i + 1] === 'O' && c.words.has(`${f} ${next.fold}`))
    return 2;
  if (c.words.has(f)) return 1;
  const k = lookupName(f);
  if (!k || k.type !== 'LOC' || !k.linkOnly) return 0;
  // the lists' spelling itself, not a definite one the index also reads into a bare word (`وادي`
  // for `الوادي`, `خور` for `الخور`)
  return opensWithArticle(f) || lookupName(addArticle(f))?.id !== k.id ? 1 : 0;
}

/** Whether words [i, j) stand in a list with a place before or after them, or after a plural head. */
function inList(words: readonly WordTok[], tags: readonly string[], i: number, j: number, c: CoordinatedPlaces): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (prev && prev.kind === 'word' && w.moff === 0 && c.pluralHeads.has(base(prev))) return true;
  if (conjoined(w) && isLoc(tags[i - 1])) return true;
  if (prev && COMMA.has(prev.text) && isLoc(tags[i - 2])) return true;
  const next = words[j];
  if (conjoined(next) && tags[j] === 'B-LOC') return true;
  return !!next && COMMA.has(next.text) && tags[j + 1] === 'B-LOC';
}

export function coordinatedPlaces(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const c = entityResources().get(build);
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    // until nothing changes: a place found makes its neighbour in the list one (`عسير والباحة و[جازان]`)
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < ws.length; i++) {
        // the list around the words first: reading it is cheap, looking the words up is not
        if (!inList(ws, t, i, i + 1, c) && !inList(ws, t, i, i + 2, c)) continue;
        const n = placeWords(ws, t, i, c);
        if (!n || !inList(ws, t, i, i + n, c)) continue;
        for (let k = i; k < i + n; k++) t[k] = k === i ? 'B-LOC' : 'I-LOC';
        out.push({ s, a: i, b: i + n, rule: COORDINATED_PLACE_RULE });
        changed = true;
      }
    }
  });
  return out;
}
