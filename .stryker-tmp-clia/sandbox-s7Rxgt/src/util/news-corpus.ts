/**
 * The SaudiNewsNet articles in `../shared/data/news/` (read-only reference data): the two daily
 * ZIPs of JSON arrays used for benchmarks and unlabelled text, and the JSONL sample used for
 * evaluation. One reader so every benchmark, script and trainer sees the same articles in the
 * same order.
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { sharedPath } from './shared.ts';

export interface NewsRecord {
  title: string | null;
  content: string;
  source: string | null;
  url: string | null;
  /** Crawl time, roughly the publication day. */
  date_extracted: string | null;
}

function record(a: Record<string, unknown>): NewsRecord {
  const s = (k: string) => (typeof a[k] === 'string' ? (a[k] as string) : null);
  return {
    title: s('title'),
    content: s('content') ?? '',
    source: s('source'),
    url: s('url'),
    date_extracted: s('date_extracted'),
  };
}

/** The ZIP archives' file names, sorted (`2015-08-10.zip`, `2015-08-11.zip`). */
export function newsZipNames(): string[] {
  const dir = sharedPath('data', 'news');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.zip'))
    .sort();
}

/** Every article of the given ZIPs (default: all of them), in file order and then array order. */
export function* newsZipArticles(names: string[] = newsZipNames()): Generator<NewsRecord> {
  for (const f of names) {
    const files = unzipSync(new Uint8Array(readFileSync(sharedPath('data', 'news', f))));
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      for (const a of JSON.parse(strFromU8(bytes)) as Record<string, unknown>[]) yield record(a);
    }
  }
}

/** The articles of `saudinewsnet-sample.jsonl`, in line order. */
export function* newsSampleArticles(): Generator<NewsRecord> {
  const p = sharedPath('data', 'news', 'saudinewsnet-sample.jsonl');
  if (!existsSync(p)) return;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (line.trim()) yield record(JSON.parse(line) as Record<string, unknown>);
  }
}

/**
 * The first `n` articles of `2015-08-10.zip` as `title\n\ncontent`: the fixed corpus of the
 * tagger's benchmark and speed scripts.
 */
export function newsBenchTexts(n: number): string[] {
  const out: string[] = [];
  for (const a of newsZipArticles(['2015-08-10.zip'])) {
    if (out.length >= n) break;
    out.push(`${a.title ?? ''}\n\n${a.content}`);
  }
  return out;
}
