/**
 * The search terms of a text: one normalised, light-stemmed term per word, with the word's
 * offsets into the original text. The index and the query side both call `termsOf`, so they
 * can never disagree.
 *
 * The text layer (`src/text/normalize.ts`, `src/text/stem.ts`) is owned by a colleague and may
 * not have landed yet; this adapter loads it when present and otherwise falls back to a small
 * built-in normaliser. Whichever is used is recorded in the store (`indexSettings()`), so an
 * index built with one is refused by the other instead of silently missing matches.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import fallbackRules from '../lexicon/store-search.json' with { type: 'json' };

export interface Term {
  /** The normalised, light-stemmed form used in the index. */
  term: string;
  start: number;
  end: number;
}

interface TextLayer {
  searchTerms: (text: string) => unknown;
  version: string;
  settings: string;
}

async function tryImport(rel: string): Promise<Record<string, unknown> | null> {
  try {
    // Compiled (dist/), the sibling modules are .js: keep the extension of this very file.
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    return (await import(new URL(rel.replace(/\.ts$/, ext), import.meta.url).href)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function loadTextLayer(): Promise<TextLayer | null> {
  if (process.env.MARSAD_STORE_FALLBACK_TERMS === '1') return null;
  const stem = await tryImport('../text/stem.ts');
  const norm = await tryImport('../text/normalize.ts');
  if (!stem || typeof stem.searchTerms !== 'function') return null;
  const version = norm?.NORMALIZER_VERSION;
  const settings = norm?.SEARCH_NORMALIZATION;
  return {
    searchTerms: stem.searchTerms as (text: string) => unknown,
    version: `text-layer:${String(version ?? 'unknown')}`,
    settings: JSON.stringify(settings ?? null),
  };
}

const layer = await loadTextLayer();

/** Pulls {term, start, end} out of whatever shape the text layer returns (it is still settling). */
function adapt(raw: unknown): Term[] {
  if (!Array.isArray(raw)) return [];
  const out: Term[] = [];
  for (const r of raw as unknown[]) {
    if (!r || typeof r !== 'object') continue;
    const o = r as Record<string, unknown>;
    const term = [o.term, o.stem, o.norm, o.value].find((v) => typeof v === 'string') as string | undefined;
    const start = typeof o.start === 'number' ? o.start : null;
    const end = typeof o.end === 'number' ? o.end : null;
    if (!term || start === null || end === null) continue;
    const t = term.trim();
    // FTS5's ascii tokenizer and PostgreSQL's 'simple' parser must see one token per term.
    const clean = t.replace(/[\s"'()*:^\-+|&!<>\\]+/g, '');
    if (clean) out.push({ term: clean, start, end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Built-in fallback: normalisation + light stemming driven by src/lexicon/store-search.json.

const HARAKAT =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const FOLD: Record<string, string> = fallbackRules.fold;
const PREFIXES: string[] = [...(fallbackRules.prefixes as string[])].sort((a, b) => b.length - a.length);
const SUFFIXES: string[] = [...(fallbackRules.suffixes as string[])].sort((a, b) => b.length - a.length);
const MIN_STEM = fallbackRules.minStem;

/** Letters folded the way search needs (harakat, tatweel, alef/hamza forms, ya, ta marbuta, digits). */
export function foldForSearch(word: string): string {
  let s = word.normalize('NFC').replace(HARAKAT, '').toLowerCase();
  s = s.replace(/./gu, (c) => FOLD[c] ?? c);
  return s;
}

function fallbackStem(w: string): string {
  if (!/[\u0600-\u06FF]/.test(w)) return w;
  let s = w;
  for (const p of PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= MIN_STEM) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const suf of SUFFIXES) {
    if (s.endsWith(suf) && s.length - suf.length >= MIN_STEM) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  return s;
}

function fallbackTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\u0640]+/gu)) {
    const folded = foldForSearch(m[0]).replace(/[^\p{L}\p{N}]/gu, '');
    if (!folded) continue;
    out.push({ term: fallbackStem(folded), start: m.index, end: m.index + m[0].length });
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
    t = layer ? adapt(layer.searchTerms(chunk)) : fallbackTerms(chunk);
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
  if (layer) return { normalizer: layer.version, search: `${layer.settings} probe:${probe}` };
  return {
    normalizer: `store-fallback:${fallbackRules.version}`,
    search: `${JSON.stringify({ prefixes: fallbackRules.prefixes, suffixes: fallbackRules.suffixes, minStem: MIN_STEM })} probe:${probe}`,
  };
}

/**
 * Content hash for idempotent ingest: the text with invisible marks, harakat and tatweel removed
 * and whitespace collapsed, so re-encoded or re-wrapped copies of one article hash alike. It does
 * not depend on the stemmer, so it survives text-layer upgrades.
 */
export function contentHash(text: string): string {
  const canon = text.normalize('NFC').replace(HARAKAT, '').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canon).digest('hex').slice(0, 32);
}
