/**
 * Snippets and "why it matched": the hit's original text is re-read with the same term function
 * the index used, so highlights land on the original words (with their harakat and clitics) and
 * each query term lists the forms it matched in this document.
 */
import { termsOf } from './terms.ts';

const WINDOW = 220;
const LEAD = 60;

export interface SnippetResult {
  snippet: { text: string; highlights: Array<[number, number]> };
  matched: Array<{ term: string; forms: string[] }>;
}

export function buildSnippet(text: string, queryTerms: Set<string>, from: number, to: number): SnippetResult {
  const region = text.slice(from, to);
  const hits = termsOf(region).filter((t) => queryTerms.has(t.term));
  const forms = new Map<string, Set<string>>();
  for (const h of hits) {
    const set = forms.get(h.term) ?? new Set<string>();
    set.add(region.slice(h.start, h.end));
    forms.set(h.term, set);
  }
  const matched = [...queryTerms]
    .filter((t) => forms.has(t))
    .map((t) => ({ term: t, forms: [...forms.get(t)!].slice(0, 8) }));

  let start = 0;
  let end = region.length;
  if (region.length > WINDOW) {
    // The window holding the most distinct query terms, earliest first.
    let bestAt = 0;
    let bestCount = -1;
    for (let i = 0; i < hits.length; i++) {
      const seen = new Set<string>();
      for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.start <= WINDOW - LEAD; j++) seen.add(hits[j]!.term);
      if (seen.size > bestCount) {
        bestCount = seen.size;
        bestAt = hits[i]!.start;
      }
    }
    start = Math.max(0, bestAt - LEAD);
    if (start > 0) {
      const sp = region.lastIndexOf(' ', start);
      start = sp >= 0 && start - sp < 20 ? sp + 1 : start;
    }
    end = Math.min(region.length, start + WINDOW);
    if (end < region.length) {
      const sp = region.indexOf(' ', end);
      end = sp >= 0 && sp - end < 20 ? sp : end;
    }
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < region.length ? '…' : '';
  const body = region.slice(start, end).replace(/\s+/g, ' ');
  // Whitespace collapsing changes lengths; recompute highlights on the collapsed text.
  const highlights: Array<[number, number]> = [];
  for (const t of termsOf(body)) {
    if (queryTerms.has(t.term)) highlights.push([t.start + prefix.length, t.end + prefix.length]);
  }
  return { snippet: { text: prefix + body + suffix, highlights }, matched };
}
