/**
 * Issue 16 item 5: ZIP bombs. Archives are made at test time in a temp dir (see zip-bombs.ts);
 * the reading runs in a child process that reports its own peak RSS, which must stay under
 * 300 MB whatever the archive, while every member past a limit is skipped with an error naming
 * it and the good members around it are still read.
 */
// @ts-nocheck

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { expandPath, type RawArticle } from '../../src/extract/sources/index.ts';
import { MiB, mibOf, variedMib, writeBombZip } from './zip-bombs.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

// Fictional article text written for these tests.
const OK = (n: number) =>
  Buffer.from(`افتتاح سوق شعبي رقم ${n}\n\nافتتحت بلدية مدينة الواحة سوقاً شعبياً جديداً يضم مئة متجر للحرف اليدوية والمنتجات المحلية.`);
const ARABIC = 'قال المتحدث باسم البلدية إن أعمال الصيانة في الشارع الرئيسي ستنتهي قبل نهاية الشهر المقبل. ';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'marsad-bombs-'));
  const bombs = path.join(dir, 'bombs');
  mkdirSync(bombs);
  const zeros = Buffer.alloc(MiB);
  // The cases, scaled so that reading them whole costs well over 300 MB. Some headers
  // lie about the uncompressed size, as a bomb's would: only the bytes that come out count.
  writeBombZip(path.join(bombs, 'zeros.zip'), [
    { name: 'ok-1.txt', chunk: OK(1), mib: 0 },
    { name: 'zeros.txt', chunk: zeros, mib: 512, declare: 1000 },
    { name: 'ok-2.txt', chunk: OK(2), mib: 0 },
  ]);
  writeBombZip(path.join(bombs, 'four.zip'), [
    ...[1, 2, 3, 4].map((i) => ({ name: `big-${i}.txt`, chunk: zeros, mib: 128 })),
    { name: 'ok.txt', chunk: OK(3), mib: 0 },
  ]);
  writeBombZip(path.join(bombs, 'arabic.zip'), [
    { name: 'arabic.txt', chunk: mibOf(ARABIC), mib: 300, declare: 1000 },
    { name: 'ok.txt', chunk: OK(4), mib: 0 },
  ]);
  // Ordinary compression ratios, but too big: one member past the per-member limit (32 MiB),
  // one under it but past the per-document limit (20 MiB).
  writeBombZip(path.join(bombs, 'varied.zip'), [
    { name: 'varied-80.jsonl', chunk: variedMib(1), mib: 80, declare: 1000 },
    { name: 'varied-24.txt', chunk: variedMib(2), mib: 24 },
    { name: 'ok.txt', chunk: OK(5), mib: 0 },
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runChild(args: string[]): { out: string; err: string; status: number | null; maxRss: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'child-rss.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const m = /MAXRSS=(\d+)/.exec(r.stderr);
  return { out: r.stdout, err: r.stderr, status: r.status, maxRss: m ? Number(m[1]) : Infinity };
}

describe('ZIP bombs', () => {
  it('are skipped member by member with an error naming each, under 300 MB of peak RSS', () => {
    const r = runChild(['expand', path.join(dir, 'bombs')]);
    expect(r.status, r.err).toBe(0);
    const { articles, errors } = JSON.parse(r.out) as {
      articles: Array<{ origin: string; chars: number }>;
      errors: Array<{ origin: string; reason: string }>;
    };
    const rel = (o: string) => path.relative(path.join(dir, 'bombs'), o);
    expect(articles.map((a) => rel(a.origin)).sort()).toEqual(
      ['arabic.zip!ok.txt', 'four.zip!ok.txt', 'varied.zip!ok.txt', 'zeros.zip!ok-1.txt', 'zeros.zip!ok-2.txt'].sort(),
    );
    const why = Object.fromEntries(errors.map((e) => [rel(e.origin), e.reason]));
    expect(Object.keys(why).sort()).toEqual(
      [
        'arabic.zip!arabic.txt',
        'four.zip!big-1.txt',
        'four.zip!big-2.txt',
        'four.zip!big-3.txt',
        'four.zip!big-4.txt',
        'varied.zip!varied-24.txt',
        'varied.zip!varied-80.jsonl',
        'zeros.zip!zeros.txt',
      ].sort(),
    );
    expect(why['zeros.zip!zeros.txt']).toMatch(/ZIP bomb/);
    expect(why['arabic.zip!arabic.txt']).toMatch(/ZIP bomb/);
    for (let i = 1; i <= 4; i++) expect(why[`four.zip!big-${i}.txt`]).toMatch(/declares 128\.0 MB uncompressed, over the 20\.0 MB per-document limit/);
    expect(why['varied.zip!varied-80.jsonl']).toMatch(/unpacks to more than 32\.0 MB, over the per-member limit/);
    expect(why['varied.zip!varied-24.txt']).toMatch(/over the 20\.0 MB per-document limit/);
    console.info(`bombs: peak RSS of the reading child ${(r.maxRss / MiB).toFixed(0)} MiB`);
    expect(r.maxRss).toBeLessThan(300 * MiB);
  });
});

async function all(p: string, opts: Parameters<typeof expandPath>[1] = {}): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const a of expandPath(p, opts)) out.push(a);
  return out;
}

