// @ts-nocheck
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedSource, parseFeed } from '../../src/extract/feed.ts';
import { fetchUrl, FetchError, USER_AGENT } from '../../src/extract/fetch.ts';
import { webSource } from '../../src/extract/html/web.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>أخبار الوادي</title>
<link>https://wadi.example/</link>
<item>
  <title>افتتاح سوق الحرفيين في الساحة القديمة</title>
  <link>https://wadi.example/news/101</link>
  <guid>wadi-101</guid>
  <pubDate>Tue, 14 Mar 2023 22:30:00 +0300</pubDate>
  <dc:creator>ليلى حداد</dc:creator>
  <description><![CDATA[<p>افتتحت البلدية <b>سوق الحرفيين</b> في الساحة القديمة.</p>]]></description>
  <content:encoded><![CDATA[<p>افتتحت البلدية سوق الحرفيين في الساحة القديمة بمشاركة خمسين حرفياً.</p><p>ويستمر السوق حتى نهاية الشهر.</p>]]></content:encoded>
</item>
<item>
  <title>انقطاع الكهرباء عن ثلاثة أحياء</title>
  <link>https://wadi.example/news/102</link>
  <pubDate>Wed, 15 Mar 2023 08:00:00 GMT</pubDate>
  <description>أعلنت شركة الكهرباء عن انقطاع مبرمج للتيار صباح الغد.</description>
