/**
 * The archive: ingest articles/s over the shared news zips (3,386 records) with 1 and 2 analysis
 * workers (goal ≥ 1.7× from the second core), against the analysis alone in this thread over the
 * same records (goal: one worker ≥ 0.8× of it), each also per CPU second (process.cpuUsage, all
 * threads): the rate a loaded machine does not distort; search latency p50/p95 for two-word queries on an
 * archive scaled to 100,000 articles (the corpus replicated with perturbation, built once into
 * bench/out/ and reused), and its ratio to a bare FTS5 query on the same index in the same run
 * (goal p95 ≤ 20 ms); store size per article; peak memory.
 * Knobs: MARSAD_BENCH_INGEST_N (records for the ingest runs, default all),
 * MARSAD_BENCH_ARCHIVE_N (scaled archive size, default 100000), MARSAD_BENCH_SEARCH_QUERIES (two-word
 * queries timed, default 300), MARSAD_BENCH_STORE_SEARCH_ONLY=1 (skip the ingest runs, search only),
 * MARSAD_BENCH_STORE_INGEST_ONLY=1 (the ingest runs only).
 * The ingest runs and the analysis alone run the compiled product (dist/, rebuilt first when src/ is
 * newer, as the tests do), as `marsad ingest` does: run from the sources, every worker thread would
 * first start tsx and compile the pipeline's TypeScript, a cost no installed ingest pays.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openSqlite, type SqliteStore } from '../src/store/sqlite.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { Progress } from '../src/ingest/progress.ts';
import { newsZips } from '../scripts/crash-test.ts';
import { expandPath, type RawArticle } from '../src/extract/sources/index.ts';
import { parseQuery, toFts5 } from '../src/store/query.ts';
import { termsOf } from '../src/store/terms.ts';
import { prepareDocument } from '../src/store/prepare.ts';
import { emptyArticle, emptyDocument } from '../src/doc/types.ts';
import { peakRssMiB } from '../src/util/peak-memory.ts';
import type { BenchReport } from './run.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
const INGEST_N = Number(process.env.MARSAD_BENCH_INGEST_N ?? 0);
const ARCHIVE_N = Number(process.env.MARSAD_BENCH_ARCHIVE_N ?? 100_000);
const SEARCH_ONLY = process.env.MARSAD_BENCH_STORE_SEARCH_ONLY === '1';
const INGEST_ONLY = process.env.MARSAD_BENCH_STORE_INGEST_ONLY === '1';
const QUERIES = Number(process.env.MARSAD_BENCH_SEARCH_QUERIES ?? 300);

/** Deterministic PRNG so the scaled archive is the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function sourceDir(): Promise<{ paths: string[]; cleanup: () => void }> {
  const zips = newsZips();
  if (!INGEST_N) return { paths: zips, cleanup: () => undefined };
  // A prefix of the corpus, written as JSON lines to a temp folder (never into the project).
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-bench-src-'));
  const lines: string[] = [];
  for (const z of zips) {
    for await (const a of expandPath(z)) {
      if (lines.length >= INGEST_N) break;
      lines.push(JSON.stringify({ text: a.text, url: a.url, source: a.source, date: a.published }));
    }
  }
  writeFileSync(path.join(dir, 'sample.jsonl'), lines.join('\n'));
  return {
    paths: [path.join(dir, 'sample.jsonl')],
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** The compiled modules the ingest runs use (dist/ built first when stale). */
async function compiled() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building dist/ failed; the ingest bench runs the compiled product');
  const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(path.join(ROOT, 'dist', rel)).href)) as T;
  return {
    ...(await load<typeof import('../src/store/sqlite.ts')>('store/sqlite.js')),
    ...(await load<typeof import('../src/ingest/ingest.ts')>('ingest/ingest.js')),
    ...(await load<typeof import('../src/ingest/progress.ts')>('ingest/progress.js')),
    ...(await load<typeof import('../src/extract/sources/index.ts')>('extract/sources/index.js')),
    ...(await load<typeof import('../src/pipeline/pipeline.ts')>('pipeline/pipeline.js')),
  };
}
type Compiled = Awaited<ReturnType<typeof compiled>>;

interface Rate {
  rate: number;
  /** articles per CPU second of the whole process (every thread) */
  cpuRate: number;
  seen: number;
  stored: number;
  seconds: number;
}

