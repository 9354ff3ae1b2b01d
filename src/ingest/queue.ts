/**
 * Distributed ingest on BullMQ (an existing, tested queue engine) with its PostgreSQL backend:
 * `marsad ingest --queue URL` enqueues raw articles, any number of `marsad worker` processes
 * analyse and store them. Job ids are content hashes, so enqueuing the same article twice adds
 * one job; a worker killed mid-job leaves its job locked until the lock expires, then BullMQ
 * hands it to another worker, and the archive's unique hash makes the retried store a no-op if
 * the first attempt had already committed. Every article ends up stored exactly once.
 *
 * A store transaction that PostgreSQL aborts as a deadlock victim is retried inside the job
 * (postgres.ts); a job that still fails after all its attempts stays in the queue as failed,
 * and the worker says so and exits non-zero (`marsad queue status`, `marsad queue retry`).
 * Stories are rebuilt whenever the queue drains and the archive changed since they were built.
 */
import { Queue, Worker, type Job } from 'bullmq';
import { createPostgresBackend } from 'bullmq';
import { articlesOf, defaultWorkers, makeAnalyzer } from './ingest.ts';
import type { AnalyzeTask } from './analyze-worker.ts';
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { contentHash } from '../store/terms.ts';
import { StoreError } from '../store/db.ts';
import { rebuildStoriesIfStale } from '../store/stories.ts';

export const QUEUE_NAME = 'marsad-ingest';
/** Attempts per job: a deadlock is retried inside an attempt, so these are for other failures. */
export const JOB_ATTEMPTS = 5;
/** Per-minute completed/failed counts kept by the queue (BullMQ metrics), one week of them. */
const METRICS_POINTS = 10_080;

/** BullMQ's PostgreSQL connection: creates/upgrades its own `bullmq` schema on first use. */
function connection(url: string) {
  return { connectionString: url, migrate: true };
}

function checkUrl(url: string): void {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new StoreError(`--queue needs a postgres:// URL (BullMQ's PostgreSQL backend), got "${url}"`);
  }
}

export function openQueue(url: string): Queue {
  checkUrl(url);
  return new Queue(QUEUE_NAME, { connection: connection(url) }, createPostgresBackend) as unknown as Queue;
}

export interface EnqueueSummary {
  /** Distinct articles (content hashes) put on the queue: one job each. */
  queued: number;
  /** Inputs whose text repeats one already queued by this run (not queued again). */
  repeated: number;
  queue: string;
  failures: Array<{ origin: string; reason: string }>;
}

