/**
 * Snippets and "why it matched": the hit's original text is re-read with the same term function
 * the index used, so highlights land on the original words (with their harakat and clitics) and
 * each query term lists the forms it matched in this document.
 */
// @ts-nocheck

import { findTerms, type Term } from './terms.ts';

const WINDOW = 220;
const LEAD = 60;

export interface SnippetResult {
  snippet: { text: string; highlights: Array<[number, number]> };
  matched: Array<{ term: string; forms: string[] }>;
}

const SCAN = 2000;
const STEP = 300;
/** How far past its first hit the shown window can reach (see the window code below). */
const REACH = WINDOW + 20;

/**
 * Whether the window chosen below can no longer change with more text: some hit starts a window
 * holding every query term, and the text is read past everything shown from there.
 */
function settled(hits: Term[], n: number, readTo: number): boolean {
  for (let i = 0; i < hits.length; i++) {
    const s = hits[i]!.start;
    if (Math.max(0, s - LEAD) + REACH > readTo) return false;
    const seen = new Set<string>();
    for (let j = i; j < hits.length && hits[j]!.end - s <= WINDOW - LEAD; j++) seen.add(hits[j]!.term);
    if (seen.size === n) return true;
  }
  return false;
}

export function buildSnippet(text: string, queryTerms: Set<string>, from: number, to: number): SnippetResult {
  const region = text.slice(from, to);
  // Read the text a slice at a time and stop once every query term has been seen: the best
  // window is almost always early in a news article, and long articles stay cheap. Within a
  // slice, stop as soon as the window is settled (query words together in a headline or lead):
  // the snippet is then the same as reading on, only fewer of the forms may be listed.
  const hits: Term[] = [];
  const seen = new Set<string>();
  const cut = (at: number) => {
    if (at >= region.length) return region.length;
    const sp = region.indexOf(' ', at);
    return sp < 0 ? region.length : sp;
  };
  scan: for (let at = 0; at < region.length && queryTerms.size > 0;) {
    const stop = cut(at + SCAN);
    while (at < stop) {
      const step = Math.min(stop, cut(at + STEP));
      for (const t of findTerms(region.slice(at, step), queryTerms)) {
        hits.push({ term: t.term, start: t.start + at, end: t.end + at });
        seen.add(t.term);
      }
      at = step;
      if (seen.size === queryTerms.size && settled(hits, queryTerms.size, at)) break scan;
    }
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
      for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.start <= WINDOW - LEAD; j++)
        seen.add(hits[j]!.term);
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
