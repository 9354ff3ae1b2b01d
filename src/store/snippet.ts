/**
 * Snippets and "why it matched": the hit's original text is re-read with the same term function
 * the index used, so highlights land on the original words (with their harakat and clitics) and
 * each query term lists the forms it matched in this document.
 */
import { termsOf, type Term } from './terms.ts';

const WINDOW = 220;
const LEAD = 60;

export interface SnippetResult {
  snippet: { text: string; highlights: Array<[number, number]> };
  matched: Array<{ term: string; forms: string[] }>;
}

const SCAN = 2000;

export function buildSnippet(text: string, queryTerms: Set<string>, from: number, to: number): SnippetResult {
  const region = text.slice(from, to);
  // Read the text a slice at a time and stop once every query term has been seen: the best
  // window is almost always early in a news article, and long articles stay cheap.
  const hits: Term[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < region.length; ) {
    let stop = Math.min(region.length, at + SCAN);
    if (stop < region.length) {
      const sp = region.indexOf(' ', stop);
      stop = sp < 0 ? region.length : sp;
    }
    for (const t of termsOf(region.slice(at, stop))) {
      if (queryTerms.has(t.term)) {
        hits.push({ term: t.term, start: t.start + at, end: t.end + at });
        seen.add(t.term);
      }
    }
    at = stop;
    if (seen.size === queryTerms.size) break;
  }
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
  // Line breaks become spaces one for one, so offsets found above still hold.
  const body = region.slice(start, end).replace(/\s/g, ' ');
  const highlights: Array<[number, number]> = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => [h.start - start + prefix.length, h.end - start + prefix.length]);
  return { snippet: { text: prefix + body + suffix, highlights }, matched };
}
