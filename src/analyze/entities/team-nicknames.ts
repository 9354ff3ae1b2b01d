/**
 * A national team's established nickname is the team in an article about sport (guide rule 26:
 * `الأخضر` for the Saudi side, `أخضر السلة`, `منتخبنا الأخضر`): `يقود الأخضر`, `مدرب «الأخضر»`,
 * `فوز الأخضر على العراق`. The tagger leaves the colour word alone. Read on unlabelled news
 * (more/2015-07-22, 07-26, 08-02, 08-08: about 40 in sport articles, session 15, issue #14; tune2
 * misses it 5 times). The colour stays a colour after a definite noun (`الضوء الأخضر`,
 * `باللون الأخضر`, `الجبل الأخضر`), after a noun with a pronoun (`ثوبها الأخضر`) and in a list of
 * colours or an idiom (`الأخضر والأصفر`, `الأخضر واليابس`: name-heads.json teamNicknames notBefore).
 */
import type { RuleSpan } from '../ner/finish.ts';
import { endsWithAttachedPronoun, opensWithArticle } from '../../text/clitics.ts';
import { base, isSportArticle } from './conventions.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { nationality, type WordTok } from './roles.ts';

export const TEAM_NICKNAME_RULE = 'rule:org/team-nickname';

interface NicknameWords {
  names: Set<string>;
  constructs: Set<string>;
  fields: Set<string>;
  withBefore: Set<string>;
  notBefore: Set<string>;
}

function load(): NicknameWords {
  const l = (k: string) => nameHeadsList('teamNicknames', k);
  return { names: l('names'), constructs: l('constructs'), fields: nameHeadsList('teamFields', 'sports'), withBefore: l('withBefore'), notBefore: l('notBefore') };
}
const nicknameWords = (): NicknameWords => entityResources().get(load);

/** Reads the words into the running resources up front (createPipeline). */
export function prepareTeamNicknames(): void {
  nicknameWords();
}

/** The word before k, over one quotation mark or bracket. */
function wordBefore(ws: readonly WordTok[], k: number): number {
  const j = ws[k - 1]?.kind === 'punct' ? k - 2 : k - 1;
  return j >= 0 && ws[j]!.kind === 'word' ? j : -1;
}

/** The word after k, over one quotation mark or bracket. */
function wordAfter(ws: readonly WordTok[], k: number): number {
  const j = ws[k + 1]?.kind === 'punct' ? k + 2 : k + 1;
  return j < ws.length && ws[j]!.kind === 'word' ? j : -1;
}

/** Where the nickname at k starts (k, or the team word written before it), or -1 for a colour. */
function nicknameStart(ws: readonly WordTok[], t: readonly string[], k: number, nw: NicknameWords): number {
  const p = wordBefore(ws, k);
  if (p < 0) return k;
  const prev = ws[p]!;
  if (nw.withBefore.has(prev.fold) && p === k - 1 && t[p] === 'O') return p;
  if (opensWithArticle(base(prev)) || endsWithAttachedPronoun(prev.fold) || t[p] !== 'O') return -1;
  return k;
}

/** Tags are rewritten in place; the spans set are returned. */
export function teamNicknames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  const nw = nicknameWords();
  if (!nw.names.size || !isSportArticle(words)) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      if (w.kind !== 'word' || t[k] !== 'O') continue;
      const n = wordAfter(ws, k);
      const next = n >= 0 ? ws[n]! : undefined;
      let a = k;
      let b = k + 1;
      if (nw.names.has(w.mfold)) {
        if (next && nw.notBefore.has(next.fold)) continue;
        a = nicknameStart(ws, t, k, nw);
        if (a < 0) continue;
        // (its nationality written after it: `الأخضر السعودي`)
        if (next && n === k + 1 && t[n] === 'O' && nationality(next.fold) !== undefined) b = n + 1;
      } else if (nw.constructs.has(w.fold) && next && n === k + 1 && t[n] === 'O' && nw.fields.has(next.fold)) {
        b = n + 1; // `أخضر السلة`
      } else continue;
      for (let i = a; i < b; i++) t[i] = i === a ? 'B-ORG' : 'I-ORG';
      out.push({ s, a, b, rule: TEAM_NICKNAME_RULE });
      k = b - 1;
    }
  });
  return out;
}
