import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import { readArchive } from '../archive.ts';
import { asUserErrors } from './ingest.ts';

export function register(program: Command): void {
  program
    .command('stories')
    .description('list stories: related articles clustered by shared entities and text within a time window')
    .option(
      '--db <path|url>',
      'archive: SQLite file or postgres:// URL (default $MARSAD_DB, ./marsad.db, else the demo archive)',
    )
    .option('--rebuild', 'recompute the stories first')
    .option('--window <days>', 'with --rebuild: largest date gap between linked articles', '3')
    .option('--limit <n>', 'stories to list', '20')
    .option('--json', 'print JSON')
    .action(
      async (opts: { db?: string; rebuild?: boolean; window: string; limit: string; json?: boolean }) => {
        const db = readArchive(opts.db);
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new UserError(`--limit must be a whole number ≥ 1, got "${opts.limit}"`);
        const { openStore } = await import('../../store/open.ts');
        const { storeSettings } = await import('../config.ts');
        const store = await asUserErrors(() => openStore(db, storeSettings()));
        try {
          if (opts.rebuild) {
            const { rebuildStories } = await import('../../store/stories.ts');
            const n = await rebuildStories(store, { windowDays: Number(opts.window) });
            if (!opts.json) process.stdout.write(`rebuilt ${n} stories\n`);
          }
          const page = await store.listStories({ limit });
          if (opts.json) {
            process.stdout.write(JSON.stringify(page, null, 1) + '\n');
            return;
          }
          if (page.items.length === 0)
            process.stdout.write('no stories yet (ingest articles, or run marsad stories --rebuild)\n');
          for (const s of page.items) {
            const dates = s.articles
              .map((a) => a.published)
              .filter(Boolean)
              .sort();
            process.stdout.write(
              `\nstory ${s.id}: ${s.title ?? '(untitled)'}  — ${s.articles.length} articles, ${dates[0] ?? '?'} … ${dates[dates.length - 1] ?? '?'}\n`,
            );
            for (const a of s.articles.slice(0, 10)) {
              const dup = a.dupGroup !== null ? `  [copy group ${a.dupGroup}]` : '';
              process.stdout.write(
                `  #${a.id} ${a.published ?? '????-??-??'} ${a.site ?? ''}  ${a.headline ?? ''}${dup}\n`,
              );
            }
            if (s.articles.length > 10) process.stdout.write(`  … ${s.articles.length - 10} more\n`);
          }
          if (page.next) process.stdout.write(`\n${page.total} stories in all\n`);
        } finally {
          await store.close();
        }
      },
    );
}