export async function enqueue(
  url: string,
  sources: string[],
  opts: { date: string | null; skip?: string[]; attempts?: number; fetchCache?: string | null },
): Promise<EnqueueSummary> {
  const queue = openQueue(url);
  const failures: Array<{ origin: string; reason: string }> = [];
  const seen = new Set<string>();
  let repeated = 0;
  try {
    let batch: Array<{ name: string; data: AnalyzeTask; opts: { jobId: string; attempts: number; backoff: { type: 'exponential'; delay: number }; removeOnComplete: boolean } }> = [];
    const flush = async () => {
      if (batch.length) await queue.addBulk(batch);
      batch = [];
    };
    for await (const raw of articlesOf(sources, (origin, reason) => failures.push({ origin, reason }), opts.fetchCache)) {
      const hash = contentHash(raw.text);
      if (seen.has(hash)) {
        repeated++;
        continue;
      }
      seen.add(hash);
      batch.push({
        name: 'article',
        data: { raw, date: opts.date, skip: opts.skip },
        opts: { jobId: hash, attempts: opts.attempts ?? JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true },
      });
      if (batch.length >= 200) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { queued: seen.size, repeated, queue: QUEUE_NAME, failures };
}

export interface WorkerReport {
  stored: number;
  alreadyPresent: number;
  /** Jobs of this worker that failed their last attempt (they stay in the queue as failed). */
  failed: Array<{ id: string; origin: string; reason: string }>;
  /** Failed attempts that BullMQ will try again. */
  retriedAttempts: number;
  /** Failed jobs the whole queue holds when this worker stopped (its own and others'). */
  queueFailed: number;
  /** Store transactions run again after a deadlock. */
  txRetries: number;
  /** Stories in the archive when the worker stopped (rebuilt when the queue drained). */
  stories: number;
}

export interface WorkerHandle {
  worker: Worker;
  /** Resolves when the worker has stopped, with what it did. */
  done: Promise<WorkerReport>;
  stop(): Promise<void>;
}

/**
 * Processes queued articles into `store` until stopped (or, with `exitWhenIdle`, until the queue
 * has had nothing waiting or running for that many milliseconds). Whenever the queue is idle and
 * the archive changed, it rebuilds the stories (one worker at a time).
 */
export function runWorker(
  url: string,
  store: SqlStore,
  opts: {
    concurrency?: number;
    /** Analysis threads (0: in this thread). Default: min(concurrency, cores). */
    threads?: number;
    exitWhenIdle?: number;
    lockMs?: number;
    onStored?: (id: number, created: boolean) => void;
    /** This worker's pipeline settings (its own MARSAD_* environment, read by the CLI). */
    pipeline?: PipelineSettings;
  },
): WorkerHandle {
  checkUrl(url);
  const lock = opts.lockMs ?? 30_000;
  const concurrency = opts.concurrency ?? 1;
  // Analysis runs off the event loop: a job's transaction must not stay open, its locks held,
  // while another job's analysis keeps this thread busy.
  const analyzer = makeAnalyzer(opts.threads ?? Math.min(concurrency, defaultWorkers()));
  const report: WorkerReport = { stored: 0, alreadyPresent: 0, failed: [], retriedAttempts: 0, queueFailed: 0, txRetries: 0, stories: 0 };
  const processor = async (job: Job<AnalyzeTask>) => {
    const raw = job.data.raw;
    // A job retried after its worker died may already be stored: no need to analyse it again.
    const hash = contentHash(raw.text);
    if ((await store.hasHashes([hash])).has(hash)) {
      report.alreadyPresent++;
      opts.onStored?.(0, false);
      return { created: false };
    }
    const { doc, prepared } = await (await analyzer).run(opts.pipeline ? { ...job.data, pipeline: opts.pipeline } : job.data);
    const [r] = await store.putDocuments([{ doc, prepared, info: { origin: raw.origin, url: raw.url, site: raw.source } }]);
    if (r!.created) report.stored++;
    else report.alreadyPresent++;
    opts.onStored?.(r!.id, r!.created);
    return { id: r!.id, created: r!.created };
  };
  const worker = new Worker(
    QUEUE_NAME,
    processor,
    {
      connection: connection(url),
      concurrency,
      lockDuration: lock,
      stalledInterval: Math.max(1000, Math.floor(lock / 2)),
      maxStalledCount: 5,
      metrics: { maxDataPoints: METRICS_POINTS },
    },
    createPostgresBackend,
  ) as unknown as Worker;
  worker.on('error', () => undefined);
  worker.on('failed', (job: Job<AnalyzeTask> | undefined, err: Error) => {
    if (!job) return;
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
      report.failed.push({ id: String(job.id), origin: job.data.raw.origin, reason: err.message });
    } else report.retriedAttempts++;
  });

  const queue = openQueue(url);
  let resolveDone!: (r: WorkerReport) => void;
  const done = new Promise<WorkerReport>((r) => (resolveDone = r));
  let stopping: Promise<void> | null = null;
  let idleSince = Date.now();
  let busy = false;

  const pending = async () => {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(c).reduce((a, b) => a + b, 0);
  };
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(timer);
      await worker.close();
      await analyzer.then((a) => a.close()).catch(() => undefined);
      // Work left by this worker (or by one killed before the queue drained) must not leave
      // stale stories behind: rebuild if nothing is pending any more.
      try {
        if ((await pending()) === 0) await rebuildStoriesIfStale(store);
      } catch {
        // Reported below as the archive's story count; `marsad check --repair` rebuilds.
      }
      report.queueFailed = (await queue.getJobCounts('failed').catch(() => ({ failed: 0 }))).failed ?? 0;
      report.stories = (await store.listStories({ limit: 1 }).catch(() => null))?.total ?? 0;
      report.txRetries = store.txRetries;
      await queue.close();
      resolveDone(report);
    })());

  const timer = setInterval(() => {
    if (busy || stopping) return;
    busy = true;
    void (async () => {
      if ((await pending()) > 0) {
        idleSince = Date.now();
        return;
      }
      // Drained: build the stories now rather than leave them stale until the next ingest.
      await rebuildStoriesIfStale(store);
      if (opts.exitWhenIdle && Date.now() - idleSince >= opts.exitWhenIdle) await stop();
    })()
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 500);
  return { worker, done, stop };
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Jobs completed since the queue's metrics began (completed jobs are removed from the queue). */
  completed: number;
  /** Failed jobs grouped by the first line of their reason, most frequent first. */
  reasons: Array<{ reason: string; count: number; examples: string[] }>;
}

export async function queueStatus(url: string): Promise<QueueStatus> {
  const queue = openQueue(url);
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
    const completed = (await queue.getMetrics('completed', 0, 0)).meta.count;
    const byReason = new Map<string, { count: number; examples: string[] }>();
    for (let start = 0; start < (c.failed ?? 0); start += 500) {
      const jobs = (await queue.getFailed(start, start + 499)) as unknown as Array<Job<AnalyzeTask>>;
      for (const j of jobs) {
        const reason = String(j.failedReason ?? 'unknown').split('\n')[0]!;
        const r = byReason.get(reason) ?? { count: 0, examples: [] };
        r.count++;
        if (r.examples.length < 3) r.examples.push(j.data?.raw?.origin ?? String(j.id));
        byReason.set(reason, r);
      }
      if (jobs.length === 0) break;
    }
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      completed: Number(completed ?? 0),
      reasons: [...byReason].map(([reason, r]) => ({ reason, ...r })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    };
  } finally {
    await queue.close();
  }
}

/** Puts every failed job back in the queue with fresh attempts; returns how many. */
export async function retryFailed(url: string): Promise<number> {
  const queue = openQueue(url);
  try {
    const n = (await queue.getJobCounts('failed')).failed ?? 0;
    if (n > 0) await queue.retryJobs({ state: 'failed' });
    return n;
  } finally {
    await queue.close();
  }
}
