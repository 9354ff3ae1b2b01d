// @ts-nocheck
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { warcHandler, warcResponses, warcSource } from '../../src/extract/warc.ts';

function record(type: string, uri: string | null, block: Buffer, extra: Record<string, string> = {}): Buffer {
  const headers = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    'WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>',
    'WARC-Date: 2023-04-01T10:00:00Z',
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]);
}

function http(status: string, contentType: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
}

const page = (title: string, para: string): string =>
  `<!DOCTYPE html><html lang="ar"><head><title>${title}</title><meta property="article:published_time" content="2023-03-31T09:00:00+03:00"></head>` +
  `<body><article><h1>${title}</h1><p>${para}</p></article></body></html>`;

const PAGE1 = page('بدء موسم الصيد في البحيرة', 'أعلنت وزارة الزراعة بدء موسم الصيد في البحيرة الكبرى اعتباراً من مطلع الشهر، مع تحديد كميات يومية لكل قارب حفاظاً على الثروة السمكية.');
const PAGE2 = page('مكتبة متنقلة تجوب القرى', 'انطلقت مكتبة متنقلة تجوب القرى الجبلية مرتين في الأسبوع، وتحمل أكثر من ألف كتاب للأطفال والكبار، ضمن مبادرة أهلية لتشجيع القراءة.');

const RECORDS = [
  record('warcinfo', null, Buffer.from('software: marsad-test\r\n'), { 'Content-Type': 'application/warc-fields' }),
  record('request', 'https://news.example/a', Buffer.from('GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n'), { 'Content-Type': 'application/http; msgtype=request' }),
  record('response', 'https://news.example/a', http('200 OK', 'text/html; charset=utf-8', Buffer.from(PAGE1)), { 'Content-Type': 'application/http; msgtype=response' }),
  record('response', 'https://news.example/logo.png', http('200 OK', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))),
  record('response', 'https://news.example/gone', http('404 Not Found', 'text/html', Buffer.from('<html><body>لا توجد</body></html>'))),
  record('metadata', 'https://news.example/a', Buffer.from('outlink: https://news.example/b\r\n')),
  record('response', 'https://news.example/b', http('200 OK', 'text/html; charset=windows-1256', iconv.encode(PAGE2, 'windows-1256'))),
];

const dir = mkdtempSync(path.join(tmpdir(), 'marsad-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('WARC', () => {
  it('.warc: yields only the HTML 200 responses, with URL and charset from the HTTP headers', async () => {
    const file = path.join(dir, 'crawl.warc');
    writeFileSync(file, Buffer.concat(RECORDS));
    const rs = await all(warcResponses(file));
    expect(rs.map((r) => r.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
    expect(rs[1]!.contentType).toBe('text/html; charset=windows-1256');
    const arts = await all(warcSource(file));
    expect(arts.map((a) => a.title)).toEqual(['بدء موسم الصيد في البحيرة', 'مكتبة متنقلة تجوب القرى']);
    expect(arts[1]!.encoding).toBe('windows-1256');
    expect(arts[1]!.text).toContain('لتشجيع القراءة');
    expect(arts[0]!.published).toBe('2023-03-31');
    expect(arts[0]!.origin).toBe('https://news.example/a');
  });

  it('.warc.gz with one gzip member per record (concatenated)', async () => {
    const file = path.join(dir, 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat(RECORDS.map((r) => gzipSync(r))));
    const arts = await all(warcSource(file));
    expect(arts.map((a) => a.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
  });

  it('.warc.gz gzipped whole, read from memory by the sources handler', async () => {
    const arts = await all(warcHandler(gzipSync(Buffer.concat(RECORDS)), 'mem.warc.gz'));
    expect(arts).toHaveLength(2);
    expect(arts[0]!.article.headline?.text).toBe('بدء موسم الصيد في البحيرة');
  });

  it('a truncated file is a clear error', async () => {
    const file = path.join(dir, 'cut.warc');
    const whole = Buffer.concat(RECORDS);
    writeFileSync(file, whole.subarray(0, whole.length - 200));
    await expect(all(warcSource(file))).rejects.toThrow(/truncated WARC/);
  });

  it('a file that is not WARC is a clear error', async () => {
    const file = path.join(dir, 'not.warc');
    writeFileSync(file, 'hello\r\n\r\nworld');
    await expect(all(warcSource(file))).rejects.toThrow(/not a WARC file/);
  });

  it('a page that breaks a limit is skipped and reported, the rest goes on', async () => {
    const deep = page('صفحة عميقة', 'نص').replace('<article>', '<article>' + '<div>'.repeat(300));
    const recs = [record('response', 'https://news.example/deep', http('200 OK', 'text/html', Buffer.from(deep))), RECORDS[2]!];
    const errors: string[] = [];
    const arts = await all(warcHandler(Buffer.concat(recs), 'mem.warc', { onError: (o, why) => errors.push(`${o}: ${why}`), limits: { maxDepth: 200 } }));
    expect(arts.map((a) => a.url)).toEqual(['https://news.example/a']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^mem\.warc!https:\/\/news\.example\/deep: .*more than 200 levels deep/);
  });
});
