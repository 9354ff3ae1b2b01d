/**
 * A competition with its country and its field after it: `دوري عبداللطيف جميل السعودي
 * للمحترفين`, `كأس السوبر السعودي`, `بطولة العالم للسباحة`, `كأس العالم للشباب` is one MISC (guide
 * rules 21 and 26; the tune gold writes `الدوري البرتغالي` whole). The head-noun rule and the
 * lists end such a name at its complement, before the country's adjective and the ل phrase of
 * its field, which the held-out counts name as MISC cut short (session 15, --misc-classes) and
 * unlabelled news writes often (more/2015-07-24, 08-04: about 15 in 800 articles). After a MISC
 * chunk whose head is one of name-heads.json competitionFields.heads, the span takes one
 * nationality adjective, one of 'adjectives' (الممتاز), then a field: one of 'fields'
 * (للمحترفين) or a team's age group or sport (team-fields.ts). Runs after the conventions.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { dropArticle, opensWithArticle } from '../../text/clitics.ts';
import { base } from './conventions.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { nationality, type WordTok } from './roles.ts';
import { teamFieldEnd } from './team-fields.ts';

export const COMPETITION_FIELD_RULE = 'rule:misc/competition-field';

interface CompetitionWords {
  heads: Set<string>;
  adjectives: Set<string>;
  fields: Set<string>;
}

/** name-heads.json competitionFields, folded (absent: no competition takes its field this way). */
function load(): CompetitionWords {
  const cf = (nameHeadsJson() as { competitionFields?: Partial<Record<keyof CompetitionWords, string[]>> }).competitionFields ?? {};
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => foldName(w)));
  return { heads: set(cf.heads), adjectives: set(cf.adjectives), fields: set(cf.fields) };
}
export const competitionWords = (): CompetitionWords => entityResources().get(load);

/** A word no one tagged, written without a clitic. */
const bare = (w: WordTok | undefined, tag: string | undefined): w is WordTok => !!w && w.kind === 'word' && tag === 'O' && w.moff === 0;

/** Where the country, adjective and field after a competition's chunk ending at b end (b for none). */
export function competitionFieldEnd(words: readonly WordTok[], tags: readonly string[], b: number, cw: CompetitionWords = competitionWords()): number {
  let k = b;
  const last = words[b - 1];
  // one country: a name already ending in its adjective takes no second (`الدوري المصري`)
  if (bare(words[k], tags[k]) && nationality(words[k]!.fold) !== undefined && !(last && nationality(last.fold) !== undefined)) k++;
  const country = k > b;
  if (bare(words[k], tags[k]) && cw.adjectives.has(words[k]!.fold)) k++;
  const w = words[k];
  const end = w && w.kind === 'word' && tags[k] === 'O' && cw.fields.has(w.fold) ? k + 1 : teamFieldEnd(words, tags, k);
  // after a proper name a country alone only describes (`بطولة ويمبلدون [الإنجليزية]`, guide rule 4);
  // it belongs to the name when the name goes on after it (`دوري عبداللطيف جميل السعودي للمحترفين`)
  if (country && end === b + 1 && last && !opensWithArticle(last.fold)) return b;
  return end;
}

/** Extends every competition chunk over its country and field (tags rewritten in place); returns the spans set. */
export function competitionFields(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const cw = competitionWords();
  const out: RuleSpan[] = [];
  if (!cw.heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      if (t[i] !== 'B-MISC' || ws[i]!.kind !== 'word' || !cw.heads.has(dropArticle(base(ws[i]!)))) continue;
      let b = i + 1;
      while (b < t.length && t[b] === 'I-MISC') b++;
      const e = competitionFieldEnd(ws, t, b, cw);
      if (e === b) continue;
      for (let k = b; k < e; k++) t[k] = 'I-MISC';
      out.push({ s, a: i, b: e, rule: COMPETITION_FIELD_RULE });
      i = e - 1;
    }
  });
  return out;
}
