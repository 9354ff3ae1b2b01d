import type { Command } from 'commander';
import { UserError } from '../main.ts';

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (plain text, or - for stdin) and print its document JSON')
    .argument('<file>', 'article file, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'publication date to use when the article has none')
    .option('--tokens', 'include tokens in the output')
    .option('--format <format>', 'json | text', 'json')
    .action(async (file: string, opts: { date?: string; tokens?: boolean; format: string }) => {
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
        throw new UserError(`--date must look like 2021-05-26, got "${opts.date}"`);
      }
      const { readInput } = await import('../../extract/input.ts');
      const { analyzeText } = await import('../../pipeline/pipeline.ts');
      const input = readInput(file);
      const doc = analyzeText(
        { text: input.text, meta: { origin: file === '-' ? null : file, encoding: input.encoding } },
        { date: opts.date ?? null, tokens: !!opts.tokens },
      );
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(doc, null, 1) + '\n');
      } else {
        throw new UserError(`unknown --format "${opts.format}" (use json or text)`);
      }
    });
}