async function ingestRate(d: Compiled, paths: string[], workers: number, file: string): Promise<Rate> {
  const { openSqlite, ingest, Progress } = d;
  for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
  const store = openSqlite(file);
  const cpu0 = cpuSeconds();
  const s = await ingest(store, paths, {
    workers,
    progress: new Progress(process.stderr, false),
    stories: false,
  });
  store.raw.pragma('wal_checkpoint(TRUNCATE)');
  const cpu = cpuSeconds() - cpu0;
  await store.close();
  return { rate: s.seen / s.seconds, cpuRate: s.seen / cpu, seen: s.seen, stored: s.ingested, seconds: s.seconds };
}

/** The analysis alone, in this thread, over the same records (the pipeline built first, as a worker does). */
async function analysisRate(d: Compiled, paths: string[]): Promise<Rate> {
  const { expandPath, createPipeline, toPipelineInput } = d;
  const raws: RawArticle[] = [];
  for (const p of paths) for await (const a of expandPath(p)) raws.push(a);
  const pipeline = createPipeline();
  const t0 = performance.now();
  const cpu0 = cpuSeconds();
  let seen = 0;
  for (const raw of raws) {
    if (!raw.text.trim()) continue;
    seen++;
    try {
      pipeline.analyze(toPipelineInput(raw), { date: raw.published ?? null });
    } catch {
      // ingest counts it as a failure and goes on; so does this
    }
  }
  const cpu = cpuSeconds() - cpu0;
  const seconds = (performance.now() - t0) / 1000;
  return { rate: seen / seconds, cpuRate: seen / cpu, seen, stored: 0, seconds };
}

/** Replicates the analysed corpus with word-level perturbation until the archive holds `n` articles. */
async function buildScaled(from: string, file: string, n: number): Promise<void> {
  const src = openSqlite(from);
  const originals: Array<{
    headline: string;
    words: string[];
    published: string | null;
    site: string | null;
  }> = [];
  for await (const a of src.iterateArticles()) {
    const h = a.doc.article.headline;
    const body = h ? a.doc.text.slice(h.end) : a.doc.text;
    originals.push({
      headline: a.headline ?? '',
      words: body.split(/\s+/).filter(Boolean),
      published: a.published,
      site: a.site,
    });
  }
  await src.close();
  const vocab = [...new Set(originals.flatMap((o) => o.words))];
  const rand = rng(20150810);
  for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
  const store = openSqlite(file);
  // A scratch archive rebuilt on demand: durability does not matter while building it.
  store.raw.pragma('synchronous = OFF');
  let made = 0;
  for (let copy = 0; made < n; copy++) {
    const batch = [];
    for (const o of originals) {
      if (made >= n) break;
      // Each copy: ~8% of the words replaced from the corpus vocabulary, dates shifted a week per copy.
      const words = o.words.map((w) => (rand() < 0.08 ? vocab[Math.floor(rand() * vocab.length)]! : w));
      const headline = copy === 0 ? o.headline : `${o.headline} ${vocab[Math.floor(rand() * vocab.length)]}`;
      const text = `${headline}\n\n${words.join(' ')}`;
      const published = o.published
        ? new Date(Date.parse(o.published) + copy * 7 * 86_400_000).toISOString().slice(0, 10)
        : null;
      const article = emptyArticle();
      article.headline = { start: 0, end: headline.length, text: headline, source: 'bench:replica' };
      const doc = emptyDocument(text, { origin: 'bench', arabicRatio: 1, referenceDate: published }, article);
      // Replicas are near-duplicates by construction: skip MinHash/LSH, measure search only.
      const prepared = { ...prepareDocument(doc), sig: null };
      batch.push({ doc, prepared, info: { origin: `bench:${copy}`, url: null, site: o.site } });
      made++;
    }
    for (let i = 0; i < batch.length; i += 500) await store.putDocuments(batch.slice(i, i + 500));
  }
  store.raw.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
}

function twoWordQueries(store: SqliteStore, count: number): string[] {
  // Consecutive word pairs from headlines: realistic newsroom queries with mid-frequency words.
  const rows = store.raw
    .prepare('SELECT headline FROM articles WHERE headline IS NOT NULL ORDER BY id LIMIT 3000')
    .all() as Array<{ headline: string }>;
  const rand = rng(7);
  const out: string[] = [];
  while (out.length < count) {
    const h = rows[Math.floor(rand() * rows.length)]!.headline;
    const words = h.split(/\s+/).filter((w) => termsOf(w).length === 1 && termsOf(w)[0]!.term.length >= 3);
    if (words.length < 2) continue;
    const i = Math.floor(rand() * (words.length - 1));
    out.push(`${words[i]} ${words[i + 1]}`);
  }
  return out;
}

