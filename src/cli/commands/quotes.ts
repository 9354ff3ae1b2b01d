import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import type { MarsadDocument, Quote } from '../../doc/types.ts';

/** How a reader sees the speaker: the entity's name when resolved, else the words in the text. */
export function speakerLabel(doc: MarsadDocument, q: Quote): string {
  const e = q.speaker.entity ? doc.entities.find((x) => x.id === q.speaker.entity) : undefined;
  if (e) return e.en ? `${e.name} (${e.en})` : e.name;
  return q.speaker.text?.text ?? '(unknown speaker)';
}

/** One line per quote: `speaker — «text»  [kind, cue, via]`. */
export function formatQuote(doc: MarsadDocument, q: Quote): string {
  const via = q.via ? doc.entities.find((x) => x.id === q.via)?.name ?? q.via : null;
  const meta = [q.kind, q.cue ? `cue: ${q.cue.text}` : null, via ? `via ${via}` : null].filter(Boolean).join(', ');
  return `${speakerLabel(doc, q)} — «${q.text.text.replace(/\s+/g, ' ')}»  [${meta}]`;
}

export function register(program: Command): void {
  program
    .command('quotes')
    .description('list who said what in one or more articles: one line per quote, speaker — «text»')
    .argument('<files...>', 'article files (plain text), or - for standard input')
    .option('--date <YYYY-MM-DD>', 'publication date to use when an article has none')
    .option('--json', 'print the quotes as JSON, one object per file')
    .action(async (files: string[], opts: { date?: string; json?: boolean }) => {
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
        throw new UserError(`--date must look like 2021-05-26, got "${opts.date}"`);
      }
      const { readInput } = await import('../../extract/input.ts');
      const { createPipeline, settingsConfig } = await import('../../pipeline/pipeline.ts');
      const { pipelineSettings } = await import('../config.ts');
      const pipeline = createPipeline(settingsConfig(pipelineSettings()));
      let failed = 0;
      const out: { file: string; quotes: (Quote & { speakerName: string })[] }[] = [];
      for (const file of files) {
        let doc: MarsadDocument;
        try {
          const input = readInput(file);
          doc = pipeline.analyze({ text: input.text, meta: { origin: file === '-' ? null : file, encoding: input.encoding } }, { date: opts.date ?? null });
        } catch (err) {
          // One bad file does not stop the others; the exit code says something failed.
          if (!(err instanceof UserError) && files.length === 1) throw err;
          process.stderr.write(`marsad quotes: ${file}: ${(err as Error).message}\n`);
          failed++;
          continue;
        }
        if (opts.json) {
          out.push({ file, quotes: doc.quotes.map((q) => ({ ...q, speakerName: speakerLabel(doc, q) })) });
          continue;
        }
        if (files.length > 1) process.stdout.write(`== ${file} (${doc.quotes.length} quotes)\n`);
        for (const q of doc.quotes) process.stdout.write(formatQuote(doc, q) + '\n');
        if (doc.quotes.length === 0 && files.length === 1) process.stderr.write(`marsad quotes: no quotes found in ${file}\n`);
      }
      if (opts.json) process.stdout.write(JSON.stringify(files.length === 1 ? out[0] ?? null : out, null, 1) + '\n');
      if (failed > 0) process.exitCode = failed === files.length ? 2 : 1;
    });
}
