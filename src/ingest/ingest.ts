/**
 * Ingest: sources → (skip what is already stored, by content hash) → analysis in worker threads
 * → one transaction per batch. Idempotent and resumable: a batch is committed whole or not at
 * all, and a restart skips every article whose hash is already stored, so after a kill at any
 * moment nothing is lost and nothing is stored twice.
 */
import os from 'node:os';
import { workerFile } from '../util/worker-file.ts';
import { expandPath, type RawArticle } from '../extract/sources/index.ts';
import type { SqlStore, PutInput } from '../store/sql-store.ts';
import { contentHash } from '../store/terms.ts';
import type { AnalyzeResult, AnalyzeTask } from './analyze-worker.ts';
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import { Progress } from './progress.ts';
import { ANALYSIS_WORKER_LIMITS } from './analysis-heap.ts';

export interface IngestOptions {
  /** Worker threads for analysis; 0 analyses in this thread. Default: all cores. */
  workers?: number;
  date?: string | null;
  /** Pipeline stages to skip (e.g. to load a large corpus quickly with the text layer only). */
  skip?: string[];
  /** The pipeline's settings, handed to every worker (the CLI's MARSAD_* environment). */
  pipeline?: PipelineSettings;
  /** Articles per transaction. */
  batchSize?: number;
  progress?: Progress;
  /** Count the articles first so the progress line can show an ETA. */
  countFirst?: boolean;
  /** Recompute stories after the run (default true). */
  stories?: boolean;
  /** Called after each committed batch (tests use it to observe progress). */
  onBatch?: (stored: number) => void;
  /** The fetcher's file of validators for URLs (see ExpandOptions.fetchCache). */
  fetchCache?: string | null;
  /** The fault point to stop at (crash tests; the CLI's MARSAD_FAULT_POINT), see `faultPoint`. */
  faultPoint?: string | null;
}

export interface IngestSummary {
  seen: number;
  ingested: number;
  /** Already stored, or repeated within this run (same content hash). */
  duplicates: number;
  /** Stored, but a near-duplicate (syndicated copy) of an earlier article. */
  nearDuplicates: number;
  warnings: Record<string, number>;
  failures: Array<{ origin: string; reason: string }>;
  /** Stories in the archive after the run (when they were recomputed). */
  stories?: number;
  seconds: number;
}

/**
 * Crash tests name a point (MARSAD_FAULT_POINT, read by the CLI into `IngestOptions.faultPoint`)
 * to kill the process at exactly that moment: on reaching `name` while `chosen` names it, ingest
 * says so on stderr and waits to be killed.
 */
export async function faultPoint(name: string, chosen: string | null | undefined): Promise<void> {
  if (chosen !== name) return;
  process.stderr.write(`marsad: fault point ${name} reached, waiting to be killed\n`);
  await new Promise(() => setInterval(() => undefined, 60_000));
}

