/**
 * Where a learned multi-word name (learned-orgs, learned-events, learned-branches: lists by first
 * word, longest first) is written in full: the one walk their rules share.
 */
import type { WordTok } from './roles.ts';
import { base } from './conventions.ts';

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
