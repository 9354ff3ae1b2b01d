import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPath } from '../../../src/extract/sources/index.ts';

const PAGE = (title: string): string =>
  `<!DOCTYPE html><html lang="ar"><head><title>${title}</title><meta property="article:published_time" content="2024-02-02T08:00:00+03:00"></head>` +
  `<body><article><h1>${title}</h1><p>نص خبر قصير مكتوب للاختبار عن افتتاح مركز ثقافي جديد في الحي الغربي بحضور عدد من الكتاب والفنانين.</p></article></body></html>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة الحي</title>
<item><title>خبر الخلاصة الأول</title><link>https://hay.example/1</link><pubDate>Sat, 03 Feb 2024 10:00:00 +0300</pubDate><description>وصف الخبر الأول.</description></item>
</channel></rss>`;

function warcRecord(uri: string, html: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('sources dispatch: pages, feeds, crawls and URLs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-src-'));
  let server: Server;
  let base = '';

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.html'), PAGE('صفحة محفوظة'));
    writeFileSync(path.join(dir, 'in', 'b.htm'), PAGE('صفحة ثانية'));
    writeFileSync(path.join(dir, 'in', 'c.rss'), RSS);
    writeFileSync(path.join(dir, 'in', 'd.warc.gz'), gzipSync(warcRecord('https://arch.example/x', PAGE('صفحة من الأرشيف'))));
    writeFileSync(path.join(dir, 'in', 'e.tar.gz'), gzipSync(Buffer.from('not a crawl')));
    server = createServer((req, res) => {
      if (req.url === '/page') {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
        else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end(PAGE('صفحة من الشبكة'));
      }
      else if (req.url === '/rss') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a folder of .html, .htm, .rss and .warc.gz files', async () => {
    const errors: string[] = [];
    const got = await all(expandPath(path.join(dir, 'in'), { onError: (o, r) => errors.push(`${path.basename(o)}: ${r}`) }));
    expect(got.map((a) => a.title)).toEqual(['صفحة محفوظة', 'صفحة ثانية', 'خبر الخلاصة الأول', 'صفحة من الأرشيف']);
    expect(got.map((a) => a.format)).toEqual(['html', 'html', 'feed', 'html']);
    expect(got[0]!.published).toBe('2024-02-02');
    expect(got[2]!.url).toBe('https://hay.example/1');
    expect(got[3]!.origin).toBe('https://arch.example/x');
    // A gzip file that is not a crawl has no handler: the walk passes over it.
    expect(errors).toEqual([]);
  });

  it('http(s) URLs: a page and a feed', async () => {
    const page = await all(expandPath(`${base}/page`));
    expect(page.map((a) => a.title)).toEqual(['صفحة من الشبكة']);
    // without a validator file (the option the CLI fills from MARSAD_FETCH_CACHE) every fetch is whole
    expect((await all(expandPath(`${base}/page`))).length).toBe(1);
    // with one, the second fetch is conditional, and an unchanged page yields nothing
    const fetchCache = path.join(dir, 'fetch-cache.json');
    expect((await all(expandPath(`${base}/page`, { fetchCache }))).length).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(fetchCache, 'utf8')) as object)).toEqual([`${base}/page`]);
    expect(await all(expandPath(`${base}/page`, { fetchCache }))).toEqual([]);
    const feed = await all(expandPath(`${base}/rss`));
    expect(feed.map((a) => a.published)).toEqual(['2024-02-03']);
    const errors: string[] = [];
    expect(await all(expandPath(`${base}/missing`, { onError: (_o, r) => errors.push(r) }))).toEqual([]);
    expect(errors[0]).toMatch(/404/);
  });
});
