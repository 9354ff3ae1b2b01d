// @ts-nocheck
import type { Command } from 'commander';
import { asUserErrors } from './ingest.ts';

interface QueueOpts {
  queue: string;
  json?: boolean;
}

export function register(program: Command): void {
  const q = program.command('queue').description('inspect and repair the ingest queue used by `marsad ingest --queue` and `marsad worker`');
  q.command('status')
    .description('job counts (waiting, active, delayed, failed, completed) and why jobs failed; exit status 1 if any failed')
    .requiredOption('--queue <url>', 'queue: postgres:// URL (BullMQ PostgreSQL backend)')
    .option('--json', 'print JSON')
    .action(async (opts: QueueOpts) => {
      const { queueStatus } = await import('../../ingest/queue.ts');
      const s = await asUserErrors(() => queueStatus(opts.queue));
      if (opts.json) process.stdout.write(JSON.stringify(s, null, 1) + '\n');
      else {
        const out = process.stdout;
        for (const k of ['waiting', 'active', 'delayed', 'failed', 'completed'] as const) out.write(`${k.padEnd(10)} ${s[k]}\n`);
        for (const r of s.reasons) {
          out.write(`\nfailed ×${r.count}: ${r.reason}\n`);
          for (const e of r.examples) out.write(`  e.g. ${e}\n`);
        }
        if (s.failed > 0) out.write(`\nrun \`marsad queue retry --queue …\` to run the failed jobs again\n`);
      }
      if (s.failed > 0) process.exitCode = 1;
    });
  q.command('retry')
    .description('put every failed job back on the queue with fresh attempts (a worker then runs them)')
    .requiredOption('--queue <url>', 'queue: postgres:// URL (BullMQ PostgreSQL backend)')
    .action(async (opts: QueueOpts) => {
      const { retryFailed } = await import('../../ingest/queue.ts');
      const n = await asUserErrors(() => retryFailed(opts.queue));
      process.stdout.write(n ? `${n} failed job(s) back in the queue: start \`marsad worker\` to run them\n` : 'no failed jobs\n');
    });
}
