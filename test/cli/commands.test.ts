/**
 * Every marsad command end to end, in this process through the CLI's own main() (the bin script
 * only adds tsx), over four fictional articles in test/fixtures/cli: what a reader of those
 * articles knows is what the tests expect: the names, who said what, the dates, the events, the
 * copy of one article, and the order a search should give.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { MarsadDocument } from '../../src/doc/types.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { parseCsvRows as parseCsv } from '../helpers/csv.ts';

const FIX = path.join(PROJECT_ROOT, 'test', 'fixtures', 'cli');
const A1 = path.join(FIX, '01-cairo-water-summit.txt');
const A4 = path.join(FIX, '04-haddad-amman-visit.txt');

/** Runs `marsad ARGS` in this process; returns its exit code and what it printed. */
async function marsad(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'marsad', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.exitCode = undefined;
    out.mockRestore();
    err.mockRestore();
  }
}


let tmp: string;
let db: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'marsad-cmds-'));
  db = path.join(tmp, 'a.db');
  const r = await marsad('ingest', FIX, '--db', db, '--workers', '0', '--no-progress');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/ingested 4 of 4 articles/);
  expect(r.stdout).toMatch(/near-duplicate copies in the archive: 1/);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('marsad analyze', () => {
  it('finds the people, the place, who said what, the dates and the two meetings of a fictional article', async () => {
    const r = await marsad('analyze', A1);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as MarsadDocument;
    expect(doc.article.headline?.text).toBe('القاهرة تستضيف قمة المياه العربية الشهر المقبل');
    expect(doc.article.published?.value).toBe('2024-03-10');
    const ent = (name: string) => doc.entities.find((e) => e.name === name)!;
    expect(ent('سالم الكعبي')).toMatchObject({ type: 'PER' });
    expect(ent('سالم الكعبي').roles.map((x) => x.text)).toEqual(['رئيس الوزراء']);
    expect(ent('ليلى حداد')).toMatchObject({ type: 'PER' });
    expect(ent('ليلى حداد').roles.map((x) => x.text)).toContain('وزيرة الخارجية');
    expect(ent('القاهرة')).toMatchObject({ type: 'LOC', en: 'Cairo' });
    // later mentions by family name join their person
    expect(ent('سالم الكعبي').mentions.map((m) => m.text)).toContain('الكعبي');
    expect(ent('ليلى حداد').mentions.map((m) => m.text)).toContain('حداد');

    const quotes = doc.quotes.map((q) => ({
      kind: q.kind,
      by: doc.entities.find((e) => e.id === q.speaker.entity)?.name,
      text: q.text.text,
    }));
    expect(quotes).toContainEqual({
      kind: 'direct',
      by: 'سالم الكعبي',
      text: 'ستكون قمة المياه فرصة لاتفاق يحمي الأنهار المشتركة',
    });
    expect(quotes).toContainEqual({
      kind: 'indirect',
      by: 'ليلى حداد',
      text: expect.stringMatching(/^بلادها ستشارك في القمة/),
    });
    expect(doc.quotes).toHaveLength(2);

    const times = Object.fromEntries(doc.times.map((t) => [t.text, t.value]));
    expect(times['اليوم الأحد']).toBe('2024-03-10');
    expect(times['يوم 14 أبريل 2024']).toBe('2024-04-14');
    expect(times['الشهر المقبل']).toBe('2024-04');

    const names = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)!.name).sort();
    const ev = doc.events.map((e) => ({
      type: e.type,
      status: e.status,
      date: e.time?.value,
      who: names(e.participants),
      where: e.place ? doc.entities.find((x) => x.id === e.place)!.name : null,
    }));
    expect(ev).toEqual([
      {
        type: 'meeting',
        status: 'happened',
        date: '2024-03-10',
        who: ['سالم الكعبي', 'ليلى حداد'],
        where: 'القاهرة',
      },
      {
        type: 'meeting',
        status: 'planned',
        date: '2024-04-14',
        who: ['سالم الكعبي', 'ليلى حداد'],
        where: 'القاهرة',
      },
    ]);
    for (const s of [...doc.quotes.map((q) => q.text), ...doc.times, ...doc.events.map((e) => e.trigger)])
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('marsad quotes, events, explain, tag', () => {
  it('quotes: one line per quote, speaker — «text», with the cue; JSON names the speaker', async () => {
    const r = await marsad('quotes', A1);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^سالم الكعبي \(Salem .*\) — «ستكون قمة المياه فرصة لاتفاق يحمي الأنهار المشتركة»\s+\[direct, cue: وقال\]$/,
    );
    expect(lines[1]).toMatch(/^ليلى حداد .*— «بلادها ستشارك في القمة.*\[indirect, cue: وأكدت\]$/);
    const j = JSON.parse((await marsad('quotes', A1, A4, '--json')).stdout) as {
      file: string;
      quotes: { speakerName: string; kind: string }[];
    }[];
    expect(j.map((x) => x.file)).toEqual([A1, A4]);
    expect(j[1]!.quotes.map((q) => [q.speakerName, q.kind])).toEqual([
      ['ليلى حداد (Leila Haddad)', 'indirect'],
    ]);
  });

  it('events: the happened and the planned meeting; --ics exports the planned one, read back by ical.js', async () => {
    const r = await marsad('events', A1);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/meeting happened .*استقبل/);
    expect(r.stdout).toMatch(/meeting planned .*وسيلتقي/);
    expect(r.stdout).toMatch(/when: +2024-04-14/);
    const ics = await marsad('events', '--ics', A1, A4);
    expect(ics.code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(ics.stdout));
    const planned = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const cairo = planned.filter((e) => e.location?.startsWith('القاهرة'));
    expect(cairo).toHaveLength(1);
    expect(cairo[0]!.startDate.toString()).toBe('2024-04-14');
    expect(cairo[0]!.summary).toContain('سالم الكعبي');
    expect(cairo[0]!.summary).toContain('ليلى حداد');
    // --all adds the meeting that already happened
    const all = new ICAL.Component(ICAL.parse((await marsad('events', '--ics', '--all', A1)).stdout));
    expect(
      all
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v).startDate.toString())
        .sort(),
    ).toEqual(['2024-03-10', '2024-04-14']);
  });

  it('explain: what covers a name, and which rule or model made it', async () => {
    const r = await marsad('explain', A1, '--grep', 'ليلى حداد', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { kind: string; source: string; text: string; start: number }[];
    const ent = list.filter((a) => a.kind.startsWith('entity '));
    expect(ent).toHaveLength(1);
    expect(ent[0]!.kind).toMatch(/^entity e\d+ PER ليلى حداد$/);
    expect(ent[0]!.text).toBe('ليلى حداد');
    expect(ent[0]!.source).toMatch(/^(model|rule):/);
    expect(readFileSync(A1, 'utf8').slice(ent[0]!.start, ent[0]!.start + ent[0]!.text.length)).toBe(
      'ليلى حداد',
    );
    // and the paragraph and sentence around it, each with the rule or stage that made it
    expect(list.map((a) => a.source)).toEqual(
      expect.arrayContaining(['rule:paragraph/line', 'stage:sentences']),
    );
  });

  it('tag: CoNLL tokens in, tags out for the people and the place', async () => {
    const f = path.join(tmp, 'tokens.txt');
    writeFileSync(f, ['التقى', 'سالم', 'الكعبي', 'في', 'القاهرة', '.'].join('\n') + '\n');
    const r = await marsad('tag', f);
    expect(r.code).toBe(0);
    const tags = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/));
    expect(tags.map((t) => t.at(-1))).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O']);
  });
});

