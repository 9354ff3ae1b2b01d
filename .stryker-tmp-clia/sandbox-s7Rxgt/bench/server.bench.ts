/**
 * Load test of `marsad serve` on loopback with autocannon, bounded in time (10 s per route by
 * default): requests/s and p95 latency for the search API, the search page and the article page,
 * against a 100,000-article SQLite archive, with a trivial route (/healthz) measured in the same
 * run as the baseline the figures are reported against, and the server process's CPU time per
 * request (from /proc), which stays comparable when other work shares the machine.
 *
 * The archive: the shared news corpus, a few hundred articles analysed once with the full
 * pipeline, replicated with perturbation (publication dates spread over 2015–2021, outlets
 * rotated, a distinct closing line per copy) up to N articles. Copies reuse the original's
 * precomputed index terms, and are stored without a MinHash signature so the benchmark archive is
 * not one giant near-duplicate group. Built once into bench/out/ and reused.
 *
 * Knobs: MARSAD_BENCH_SERVER_N (articles, default 100000), MARSAD_BENCH_SERVER_UNIQUE (analysed
 * originals, default 600), MARSAD_BENCH_SERVER_SECONDS (per route, default 10),
 * MARSAD_BENCH_SERVER_DB (use this archive instead of building one).
 */
// @ts-nocheck

import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { MarsadDocument } from '../src/doc/types.ts';
import { analyzeText } from '../src/pipeline/pipeline.ts';
import { openStore } from '../src/store/open.ts';
import { prepareDocument } from '../src/store/prepare.ts';
import type { PutInput } from '../src/store/sql-store.ts';
import { contentHash, termString } from '../src/store/terms.ts';
import { peakRssMiB } from '../src/util/peak-memory.ts';
import { hasShared, PROJECT_ROOT, sharedPath } from '../src/util/shared.ts';
import type { BenchReport } from './run.ts';