async function ingestPart(lines: string[], figures: Record<string, number | string>): Promise<void> {
  const { paths, cleanup } = await sourceDir();
  const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-bench-'));
  const load0 = os.loadavg()[0]!;
  const d = await compiled();
  const alone = await analysisRate(d, paths);
  const one = await ingestRate(d, paths, 1, path.join(tmp, 'w1.db'));
  const twoFile = path.join(OUT, 'store-ingest.db');
  const two = await ingestRate(d, paths, 2, twoFile);
  rmSync(tmp, { recursive: true, force: true });
  cleanup();
  const ratio = two.rate / one.rate;
  const sizePerArticle = statSync(twoFile).size / Math.max(1, two.stored);
  Object.assign(figures, {
    ingest_records: two.seen,
    ingest_stored: two.stored,
    ingest_1w_articles_s: +one.rate.toFixed(2),
    ingest_2w_articles_s: +two.rate.toFixed(2),
    ingest_speedup_2w: +ratio.toFixed(2),
    analysis_only_articles_s: +alone.rate.toFixed(2),
    ingest_1w_vs_analysis: +(one.rate / alone.rate).toFixed(2),
    analysis_only_articles_cpu_s: +alone.cpuRate.toFixed(2),
    ingest_1w_articles_cpu_s: +one.cpuRate.toFixed(2),
    ingest_1w_vs_analysis_cpu: +(one.cpuRate / alone.cpuRate).toFixed(2),
    store_bytes_per_article: Math.round(sizePerArticle),
    load_average_at_start: +load0.toFixed(1),
    cores: os.availableParallelism(),
  });
  lines.push(
    `ingest ${two.seen} records (${two.stored} distinct articles), full analysis: 1 worker ${one.rate.toFixed(1)} articles/s, 2 workers ${two.rate.toFixed(1)} articles/s → ${ratio.toFixed(2)}× (goal ≥ 1.7×)`,
    `analysis alone (this thread): ${alone.rate.toFixed(1)} articles/s; ingest with 1 worker ${(one.rate / alone.rate).toFixed(2)}× of it (goal ≥ 0.8×)`,
    `per CPU second (all threads): analysis alone ${alone.cpuRate.toFixed(1)}, ingest 1 worker ${one.cpuRate.toFixed(1)} (${(one.cpuRate / alone.cpuRate).toFixed(2)}×), 2 workers ${two.cpuRate.toFixed(1)} articles`,
    `store size: ${(sizePerArticle / 1024).toFixed(1)} KiB per article (SQLite, full analysis JSON + FTS + entities)`,
    `(machine: ${os.availableParallelism()} cores, load average ${load0.toFixed(1)} when the run started: speed-up needs idle cores)`,
  );
}