describe('marsad search, export, stories over an ingested archive', () => {
  it('search: articles with the word in the headline come before one with it once in the body; filters narrow', async () => {
    const r = JSON.parse((await marsad('search', 'المياه', '--db', db, '--json')).stdout) as {
      hits: { articleId: number; headline: string }[];
      total: number;
    };
    expect(r.total).toBe(3);
    expect(
      r.hits
        .slice(0, 2)
        .map((h) => h.articleId)
        .sort(),
    ).toEqual([1, 2]);
    expect(r.hits[2]!.articleId).toBe(3);
    const later = JSON.parse(
      (await marsad('search', 'المياه', 'from:2024-03-15', '--db', db, '--json')).stdout,
    ) as { hits: { articleId: number }[] };
    expect(later.hits.map((h) => h.articleId)).toEqual([3]);
    const byEntity = JSON.parse(
      (await marsad('search', 'entity:"ليلى حداد"', '--db', db, '--json')).stdout,
    ) as { hits: { articleId: number }[] };
    expect(byEntity.hits.map((h) => h.articleId).sort()).toEqual([1, 2, 4]);
    const quotes = JSON.parse(
      (await marsad('search', 'التضخم', 'type:quote', '--db', db, '--json')).stdout,
    ) as { hits: { type: string; quote: { speaker: string } }[] };
    expect(quotes.hits.map((h) => [h.type, h.quote.speaker])).toEqual([['quote', 'يوسف العمري']]);
    const text = await marsad('search', 'الفائدة', '--db', db);
    expect(text.stdout).toMatch(/^1 result\n/);
    expect(text.stdout).toContain('البنك المركزي يرفع أسعار الفائدة نصف نقطة');
    const none = await marsad('search', 'المياه', '--db', path.join(tmp, 'missing.db'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no archive at .*missing\.db/);
  });

  it('export: JSON lines of the matching articles with their analysis, parsed back', async () => {
    const r = await marsad('export', 'المياه', 'from:2024-03-15', '--db', db, '--format', 'jsonl');
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; headline: string; doc?: MarsadDocument });
    expect(rows.map((x) => x.headline)).toEqual(['البنك المركزي يرفع أسعار الفائدة نصف نقطة']);
    const all = (await marsad('export', '--db', db, '--format', 'jsonl')).stdout.trim().split('\n');
    expect(all).toHaveLength(4);
  });

  it('export: quotes and events as CSV, parsed back', async () => {
    const out = path.join(tmp, 'quotes.csv');
    const r = await marsad(
      'export',
      'speaker:"يوسف العمري"',
      '--db',
      db,
      '--what',
      'quotes',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/exported 2 quotes to/);
    const rows = parseCsv(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
    const head = rows[0]!;
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    const body = rows.slice(1).filter((x) => x.length > 1);
    expect(body).toHaveLength(2);
    expect(body.map((x) => col(x, 'speaker'))).toEqual(['يوسف العمري', 'يوسف العمري']);
    expect(body.map((x) => col(x, 'text')).sort()).toEqual([
      'التضخم ما زال أعلى من المستهدف',
      'فواتير الكهرباء والمياه ارتفعت في الربع الأخير',
    ]);

    const ev = parseCsv(
      (await marsad('export', '--db', db, '--what', 'events', '--format', 'csv')).stdout.replace(
        /^\uFEFF/,
        '',
      ),
    );
    const eh = ev[0]!;
    const planned = ev
      .slice(1)
      .filter((x) => x[eh.indexOf('status')] === 'planned' && x[eh.indexOf('type')] === 'meeting');
    expect(planned.map((x) => x[eh.indexOf('date')])).toContain('2024-04-14');
  });

  it('stories: the article and its copy make one story, with a copy group', async () => {
    const r = await marsad('stories', '--db', db, '--rebuild', '--json');
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout) as {
      items: { title: string; articles: { id: number }[]; duplicateGroups: number[][] }[];
    };
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.title).toBe('القاهرة تستضيف قمة المياه العربية الشهر المقبل');
    expect(page.items[0]!.articles.map((a) => a.id).sort()).toEqual([1, 2]);
    expect(page.items[0]!.duplicateGroups).toEqual([[1, 2]]);
    const text = await marsad('stories', '--db', db);
    expect(text.stdout).toMatch(
      /story \d+: القاهرة تستضيف قمة المياه العربية الشهر المقبل {2}— 2 articles, 2024-03-10 … 2024-03-10/,
    );
  });
});

