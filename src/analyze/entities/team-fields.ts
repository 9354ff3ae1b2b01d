/**
 * A national team with its rank, age group and sport after it: `المنتخب السعودي للناشئين لكرة
 * القدم`, `منتخب اليابان لكرة اليد`, `المنتخب الأرجنتيني الأول لكرة القدم` is one ORG (guide rule
 * 26, "with its age group or sport when written"). The head rules end the team at its country,
 * and the field after it, a ل phrase, is left out. Read on unlabelled news (more/2015-07-24,
 * 07-27, 08-06, session 14, issue #14). Runs on the tags after the news conventions.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { dropArticle, opensWithArticle } from '../../text/clitics.ts';
import { base } from './conventions.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';
import { chunkEnd } from './chunks.ts';

export const TEAM_FIELD_RULE = 'rule:org/team-field';

interface TeamWords {
  heads: Set<string>;
  ranks: Set<string>;
  ages: Set<string>;
  links: Set<string>;
  sports: Set<string>;
  single: Set<string>;
  ours: Set<string>;
  oursQualifiers: Set<string>;
  /** phrases of players a team is for, word by word folded (`لذوي الاحتياجات الخاصة`) */
  groups: string[][];
}

/** name-heads.json teamFields, folded (absent: no team takes its field this way). */
function loadTeamWords(): TeamWords {
  const tf = (nameHeadsJson() as { teamFields?: Partial<Record<keyof TeamWords, string[]>> }).teamFields ?? {};
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => foldName(w)));
  return { heads: set(tf.heads), ranks: set(tf.ranks), ages: set(tf.ages), links: set(tf.links), sports: set(tf.sports), single: set(tf.single), ours: set(tf.ours), oursQualifiers: set(tf.oursQualifiers), groups: (tf.groups ?? []).map((g) => g.split(' ').map((w) => foldName(w))) };
}
const teamWords = (): TeamWords => entityResources().get(loadTeamWords);


/**
 * A word of the list as written (its own ل, no other clitic) that the tagger left alone or took for
 * a name of one word: it reads a foreign sport after ل as MISC (`[المنتخب السعودي] لـ[بولينج]`;
 * tune2 three times, session 15).
 */
const plainAt = (words: readonly WordTok[], tags: readonly string[], k: number, list: Set<string>): boolean => {
  const w = words[k];
  if (!w || w.kind !== 'word' || !list.has(w.fold)) return false;
  const t = tags[k]!;
  return t === 'O' || (t.startsWith('B-') && tags[k + 1] !== `I-${t.slice(2)}`);
};

/** Where a team's field ends after its chunk ending at b (b for none): rank, age, sport. */
export function teamFieldEnd(words: readonly WordTok[], tags: readonly string[], b: number, tw: TeamWords = teamWords()): number {
  let k = b;
  const rank = plainAt(words, tags, k, tw.ranks) ? 1 : 0;
  k += rank;
  let field = false;
  let age = false;
  if (plainAt(words, tags, k, tw.ages)) {
    k++;
    field = age = true;
  } else {
    const g = tw.groups.find((p) => p.every((f, j) => plainAt(words, tags, k + j, new Set([f]))));
    if (g) return k + g.length;
  }
  if (plainAt(words, tags, k, tw.single)) {
    k++;
    field = true;
  } else if (plainAt(words, tags, k, tw.links) && plainAt(words, tags, k + 1, tw.sports)) {
    k += 2;
    // (a second word of the sport: `لكرة القدم الشاطئية`, `لكرة قدم الصالات`; an indefinite one
    // after a definite one is the verb that follows: `لكرة السلة قدم مستوى …`)
    while (plainAt(words, tags, k, tw.sports) && (opensWithArticle(words[k]!.fold) || !opensWithArticle(words[k - 1]!.fold))) k++;
    field = true;
  }
  // (the age group after the sport: `المنتخب السعودي للبولينج للشباب`, more/2015-08-03)
  if (field && !age && plainAt(words, tags, k, tw.ages)) k++;
  return field ? k : b;
}

/**
 * `منتخبنا` ("our team") with a qualifier, a rank, an age group or a sport after it is the team
 * (guide, tune2 choices: `منتخبنا الوطني للناشئين`; bare `منتخبنا` is nothing): where its span ends,
 * or i for none. About 15 in eight days of more/ (session 15).
 */
function ourTeamEnd(ws: readonly WordTok[], t: readonly string[], i: number, tw: TeamWords): number {
  const w = ws[i]!;
  if (w.kind !== 'word' || t[i] !== 'O' || !tw.ours.has(w.mfold)) return i;
  const q = plainAt(ws, t, i + 1, tw.oursQualifiers) ? i + 2 : i + 1;
  const e = teamFieldEnd(ws, t, q, tw);
  return e > i + 1 ? e : i;
}

/** Extends every team chunk over its field (tags rewritten in place); returns the spans set. */
export function teamFields(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const tw = teamWords();
  const out: RuleSpan[] = [];
  if (!tw.heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const our = ourTeamEnd(ws, t, i, tw);
      if (our > i) {
        for (let k = i; k < our; k++) t[k] = k === i ? 'B-ORG' : 'I-ORG';
        out.push({ s, a: i, b: our, rule: TEAM_FIELD_RULE });
        i = our - 1;
        continue;
      }
      if (t[i] !== 'B-ORG' || ws[i]!.kind !== 'word' || !tw.heads.has(dropArticle(base(ws[i]!)))) continue;
      const b = chunkEnd(t, i);
      const e = teamFieldEnd(ws, t, b, tw);
      if (e === b) continue;
      for (let k = b; k < e; k++) t[k] = 'I-ORG';
      out.push({ s, a: i, b: e, rule: TEAM_FIELD_RULE });
      i = e - 1;
    }
  });
  return out;
}
