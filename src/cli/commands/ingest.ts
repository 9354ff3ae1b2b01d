import type { Command } from 'commander';
import { UserError } from '../../errors.ts';

export interface IngestCliOptions {
  db: string;
  workers?: string;
  date?: string;
  batch?: string;
  queue?: string;
  progress?: boolean;
  skip?: string;
  stories?: boolean;
  attempts?: string;
}

/** Store and query errors are the user's to fix: print them without a stack trace. */
export async function asUserErrors<T>(fn: () => Promise<T>): Promise<T> {
  const { StoreError } = await import('../../store/db.ts');
  const { QueryError } = await import('../../store/query.ts');
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StoreError || e instanceof QueryError) throw new UserError(e.message);
    throw e;
  }
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles (files, folders, .zip, .json/.jsonl, URLs) into the archive')
    .argument('<sources...>', 'files, folders (recursively) or http(s) URLs')
    .option('--db <path|url>', 'archive: SQLite file or postgres:// URL', process.env.MARSAD_DB ?? './marsad.db')
    .option('--workers <n>', 'analysis worker threads (0: in this thread; default: all cores)')
    .option('--date <YYYY-MM-DD>', 'publication date for articles that state none')
    .option('--batch <n>', 'articles per transaction', '64')
    .option('--skip <stages>', 'comma-separated analysis stages to skip (e.g. entities,quotes)')
    .option('--queue <url>', 'instead of analysing here, put the articles on this queue (postgres:// URL) for `marsad worker`')
    .option('--attempts <n>', 'with --queue: tries per job before it is left failed (`marsad queue status`)', '5')
    .option('--no-progress', 'no progress line even on a terminal')
    .option('--no-stories', 'do not recompute stories after the run')
    .action(async (sources: string[], opts: IngestCliOptions) => {
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
        throw new UserError(`--date must look like 2021-05-26, got "${opts.date}"`);
      }
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
        throw new UserError(`--workers must be a whole number ≥ 0, got "${opts.workers}"`);
      }
      const batchSize = Number(opts.batch ?? 64);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UserError(`--batch must be a whole number ≥ 1, got "${opts.batch}"`);
      // Before the archive is opened (and its file created): a path that is not there is a typo.
      const { existsSync } = await import('node:fs');
      const missing = sources.filter((s) => !/^https?:\/\//i.test(s) && !existsSync(s));
      if (missing.length) {
        throw new UserError(`${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist; check the path (nothing was ingested)`);
      }
      if (opts.queue) {
        const { enqueue } = await import('../../ingest/queue.ts');
        const { fetchCacheFile } = await import('../config.ts');
        const skip = opts.skip ? opts.skip.split(',').map((x) => x.trim()).filter(Boolean) : undefined;
        const attempts = Number(opts.attempts ?? 5);
        if (!Number.isInteger(attempts) || attempts < 1) throw new UserError(`--attempts must be a whole number ≥ 1, got "${opts.attempts}"`);
        const r = await asUserErrors(() => enqueue(opts.queue!, sources, { date: opts.date ?? null, skip, attempts, fetchCache: fetchCacheFile() }));
        process.stdout.write(
          `queued ${r.queued} articles on ${r.queue} (${r.repeated} repeated inputs not queued again, ${r.failures.length} unreadable)\n`,
        );
        for (const f of r.failures) process.stdout.write(`  failed  ${f.origin}: ${f.reason}\n`);
        return;
      }
      const { openStore } = await import('../../store/open.ts');
      const { ingest } = await import('../../ingest/ingest.ts');
      const { Progress } = await import('../../ingest/progress.ts');
      const { faultPointName, fetchCacheFile, pipelineSettings, storeSettings } = await import('../config.ts');
      const store = await asUserErrors(() => openStore(opts.db, storeSettings()));
      const tty = !!process.stderr.isTTY && opts.progress !== false;
      try {
        const s = await ingest(store, sources, {
          workers,
          date: opts.date ?? null,
          skip: opts.skip ? opts.skip.split(',').map((x) => x.trim()).filter(Boolean) : undefined,
          batchSize,
          progress: new Progress(process.stderr, tty),
          countFirst: tty,
          stories: opts.stories !== false,
          pipeline: pipelineSettings(),
          fetchCache: fetchCacheFile(),
          faultPoint: faultPointName(),
        });
        const out = process.stdout;
        out.write(
          `ingested ${s.ingested} of ${s.seen} articles in ${s.seconds.toFixed(1)} s ` +
            `(${(s.seen / Math.max(s.seconds, 0.001)).toFixed(1)} articles/s)\n`,
        );
        out.write(`  duplicates (already stored or repeated): ${s.duplicates}\n`);
        out.write(`  near-duplicate copies in the archive: ${s.nearDuplicates}\n`);
        if (s.stories !== undefined) out.write(`  stories in the archive: ${s.stories}\n`);
        const w = Object.entries(s.warnings).sort((a, b) => b[1] - a[1]);
        out.write(`  warnings: ${w.length ? w.map(([k, n]) => `${k} ×${n}`).join(', ') : 'none'}\n`);
        out.write(`  failures: ${s.failures.length}\n`);
        for (const f of s.failures.slice(0, 50)) out.write(`    ${f.origin}: ${f.reason}\n`);
        if (s.failures.length > 50) out.write(`    … and ${s.failures.length - 50} more\n`);
        if (s.seen === 0) {
          process.stderr.write(
            `marsad: nothing to ingest: no article was found in ${sources.join(', ')}` +
              `${s.failures.length ? ' (see the failures above)' : ' (empty, or no supported files)'}\n`,
          );
        }
        if (s.ingested === 0 && s.duplicates === 0 && (s.failures.length || s.seen === 0)) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
