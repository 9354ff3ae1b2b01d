import type { Command } from 'commander';
import { UserError } from '../main.ts';
import { asUserErrors } from './ingest.ts';

export function register(program: Command): void {
  program
    .command('worker')
    .description('process articles queued with `marsad ingest --queue` into a (PostgreSQL) archive')
    .requiredOption('--queue <url>', 'queue: postgres:// URL (BullMQ PostgreSQL backend)')
    .option('--db <path|url>', 'archive: postgres:// URL shared by all workers', process.env.MARSAD_DB ?? './marsad.db')
    .option('--concurrency <n>', 'jobs in flight in this process', '1')
    .option('--exit-when-idle <seconds>', 'stop after the queue has been empty this long')
    .option('--lock <seconds>', 'job lock: a crashed worker\'s job is retried after this', '30')
    .action(async (opts: { queue: string; db: string; concurrency: string; exitWhenIdle?: string; lock: string }) => {
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserError(`--concurrency must be ≥ 1, got "${opts.concurrency}"`);
      const { openStore } = await import('../../store/open.ts');
      const { runWorker } = await import('../../ingest/queue.ts');
      const store = await asUserErrors(() => openStore(opts.db));
      let stored = 0;
      let dup = 0;
      const h = await asUserErrors(async () =>
        runWorker(opts.queue, store, {
          concurrency,
          lockMs: Number(opts.lock) * 1000,
          exitWhenIdle: opts.exitWhenIdle ? Number(opts.exitWhenIdle) * 1000 : undefined,
          onStored: (_id, created) => (created ? stored++ : dup++),
        }),
      );
      const stop = () => void h.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stderr.write(`marsad worker: processing ${opts.queue.replace(/:[^:@/]*@/, ':***@')} into the archive\n`);
      await h.done;
      await store.close();
      process.stdout.write(`worker done: stored ${stored}, already present ${dup}\n`);
    });
}
