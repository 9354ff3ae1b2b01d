import type { Command } from 'commander';
import { UserError } from '../../errors.ts';

/**
 * `marsad tag --format conll [FILE|-]`: one token per line (first whitespace column), blank line
 * between sentences, in; `token TAG` per line with the same breaks, out.
 */
export function register(program: Command): void {
  program
    .command('tag')
    .description('tag tokens with entity tags (ANERcorp set): one token per line, blank line between sentences')
    .argument('[file]', 'token file, or - for standard input', '-')
    .option('--format <format>', 'input/output format (conll)', 'conll')
    .action(async (file: string, opts: { format: string }) => {
      if (opts.format !== 'conll') throw new UserError(`unknown --format "${opts.format}" (only conll is supported)`);
      const { readFileSync, existsSync } = await import('node:fs');
      if (file !== '-' && !existsSync(file)) throw new UserError(`no such file: ${file}`);
      const text = readFileSync(file === '-' ? 0 : file, 'utf8');
      const { tagConll } = await import('../../analyze/ner/conll-io.ts');
      let out: string;
      try {
        out = tagConll(text);
      } catch (e) {
        throw new UserError((e as Error).message);
      }
      process.stdout.write(out);
    });
}
