/**
 * `marsad analyze` over many inputs, end to end through the compiled binary: a text article, an
 * HTML page, a feed, JSON lines with broken records, a missing file, and JSON lines on standard
 * input. Every input is fictional (written for these tests, or the project's own fixtures); the
 * expectations are what a reader of them knows: names, who said what, dates.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarsadDocument } from '../../src/doc/types.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

const BIN = path.join(PROJECT_ROOT, 'bin/marsad.js');
const A1 = path.join(PROJECT_ROOT, 'test/fixtures/cli/01-cairo-water-summit.txt');
const PAGE = path.join(PROJECT_ROOT, 'test/fixtures/html/agency-credit/source.html');

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار المدينة</title>
<item><title>افتتاح جسر النهر الجديد</title><link>https://example.org/bridge</link>
<pubDate>Tue, 04 Jun 2024 09:00:00 +0300</pubDate>
<description>افتتح المهندس كريم العطار جسر النهر الجديد يوم الثلاثاء، وقال العطار إن الجسر سيخفف الزحام.</description></item>
<item><title>مهرجان الكتاب</title><link>https://example.org/books</link>
<pubDate>Wed, 05 Jun 2024 10:00:00 +0300</pubDate>
<description>يبدأ مهرجان الكتاب في مدينة طرابلس يوم 20 يونيو 2024 بمشاركة مئة دار نشر.</description></item>
</channel></rss>
`;

const RECORD_1 = {
  title: 'وزير النقل يزور الميناء',
  date: '2024-02-01',
  text: 'زار وزير النقل نبيل الصافي ميناء العقبة اليوم الخميس، وقال الصافي: «سنوسع الأرصفة قبل الصيف».',
};
const RECORD_4 = { title: 'معرض الزهور', text: 'افتتحت بلدية عمّان معرض الزهور يوم 3 أبريل 2024 في الحديقة العامة.' };
const TOO_LONG = { title: 'نص طويل', text: 'سطر من نص طويل عن مشروع الري في القرى الجنوبية. '.repeat(600) };

interface ErrorLine {
  origin: string;
  error: { kind: string; code: string; message: string };
}
type Line = MarsadDocument | ErrorLine;

function marsad(args: string[], input?: string): { code: number | null; lines: Line[]; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: PROJECT_ROOT, timeout: 120_000 });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as Line);
  return { code: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

const origin = (l: Line): string => ('error' in l ? l.origin : (l.meta.origin ?? '?'));
const isDoc = (l: Line | undefined): l is MarsadDocument => !!l && 'text' in l;
const doc = (lines: Line[], o: string): MarsadDocument => {
  const d = lines.find((l) => origin(l) === o);
  if (!isDoc(d)) throw new Error(`no document for ${o}`);
  return d;
};
const names = (d: MarsadDocument) => d.entities.map((e) => `${e.type}:${e.name}`);
const times = (d: MarsadDocument) => Object.fromEntries(d.times.map((t) => [t.text, t.value]));

let dir: string;
let files: { page: string; feed: string; dump: string; missing: string };
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'marsad-batch-'));
  files = {
    page: path.join(dir, 'page.html'),
    feed: path.join(dir, 'feed.xml'),
    dump: path.join(dir, 'dump.jsonl'),
    missing: path.join(dir, 'missing.txt'),
  };
  copyFileSync(PAGE, files.page);
  writeFileSync(files.feed, FEED);
  writeFileSync(
    files.dump,
    [JSON.stringify(RECORD_1), '{"title": "سجل مكسور", "text": ', JSON.stringify(TOO_LONG), JSON.stringify(RECORD_4)].join('\n') + '\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('marsad analyze with many inputs', { timeout: 240_000 }, () => {
  it('writes one JSON line per document in input order, an error line for each broken one, and goes on', () => {
    const args = ['analyze', A1, files.page, files.feed, files.dump, files.missing, '--max-bytes', '20KB'];
    const r = marsad([...args, '--jobs', '2']);
    expect(r.lines.map(origin)).toEqual([
      A1,
      files.page,
      'https://example.org/bridge',
      'https://example.org/books',
      `${files.dump}:1`,
      `${files.dump}:2`,
      `${files.dump}:3`,
      `${files.dump}:4`,
      files.missing,
    ]);
    // The first failure is a record that is not JSON: InputError's exit code.
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('marsad: 3 of 9 documents could not be analysed');

    const errors = r.lines.filter((l): l is ErrorLine => 'error' in l);
    expect(errors.map((e) => [e.origin, e.error.kind, e.error.code])).toEqual([
      [`${files.dump}:2`, 'input', 'invalid_input'],
      [`${files.dump}:3`, 'limit', 'too_large'],
      [files.missing, 'user', 'invalid_request'],
    ]);
    expect(errors[0]!.error.message).toMatch(/invalid JSON line/);
    expect(errors[1]!.error.message).toMatch(/over the 20\.0 KB per-document limit/);
    expect(errors[2]!.error.message).toMatch(/does not exist/);

    // The text article: the same facts as `analyze FILE` finds (test/cli/commands.test.ts).
    const a1 = doc(r.lines, A1);
    expect(a1.article.published?.value).toBe('2024-03-10');
    expect(names(a1)).toEqual(expect.arrayContaining(['PER:سالم الكعبي', 'PER:ليلى حداد', 'LOC:القاهرة']));
    expect(a1.quotes).toHaveLength(2);
    expect(times(a1)['يوم 14 أبريل 2024']).toBe('2024-04-14');
    expect(a1.tokens).toBeUndefined();

    // The HTML page goes through the HTML extractor: its headline and date come from the markup.
    const page = doc(r.lines, files.page);
    expect(page.meta.format).toBe('html');
    expect(page.article.headline?.text).toBe('فرق الإنقاذ تواصل البحث عن مفقودين بعد السيول');
    expect(page.article.published?.value).toBe('2024-01-18');

    // Feed items: relative days resolve against each item's own date.
    const bridge = doc(r.lines, 'https://example.org/bridge');
    expect(names(bridge)).toContain('PER:كريم العطار');
    expect(times(bridge)['يوم الثلاثاء']).toBe('2024-06-04');
    expect(bridge.quotes.map((q) => q.text.text)).toEqual(['الجسر سيخفف الزحام']);
    const books = doc(r.lines, 'https://example.org/books');
    expect(names(books)).toContain('LOC:طرابلس');
    expect(times(books)['يوم 20 يونيو 2024']).toBe('2024-06-20');

    // JSON lines: the record's date is the reference date; the speaker of the quote is found.
    const port = doc(r.lines, `${files.dump}:1`);
    expect(port.meta.referenceDate).toBe('2024-02-01');
    expect(times(port)['اليوم الخميس']).toBe('2024-02-01');
    const who = port.quotes.map((q) => port.entities.find((e) => e.id === q.speaker.entity)?.name);
    expect(who).toEqual(['نبيل الصافي']);
    expect(times(doc(r.lines, `${files.dump}:4`))['يوم 3 أبريل 2024']).toBe('2024-04-03');

    // Worker threads change nothing but the speed: one job (this thread) answers the same bytes.
    const one = marsad(args);
    expect(one.code).toBe(3);
    expect(one.stdout).toBe(r.stdout);
  });

  it('reads JSON lines from standard input and keeps one article on standard input as before', () => {
    const input = [JSON.stringify(RECORD_1), 'not json', JSON.stringify(RECORD_4)].join('\n');
    const r = marsad(['analyze', '-', '--jobs', '2'], input);
    expect(r.lines.map(origin)).toEqual(['stdin:1', 'stdin:2', 'stdin:3']);
    expect(r.code).toBe(3);
    expect(names(doc(r.lines, 'stdin:1'))).toContain('PER:نبيل الصافي');
    expect(times(doc(r.lines, 'stdin:3'))['يوم 3 أبريل 2024']).toBe('2024-04-03');

    // Without --jobs, JSON lines on standard input are still many documents…
    const plain = marsad(['analyze', '-'], input);
    expect(plain.stdout).toBe(r.stdout);
    // …while an article on standard input is one document, pretty-printed as before.
    const one = spawnSync(process.execPath, [BIN, 'analyze', '-'], { input: RECORD_1.text, encoding: 'utf8' });
    expect(one.status).toBe(0);
    expect(one.stdout.startsWith('{\n')).toBe(true);
    expect((JSON.parse(one.stdout) as MarsadDocument).text).toBe(RECORD_1.text);
  });
});