// autocannon ships no type declarations; this is the part of its API used here.
interface AutocannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>;
}
interface AutocannonResult {
  requests: { total: number };
  errors: number;
  timeouts: number;
}
type Autocannon = (
  opts: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    requests: AutocannonRequest[];
  },
  cb: (err: Error | null, result: AutocannonResult) => void,
) => {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
const N = Number(process.env.MARSAD_BENCH_SERVER_N ?? 100_000);
const UNIQUE = Number(process.env.MARSAD_BENCH_SERVER_UNIQUE ?? 600);
const SECONDS = Number(process.env.MARSAD_BENCH_SERVER_SECONDS ?? 10);
const CONNECTIONS = 10;
/** USER_HZ for /proc/<pid>/stat times (100 on Linux). */
const CLOCK_TICKS = 100;
const SITES = ['okaz', 'alriyadh', 'aleqtisadiya', 'almadina', 'alwatan', 'alyaum', 'sabq', 'aljazirah'];

function log(msg: string): void {
  process.stderr.write(`[server.bench] ${msg}\n`);
}

/** Up to `n` articles (title + body) from the shared news corpus. */
function corpus(n: number): Array<{ text: string; site: string; url: string }> {
  const out: Array<{ text: string; site: string; url: string }> = [];
  // The corpus repeats some articles; a repeat's copies would collide with the original's.
  const seen = new Set<string>();
  for (const f of ['2015-08-10.zip', '2015-08-11.zip']) {
    const zip = unzipSync(readFileSync(sharedPath('data', 'news', f)));
    for (const bytes of Object.values(zip)) {
      const arr = JSON.parse(strFromU8(bytes)) as Array<{
        title?: string;
        content?: string;
        source?: string;
        url?: string;
      }>;
      for (const a of arr) {
        if (!a.content || a.content.length < 200) continue;
        const text = `${a.title ?? ''}\n${a.content}`;
        const hash = contentHash(text);
        if (seen.has(hash)) continue;
        seen.add(hash);
        out.push({ text: `${a.title ?? ''}\n${a.content}`, site: a.source ?? 'unknown', url: a.url ?? '' });
        if (out.length >= n) return out;
      }
    }
  }
  return out;
}

function shiftedDate(i: number): string {
  const d = new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % 2500) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function buildArchive(file: string): Promise<{ seconds: number }> {
  const t0 = performance.now();
  const tmp = `${file}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const texts = corpus(UNIQUE);
  log(`analysing ${texts.length} originals…`);
  const docs: MarsadDocument[] = texts.map((t, i) => {
    if (i % 100 === 0) log(`  ${i}/${texts.length}`);
    return analyzeText({ text: t.text, meta: { site: t.site, url: t.url } }, { date: '2015-08-10' });
  });
  const preps = docs.map((d) => prepareDocument(d));
  const store = await openStore(tmp);
  const BATCH = 1000;
  for (let i = 0; i < N; i += BATCH) {
    const batch: PutInput[] = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) {
      const k = j % docs.length;
      const copy = Math.floor(j / docs.length);
      const d = docs[k]!;
      const p = preps[k]!;
      if (copy === 0) {
        batch.push({
          doc: d,
          info: { origin: `bench:${k}`, url: texts[k]!.url || null, site: texts[k]!.site },
          prepared: p,
        });
        continue;
      }
      const suffix = `\n\n(أعيد نشره، النسخة ${copy})`;
      const text = d.text + suffix;
      const date = shiftedDate(j);
      const doc: MarsadDocument = {
        ...d,
        text,
        article: {
          ...d.article,
          published: d.article.published ? { ...d.article.published, value: date } : null,
        },
        meta: { ...d.meta, referenceDate: date },
      };
      batch.push({
        doc,
        info: { origin: `bench:${k}:${copy}`, url: null, site: SITES[j % SITES.length]! },
        prepared: {
          ...p,
          hash: contentHash(text),
          bodyTerms: `${p.bodyTerms} ${termString(suffix)}`,
          sig: null,
        },
      });
    }
    await store.putDocuments(batch);
    if ((i / BATCH) % 10 === 0) log(`  stored ${Math.min(N, i + BATCH)}/${N}`);
  }
  await store.close();
  renameSync(tmp, file);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  return { seconds: (performance.now() - t0) / 1000 };
}

interface Served {
  url: string;
  child: ChildProcess;
  peakMiB(): number;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Starts the real `marsad serve` in its own process, so the load generator does not share its event loop. */
function serveArchive(db: string, extra: string[] = []): Promise<Served> {
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'bin', 'marsad.js'), 'serve', '--db', db, '--port', '0', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/[^/\s]+)\//.exec(out);
      if (!m) return;
      resolve({
        url: m[1]!,
        child,
        peakMiB: () => {
          try {
            const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            return kb ? Number(kb[1]) / 1024 : NaN;
          } catch {
            return NaN;
          }
        },
        cpuMs: () => {
          try {
            const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
            return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
          } catch {
            return NaN;
          }
        },
        stop: () =>
          new Promise((r) => {
            child.once('exit', () => r());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`marsad serve exited ${code}: ${err}`)));
  });
}

interface Load {
  rps: number;
  /** Server CPU time per answered request, ms: steadier than latency when the machine is shared. */
  cpuPerRequest: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
}

function load(base: string, paths: string[], connections = CONNECTIONS): Promise<Load> {
  const lat: number[] = [];
  let i = 0;
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: SECONDS,
        // A slow search is still an answer: count it rather than drop it at autocannon's 10 s default.
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        lat.sort((a, b) => a - b);
        const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
        resolve({
          rps: lat.length / SECONDS,
          cpuPerRequest: NaN,
          p50: q(0.5),
          p95: q(0.95),
          p99: q(0.99),
          max: lat.at(-1) ?? NaN,
          requests: result.requests.total,
          non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      lat.push(ms);
      if (status < 200 || status > 299) non2xx++;
    });
  });
}

/** Waits until requests queued by the previous route have been answered (the server is synchronous underneath). */
async function drain(base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const t0 = performance.now();
    await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
    if (performance.now() - t0 < 250) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Connection counts of the contention runs (MARSAD_BENCH_SERVER_CONTENTION, default 50,200; empty skips them). */
const CONTENTION = (process.env.MARSAD_BENCH_SERVER_CONTENTION ?? '50,200')
  .split(',')
  .filter(Boolean)
  .map(Number);

/**
 * Issue 16 item 7: p50/p99/max at many concurrent connections for the search page, the search API
 * and the article page, with searches in the server's own thread (`--search-threads 0`, the
 * old behaviour) and on the worker pool (the default), each in a fresh server process.
 */
async function contention(
  db: string,
  ids: number[],
  words: string[],
  figures: Record<string, number | string>,
): Promise<string[]> {
  const lines: string[] = [];
  if (CONTENTION.length === 0) return lines;
  const routes: Array<[string, string[]]> = [
    ['article page', ids.map((id) => `/article/${id}`)],
    ['search API', words.map((w) => `/api/search?q=${encodeURIComponent(w)}`)],
    ['search page', words.map((w) => `/search?q=${encodeURIComponent(w)}`)],
  ];
  for (const [mode, extra] of [
    ['searches in the server thread (before)', ['--search-threads', '0']],
    ['searches on worker threads (after)', []],
  ] as Array<[string, string[]]>) {
    const server = await serveArchive(db, extra);
    try {
      for (const [, paths] of routes)
        for (const p of paths.slice(0, 5)) await fetch(server.url + p).then((r) => r.arrayBuffer());
      lines.push(`${mode}:`);
      for (const conns of CONTENTION) {
        for (const [label, paths] of routes) {
          log(`${mode}, ${label}: ${SECONDS} s, ${conns} connections`);
          const r = await load(server.url, paths, conns);
          await drain(server.url);
          lines.push(
            `  ${String(conns).padStart(3)} conns ${label.padEnd(12)} ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(0)} ms  p99 ${r.p99.toFixed(0)} ms  max ${r.max.toFixed(0)} ms  p99/p50 ${(r.p99 / r.p50).toFixed(1)}${r.non2xx || r.errors ? `  non-2xx ${r.non2xx}, errors ${r.errors}` : ''}`,
          );
          const key = `${extra.length ? 'before' : 'after'}_${conns}_${label.replace(/\W+/g, '_')}`;
          figures[`${key}_p50_ms`] = Number(r.p50.toFixed(1));
          figures[`${key}_p99_ms`] = Number(r.p99.toFixed(1));
          figures[`${key}_max_ms`] = Number(r.max.toFixed(1));
        }
      }
    } finally {
      await server.stop();
    }
  }
  return lines;
}

export async function run(): Promise<BenchReport> {
  const name = 'server: marsad serve under load (autocannon, loopback)';
  let db = process.env.MARSAD_BENCH_SERVER_DB ?? path.join(OUT, `server-archive-${N}.db`);
  let built: string = 'reused';
  if (!process.env.MARSAD_BENCH_SERVER_DB && !existsSync(db)) {
    if (!hasShared('data', 'news')) {
      return {
        name,
        lines: [`skipped: ${sharedPath('data', 'news')} not found (set MARSAD_SHARED)`],
        figures: {},
      };
    }
    mkdirSync(OUT, { recursive: true });
    const b = await buildArchive(db);
    built = `built in ${b.seconds.toFixed(0)} s`;
  }
  db = path.resolve(db);
  const store = await openStore(db);
  const stats = await store.stats();
  await store.close();
  log(`archive ${db}: ${stats.articles} articles (${built})`);

  const server = await serveArchive(db);
  try {
    // Real ids (the store's ids may have gaps): a few pages of the newest articles.
    const ids: number[] = [];
    {
      const st = await openStore(db);
      let cursor: string | null = null;
      for (let i = 0; i < 5; i++) {
        const pg = await st.listArticles({ limit: 100, cursor });
        ids.push(...pg.items.map((a) => a.id));
        cursor = pg.next;
        if (!cursor) break;
      }
      await st.close();
    }
    const words = [
      'السعودية',
      'وزير',
      'الرياض',
      '"ولي العهد"',
      'الأمير OR الملك',
      'النفط -أسعار',
      'مجلس الشورى',
      'التعليم',
      'الصحة',
      'جدة',
    ];
    // Cheapest first, so a slow route's backlog cannot spill into a faster one's measurement.
    const routes: Array<[string, string[]]> = [
      ['baseline GET /healthz', ['/healthz']],
      ['GET /article/:id (page)', ids.map((id) => `/article/${id}`)],
      ['GET /api/articles/:id', ids.map((id) => `/api/articles/${id}`)],
      ['GET /api/search?q=…', words.map((w) => `/api/search?q=${encodeURIComponent(w)}`)],
      ['GET /api/search?q=…&facets', words.map((w) => `/api/search?facets=true&q=${encodeURIComponent(w)}`)],
      ['GET /search?q=… (page)', words.map((w) => `/search?q=${encodeURIComponent(w)}`)],
    ];
    // Warm-up: first hits open caches (SQLite pages, JIT).
    for (const [, paths] of routes)
      for (const p of paths.slice(0, 10)) await fetch(server.url + p).then((r) => r.arrayBuffer());
    const results: Array<[string, Load]> = [];
    for (const [label, paths] of routes) {
      log(`${label}: ${SECONDS} s, ${CONNECTIONS} connections`);
      const cpu0 = server.cpuMs();
      const r = await load(server.url, paths);
      await drain(server.url);
      r.cpuPerRequest = (server.cpuMs() - cpu0) / Math.max(1, r.requests);
      results.push([label, r]);
    }
    const base = results[0]![1];
    const lines = [
      `archive: ${stats.articles.toLocaleString('en')} articles, ${stats.entities.toLocaleString('en')} entities, ${stats.quotes.toLocaleString('en')} quotes (${built}); ${SECONDS} s per route, ${CONNECTIONS} connections`,
    ];
    const figures: Record<string, number | string> = {
      articles: stats.articles,
      seconds_per_route: SECONDS,
      connections: CONNECTIONS,
    };
    for (const [label, r] of results) {
      const ratio = r.rps / base.rps;
      lines.push(
        `${label.padEnd(26)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms` +
          `  server CPU ${r.cpuPerRequest.toFixed(2)} ms/req  (${(ratio * 100).toFixed(1)}% of baseline req/s, p95 ×${(r.p95 / base.p95).toFixed(1)})${r.non2xx || r.errors ? `  non-2xx ${r.non2xx}, errors ${r.errors}` : ''}`,
      );
      const key = label
        .replace(/[^a-z0-9]+/gi, '_')
        .replace(/^_|_$/g, '')
        .toLowerCase();
      figures[`${key}_rps`] = Math.round(r.rps);
      figures[`${key}_p95_ms`] = Number(r.p95.toFixed(2));
      figures[`${key}_rps_ratio_to_baseline`] = Number(ratio.toFixed(4));
      figures[`${key}_non2xx`] = r.non2xx;
      figures[`${key}_server_cpu_ms_per_request`] = Number(r.cpuPerRequest.toFixed(3));
    }
    lines.push(...(await contention(db, ids, words, figures)));
    const serverPeak = server.peakMiB();
    lines.push(
      `peak memory: server process ${serverPeak.toFixed(0)} MiB, load generator ${peakRssMiB().toFixed(0)} MiB`,
    );
    figures.server_peak_mib = Math.round(serverPeak);
    figures.bench_peak_mib = Math.round(peakRssMiB());
    return { name, lines, figures };
  } finally {
    await server.stop();
  }
}
