import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import { readArchive } from '../archive.ts';
import { asUserErrors } from './ingest.ts';

const WHAT = ['articles', 'entities', 'quotes', 'events'];
const FORMATS = ['jsonl', 'csv'];

export function register(program: Command): void {
  program
    .command('export')
    .description(
      'export articles, entities, quotes or events as JSON lines or CSV, optionally narrowed by a query',
    )
    .argument('[query...]', 'marsad query and filters (e.g. entity:Putin from:2015-08-01)')
    .option(
      '--db <path|url>',
      'archive: SQLite file or postgres:// URL (default $MARSAD_DB, ./marsad.db, else the demo archive)',
    )
    .option('--format <format>', 'jsonl | csv', 'jsonl')
    .option('--what <what>', 'articles | entities | quotes | events', 'articles')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (words: string[], opts: { db?: string; format: string; what: string; out?: string }) => {
      const db = readArchive(opts.db);
      if (!FORMATS.includes(opts.format))
        throw new UserError(`--format must be jsonl or csv, got "${opts.format}"`);
      if (!WHAT.includes(opts.what))
        throw new UserError(`--what must be one of ${WHAT.join(', ')}, got "${opts.what}"`);
      const { openStore } = await import('../../store/open.ts');
      const { storeSettings } = await import('../config.ts');
      const { exportTo } = await import('../../store/export.ts');
      const { createWriteStream } = await import('node:fs');
      const store = await asUserErrors(() => openStore(db, storeSettings()));
      const stream = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        const n = await asUserErrors(() =>
          exportTo(
            store,
            opts.what as 'articles',
            opts.format as 'jsonl',
            words.join(' '),
            (s) => void stream.write(s),
          ),
        );
        if (opts.out) {
          await new Promise<void>((r) => (stream as NodeJS.WritableStream).end(r));
          process.stderr.write(`exported ${n} ${opts.what} to ${opts.out}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
