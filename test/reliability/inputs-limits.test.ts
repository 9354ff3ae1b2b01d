/**
 * Issue 16 item 6: one per-document limit on every path (file, stdin, ZIP member, JSON record,
 * WARC record, feed item, URL body), read in bounded chunks: `analyze -` stops reading standard
 * input at the limit instead of holding all of it first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPath, type ExpandOptions, type RawArticle } from '../../src/extract/sources/index.ts';
import { MAX_DOCUMENT_BYTES } from '../../src/extract/limits.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const MiB = 1024 * 1024;

// Fictional text written for these tests.
const LINE = 'أعلنت البلدية عن خطة لزراعة ألف شجرة في الحدائق العامة خلال فصل الربيع المقبل.\n';
const arabic = (bytes: number): Buffer => {
  const one = Buffer.from(LINE);
  return Buffer.concat(Array<Buffer>(Math.ceil(bytes / one.length)).fill(one)).subarray(0, bytes);
};
const SMALL = { title: 'خبر قصير', text: LINE };

let dir: string;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'marsad-limits-'));
  server = createServer((req, res) => {
    // A .jsonl "dump" that never ends: the reader must stop at its limit.
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const rec = Buffer.from(JSON.stringify(SMALL) + '\n');
    let sent = 0;
    const pump = () => {
      while (sent < 200 * MiB) {
        sent += rec.length * 1000;
        if (!res.write(Buffer.concat(Array<Buffer>(1000).fill(rec)))) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    req.socket.on('error', () => undefined);
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

async function expand(p: string, opts: ExpandOptions = {}): Promise<{ got: RawArticle[]; errors: string[] }> {
  const errors: string[] = [];
  const got: RawArticle[] = [];
  for await (const a of expandPath(p, { ...opts, onError: (o, r) => errors.push(`${o.replace(dir + path.sep, '')}: ${r}`) })) got.push(a);
  return { got, errors };
}

describe('analyze - (standard input)', () => {
  it('stops reading at the limit, says so, and never holds the whole input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'child-rss.ts'), 'cli', 'analyze', '-'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.stdout.resume();
    child.stdin.on('error', () => undefined); // EPIPE once the child stops reading
    const chunk = arabic(MiB);
    let sent = 0;
    const done = new Promise<number | null>((r) => child.on('close', r));
    for (; sent < 300 && !child.stdin.destroyed && child.exitCode === null; sent++) {
      if (!child.stdin.write(chunk)) {
        // Wait for drain or the child's end, and take both listeners off again: one wait per MiB
        // would otherwise leave a 'close' listener behind each time (MaxListenersExceededWarning).
        await new Promise<void>((r) => {
          const go = () => {
            child.stdin.off('drain', go);
            child.off('close', go);
            r();
          };
          child.stdin.once('drain', go);
          child.once('close', go);
        });
      }
    }
    child.stdin.end();
    const code = await done;
    expect(code, err).toBe(5); // LimitError
    expect(err).toMatch(/standard input is more than 20\.0 MB, over the 20\.0 MB per-document limit/);
    expect(sent).toBeLessThan(300);
    const rss = Number(/MAXRSS=(\d+)/.exec(err)?.[1] ?? Infinity);
    console.info(`analyze -: stopped after ${sent} MiB were offered; peak RSS ${(rss / MiB).toFixed(0)} MiB`);
    expect(rss).toBeLessThan(200 * MiB);
  });
});

describe('ingest paths', () => {
  it('a text or HTML file over the limit is refused before it is read', async () => {
    writeFileSync(path.join(dir, 'big.txt'), arabic(MAX_DOCUMENT_BYTES + 1));
    const a = await expand(path.join(dir, 'big.txt'));
    expect(a.got).toEqual([]);
    expect(a.errors).toEqual(['big.txt: is 20.0 MB, over the 20.0 MB per-document limit; split it into articles']);
    writeFileSync(path.join(dir, 'big.html'), Buffer.concat([Buffer.from('<html><body><p>'), arabic(MAX_DOCUMENT_BYTES + 1)]));
    const b = await expand(path.join(dir, 'big.html'));
    expect(b.got).toEqual([]);
    expect(b.errors).toEqual([expect.stringMatching(/^big\.html: is 20\.0 MB, over the 20\.0 MB per-document limit/)]);
  });

  it('JSONL lines and JSON array records over the limit are skipped and named; the others are read', async () => {
    const recs = [SMALL, { title: 'خبر طويل', text: arabic(3000).toString() }, { ...SMALL, title: 'خبر ثالث' }];
    writeFileSync(path.join(dir, 'dump.jsonl'), recs.map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(path.join(dir, 'dump.json'), JSON.stringify(recs));
    const l = await expand(path.join(dir, 'dump.jsonl'), { maxDocumentBytes: 2000 });
    expect(l.got.map((a) => a.title)).toEqual(['خبر قصير', 'خبر ثالث']);
    expect(l.errors).toEqual([expect.stringMatching(/^dump\.jsonl:2: the record's text is 2\.9 KB, over the 2\.0 KB per-document limit/)]);
    const j = await expand(path.join(dir, 'dump.json'), { maxDocumentBytes: 2000 });
    expect(j.got.map((a) => a.title)).toEqual(['خبر قصير', 'خبر ثالث']);
    expect(j.errors).toEqual([expect.stringMatching(/^dump\.json#1: the record's text is 2\.9 KB, over the 2\.0 KB per-document limit/)]);
  });

  it('a WARC record over the limit is skipped and named, the next one is read', async () => {
    const page = (t: string, body: string) =>
      Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<!DOCTYPE html><html lang="ar"><head><title>${t}</title></head><body><article><h1>${t}</h1><p>${body}</p></article></body></html>`);
    const rec = (uri: string, block: Buffer) =>
      Buffer.concat([
        Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${block.length}\r\n\r\n`),
        block,
        Buffer.from('\r\n\r\n'),
      ]);
    writeFileSync(
      path.join(dir, 'crawl.warc'),
      Buffer.concat([rec('https://news.example/big', page('صفحة كبيرة', arabic(6000).toString())), rec('https://news.example/ok', page('صفحة عادية', LINE.repeat(3)))]),
    );
    const w = await expand(path.join(dir, 'crawl.warc'), { maxDocumentBytes: 4000 });
    expect(w.got.map((a) => a.url)).toEqual(['https://news.example/ok']);
    expect(w.errors).toEqual([expect.stringMatching(/^crawl\.warc!https:\/\/news\.example\/big: the record is 6\.\d KB, over the 3\.9 KB per-document limit; skipped/)]);
  });

  it('a feed item over the limit is skipped and named, the others are read', async () => {
    const item = (t: string, d: string) => `<item><title>${t}</title><link>https://news.example/${encodeURIComponent(t)}</link><description>${d}</description></item>`;
    writeFileSync(
      path.join(dir, 'feed.rss'),
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>الواحة</title>${item('أول', LINE)}${item('كبير', arabic(6000).toString())}${item('أخير', LINE)}</channel></rss>`,
    );
    const f = await expand(path.join(dir, 'feed.rss'), { maxDocumentBytes: 4000 });
    expect(f.got.map((a) => a.title)).toEqual(['أول', 'أخير']);
    expect(f.errors).toEqual([expect.stringMatching(/^feed\.rss#1: the feed item's text is 5\.\d KB, over the 3\.9 KB per-document limit; skipped/)]);
  });

  it('a URL that sends without end is cut off at the limit and reported', async () => {
    const u = await expand(`${base}/dump.jsonl`);
    expect(u.got).toEqual([]);
    expect(u.errors).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/dump\.jsonl: .* is more than 32\.\d MB, over the 32\.0 MB limit on one download/)]);
  });
});
