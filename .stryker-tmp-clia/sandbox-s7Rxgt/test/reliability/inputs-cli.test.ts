/**
 * Issue 16 item 9: the CLI with bad input. Piping into `head` exits quietly; ingesting empty
 * input says so and fails; a missing path leaves no database file; a WARC record that claims
 * more bytes than it holds is reported; a cut-short JSON array keeps the records before the break.
 */
// @ts-nocheck

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPath, type RawArticle } from '../../src/extract/sources/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'marsad.js');

// Fictional articles written for these tests.
const PARA = 'افتتح وزير النقل سامر العلي صباح الأحد محطة القطار الجديدة في مدينة الواحة، وقال إنها ستخدم عشرة آلاف راكب يومياً.';
const ARTICLE = `افتتاح محطة قطار في الواحة\n\n${Array.from({ length: 40 }, () => PARA).join('\n\n')}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'marsad-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function marsad(args: string[]): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, MARSAD_DB: '' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

async function expand(p: string): Promise<{ got: RawArticle[]; errors: string[] }> {
  const errors: string[] = [];
  const got: RawArticle[] = [];
  for await (const a of expandPath(p, { onError: (o, r) => errors.push(`${o.replace(dir + path.sep, '')}: ${r}`) })) got.push(a);
  return { got, errors };
}

describe('CLI and bad input', () => {
  it('marsad … | head exits quietly, without an EPIPE stack trace', () => {
    const f = path.join(dir, 'long.txt');
    writeFileSync(f, ARTICLE);
    // The document JSON with tokens is far bigger than a pipe's buffer: head leaves mid-write.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" analyze --tokens "${f}" 2>"${dir}/err.txt" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    const err = spawnSync('cat', [path.join(dir, 'err.txt')], { encoding: 'utf8' }).stdout;
    expect(err).not.toMatch(/EPIPE|Unhandled|at /);
    expect(err).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });

  it('ingest of an empty or whitespace-only file says so and exits non-zero', () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\r\n  \n');
    const r = marsad(['ingest', 'empty.txt', 'blank.txt', '--db', path.join(dir, 'empty.db'), '--workers', '0', '--no-progress']);
    expect(r.status, r.out + r.err).toBe(1);
    expect(r.out).toMatch(/empty\.txt: is empty \(0 bytes\)/);
    expect(r.out).toMatch(/blank\.txt: contains only whitespace/);
    expect(r.err).toMatch(/nothing to ingest/);
  });

  it('ingest of a path that does not exist fails and leaves no database file behind', () => {
    const db = path.join(dir, 'never.db');
    const r = marsad(['ingest', path.join(dir, 'no-such-folder'), '--db', db, '--workers', '0', '--no-progress']);
    expect(r.status).not.toBe(0);
    expect(r.err).toMatch(/no-such-folder does not exist; check the path/);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('a WARC record that claims more bytes than it holds is reported, and the next record is still read', async () => {
    const page = (t: string) =>
      Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<!DOCTYPE html><html lang="ar"><head><title>${t}</title></head><body><article><h1>${t}</h1><p>${PARA}</p></article></body></html>`);
    const rec = (uri: string, block: Buffer, claim = block.length) =>
      Buffer.concat([
        Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${claim}\r\n\r\n`),
        block,
        Buffer.from('\r\n\r\n'),
      ]);
    const one = page('محطة القطار');
    const two = page('مكتبة الحي');
    const f = path.join(dir, 'short.warc');
    writeFileSync(f, Buffer.concat([rec('https://news.example/one', one, one.length + 400), rec('https://news.example/two', two), Buffer.alloc(500, 0x0a)]));
    const { got, errors } = await expand(f);
    expect(got.map((a) => a.url)).toEqual(['https://news.example/two']);
    expect(errors).toEqual([`short.warc!https://news.example/one: the record claims ${one.length + 400} bytes but holds ${one.length} (the next record starts inside it); skipped`]);
  });

  it('a WARC file cut inside its last record reports that record and keeps the ones before', async () => {
    const page = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html lang="ar"><body><article><h1>عنوان</h1><p>${PARA}</p></article></body></html>`);
    const rec = (uri: string) =>
      Buffer.concat([Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${page.length}\r\n\r\n`), page, Buffer.from('\r\n\r\n')]);
    const whole = Buffer.concat([rec('https://news.example/a'), rec('https://news.example/b')]);
    const f = path.join(dir, 'cut.warc');
    writeFileSync(f, whole.subarray(0, whole.length - 100));
    const { got, errors } = await expand(f);
    expect(got.map((a) => a.url)).toEqual(['https://news.example/a']);
    expect(errors).toEqual([expect.stringMatching(/^cut\.warc!https:\/\/news\.example\/b: truncated WARC file: the last record claims \d+ bytes but holds \d+; skipped$/)]);
  });

  it('a JSON array cut short keeps the records before the break and reports the break', async () => {
    const recs = [1, 2, 3].map((i) => ({ title: `خبر رقم ${i}`, text: `${PARA} [${i}] {"x": "]"}`, url: `https://news.example/${i}` }));
    const json = JSON.stringify(recs, null, 1);
    const f = path.join(dir, 'cut.json');
    writeFileSync(f, json.slice(0, json.indexOf('خبر رقم 3') + 4));
    const { got, errors } = await expand(f);
    expect(got.map((a) => a.url)).toEqual(['https://news.example/1', 'https://news.example/2']);
    expect(got[1]!.text).toBe(`خبر رقم 2\n\n${recs[1]!.text}`);
    expect(errors).toEqual([expect.stringMatching(/^cut\.json: the JSON array is cut short at character \d+ \(.*\); the 2 records before the break were read$/)]);
  });
});
