import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import type { MarsadDocument, Span } from '../../doc/types.ts';

export interface Annotation {
  kind: string;
  start: number;
  end: number;
  text: string;
  source: string;
}

/** Every span-bearing annotation in a document, with what it is and the rule that made it. */
export function annotations(doc: MarsadDocument): Annotation[] {
  const out: Annotation[] = [];
  const add = (kind: string, s: Span | null | undefined, source: string | undefined): void => {
    if (s) out.push({ kind, start: s.start, end: s.end, text: s.text, source: source ?? '?' });
  };
  const a = doc.article;
  add('headline', a.headline, a.headline?.source);
  if (a.published) add(`published=${a.published.value}`, a.published, a.published.source);
  add('caption', a.caption, a.caption?.source);
  add('credit.photographer', a.credit.photographer, a.credit.photographer?.source);
  add('credit.agency', a.credit.agency, a.credit.agency?.source);
  add('byline', a.byline, a.byline?.source);
  add('dateline', a.dateline, a.dateline?.source);
  a.paragraphs.forEach((p, i) => add(`paragraph[${i}]`, p, p.source));
  a.boilerplate.forEach((b) => add('boilerplate', b, b.source));
  doc.sentences.forEach((s, i) =>
    add(`sentence[${i}]`, s, (s as Span & { source?: string }).source ?? 'stage:sentences'),
  );
  for (const t of doc.tokens ?? []) add(`token:${t.kind}`, t, `norm=${t.norm}`);
  for (const e of doc.entities) {
    for (const m of e.mentions) add(`entity ${e.id} ${e.type} ${e.name}`, m, m.source);
    for (const r of e.roles) add(`role of ${e.id} ${e.name}`, r, r.source);
  }
  doc.quotes.forEach((x, i) => {
    add(`quote[${i}] ${x.kind}`, x.text, x.source);
    add(`quote[${i}] cue`, x.cue, x.source);
    add(`quote[${i}] speaker`, x.speaker.text, x.source);
  });
  for (const t of doc.times) add(`time ${t.type}=${t.value}`, t, t.source);
  doc.events.forEach((ev, i) => {
    add(`event[${i}] ${ev.type} (${ev.status})`, ev.trigger, ev.source);
    add(`event[${i}] time=${ev.time?.value ?? ''}`, ev.time?.span, ev.source);
  });
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Annotations covering `at` (an empty one counts when it starts there). */
export function annotationsAt(list: Annotation[], at: number): Annotation[] {
  return list.filter((a) => (a.start <= at && at < a.end) || (a.start === at && a.end === at));
}

/** Annotations overlapping any occurrence of `needle` in the text. */
export function annotationsMatching(
  doc: MarsadDocument,
  list: Annotation[],
  needle: string,
): { hits: number[]; found: Annotation[] } {
  const hits: number[] = [];
  for (let i = doc.text.indexOf(needle); i >= 0; i = doc.text.indexOf(needle, i + 1)) hits.push(i);
  const found = list.filter((a) => hits.some((h) => a.start < h + needle.length && h < a.end));
  return { hits, found };
}

function show(a: Annotation): string {
  const t = a.text.replace(/\s+/g, ' ');
  return `${`[${a.start},${a.end})`.padEnd(14)} ${a.kind.padEnd(22)} “${t.length > 70 ? t.slice(0, 70) + '…' : t}”  ← ${a.source}`;
}

export function register(program: Command): void {
  program
    .command('explain')
    .description('list the annotations at an offset or around a text, with the rule or model that made each')
    .argument('<file>', 'article file, or - for standard input')
    .option('--at <offset>', 'UTF-16 offset into the document text')
    .option('--grep <text>', 'text to look for; lists annotations overlapping each occurrence')
    .option('--date <YYYY-MM-DD>', 'publication date to use when the article has none')
    .option('--tokens', 'include tokens')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 20MB)')
    .option('--json', 'print the annotations as JSON')
    .action(
      async (
        file: string,
        opts: {
          at?: string;
          grep?: string;
          date?: string;
          tokens?: boolean;
          maxBytes?: string;
          json?: boolean;
        },
      ) => {
        const { parseDateOption, parseMaxBytes } = await import('./analyze.ts');
        if (opts.at !== undefined && opts.grep !== undefined)
          throw new UserError('give --at or --grep, not both');
        if (opts.at !== undefined && !/^\d+$/.test(opts.at))
          throw new UserError(`--at must be an offset (0 or more), got "${opts.at}"`);
        const date = parseDateOption(opts.date);
        const { loadInput } = await import('../../extract/load.ts');
        const { createPipeline, settingsConfig } = await import('../../pipeline/pipeline.ts');
        const { pipelineSettings } = await import('../config.ts');
        const input = await loadInput(file, { maxBytes: parseMaxBytes(opts.maxBytes) });
        const doc = createPipeline(settingsConfig(pipelineSettings(), true)).analyze(input, { date, tokens: !!opts.tokens || opts.at !== undefined });
        const all = annotations(doc);
        let found = all.filter((a) => !a.kind.startsWith('token:'));
        let header = `${found.length} annotations`;
        if (opts.at !== undefined) {
          const at = Number(opts.at);
          if (at > doc.text.length)
            throw new UserError(`--at ${at} is past the end of the text (${doc.text.length} characters)`);
          found = annotationsAt(all, at);
          header = `offset ${at} (“${doc.text.slice(at, at + 1)}”): ${found.length} annotations`;
        } else if (opts.grep !== undefined) {
          if (!opts.grep) throw new UserError('--grep needs some text');
          const r = annotationsMatching(doc, all, opts.grep);
          if (r.hits.length === 0) throw new UserError(`“${opts.grep}” does not occur in the text`, 1);
          found = r.found;
          header = `“${opts.grep}” at ${r.hits.join(', ')}: ${found.length} annotations`;
        }
        if (opts.json) process.stdout.write(JSON.stringify(found, null, 1) + '\n');
        else process.stdout.write([header, ...found.map(show)].join('\n') + '\n');
      },
    );
}