describe('ZIP limits in process', () => {
  it('past the total limit, the member that crosses it and the rest are skipped and named', async () => {
    const file = path.join(dir, 'total.zip');
    writeBombZip(
      file,
      [1, 2, 3, 4, 5].map((i) => ({ name: `part-${i}.txt`, chunk: variedMib(10 + i).subarray(0, 300 * 1024), mib: 0 })),
    );
    const errors: string[] = [];
    const got = await all(file, { zipLimits: { maxTotalBytes: MiB }, onError: (o, r) => errors.push(`${path.basename(o)}: ${r}`) });
    expect(got.map((a) => path.basename(a.origin))).toEqual(['total.zip!part-1.txt', 'total.zip!part-2.txt', 'total.zip!part-3.txt']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^total\.zip!part-4\.txt: the archive unpacks to more than 1\.0 MB in all/);
    expect(errors[1]).toMatch(/^total\.zip!part-5\.txt: skipped: the archive already passed its total size limit/);
  });

  it('a member whose header declares more than the member limit is skipped before it is inflated', async () => {
    const file = path.join(dir, 'declared.zip');
    writeBombZip(file, [
      { name: 'a.txt', chunk: variedMib(3), mib: 2 },
      { name: 'b.txt', chunk: OK(6), mib: 0 },
    ]);
    const errors: string[] = [];
    const got = await all(file, { zipLimits: { maxMemberBytes: MiB }, onError: (o, r) => errors.push(`${path.basename(o)}: ${r}`) });
    expect(got.map((a) => path.basename(a.origin))).toEqual(['declared.zip!b.txt']);
    expect(errors).toEqual([expect.stringMatching(/^declared\.zip!a\.txt: declares 2\.0 MB uncompressed, over the 1\.0 MB per-member limit/)]);
  });

  it('a ZIP inside a ZIP is read with the same limits', async () => {
    const inner = zipSync({ 'in.txt': OK(7), 'zeros.txt': new Uint8Array(4 * MiB) });
    const file = path.join(dir, 'nested.zip');
    writeBombZip(file, [{ name: 'inner.zip', chunk: Buffer.from(inner), mib: 0 }]);
    const errors: string[] = [];
    const got = await all(file, { onError: (o, r) => errors.push(`${path.basename(o)}: ${r}`) });
    expect(got.map((a) => path.basename(a.origin))).toEqual(['nested.zip!inner.zip!in.txt']);
    expect(errors).toEqual([expect.stringMatching(/^nested\.zip!inner\.zip!zeros\.txt: .*ZIP bomb/)]);
  });

  it('an archive that is not a ZIP, or cut short, is reported and what came before it is kept', async () => {
    const good = zipSync({ 'a.txt': OK(8), 'b.txt': OK(9), 'c.txt': strToU8('x'.repeat(5000)) }, { level: 0 });
    const file = path.join(dir, 'cut.zip');
    writeBombZip(file, []);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, good.subarray(0, good.length - 2000));
    const errors: string[] = [];
    const got = await all(file, { onError: (o, r) => errors.push(`${path.basename(o)}: ${r}`) });
    expect(got.map((a) => path.basename(a.origin))).toEqual(['cut.zip!a.txt', 'cut.zip!b.txt']);
    expect(errors).toEqual([expect.stringMatching(/^cut\.zip: unreadable zip/)]);
  });
});
