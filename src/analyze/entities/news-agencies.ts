/**
 * News agencies named by the head `وكالة` and the word for news (issue #14, ORG on news nobody
 * tuned for): `وكالة الأنباء` + a nationality adjective is that country's agency
 * (`وكالة الأنباء الفرنسية`, `لوكالة الأنباء الإماراتية`), with its own name when it follows
 * unquoted (`وكالة الأنباء الروسية تاس`); `وكالة أنباء` + a name the tagger or the lists found is
 * that agency (`وكالة أنباء يونهاب`). The tagger, trained on ANERcorp, marks the name at most, and
 * the head-noun rules leave a nationality after a name outside (guide rule 4), which is right for
 * `وزارة الخارجية الأردنية` but not here, where `وكالة الأنباء` alone names no agency. Read on
 * unlabelled news (more/2015-07-22, 07-26, 07-31, 08-03, 08-08, session 13): the lists knew some
 * agencies one by one, this reads the class. Runs on the tags after the news conventions.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { nationality, type WordTok } from './roles.ts';
import { chunkEnd } from './chunks.ts';

export const NEWS_AGENCY_RULE = 'rule:org/news-agency';

interface AgencyWords {
  heads: Set<string>;
  /** the word for news: with the article (after which a nationality names the agency) and without */
  definite: Set<string>;
  indefinite: Set<string>;
}

/** name-heads.json newsAgencies, folded (absent: no agency is read this way). */
function loadAgencyWords(): AgencyWords {
  const nh = nameHeadsJson() as { newsAgencies?: { heads: string[]; definite: string[]; indefinite: string[] } };
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => foldName(w)));
  return {
    heads: set(nh.newsAgencies?.heads),
    definite: set(nh.newsAgencies?.definite),
    indefinite: set(nh.newsAgencies?.indefinite),
  };
}
/** The folded newsAgencies words of the running pipeline (built once; createPipeline builds them up front). */
export const agencyWords = (): AgencyWords => entityResources().get(loadAgencyWords);


/** A word written with no clitic. */
const bare = (w: WordTok | undefined): w is WordTok => !!w && w.kind === 'word' && w.moff === 0;

/** A nationality adjective the tagger left alone or read as the country (`[السعودية]`). */
function nationalAt(words: readonly WordTok[], tags: readonly string[], k: number): boolean {
  const w = words[k];
  const alone = tags[k] === 'O' || (tags[k] === 'B-LOC' && tags[k + 1] !== 'I-LOC');
  return bare(w) && alone && nationality(w.fold) !== undefined;
}

/** Where the agency's name ends for a head at i, or i for none. */
function agencyEnd(words: readonly WordTok[], tags: readonly string[], i: number, aw: AgencyWords): number {
  const h = words[i]!;
  const news = words[i + 1];
  // the head with a clitic (`لوكالة`, `ووكالة`) or none; a plural (`وكالات`) is not one agency
  if (h.kind !== 'word' || !aw.heads.has(h.mfold) || !bare(news) || tags[i + 1] !== 'O') return i;
  // a name the lists or the rules made already, running past the news word, stays as it is
  if (tags[i] !== 'O' && !(tags[i] === 'B-ORG' && chunkEnd(tags, i) <= i + 2)) return i;
  if (aw.definite.has(news.fold)) {
    if (!nationalAt(words, tags, i + 2)) return i;
    // the agency's own name right after, unquoted: `وكالة الأنباء الروسية [تاس]`
    return tags[i + 3] === 'B-ORG' ? chunkEnd(tags, i + 3) : i + 3;
  }
  if (aw.indefinite.has(news.fold) && (tags[i + 2] === 'B-ORG' || tags[i + 2] === 'B-LOC')) return chunkEnd(tags, i + 2);
  return i;
}

/** Marks the agencies of every sentence as one ORG each (tags rewritten in place); returns the spans set. */
export function newsAgencies(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const aw = agencyWords();
  const out: RuleSpan[] = [];
  if (!aw.heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 2 < ws.length; i++) {
      const b = agencyEnd(ws, t, i, aw);
      if (b === i) continue;
      t[i] = 'B-ORG';
      for (let k = i + 1; k < b; k++) t[k] = 'I-ORG';
      out.push({ s, a: i, b, rule: NEWS_AGENCY_RULE });
      i = b - 1;
    }
  });
  return out;
}
