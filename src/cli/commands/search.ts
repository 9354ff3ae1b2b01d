import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import { readArchive } from '../archive.ts';
import { asUserErrors } from './ingest.ts';

function mark(text: string, ranges: Array<[number, number]>, tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['**', '**'];
  let out = '';
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    out += text.slice(at, s) + open + text.slice(s, e) + close;
    at = e;
  }
  return out + text.slice(at);
}

export function register(program: Command): void {
  program
    .command('search')
    .description(
      'search the archive (words, "phrases", -exclusion, OR, entity:/speaker:/source:/from:/to:/type:/etype: filters; etype:PER|ORG|LOC|MISC narrows entity: to that type)',
    )
    .argument('<query...>', 'the query')
    .option(
      '--db <path|url>',
      'archive: SQLite file or postgres:// URL (default $MARSAD_DB, ./marsad.db, else the demo archive)',
    )
    .option('--json', 'print the result as JSON')
    .option('--limit <n>', 'results per page', '10')
    .option('--cursor <c>', 'page cursor from a previous --json result')
    .action(
      async (words: string[], opts: { db?: string; json?: boolean; limit: string; cursor?: string }) => {
        const db = readArchive(opts.db);
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new UserError(`--limit must be a whole number ≥ 1, got "${opts.limit}"`);
        const { existsSync } = await import('node:fs');
        const { openStore, isPostgresSpec } = await import('../../store/open.ts');
        const { storeSettings } = await import('../config.ts');
        if (!isPostgresSpec(db) && !existsSync(db)) {
          throw new UserError(
            `no archive at ${db}: ingest articles first (marsad ingest FOLDER --db ${db}) or pass --db`,
          );
        }
        const store = await asUserErrors(() => openStore(db, storeSettings()));
        try {
          const r = await asUserErrors(() =>
            store.search({ q: words.join(' '), limit, cursor: opts.cursor ?? null }),
          );
          if (opts.json) {
            process.stdout.write(JSON.stringify(r, null, 1) + '\n');
            return;
          }
          const tty = !!process.stdout.isTTY;
          const count = r.totalExact
            ? `${r.total} result${r.total === 1 ? '' : 's'}`
            : `more than ${r.total} results`;
          process.stdout.write(`${count}\n`);
          if (r.rankWindow !== null) {
            process.stdout.write(
              `(many matches: ranked best first within each block of ${r.rankWindow}, most recently added first; add words or from:/to:/source:/entity: to rank them all together)\n`,
            );
          }
          for (const h of r.hits) {
            process.stdout.write(
              `\n#${h.articleId} ${h.type}  ${h.published ?? '????-??-??'}  ${h.site ?? ''}  score ${h.score.toFixed(3)}\n`,
            );
            if (h.headline) process.stdout.write(`  ${h.headline}\n`);
            if (h.quote) process.stdout.write(`  ${h.quote.speaker ?? '?'}: `);
            else process.stdout.write('  ');
            process.stdout.write(`${mark(h.snippet.text, h.snippet.highlights, tty)}\n`);
            if (h.matched.length) {
              process.stdout.write(
                `  matched: ${h.matched.map((m) => `${m.term} ← ${m.forms.join('، ')}`).join(' | ')}\n`,
              );
            }
          }
          if (r.next) process.stdout.write(`\nmore: --cursor ${r.next}\n`);
        } finally {
          await store.close();
        }
      },
    );
}