</item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>مدونة الجبل</title>
  <link href="https://jabal.example/"/>
  <entry>
    <title type="html">رحلة إلى &lt;b&gt;القمة&lt;/b&gt;</title>
    <link rel="alternate" href="https://jabal.example/2022/05/summit"/>
    <link rel="edit" href="https://jabal.example/edit/9"/>
    <id>tag:jabal.example,2022:9</id>
    <published>2022-05-09T06:00:00+02:00</published>
    <updated>2022-05-10T06:00:00+02:00</updated>
    <author><name>سامر الخطيب</name></author>
    <summary>وصف قصير للرحلة.</summary>
    <content type="html">&lt;p&gt;صعدنا إلى القمة فجراً.&lt;/p&gt;&lt;p&gt;كان المنظر رائعاً.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('feeds: parsing', () => {
  it('RSS 2.0: link, title, RFC 822 date, author, HTML content to paragraphs', () => {
    const f = parseFeed(RSS);
    expect(f.kind).toBe('rss');
    expect(f.title).toBe('أخبار الوادي');
    expect(f.items).toHaveLength(2);
    const [a, b] = f.items;
    expect(a!.link).toBe('https://wadi.example/news/101');
    expect(a!.published).toBe('2023-03-14');
    expect(a!.author).toBe('ليلى حداد');
    expect(a!.summary).toBe('افتتحت البلدية سوق الحرفيين في الساحة القديمة.');
    expect(a!.paragraphs).toEqual(['افتتحت البلدية سوق الحرفيين في الساحة القديمة بمشاركة خمسين حرفياً.', 'ويستمر السوق حتى نهاية الشهر.']);
    expect(b!.published).toBe('2023-03-15');
    expect(b!.paragraphs).toEqual(['أعلنت شركة الكهرباء عن انقطاع مبرمج للتيار صباح الغد.']);
  });

  it('Atom: alternate link, ISO published date, HTML title and content', () => {
    const f = parseFeed(ATOM);
    expect(f.kind).toBe('atom');
    const e = f.items[0]!;
    expect(e.link).toBe('https://jabal.example/2022/05/summit');
    expect(e.title).toBe('رحلة إلى القمة');
    expect(e.published).toBe('2022-05-09');
    expect(e.author).toBe('سامر الخطيب');
    expect(e.paragraphs).toEqual(['صعدنا إلى القمة فجراً.', 'كان المنظر رائعاً.']);
  });

  it('a windows-1256 feed declared in the XML prolog', () => {
    const bytes = iconv.encode(RSS.replace('encoding="UTF-8"', 'encoding="windows-1256"'), 'windows-1256');
    const f = parseFeed(bytes);
    expect(f.encoding).toBe('windows-1256');
    expect(f.items[1]!.title).toBe('انقطاع الكهرباء عن ثلاثة أحياء');
  });

  it('entity bombs in a DOCTYPE are not expanded', () => {
    let ents = '<!ENTITY a0 "aaaaaaaaaa">';
    for (let i = 1; i < 10; i++) ents += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${ents}]><rss version="2.0"><channel><title>ت</title><item><title>&a9;</title><link>https://x.example/1</link></item></channel></rss>`;
    const f = parseFeed(xml);
    expect(f.items).toHaveLength(1);
    expect((f.items[0]!.title ?? '').length).toBeLessThan(100);
  });

  it('non-feeds are refused clearly', () => {
    expect(() => parseFeed('<html><body>x</body></html>')).toThrow(/neither RSS nor Atom/);
  });

  it('feedSource over a file yields articles with the date and spans into the text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-feed-'));
    try {
      const file = path.join(dir, 'feed.xml');
      writeFileSync(file, RSS);
      const got = [];
      for await (const a of feedSource(file)) got.push(a);
      expect(got).toHaveLength(2);
      const a = got[0]!;
      expect(a.published).toBe('2023-03-14');
      expect(a.url).toBe('https://wadi.example/news/101');
      expect(a.source).toBe('أخبار الوادي');
      const art = a.article;
      expect(art.headline?.text).toBe('افتتاح سوق الحرفيين في الساحة القديمة');
      expect(art.published?.value).toBe('2023-03-14');
      for (const s of [art.headline, art.published, art.byline, ...art.paragraphs]) {
        if (s) expect(a.text.slice(s.start, s.end)).toBe(s.text);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fetching from a local server (127.0.0.1)', () => {
  let server: Server;
  let base = '';
  const seen: { url: string; ua: string | undefined; inm: string | undefined; ims: string | undefined }[] = [];
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'marsad-fetch-'));
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      seen.push({
        url,
        ua: req.headers['user-agent'],
        inm: req.headers['if-none-match'] as string | undefined,
        ims: req.headers['if-modified-since'] as string | undefined,
      });
      if (url === '/rss') {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' }).end(RSS);
      } else if (url === '/dated') {
        const lm = 'Tue, 14 Mar 2023 20:00:00 GMT';
        if (req.headers['if-modified-since'] === lm) {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': lm }).end(ATOM);
      } else if (url.startsWith('/hop/')) {
        const n = Number(url.slice(5));
        if (n === 0) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
        else res.writeHead(302, { location: `/hop/${n - 1}` }).end();
      } else if (url === '/big') {
        // Streamed without Content-Length: the limit must be enforced while reading.
        res.writeHead(200, { 'content-type': 'text/html' });
        let i = 0;
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const write = (): void => {
          while (i < 64) {
            i++;
            if (!res.write(chunk)) {
              res.once('drain', write);
              return;
            }
          }
          res.end();
        };
        write();
      } else if (url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html>');
        setTimeout(() => res.end('</html>'), 3000).unref();
      } else if (url === '/page') {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=windows-1256' })
          .end(
            iconv.encode(
              '<html><head><title>خبر من الخادم</title></head><body><article><h1>خبر من الخادم</h1><p>وصل الخبر عبر الشبكة المحلية في اختبار الجلب المهذب، مع عنوان ترميز صحيح في رأس الاستجابة دون إعلان في الصفحة نفسها.</p></article></body></html>',
              'windows-1256',
            ),
          );
      } else if (url === '/missing') {
        res.writeHead(404).end('no');
      } else {
        res.writeHead(500).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a polite User-Agent', async () => {
    await fetchUrl(`${base}/rss`);
    expect(seen.at(-1)!.ua).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^marsad\/\d/);
  });

  it('remembers the ETag and gets 304 on re-fetch; feedSource then yields nothing', async () => {
    const cacheFile = path.join(dir, 'etag-cache.json');
    const first = await fetchUrl(`${base}/rss`, { cacheFile });
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"v1"');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))[`${base}/rss`].etag).toBe('"v1"');
    const again = await fetchUrl(`${base}/rss`, { cacheFile });
    expect(seen.at(-1)!.inm).toBe('"v1"');
    expect(again.notModified).toBe(true);
    expect(again.status).toBe(304);
    const items = [];
    for await (const a of feedSource(`${base}/rss`, { cacheFile })) items.push(a);
    expect(items).toEqual([]);
    const fresh = [];
    for await (const a of feedSource(`${base}/rss`)) fresh.push(a);
    expect(fresh).toHaveLength(2);
  });

  it('sends If-Modified-Since from a remembered Last-Modified', async () => {
    const cacheFile = path.join(dir, 'lm-cache.json');
    expect((await fetchUrl(`${base}/dated`, { cacheFile })).status).toBe(200);
    const again = await fetchUrl(`${base}/dated`, { cacheFile });
    expect(seen.at(-1)!.ims).toBe('Tue, 14 Mar 2023 20:00:00 GMT');
    expect(again.notModified).toBe(true);
  });

  it('follows up to the redirect cap, and stops past it', async () => {
    const ok = await fetchUrl(`${base}/hop/5`, { maxRedirects: 5 });
    expect(ok.status).toBe(200);
    expect(ok.redirects).toBe(5);
    expect(ok.url).toBe(`${base}/hop/0`);
    await expect(fetchUrl(`${base}/hop/6`, { maxRedirects: 5 })).rejects.toMatchObject({ reason: 'redirects' });
  });

  it('aborts a download past the size limit', async () => {
    const err = await fetchUrl(`${base}/big`, { maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).reason).toBe('too-large');
    const ok = await fetchUrl(`${base}/big`, { maxBytes: 8 * 1024 * 1024 });
    expect(ok.body.byteLength).toBe(64 * 64 * 1024);
  });

  it('times out a server that stalls', async () => {
    const err = await fetchUrl(`${base}/slow`, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).reason).toBe('timeout');
  });

  it('HTTP errors and bad URLs are clear errors', async () => {
    await expect(fetchUrl(`${base}/missing`)).rejects.toMatchObject({ reason: 'http', status: 404 });
    await expect(fetchUrl('ftp://x.example/feed')).rejects.toMatchObject({ reason: 'url' });
  });

  it('webSource reads a page with the charset from the HTTP header', async () => {
    const got = [];
    for await (const a of webSource(`${base}/page`, { cacheFile: null })) got.push(a);
    expect(got).toHaveLength(1);
    const a = got[0] as { text: string; encoding: string; url: string };
    expect(a.encoding).toBe('windows-1256');
    expect(a.text).toContain('الشبكة المحلية');
    expect(a.url).toBe(`${base}/page`);
  });

  it('webSource reads a feed URL', async () => {
    const got = [];
    for await (const a of webSource(`${base}/dated`, { cacheFile: null })) got.push(a);
    expect(got).toHaveLength(1);
    expect((got[0] as { published: string }).published).toBe('2022-05-09');
  });
});
