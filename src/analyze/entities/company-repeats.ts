/**
 * A company the article named with its head and one word of its own (`[شركة زين]`, `[شركة جرير]`)
 * is that company where the word stands alone later (`وقالت زين إن …`): the word is often a given
 * name as well, which the tagger reads as a person, or nothing (issue #14, session 15: held-out ORG
 * mentions typed PER, one word, no article). Heads: name-heads.json `companyRepeats`. Only a word
 * without the article (a definite one after شركة is as often a field, `شركة الكهرباء`), and not
 * where it is part of a person's longer name (`محمد زين`).
 */
import type { RuleSpan } from '../ner/finish.ts';
import { nationality, type WordTok } from './roles.ts';
import { base, conventions } from './conventions.ts';
import { entityResources } from './resources.ts';
import { nameHeadsList } from './lexicon.ts';
import { endsWithNisba, opensWithArticle } from '../../text/clitics.ts';
import { isKnownVerb } from './verbs.ts';
import { endsWithHaOrTaMarbuta } from '../../text/endings.ts';
import { insideEnd } from './chunks.ts';

export const COMPANY_AGAIN_RULE = 'rule:org/company-again';

const companyHeads = (): Set<string> => entityResources().get(loadHeads);
function loadHeads(): Set<string> {
  return nameHeadsList('companyRepeats', 'heads');
}

/** Reads the heads into the running resources up front (createPipeline). */
export function prepareCompanyRepeats(): void {
  companyHeads();
}


/** The company's own word of an ORG chunk [a, b): head + one word, with a nationality after it or not. */
function ownWord(ws: readonly WordTok[], a: number, b: number): string | null {
  const x = ws[a + 1]!;
  const n = b - a;
  if (!companyHeads().has(base(ws[a]!))) return null;
  if (!(n === 2 || (n === 3 && ws[a + 2]!.kind === 'word' && nationality(ws[a + 2]!.fold) !== undefined))) return null;
  if (x.kind !== 'word' || x.moff !== 0 || x.fold.length < 3 || opensWithArticle(x.fold)) return null;
  // (an adjective or a verb after the head is no name of its own: `شركة عملاقة`, `شركة جديدة`)
  return endsWithNisba(x.fold) || endsWithHaOrTaMarbuta(x.fold) || isKnownVerb(x.fold) ? null : x.fold;
}

/** Tags are rewritten in place; the spans set are returned. */
export function companyRepeats(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  const names = new Set<string>();
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a + 1 < ws.length; a++) {
      if (t[a] !== 'B-ORG' || t[a + 1] !== 'I-ORG') continue;
      const own = ownWord(ws, a, insideEnd(t, a));
      if (own) names.add(own);
    }
  });
  if (!names.size) return out;
  // the word and the one after it written together more than once are a product's or a service's
  // name of their own (`أبل ووتش`, `أبل ميوزيك`: MISC or a service, not the company alone)
  const pairs = new Map<string, number>();
  const pairAt = (ws: readonly WordTok[], i: number): string | null => {
    const n = ws[i + 1];
    if (!n || n.kind !== 'word' || n.fold.length < 3 || opensWithArticle(n.fold) || conventions().notInConstruct.has(n.fold)) return null;
    return `${ws[i]!.mfold} ${n.fold}`;
  };
  for (const ws of words)
    for (let i = 0; i < ws.length; i++) {
      const k = ws[i]!.kind === 'word' && names.has(ws[i]!.mfold) ? pairAt(ws, i) : null;
      if (k) pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.kind !== 'word' || !names.has(w.mfold)) continue;
      // alone: nothing there, or a one-word person; no name running on into it or out of it
      const alone = t[i] === 'O' || (t[i] === 'B-PERS' && t[i + 1] !== 'I-PERS');
      if (!alone || t[i + 1]?.startsWith('I-') || (i > 0 && t[i - 1] !== 'O')) continue;
      const pair = pairAt(ws, i);
      if (pair && pairs.get(pair)! > 1) continue;
      t[i] = 'B-ORG';
      out.push({ s, a: i, b: i + 1, rule: COMPANY_AGAIN_RULE });
    }
  });
  return out;
}
