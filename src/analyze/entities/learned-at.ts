/**
 * Where a learned multi-word name (learned-orgs, learned-events, learned-branches: lists by first
 * word, longest first) is written in full: the one walk their rules share; and the rule that makes
 * such a name one mention, which learned-orgs and learned-events are.
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { base } from './conventions.ts';
import { learnedNamesByFirst } from './lexicon.ts';
import { entityResources, type EntityResources } from './resources.ts';

/**
 * How many words of the longest learned name written from word i (its first word may carry
 * clitics, the others are compared as folded), or 0. With `wordAfter`, a name must leave at least
 * one word after it (a branch name is followed by its place).
 */
export function learnedLengthAt(
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>,
  ws: readonly WordTok[],
  i: number,
  wordAfter = false,
): number {
  const w = ws[i]!;
  if (w.kind !== 'word') return 0;
  for (const parts of byFirst.get(base(w)) ?? []) {
    if (i + parts.length > ws.length - (wordAfter ? 1 : 0)) continue;
    if (parts.every((f, k) => k === 0 || (ws[i + k]!.kind === 'word' && ws[i + k]!.fold === f)))
      return parts.length;
  }
  return 0;
}

/** What tells one learned-name rule from another (learned-orgs.ts, learned-events.ts). */
export interface LearnedNameRule {
  /** the learned list in the lexicon folder */
  file: string;
  type: 'ORG' | 'MISC';
  rule: string;
  /** whether an event the tags found inside the name stops it (an institution holds none) */
  miscStopsInside: boolean;
  /** shorter names only widen a name the tags found there, never stand alone (everyday phrases) */
  minWordsAlone: number;
}

/**
 * A rule that makes a learned name written in full one mention of its type, where the tags there
 * are nothing, a mention of that type over a prefix of it, or other names inside it (never a chunk
 * running across either end, nor the mention whole already); the longest learned name wins.
 * `prepare` reads the list into the running resources, so that analysing reads no file.
 */
export function learnedNameRule(spec: LearnedNameRule): {
  prepare: () => void;
  tag: (words: readonly (readonly WordTok[])[], tags: string[][]) => RuleSpan[];
} {
  const load = (r: EntityResources): Map<string, string[][]> => learnedNamesByFirst(r.lexiconDir, spec.file);
  const begin = `B-${spec.type}`;
  const inside = `I-${spec.type}`;
  const mayWiden = (t: readonly string[], a: number, b: number): boolean => {
    if (t[a] !== 'O' && t[a] !== begin) return false;
    if (b < t.length && t[b]!.startsWith('I-')) return false;
    if (spec.miscStopsInside) for (let k = a + 1; k < b; k++) if (t[k]!.endsWith('MISC')) return false;
    return !(t[a] === begin && t.slice(a + 1, b).every((x) => x === inside));
  };
  return {
    prepare: () => void entityResources().get(load),
    tag(words, tags) {
      const out: RuleSpan[] = [];
      words.forEach((ws, s) => {
        const t = tags[s]!;
        for (let i = 0; i < ws.length; i++) {
          const n = learnedLengthAt(entityResources().get(load), ws, i);
          if (!n || !mayWiden(t, i, i + n)) continue;
          if (n < spec.minWordsAlone && t.slice(i, i + n).every((x) => x === 'O')) continue;
          for (let k = i; k < i + n; k++) t[k] = k === i ? begin : inside;
          out.push({ s, a: i, b: i + n, rule: spec.rule });
          i += n - 1;
        }
      });
      return out;
    },
  };
}
