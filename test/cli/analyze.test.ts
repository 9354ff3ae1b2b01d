import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import type { MarsadDocument } from '../../src/doc/types.ts';

const BIN = path.join(PROJECT_ROOT, 'bin/marsad.js');
const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/structure/caption-credit/input.txt');

function marsad(
  args: string[],
  input?: string | Buffer,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-cli-'));

describe('marsad analyze', { timeout: 120_000 }, () => {
  it('prints the document JSON for a file', () => {
    const r = marsad(['analyze', FIXTURE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as MarsadDocument;
    expect(doc.text).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(doc.meta).toMatchObject({
      origin: FIXTURE,
      encoding: 'utf-8',
      format: 'text',
      referenceDate: '2023-03-14',
    });
    expect(doc.article.published?.value).toBe('2023-03-14');
    expect(doc.article.paragraphs).toHaveLength(3);
    expect(doc.tokens).toBeUndefined();
    for (const k of ['entities', 'quotes', 'times', 'events', 'sentences'] as const)
      expect(Array.isArray(doc[k])).toBe(true);
  });

  it('reads standard input with -, decodes windows-1256, and honours --date and --tokens', () => {
    const text = 'خبر قصير بلا تاريخ عن افتتاح مكتبة عامة جديدة في الحي الشمالي من المدينة.';
    const r = marsad(
      ['analyze', '-', '--date', '2020-01-02', '--tokens'],
      iconv.encode(text, 'windows-1256'),
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as MarsadDocument;
    expect(doc.text).toBe(text);
    expect(doc.meta).toMatchObject({ origin: null, encoding: 'windows-1256', referenceDate: '2020-01-02' });
    expect(Array.isArray(doc.tokens)).toBe(true);
  });

  it('prints a readable summary with --format text', () => {
    const r = marsad(['analyze', FIXTURE, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Headline:   وزراء النقل العرب يتفقون على خطة للسكك الحديدية');
    expect(r.stdout).toContain('Published:  2023-03-14');
    expect(r.stdout).toContain('Credit:     سلمى الراشد / فرانس برس');
    expect(r.stdout).toMatch(/Paragraphs: 3/);
  });

  it('explains what covers a piece of text', () => {
    const r = marsad(['explain', FIXTURE, '--grep', 'فرانس برس']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/credit\.agency\s+“فرانس برس”\s+← rule:credit\/agency/);
    const at = readFileSync(FIXTURE, 'utf8').indexOf('+ الخط -');
    const r2 = marsad(['explain', FIXTURE, '--at', String(at), '--json']);
    const list = JSON.parse(r2.stdout) as { kind: string; source: string }[];
    expect(list.some((a) => a.kind === 'boilerplate' && a.source === 'rule:boilerplate/line')).toBe(true);
  });

  it('routes HTML pages (by extension, or by their first bytes on stdin) to the HTML extractor', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>افتتاح مكتبة</title></head><body><article>' +
      '<h1>افتتاح مكتبة عامة في الحي</h1><p>افتتحت البلدية اليوم مكتبة عامة جديدة في الحي الشمالي تضم عشرة آلاف كتاب وقاعة للأطفال.</p>' +
      '<p>وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً من التاسعة صباحاً حتى التاسعة مساءً.</p></article></body></html>';
    const page = path.join(tmp, 'page.html');
    writeFileSync(page, html);
    for (const r of [marsad(['analyze', page]), marsad(['analyze', '-'], html)]) {
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as MarsadDocument;
      expect(doc.meta.format).toBe('html');
      expect(doc.text).not.toContain('<p>');
      expect(doc.text).toContain('افتتحت البلدية اليوم مكتبة عامة جديدة');
    }
  });

  it('fails with a clear message and its kind\'s exit code on bad input', () => {
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const e = marsad(['analyze', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/^marsad: .*empty\.txt is empty/);
    expect(e.stdout).toBe('');

    const png = path.join(tmp, 'image.png');
    writeFileSync(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const b = marsad(['analyze', png]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/binary file \(a PNG image\)/);

    // A limit, not a mistake in the call: LimitError's exit code.
    const big = marsad(['analyze', FIXTURE, '--max-bytes', '100']);
    expect(big.code).toBe(5);
    expect(big.stderr).toMatch(/over the 100 bytes limit.*--max-bytes/);

    expect(marsad(['analyze', path.join(tmp, 'nope.txt')]).stderr).toMatch(/does not exist/);
    const d = marsad(['analyze', FIXTURE, '--date', '2021-02-30']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/--date must be a real calendar date/);
    expect(marsad(['analyze', FIXTURE, '--format', 'xml']).stderr).toMatch(/unknown --format "xml"/);
    const ws = marsad(['analyze', '-'], ' \n \n');
    expect(ws.code).toBe(2);
    expect(ws.stderr).toMatch(/standard input contains only whitespace/);
  });
});