describe('marsad train-ner --dry-run on a tiny fictional corpus', () => {
  it('trains, scores on the given dev file and writes nothing', async () => {
    const model = path.join(PROJECT_ROOT, 'src', 'analyze', 'ner', 'model');
    const hash = () => {
      const h = createHash('sha256');
      for (const f of readdirSync(model).sort()) h.update(f).update(readFileSync(path.join(model, f)));
      return h.digest('hex');
    };
    const before = hash();
    const corpus = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ner-tiny');
    const r = await marsad(
      'train-ner',
      '--dry-run',
      '--train',
      path.join(corpus, 'train.txt'),
      '--dev',
      path.join(corpus, 'dev.txt'),
      '--epochs',
      '2',
      '--ensemble',
      '1',
      '--bits',
      '12',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/data: 12 train sentences, 4 dev sentences/);
    expect(r.stdout).toContain('(not written: --dry-run)');
    // dev.txt holds 8 entities, counted by hand: 4 PERS, 3 LOC, 1 ORG
    const overall = r.stdout
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('overall'))
      .at(-1)!
      .split(/\s+/);
    expect(Number(overall[4])).toBe(8);
    expect(Number(overall[3])).toBeGreaterThan(50);
    expect(hash()).toBe(before);
    const missing = await marsad(
      'train-ner',
      '--dry-run',
      '--train',
      path.join(corpus, 'nope.txt'),
      '--dev',
      path.join(corpus, 'dev.txt'),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/corpus file not found: .*nope\.txt/);
  }, 180_000);
});