export async function run(): Promise<BenchReport> {
  mkdirSync(OUT, { recursive: true });
  const lines: string[] = [];
  const figures: Record<string, number | string> = {};

  // 1. Ingest: 1 vs 2 workers, full pipeline.
  if (!SEARCH_ONLY) await ingestPart(lines, figures);
  if (INGEST_ONLY) return { name: 'store: ingest', lines, figures };

  // 2. Search on the scaled archive (built once, reused).
  const scaled = path.join(OUT, `store-archive-${ARCHIVE_N}.db`);
  let built = false;
  let buildS = 0;
  const count = () => {
    if (!existsSync(scaled)) return 0;
    try {
      const s = openSqlite(scaled);
      const n = (s.raw.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
      s.raw.close();
      return n;
    } catch {
      return 0;
    }
  };
  if (count() < ARCHIVE_N) {
    const t0 = performance.now();
    // The replicas come from every record of the corpus (text layer only: replicas carry no entities).
    const sourceDb = path.join(OUT, 'store-source.db');
    for (const ext of ['', '-wal', '-shm']) rmSync(sourceDb + ext, { force: true });
    const src = openSqlite(sourceDb);
    await ingest(src, newsZips(), {
      workers: 2,
      skip: ['entities', 'times', 'quotes', 'events'],
      progress: new Progress(process.stderr, false),
      stories: false,
    });
    await src.close();
    await buildScaled(sourceDb, scaled, ARCHIVE_N);
    buildS = (performance.now() - t0) / 1000;
    built = true;
  }
  const store = openSqlite(scaled);
  const n = (store.raw.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  const queries = twoWordQueries(store, QUERIES);
  // Warm-up (page cache, statement cache, term memo).
  for (const q of queries.slice(0, 10)) await store.search({ q, limit: 10 });
  // Wall-clock time, and this process's CPU time (steadier when other work shares the machine).
  const full: number[] = [];
  const fullCpu: number[] = [];
  const bare: number[] = [];
  const bareCpu: number[] = [];
  const win: number[] = [];
  const matchCount = store.raw
    .prepare('SELECT COUNT(*) FROM fts_articles WHERE fts_articles MATCH ?')
    .pluck();
  // What the search itself asks of the index for its first page: the newest rank window, scored.
  const windowSql = store.raw.prepare(
    'SELECT rowid, -bm25(fts_articles, 4.0, 1.0) AS score FROM fts_articles WHERE fts_articles MATCH ? ORDER BY rowid DESC LIMIT ?',
  );
  let matches = 0;
  let windowed = 0;
  let lowerBound = 0;
  const timed = <T>(wall: number[], cpu: number[] | null, f: () => T): T => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = f();
    wall.push(performance.now() - t0);
    if (cpu) {
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    return r;
  };
  for (const [i, q] of queries.entries()) {
    const match = toFts5(parseQuery(q)).match!;
    matches += matchCount.get(match) as number;
    const steps = [
      () => timed(bare, bareCpu, () => store.bareFts(match, 10)),
      () =>
        timed(win, null, () =>
          (windowSql.all(match, store.rankWindow + 1) as Array<{ score: number }>)
            .sort((x, y) => y.score - x.score)
            .slice(0, 10),
        ),
      async () => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const r = await store.search({ q, limit: 10 });
        full.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        fullCpu.push((c.user + c.system) / 1000);
        if (r.rankWindow !== null) windowed++;
        if (!r.totalExact) lowerBound++;
      },
    ];
    // Alternate the order, so neither side always finds the other's pages in the cache.
    for (const step of i % 2 ? steps.reverse() : steps) await step();
  }
  await store.close();
  const scaledSize = statSync(scaled).size / n;
  const f2 = (x: number) => +x.toFixed(2);
  Object.assign(figures, {
    archive_articles: n,
    archive_built_s: built ? +buildS.toFixed(1) : 'reused',
    queries: queries.length,
    search_p50_ms: f2(pct(full, 50)),
    search_p95_ms: f2(pct(full, 95)),
    bare_fts_p50_ms: f2(pct(bare, 50)),
    bare_fts_p95_ms: f2(pct(bare, 95)),
    search_to_bare_p95: f2(pct(full, 95) / pct(bare, 95)),
    search_cpu_p50_ms: f2(pct(fullCpu, 50)),
    search_cpu_p95_ms: f2(pct(fullCpu, 95)),
    bare_fts_cpu_p95_ms: f2(pct(bareCpu, 95)),
    search_to_bare_cpu_p95: f2(pct(fullCpu, 95) / pct(bareCpu, 95)),
    bare_window_p95_ms: f2(pct(win, 95)),
    search_to_bare_window_p95: f2(pct(full, 95) / pct(win, 95)),
    rank_window: store.rankWindow,
    search_window: store.searchWindow,
    queries_ranked_in_windows: windowed,
    queries_total_lower_bound: lowerBound,
    mean_matches_per_query: Math.round(matches / queries.length),
    scaled_bytes_per_article: Math.round(scaledSize),
    peak_rss_mib: Math.round(peakRssMiB()),
  });
  lines.push(
    `search, ${queries.length} two-word queries on ${n} articles${built ? ` (archive built in ${buildS.toFixed(0)} s)` : ' (archive reused)'}: ` +
      `p50 ${pct(full, 50).toFixed(1)} ms, p95 ${pct(full, 95).toFixed(1)} ms (goal ≤ 20 ms), incl. total count, snippets and match explanations`,
    `bare FTS5 top-10 (ORDER BY rank over every match) on the same index: p50 ${pct(bare, 50).toFixed(2)} ms, p95 ${pct(bare, 95).toFixed(2)} ms → search/bare p95 ${(pct(full, 95) / pct(bare, 95)).toFixed(2)}×`,
    `CPU time per query: search p50 ${pct(fullCpu, 50).toFixed(1)} ms, p95 ${pct(fullCpu, 95).toFixed(1)} ms; bare FTS5 p95 ${pct(bareCpu, 95).toFixed(1)} ms → ${(pct(fullCpu, 95) / pct(bareCpu, 95)).toFixed(2)}×`,
    `search ranks the newest ${store.rankWindow} matches together (counts to ${store.searchWindow}): ${windowed} of ${queries.length} queries had more matches and were ranked in windows, ` +
      `${lowerBound} reported a lower-bound total; bare FTS5 over that window: p95 ${pct(win, 95).toFixed(2)} ms → search/bare-window p95 ${(pct(full, 95) / pct(win, 95)).toFixed(2)}×`,
    `mean matches per query: ${Math.round(matches / queries.length)}; scaled archive ${(scaledSize / 1024).toFixed(1)} KiB per article`,
    `peak memory: ${Math.round(peakRssMiB())} MiB`,
  );
  return { name: 'store: ingest, search, size', lines, figures };
}
