/**
 * The SaudiNewsNet articles in `../shared/data/news/` (read-only reference data): the two daily
 * ZIPs of JSON arrays used for benchmarks and unlabelled text, and the JSONL sample used for
 * evaluation. One reader so every benchmark, script and trainer sees the same articles in the
 * same order.
 */
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

/**
 * The ZIP archives' file names, sorted (`2015-08-10.zip`, `2015-08-11.zip`); with `sub`, those of
 * a folder under data/news (`more`), named relative to data/news (`more/2015-07-21.zip`).
 */
export function newsZipNames(sub?: string): string[] {
  const dir = sub ? sharedPath('data', 'news', sub) : sharedPath('data', 'news');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.zip'))
    .sort()
    .map((n) => (sub ? `${sub}/${n}` : n));
}

/** Every article of the given ZIPs (default: all of them), in file order and then array order. */
export function* newsZipArticles(names: string[] = newsZipNames()): Generator<NewsRecord> {
  for (const f of names) {
    const files = unzipSync(new Uint8Array(readFileSync(sharedPath('data', 'news', ...f.split('/')))));
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
 * What identifies an article across the archives: its URL, and its title and body with runs of
 * white space collapsed (the same story is sometimes crawled twice, under two URLs).
 */
export interface ArticleKeys {
  urls: Set<string>;
  texts: Set<string>;
}

const textKey = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The keys of some articles, so that the same articles can be recognised elsewhere. */
export function articleKeys(articles: Iterable<NewsRecord>): ArticleKeys {
  const keys: ArticleKeys = { urls: new Set(), texts: new Set() };
  for (const a of articles) {
    if (a.url) keys.urls.add(a.url);
    // a short title ("أخبار محلية") or an empty body would match unrelated articles
    for (const t of [textKey(a.title), textKey(a.content)]) if (t.length >= 20) keys.texts.add(t);
  }
  return keys;
}

/** Whether an article is one of the keyed ones: same URL, same title or same body. */
export function isKeyed(a: NewsRecord, keys: ArticleKeys): boolean {
  if (a.url && keys.urls.has(a.url)) return true;
  return keys.texts.has(textKey(a.title)) || keys.texts.has(textKey(a.content));
}

/**
 * Unlabelled news for statistics learned without labels (word classes, the letter model's
 * ordinary words): the articles of the daily ZIPs (and of `more/` with `more: true`), without
 * any article of `saudinewsnet-sample.jsonl`. The entity, quote and time gold is drawn from that
 * sample and every one of its articles is also in the ZIPs, so a statistic that saw them would
 * have seen the held-out text.
 */
export function* newsUnlabelledArticles(opts: { more?: boolean } = {}): Generator<NewsRecord> {
  const sample = articleKeys(newsSampleArticles());
  const names = [...newsZipNames(), ...(opts.more ? newsZipNames('more') : [])];
  for (const a of newsZipArticles(names)) if (!isKeyed(a, sample)) yield a;
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

/** Where a gold article outside the sample lives: a daily ZIP (`more/2015-07-23.zip`) and its URL. */
export interface StudyGoldRef {
  zip: string;
  url: string;
}

const zipByUrl = new Map<string, Map<string, NewsRecord>>();

/**
 * The article a study-day gold file points at (tuning gold drawn from the daily ZIPs once the
 * sample's free articles ran out). Refuses a URL the ZIP lacks, or an article that is also in
 * the sample: the sample's held-out halves must never become tuning text by another road.
 */
export function studyGoldArticle(ref: StudyGoldRef): NewsRecord {
  let byUrl = zipByUrl.get(ref.zip);
  if (!byUrl) {
    byUrl = new Map();
    for (const a of newsZipArticles([ref.zip])) if (a.url && !byUrl.has(a.url)) byUrl.set(a.url, a);
    zipByUrl.set(ref.zip, byUrl);
  }
  const a = byUrl.get(ref.url);
  if (!a) throw new Error(`gold article ${ref.url} is not in ${ref.zip}`);
  if (isKeyed(a, sampleKeys())) throw new Error(`gold article ${ref.url} of ${ref.zip} is a sample article`);
  return a;
}

let sampleKeysMemo: ArticleKeys | null = null;
const sampleKeys = (): ArticleKeys => (sampleKeysMemo ??= articleKeys(newsSampleArticles()));
