/**
 * Light stemming for search (light10-style): search normalisation, clitics off, then one pass of
 * suffixes. The index and the query both go through `searchTerms`/`lightStem`, so they agree.
 */
// @ts-nocheck

import { analyzeClitics, cliticExceptionBase } from './clitics.ts';
import { normalize, SEARCH_NORMALIZATION } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** light10's suffixes, in its order, search-normalised (ة is ه, so ية and ة fold into يه and ه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** Letters a stem keeps at least (light10 keeps 2; 3 spares مكان, بيان-like nouns). */
const MIN_STEM = 3;

/** The search term of one word: normalised, clitics and light suffixes removed. */
export function lightStem(word: string): string {
  const a = analyzeClitics(word);
  let s = normalize(a.stem, SEARCH_NORMALIZATION);
  // Words listed as clitic exceptions (mostly names) keep their ending and shed only a light
  // suffix, so بوتين stays whole and فلسطينيون (→ فلسطين) meets فلسطين.
  const listed = cliticExceptionBase(s);
  if (listed !== null) return listed;
  for (const suf of SUFFIXES) {
    if (s.length - suf.length >= MIN_STEM && s.endsWith(suf)) s = s.slice(0, s.length - suf.length);
  }
  return s;
}

/**
 * One search term per word token (Arabic words light-stemmed; Latin words and numbers
 * normalised), with the token's offsets into `text`. Used on both the index and the query side.
 */
export function searchTerms(text: string): Array<{ term: string; start: number; end: number }> {
  const out: Array<{ term: string; start: number; end: number }> = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'word') {
      const term = lightStem(t.text);
      if (term) out.push({ term, start: t.start, end: t.end });
    } else if (t.kind === 'latin' || t.kind === 'number') {
      out.push({ term: normalize(t.text, SEARCH_NORMALIZATION), start: t.start, end: t.end });
    }
  }
  return out;
}
