import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import type { MarsadDocument } from '../../doc/types.ts';

interface EventsCliOptions {
  ics?: boolean;
  date?: string;
  all?: boolean;
}

function parseDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !t || t.getUTCMonth() !== Number(m[2]) - 1 || t.getUTCDate() !== Number(m[3])) {
    throw new UserError(`--date must be a real calendar date like 2021-05-26, got "${value}"`);
  }
  return value;
}

/** A readable list of one document's events. */
export function formatEvents(doc: MarsadDocument): string {
  const names = new Map(doc.entities.map((e) => [e.id, e.en ? `${e.name} (${e.en})` : e.name]));
  const out = [`# ${doc.meta.origin ?? 'stdin'}${doc.meta.referenceDate ? ` · ${doc.meta.referenceDate}` : ' · no date (pass --date)'} · ${doc.events.length} event(s)`];
  for (const ev of doc.events) {
    const who = ev.participants.map((p) => names.get(p) ?? p).join('، ') || '—';
    const where = ev.place ? names.get(ev.place) ?? ev.place : '—';
    const when = ev.time ? `${ev.time.value} (“${ev.time.span?.text ?? ''}”)` : '—';
    out.push(`  ${ev.type.padEnd(7)} ${ev.status.padEnd(9)} “${ev.trigger.text}”`);
    out.push(`      who:   ${who}`);
    out.push(`      where: ${where}`);
    out.push(`      when:  ${when}`);
  }
  return out.join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('events')
    .description('list the meetings, summits, visits and calls of articles, or export the planned ones as iCalendar')
    .argument('<files...>', 'article files (plain text or HTML), or - for standard input')
    .option('--ics', 'print an iCalendar (.ics) file of the planned events that have a date')
    .option('--all', 'with --ics: export every dated event, not only planned ones')
    .option('--date <YYYY-MM-DD>', 'publication date to use when an article has none')
    .action(async (files: string[], opts: EventsCliOptions) => {
      const date = parseDate(opts.date);
      const { loadInput } = await import('../../extract/load.ts');
      const { createPipeline, settingsConfig } = await import('../../pipeline/pipeline.ts');
      const { pipelineSettings } = await import('../config.ts');
      const pipeline = createPipeline(settingsConfig(pipelineSettings()));
      const { documentIcsEvents, writeIcs } = await import('../../analyze/events/ics.ts');
      const calendar = [];
      let failed = 0;
      for (const file of files) {
        let doc: MarsadDocument;
        try {
          const input = await loadInput(file);
          doc = pipeline.analyze(input, { date });
        } catch (e) {
          // One unreadable file does not stop the others.
          failed++;
          process.stderr.write(`marsad: ${file}: ${(e as Error).message}\n`);
          continue;
        }
        if (opts.ics) calendar.push(...documentIcsEvents(doc, { plannedOnly: !opts.all }));
        else process.stdout.write(formatEvents(doc));
      }
      if (opts.ics) {
        process.stdout.write(writeIcs(calendar, { name: 'marsad' }));
        if (calendar.length === 0) process.stderr.write('marsad: no dated planned events found; the calendar is empty\n');
      }
      if (failed === files.length) throw new UserError(`none of the ${files.length} file(s) could be read`);
      if (failed > 0) process.exitCode = 1;
    });
}
