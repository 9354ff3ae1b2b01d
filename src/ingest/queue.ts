/**
 * Distributed ingest on BullMQ (an existing, tested queue engine) with its PostgreSQL backend:
 * `marsad ingest --queue URL` enqueues raw articles, any number of `marsad worker` processes
 * analyse and store them. Job ids are content hashes, so enqueuing the same article twice adds
 * one job; a worker killed mid-job leaves its job locked until the lock expires, then BullMQ
 * hands it to another worker, and the archive's unique hash makes the retried store a no-op if
 * the first attempt had already committed. Every article ends up stored exactly once.
 */
import { Queue, Worker, type Job } from 'bullmq';
import { createPostgresBackend } from 'bullmq';
import { articlesOf } from './ingest.ts';
import { analyzeTask, type AnalyzeTask } from './analyze-worker.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { contentHash } from '../store/terms.ts';
import { StoreError } from '../store/db.ts';

export const QUEUE_NAME = 'marsad-ingest';

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

export async function enqueue(
  url: string,
  sources: string[],
  opts: { date: string | null; skip?: string[] },
): Promise<{ queued: number; queue: string; failures: Array<{ origin: string; reason: string }> }> {
  const queue = openQueue(url);
  const failures: Array<{ origin: string; reason: string }> = [];
  let queued = 0;
  try {
    let batch: Array<{ name: string; data: AnalyzeTask; opts: { jobId: string; attempts: number; backoff: { type: 'fixed'; delay: number }; removeOnComplete: boolean } }> = [];
    const flush = async () => {
      if (batch.length) await queue.addBulk(batch);
      queued += batch.length;
      batch = [];
    };
    for await (const raw of articlesOf(sources, (origin, reason) => failures.push({ origin, reason }))) {
      batch.push({
        name: 'article',
        data: { raw, date: opts.date, skip: opts.skip },
        opts: { jobId: contentHash(raw.text), attempts: 5, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: true },
      });
      if (batch.length >= 200) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { queued, queue: QUEUE_NAME, failures };
}

export interface WorkerHandle {
  worker: Worker;
  /** Resolves when the worker has stopped. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Processes queued articles into `store` until stopped (or, with `exitWhenIdle`, until the queue
 * has had nothing waiting or running for that many milliseconds).
 */
export function runWorker(
  url: string,
  store: SqlStore,
  opts: { concurrency?: number; exitWhenIdle?: number; lockMs?: number; onStored?: (id: number, created: boolean) => void },
): WorkerHandle {
  checkUrl(url);
  const lock = opts.lockMs ?? 30_000;
  const processor = async (job: Job<AnalyzeTask>) => {
    const { doc, prepared } = analyzeTask(job.data);
    const raw = job.data.raw;
    const [r] = await store.putDocuments([{ doc, prepared, info: { origin: raw.origin, url: raw.url, site: raw.source } }]);
    opts.onStored?.(r!.id, r!.created);
    return { id: r!.id, created: r!.created };
  };
  const worker = new Worker(
    QUEUE_NAME,
    processor,
    { connection: connection(url), concurrency: opts.concurrency ?? 1, lockDuration: lock, stalledInterval: Math.max(1000, Math.floor(lock / 2)), maxStalledCount: 5 },
    createPostgresBackend,
  ) as unknown as Worker;
  worker.on('error', () => undefined);
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  let timer: NodeJS.Timeout | null = null;
  const stop = async () => {
    if (timer) clearInterval(timer);
    await worker.close();
    resolveDone();
  };
  if (opts.exitWhenIdle) {
    const queue = openQueue(url);
    let idleSince = Date.now();
    timer = setInterval(() => {
      void (async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        const pending = Object.values(c).reduce((a, b) => a + b, 0);
        if (pending > 0) idleSince = Date.now();
        else if (Date.now() - idleSince >= opts.exitWhenIdle!) {
          await queue.close();
          await stop();
        }
      })().catch(() => undefined);
    }, 500);
  }
  return { worker, done, stop };
}
