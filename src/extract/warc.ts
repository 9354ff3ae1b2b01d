/**
 * WARC 1.0/1.1 crawls (.warc, .warc.gz): streams the records and yields the HTML `response`
 * records (target URL, HTTP headers, body). Record-per-member gzip and whole-file gzip both work:
 * Node's gunzip reads concatenated members. Other record types are skipped.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { UserError } from '../errors.ts';
import type { PipelineInput } from '../pipeline/pipeline.ts';
import { htmlToInput, toSourceArticle, type HtmlLimits, type SourceArticle } from './html/index.ts';

export interface WarcResponse {
  url: string;
  date: string | null;
  status: number;
  /** HTTP headers of the archived response, lower-cased names. */
  headers: Record<string, string>;
  contentType: string | null;
  body: Uint8Array;
}

export interface WarcOptions {
  /** Largest record accepted; bigger ones are skipped (default 50 MiB). */
  maxRecordBytes?: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');

function parseHeaderBlock(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/).slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

/** Splits an HTTP response message into status, headers and body. */
export function parseHttpResponse(block: Buffer): { status: number; headers: Record<string, string>; body: Buffer } | null {
  let end = block.indexOf(CRLF2);
  let sep = 4;
  if (end < 0) {
    end = block.indexOf('\n\n');
    sep = 2;
  }
  if (end < 0) return null;
  const head = block.subarray(0, end).toString('latin1');
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head);
  if (!m) return null;
  return { status: Number(m[1]), headers: parseHeaderBlock(head), body: block.subarray(end + sep) };
}

/** Every record of a WARC stream: WARC headers and the raw content block. */
export async function* warcRecords(stream: Readable, opts: WarcOptions = {}): AsyncIterable<{ headers: Record<string, string>; block: Buffer }> {
  const maxRecord = opts.maxRecordBytes ?? 50 * 1024 * 1024;
  let buf: Buffer = Buffer.alloc(0);
  let need: { headers: Record<string, string>; length: number; skip: boolean } | null = null;
  const iter = stream[Symbol.asyncIterator]();
  let done = false;
  for (;;) {
    if (!need) {
      // Skip the blank lines between records, then read a WARC header block.
      let s = 0;
      while (s < buf.length && (buf[s] === 0x0d || buf[s] === 0x0a)) s++;
      if (s) buf = buf.subarray(s);
      const end = buf.indexOf(CRLF2);
      if (end >= 0) {
        const head = buf.subarray(0, end).toString('utf8');
        if (!/^WARC\/\d/.test(head)) throw new UserError(`not a WARC file: a record starts with "${head.slice(0, 30)}"`);
        const headers = parseHeaderBlock(head);
        const length = Number(headers['content-length']);
        if (!Number.isFinite(length) || length < 0) throw new UserError('broken WARC record: missing or bad Content-Length');
        need = { headers, length, skip: length > maxRecord };
        buf = buf.subarray(end + 4);
        continue;
      }
    } else if (buf.length >= need.length || (need.skip && buf.length > 0)) {
      if (need.skip) {
        const take = Math.min(buf.length, need.length);
        buf = buf.subarray(take);
        need.length -= take;
        if (need.length === 0) need = null;
        continue;
      }
      const block = Buffer.from(buf.subarray(0, need.length));
      buf = buf.subarray(need.length);
      const headers = need.headers;
      need = null;
      yield { headers, block };
      continue;
    }
    if (done) {
      if (need && !need.skip) throw new UserError('truncated WARC file: the last record is cut short');
      if (buf.toString('latin1').trim()) throw new UserError('truncated WARC file: trailing bytes after the last record');
      return;
    }
    const next = await iter.next();
    if (next.done) done = true;
    else buf = buf.length ? Buffer.concat([buf, next.value as Buffer]) : (next.value as Buffer);
  }
}

/** The HTML responses of a WARC file (`.warc` or `.warc.gz`). */
export async function* warcResponses(file: string, opts: WarcOptions = {}): AsyncIterable<WarcResponse> {
  let stream: Readable = createReadStream(file);
  const head = await new Promise<Buffer>((resolve, reject) => {
    const s = createReadStream(file, { start: 0, end: 1 });
    const parts: Buffer[] = [];
    s.on('data', (c) => parts.push(c as Buffer));
    s.on('end', () => resolve(Buffer.concat(parts)));
    s.on('error', (e) => reject(new UserError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
  });
  if (head[0] === 0x1f && head[1] === 0x8b) stream = stream.pipe(createGunzip());
  yield* responsesOf(stream, opts);
}

/** The HTML `response` records of a WARC stream (already gunzipped). */
export async function* responsesOf(stream: Readable, opts: WarcOptions = {}): AsyncIterable<WarcResponse> {
  for await (const rec of warcRecords(stream, opts)) {
    if (rec.headers['warc-type'] !== 'response') continue;
    const http = parseHttpResponse(rec.block);
    if (!http || http.status < 200 || http.status >= 300) continue;
    const contentType = http.headers['content-type'] ?? null;
    if (contentType && !/html/i.test(contentType)) continue;
    if (!contentType && !/^\s*(<!doctype html|<html)/i.test(http.body.subarray(0, 512).toString('latin1'))) continue;
    yield {
      url: (rec.headers['warc-target-uri'] ?? '').replace(/^<|>$/g, ''),
      date: rec.headers['warc-date'] ?? null,
      status: http.status,
      headers: http.headers,
      contentType,
      body: http.body,
    };
  }
}

/** One article per archived HTML page; a page that fails extraction is reported and skipped. */
export async function* warcArticles(
  responses: AsyncIterable<WarcResponse>,
  file: string,
  opts: { limits?: Partial<HtmlLimits>; onError?: (origin: string, reason: string) => void } = {},
): AsyncIterable<SourceArticle> {
  for await (const r of responses) {
    let input: PipelineInput;
    try {
      input = htmlToInput(r.body, { url: r.url, contentType: r.contentType ?? undefined, limits: opts.limits });
    } catch (err) {
      const reason = (err as Error).message;
      if (opts.onError) opts.onError(`${file}!${r.url}`, reason);
      else process.stderr.write(`marsad: skipped ${r.url} in ${file}: ${reason}\n`);
      continue;
    }
    yield toSourceArticle(input, r.url);
  }
}

/** The articles of a `.warc` / `.warc.gz` file. */
export async function* warcSource(file: string, opts: WarcOptions & { limits?: Partial<HtmlLimits> } = {}): AsyncIterable<SourceArticle> {
  yield* warcArticles(warcResponses(file, opts), file, opts);
}

/** A `sources` handler: a WARC already in memory (gzipped or not). */
export async function* warcHandler(
  bytes: Uint8Array,
  origin: string,
  opts: { onError?: (origin: string, reason: string) => void; limits?: Partial<HtmlLimits> } = {},
): AsyncIterable<SourceArticle> {
  let stream: Readable = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) stream = stream.pipe(createGunzip());
  yield* warcArticles(responsesOf(stream), origin, opts);
}

/** A `sources` handler for `.gz` files: only gzipped WARC crawls (`.warc.gz`) are read. */
export async function* warcGzHandler(
  bytes: Uint8Array,
  origin: string,
  opts: { onError?: (origin: string, reason: string) => void; limits?: Partial<HtmlLimits> } = {},
): AsyncIterable<SourceArticle> {
  if (!/\.warc\.gz$/i.test(origin)) {
    throw new UserError(`${origin}: among gzip files only WARC crawls (.warc.gz) are read; unpack it first`);
  }
  yield* warcHandler(bytes, origin, opts);
}
