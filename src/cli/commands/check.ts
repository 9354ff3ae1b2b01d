import type { Command } from 'commander';
import { asUserErrors } from './ingest.ts';

export function register(program: Command): void {
  program
    .command('check')
    .description('check the archive: integrity, the full-text index, orphan rows, stale stories (exit status 1 if anything is left wrong)')
    .option('--db <path|url>', 'archive: SQLite file or postgres:// URL', process.env.MARSAD_DB ?? './marsad.db')
    .option('--repair', 'put right what can be: reindex from the stored documents, drop orphan rows, rebuild stale stories')
    .option('--json', 'print JSON')
    .action(async (opts: { db: string; repair?: boolean; json?: boolean }) => {
      const { openStore } = await import('../../store/open.ts');
      const { storeSettings } = await import('../config.ts');
      const { checkArchive } = await import('../../store/check.ts');
      const store = await asUserErrors(() => openStore(opts.db, storeSettings()));
      try {
        const results = await checkArchive(store, { repair: !!opts.repair });
        if (opts.json) process.stdout.write(JSON.stringify(results, null, 1) + '\n');
        else {
          for (const r of results) {
            const state = r.problems === 0 ? 'ok' : r.left === 0 ? 'repaired' : 'PROBLEM';
            process.stdout.write(`${r.name.padEnd(16)} ${state.padEnd(9)} ${r.detail}\n`);
          }
          const left = results.filter((r) => r.left > 0);
          if (left.length && !opts.repair) process.stdout.write('run `marsad check --repair` to put it right\n');
        }
        if (results.some((r) => r.left > 0)) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