export function defaultWorkers(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export interface Analyzer {
  run(task: AnalyzeTask): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

export async function makeAnalyzer(workers: number): Promise<Analyzer> {
  if (workers <= 0) {
    // only here: with worker threads, this thread never loads the pipeline (about 90 ms of CPU)
    const { analyzeTask } = await import('./analyze-worker.ts');
    return { run: async (t) => analyzeTask(t), close: async () => undefined };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(import.meta.url, 'analyze-worker', 'worker-shim.js'),
    minThreads: workers,
    maxThreads: workers,
    // Piscina keeps its queue in this thread: with one task a worker, a worker done with its task
    // waits for this thread to hand it the next, and this thread is busy for whole batches writing
    // to the store. A second task already in the worker's hands keeps it analysing meanwhile.
    concurrentTasksPerWorker: 2,
    idleTimeout: 60_000,
    resourceLimits: ANALYSIS_WORKER_LIMITS,
  });
  return {
    run: (t) => pool.run(t) as Promise<AnalyzeResult>,
    close: () => pool.destroy(),
  };
}

export async function* articlesOf(
  paths: string[],
  onError: (origin: string, reason: string) => void,
  fetchCache: string | null = null,
): AsyncIterable<RawArticle> {
  for (const p of paths) yield* expandPath(p, { onError, fetchCache });
}

export async function ingest(store: SqlStore, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const workers = opts.workers ?? defaultWorkers();
  const batchSize = opts.batchSize ?? 64;
  const progress = opts.progress ?? new Progress();
  const summary: IngestSummary = { seen: 0, ingested: 0, duplicates: 0, nearDuplicates: 0, warnings: {}, failures: [], seconds: 0 };
  const onError = (origin: string, reason: string) => summary.failures.push({ origin, reason });

  if (opts.countFirst) {
    let n = 0;
    for await (const _ of articlesOf(paths, () => undefined, opts.fetchCache)) n++;
    progress.total = n;
  }

  const analyzer = await makeAnalyzer(workers);
  const seenHashes = new Set<string>();
  let chunk: Array<{ raw: RawArticle; hash: string }> = [];
  let prev: Promise<Array<PromiseSettledResult<AnalyzeResult>>> | null = null;
  let prevChunk: Array<{ raw: RawArticle; hash: string }> = [];
  let done = 0;

  const write = async (items: Array<{ raw: RawArticle; hash: string }>, results: Array<PromiseSettledResult<AnalyzeResult>>) => {
    const batch: Array<PutInput & { origin: string }> = [];
    results.forEach((r, i) => {
      const raw = items[i]!.raw;
      if (r.status === 'rejected') {
        summary.failures.push({ origin: raw.origin, reason: `analysis failed: ${(r.reason as Error)?.message ?? String(r.reason)}` });
        return;
      }
      const { doc, prepared } = r.value;
      for (const w of doc.meta.warnings) summary.warnings[w.code] = (summary.warnings[w.code] ?? 0) + 1;
      batch.push({ doc, prepared, info: { origin: raw.origin, url: raw.url, site: raw.source }, origin: raw.origin });
    });
    const count = (res: Array<{ created: boolean }>) => {
      for (const x of res) if (x.created) summary.ingested++;
      else summary.duplicates++;
    };
    try {
      count(await store.putDocuments(batch));
    } catch {
      // Find the one that cannot be stored; store the rest.
      for (const b of batch) {
        try {
          count(await store.putDocuments([b]));
        } catch (e) {
          summary.failures.push({ origin: b.origin, reason: `store failed: ${(e as Error).message}` });
        }
      }
    }
    done += items.length;
    opts.onBatch?.(summary.ingested);
    progress.update(done + summary.duplicates, `${summary.failures.length} failed`);
  };

  const flush = async () => {
    const items = chunk;
    chunk = [];
    const have = await store.hasHashes(items.map((x) => x.hash));
    const todo = items.filter((x) => !have.has(x.hash));
    summary.duplicates += items.length - todo.length;
    // Analyse this chunk while the previous one is written: the workers never wait on the writer.
    const started = Promise.allSettled(todo.map((x) => analyzer.run({ raw: x.raw, date: opts.date ?? null, skip: opts.skip, ...(opts.pipeline ? { pipeline: opts.pipeline } : {}) })));
    if (prev) await write(prevChunk, await prev);
    prev = started;
    prevChunk = todo;
  };

  try {
    for await (const raw of articlesOf(paths, onError, opts.fetchCache)) {
      summary.seen++;
      const hash = contentHash(raw.text);
      if (seenHashes.has(hash)) {
        summary.duplicates++;
        continue;
      }
      seenHashes.add(hash);
      chunk.push({ raw, hash });
      if (chunk.length >= batchSize) await flush();
    }
    if (chunk.length) await flush();
    if (prev) await write(prevChunk, await prev);
  } finally {
    await analyzer.close();
    progress.done();
  }
  summary.nearDuplicates = await store.countNearDuplicates();
  if (opts.stories !== false) {
    // Stale also when this run stored nothing: a run killed after its last batch left them so.
    await faultPoint('before-stories', opts.faultPoint);
    const { rebuildStoriesIfStale } = await import('../store/stories.ts');
    await rebuildStoriesIfStale(store);
    summary.stories = (await store.listStories({ limit: 1 })).total;
  }
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}
