import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import { asUserErrors } from './ingest.ts';

export function register(program: Command): void {
  program
    .command('worker')
    .description('process articles queued with `marsad ingest --queue` into a (PostgreSQL) archive')
    .requiredOption('--queue <url>', 'queue: postgres:// URL (BullMQ PostgreSQL backend)')
    .option('--db <path|url>', 'archive: postgres:// URL shared by all workers', process.env.MARSAD_DB ?? './marsad.db')
    .option('--concurrency <n>', 'jobs in flight in this process', '1')
    .option('--threads <n>', 'analysis threads (0: in the main thread; default: min(concurrency, cores))')
    .option('--exit-when-idle <seconds>', 'stop after the queue has been empty this long (exit status 1 if it holds failed jobs)')
    .option('--lock <seconds>', 'job lock: a crashed worker\'s job is retried after this', '30')
    .action(async (opts: { queue: string; db: string; concurrency: string; threads?: string; exitWhenIdle?: string; lock: string }) => {
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserError(`--concurrency must be ≥ 1, got "${opts.concurrency}"`);
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      if (threads !== undefined && (!Number.isInteger(threads) || threads < 0)) throw new UserError(`--threads must be a whole number ≥ 0, got "${opts.threads}"`);
      const { openStore } = await import('../../store/open.ts');
      const { storeSettings } = await import('../config.ts');
      const { runWorker } = await import('../../ingest/queue.ts');
      const { pipelineSettings } = await import('../config.ts');
      const store = await asUserErrors(() => openStore(opts.db, storeSettings()));
      const h = await asUserErrors(async () =>
        runWorker(opts.queue, store, {
          concurrency,
          threads,
          lockMs: Number(opts.lock) * 1000,
          exitWhenIdle: opts.exitWhenIdle ? Number(opts.exitWhenIdle) * 1000 : undefined,
          pipeline: pipelineSettings(),
        }),
      );
      const stop = () => void h.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stderr.write(`marsad worker: processing ${opts.queue.replace(/:[^:@/]*@/, ':***@')} into the archive\n`);
      const r = await h.done;
      await store.close();
      const out = process.stdout;
      out.write(`worker done: stored ${r.stored}, already present ${r.alreadyPresent}, failed ${r.failed.length}\n`);
      out.write(`  failed attempts retried: ${r.retriedAttempts}; store transactions retried after a deadlock: ${r.txRetries}\n`);
      out.write(`  stories in the archive: ${r.stories}\n`);
      for (const f of r.failed.slice(0, 20)) out.write(`  failed  ${f.origin}: ${f.reason}\n`);
      if (r.failed.length > 20) out.write(`  … and ${r.failed.length - 20} more\n`);
      // Work left undone is a failure whoever's it was: scripts must not read success.
      if (r.failed.length > 0 || r.queueFailed > 0) {
        process.stderr.write(
          `marsad worker: the queue holds ${r.queueFailed} failed job(s) (${r.failed.length} from this worker): ` +
            `see \`marsad queue status --queue …\`, then \`marsad queue retry --queue …\`\n`,
        );
        process.exitCode = 1;
      }
    });
}
