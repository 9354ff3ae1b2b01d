import { roleText } from '../../doc/types.ts';
import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import type { MarsadDocument, Span } from '../../doc/types.ts';

interface AnalyzeCliOptions {
  date?: string;
  tokens?: boolean;
  format: string;
  maxBytes?: string;
  jobs?: string;
}

export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256)
    throw new UserError(`--jobs must be a whole number of worker threads from 1 to 256, got "${value}"`);
  return n;
}

export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok =
    m &&
    (() => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
    })();
  if (!ok) throw new UserError(`--date must be a real calendar date like 2021-05-26, got "${value}"`);
  return value;
}

export function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m)
    throw new UserError(`--max-bytes must be a number of bytes (e.g. 20000000 or 20MB), got "${value}"`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * mult);
  if (n <= 0) throw new UserError(`--max-bytes must be positive, got "${value}"`);
  return n;
}

const q = (s: Span | null | undefined): string => (s ? s.text.replace(/\s+/g, ' ') : '—');

/** A readable summary for people: structure first, then what the analysis stages found. */
export function formatText(doc: MarsadDocument): string {
  const a = doc.article;
  const out: string[] = [];
  const meta = [doc.meta.origin ?? 'stdin', doc.meta.format, doc.meta.encoding, `${doc.text.length} chars`];
  out.push(`# ${meta.join(' · ')}`);
  out.push(`Headline:   ${q(a.headline)}`);
  if (a.published) out.push(`Published:  ${a.published.value}  (“${q(a.published)}”)`);
  else
    out.push(
      `Published:  —${doc.meta.referenceDate ? `  (reference date ${doc.meta.referenceDate} from --date)` : ''}`,
    );
  out.push(`Byline:     ${q(a.byline)}`);
  out.push(`Dateline:   ${q(a.dateline)}`);
  out.push(`Caption:    ${q(a.caption)}`);
  if (a.credit.photographer || a.credit.agency) {
    out.push(
      `Credit:     ${[a.credit.photographer?.text, a.credit.agency?.text].filter(Boolean).join(' / ')}`,
    );
  }
  out.push(
    `Paragraphs: ${a.paragraphs.length}   Sentences: ${doc.sentences.length}${doc.tokens ? `   Tokens: ${doc.tokens.length}` : ''}`,
  );
  if (a.boilerplate.length)
    out.push(`Furniture:  ${a.boilerplate.map((b) => `“${q(b).slice(0, 40)}”`).join(', ')}`);
  if (a.paragraphs[0]) {
    const first = a.paragraphs[0].text.replace(/\s+/g, ' ');
    out.push(`Body:       ${first.length > 160 ? first.slice(0, 160) + '…' : first}`);
  }
  if (doc.entities.length) {
    out.push('', `Entities (${doc.entities.length}):`);
    for (const e of doc.entities) {
      out.push(
        `  ${e.type.padEnd(4)} ${e.name}${e.en ? ` (${e.en})` : ''} ×${e.mentions.length}${e.roles.length ? ` — ${e.roles.map((r) => roleText(r)).join('، ')}` : ''}`,
      );
    }
  }
  if (doc.quotes.length) {
    out.push('', `Quotes (${doc.quotes.length}):`);
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    for (const x of doc.quotes) {
      const who = (x.speaker.entity && names.get(x.speaker.entity)) ?? x.speaker.text?.text ?? '?';
      const t = x.text.text.replace(/\s+/g, ' ');
      out.push(`  [${x.kind}] ${who}: «${t.length > 120 ? t.slice(0, 120) + '…' : t}»`);
    }
  }
  if (doc.times.length) {
    out.push('', `Times (${doc.times.length}):`);
    for (const t of doc.times)
      out.push(`  ${t.type.padEnd(8)} ${t.value.padEnd(12)} “${t.text}”${t.hijri ? ` (هـ ${t.hijri})` : ''}`);
  }
  if (doc.events.length) {
    out.push('', `Events (${doc.events.length}):`);
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    for (const ev of doc.events) {
      const who = ev.participants.map((p) => names.get(p) ?? p).join('، ');
      out.push(
        `  ${ev.type} “${ev.trigger.text}” ${who ? `— ${who}` : ''}${ev.place ? ` @ ${names.get(ev.place) ?? ev.place}` : ''}${ev.time ? ` ${ev.time.value}` : ''} (${ev.status})`,
      );
    }
  }
  if (doc.meta.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of doc.meta.warnings) out.push(`  ${w.code}: ${w.message}`);
  }
  return out.join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description(
      'analyse articles and print their document JSON: one file (or - for stdin) prints one document; ' +
        'several inputs, folders, containers (.jsonl, .json, feeds, .zip, .warc) or JSON lines on stdin ' +
        'print JSON lines, one document (or error) a line',
    )
    .argument('<inputs...>', 'article files, folders, containers or URLs; - for standard input')
    .option('--date <YYYY-MM-DD>', 'publication date to use when the article has none')
    .option('--tokens', 'include tokens in the output')
    .option('--format <format>', 'json | text', 'json')
    .option('--max-bytes <n>', 'refuse documents larger than this (default 20MB)')
    .option('--jobs <n>', 'worker threads for many documents (default 1: this thread)')
    .action(async (inputs: string[], opts: AnalyzeCliOptions) => {
      const date = parseDateOption(opts.date);
      if (opts.format !== 'json' && opts.format !== 'text') {
        throw new UserError(`unknown --format "${opts.format}" (use json or text)`);
      }
      const maxBytes = parseMaxBytes(opts.maxBytes);
      const jobs = parseJobs(opts.jobs);
      if (inputs.filter((x) => x === '-').length > 1) throw new UserError('standard input (-) can be named only once');
      const { isContainer } = await import('../../ingest/batch.ts');
      let stdinHead: Buffer | undefined;
      let batch = inputs.length > 1 || jobs !== undefined || isContainer(inputs[0]!);
      if (!batch && inputs[0] === '-') {
        // Standard input is one article, unless it opens like JSON lines.
        const { peekStdin, looksLikeJsonLines } = await import('../../extract/stdin.ts');
        stdinHead = peekStdin();
        batch = looksLikeJsonLines(stdinHead);
      }
      const { fetchCacheFile, pipelineSettings } = await import('../config.ts');
      if (batch) {
        process.exitCode = await analyzeMany(inputs, {
          pipeline: pipelineSettings(),
          fetchCache: fetchCacheFile(),
          date,
          tokens: !!opts.tokens,
          maxBytes,
          jobs,
          stdinHead,
          format: opts.format,
        });
        return;
      }
      const { inputFromBytes } = await import('../../extract/load.ts');
      const { readBytes } = await import('../../extract/input.ts');
      const { createPipeline, settingsConfig } = await import('../../pipeline/pipeline.ts');
      const file = inputs[0]!;
      const input = await inputFromBytes(readBytes(file, { maxBytes, head: stdinHead }), file, { maxBytes });
      // One document: the entity data is built as the analysis first needs it (start-up counts).
      const doc = createPipeline(settingsConfig(pipelineSettings(), true)).analyze(input, { date, tokens: !!opts.tokens });
      process.stdout.write(opts.format === 'json' ? JSON.stringify(doc, null, 1) + '\n' : formatText(doc));
    });
}

/** Writes `s`, waiting when the reader is slower than the analysis, so output is not held in memory. */
async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise((r) => process.stdout.once('drain', r));
}

/**
 * Many documents: JSON lines (or text summaries), in input order. Returns the exit code: 0 when
 * every document was analysed, else the exit code of the first failure's kind (src/errors.ts).
 */
async function analyzeMany(
  inputs: string[],
  opts: import('../../ingest/batch.ts').BatchOptions & { format: string },
): Promise<number> {
  const { analyzeBatch } = await import('../../ingest/batch.ts');
  let total = 0;
  let failed = 0;
  let exitCode = 0;
  for await (const line of analyzeBatch(inputs, opts)) {
    total++;
    if ('json' in line) {
      await write(opts.format === 'json' ? line.json + '\n' : formatText(JSON.parse(line.json) as MarsadDocument));
      continue;
    }
    failed++;
    if (!exitCode) exitCode = line.exitCode;
    if (opts.format === 'json') await write(JSON.stringify({ origin: line.origin, error: line.error }) + '\n');
    else process.stderr.write(`marsad: ${line.origin}: ${line.error.message}\n`);
  }
  if (failed) process.stderr.write(`marsad: ${failed} of ${total} documents could not be analysed\n`);
  return exitCode;
}
