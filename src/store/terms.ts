/**
 * The search terms of a text: one normalised, light-stemmed term per word (the text layer's
 * `searchTerms`, src/text/stem.ts), with the word's offsets into the original text. The index and
 * the query side both call `termsOf`, so they can never disagree; the normaliser's version and
 * settings are recorded in the store (`indexSettings()`), so an index built with another is
 * refused instead of silently missing matches.
 */
import { createHash } from 'node:crypto';
import { NORMALIZER_VERSION, SEARCH_NORMALIZATION, stripMarks } from '../text/normalize.ts';
import { searchTerms } from '../text/stem.ts';

export interface Term {
  /** The normalised, light-stemmed form used in the index. */
  term: string;
  start: number;
  end: number;
}


/** The text layer's terms, each one token for FTS5's ascii tokenizer and PostgreSQL's 'simple' parser. */
function layerTerms(chunk: string): Term[] {
  const out: Term[] = [];
  for (const { term, start, end } of searchTerms(chunk)) {
    const clean = term.trim().replace(/[\s"'()*:^\-+|&!<>\\]+/g, '');
    if (clean) out.push({ term: clean, start, end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

// News vocabulary repeats heavily: terms are computed once per distinct whitespace-delimited
// chunk and memoised. A word never spans whitespace, so this equals running the term function
// on the whole text, and the index and the query side share it either way.
const memo = new Map<string, Term[]>();
const MEMO_MAX = 300_000;

function chunkTerms(chunk: string): Term[] {
  let t = memo.get(chunk);
  if (!t) {
    t = layerTerms(chunk);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(chunk, t);
  }
  return t;
}

/** Search terms of `text`, in order, one per word. */
export function termsOf(text: string): Term[] {
  if (!text) return [];
  const out: Term[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const t of chunkTerms(m[0]))
      out.push({ term: t.term, start: t.start + m.index, end: t.end + m.index });
  }
  return out;
}

/**
 * The terms of `text` that are in `wanted`, in order (what `termsOf` would give, filtered),
 * without building the others: snippets read a few thousand words per search page.
 */
export function findTerms(text: string, wanted: ReadonlySet<string>): Term[] {
  const out: Term[] = [];
  if (!text) return out;
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const t of chunkTerms(m[0])) {
      if (wanted.has(t.term)) out.push({ term: t.term, start: t.start + m.index, end: t.end + m.index });
    }
  }
  return out;
}

/** The space-joined terms: what goes into FTS5 / tsvector. */
export function termString(text: string): string {
  return termsOf(text)
    .map((t) => t.term)
    .join(' ');
}

// A fixed sentence exercising clitics, hamza forms, harakat, ta marbuta and digits: the terms it
// yields fingerprint the stemmer's behaviour, so a changed stemmer is caught even when nobody
// bumped a version constant.
const PROBE = 'وَالكرملين للكرملين بالمدينة وأوروبا إلى اجتماعات المسؤولين فسيكتبونها ٢٠٢١ Summit';

/** The normaliser settings the index depends on; recorded in the store and checked on open. */
export function indexSettings(): { normalizer: string; search: string } {
  const probe = createHash('sha256').update(termString(PROBE)).digest('hex').slice(0, 12);
  return {
    normalizer: `text-layer:${NORMALIZER_VERSION}`,
    search: `${JSON.stringify(SEARCH_NORMALIZATION)} probe:${probe}`,
  };
}


/**
 * Content hash for idempotent ingest: the text with invisible marks, harakat and tatweel removed
 * and whitespace collapsed, so re-encoded or re-wrapped copies of one article hash alike. It does
 * not depend on the stemmer, so it survives text-layer upgrades.
 */
export function contentHash(text: string): string {
  // the `contentHash` mark set is fixed: stored hashes would stop matching if it changed
  const canon = stripMarks(text.normalize('NFC'), 'contentHash').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canon).digest('hex').slice(0, 32);
}
