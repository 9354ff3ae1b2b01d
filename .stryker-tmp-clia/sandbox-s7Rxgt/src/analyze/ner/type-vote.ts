/**
 * One name, one type per document: where the same name (folded, article and conjunction removed)
 * is tagged as two types in one document and one type has at least twice the chunks of the
 * other, the minority chunks take the majority type (`سول` ORG twice and LOC once in a business
 * story is the company each time). The tagger's second pass already sees how a word was tagged
 * elsewhere, but not what the rules after it changed, and not whole multiword names.
 */
// @ts-nocheck

import type { SentenceSpan } from './tags.ts';
import { chunks } from './conll.ts';
import { foldWord, stripArticle } from './features.ts';

export const TYPE_VOTE_RULE = 'rule:coref/one-type-per-document';

/** Rewrites `tags` in place over all `words` as one document; returns the chunks it retyped. */
export function voteTypes(words: readonly (readonly string[])[], tags: string[][]): SentenceSpan[] {
  const key = (ws: readonly string[], a: number, b: number) =>
    ws
      .slice(a, b)
      .map((w) => stripArticle(foldWord(w)))
      .join(' ');
  const votes = new Map<string, Map<string, number>>();
  const all = tags.map((t, s) =>
    chunks(t).map(({ start: a, end: b, type: ty }) => ({ s, a, b, ty, k: key(words[s]!, a, b) })),
  );
  for (const c of all.flat()) {
    let v = votes.get(c.k);
    if (!v) votes.set(c.k, (v = new Map()));
    v.set(c.ty, (v.get(c.ty) ?? 0) + 1);
  }
  const out: SentenceSpan[] = [];
  for (const c of all.flat()) {
    const v = votes.get(c.k)!;
    let best = c.ty;
    let n = v.get(c.ty)!;
    for (const [ty, m] of v) if (m > n) [best, n] = [ty, m];
    if (best === c.ty || n < 2 * v.get(c.ty)!) continue;
    const t = tags[c.s]!;
    t[c.a] = `B-${best}`;
    for (let k = c.a + 1; k < c.b; k++) t[k] = `I-${best}`;
    out.push({ s: c.s, a: c.a, b: c.b });
  }
  return out;
}

/** `voteTypes` over consecutive windows of `window` sentences (a stream without documents). */
export function voteTypesWindows(
  words: readonly (readonly string[])[],
  tags: string[][],
  window: number,
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let b = 0; b < words.length; b += window) {
    for (const x of voteTypes(words.slice(b, b + window), tags.slice(b, b + window)))
      out.push({ ...x, s: x.s + b });
  }
  return out;
}
