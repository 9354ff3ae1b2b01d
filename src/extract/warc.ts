/**
 * WARC 1.0/1.1 crawls (.warc, .warc.gz): streams the records and yields the HTML `response`
 * records (target URL, HTTP headers, body). Record-per-member gzip and whole-file gzip both work:
 * Node's gunzip reads concatenated members. Other record types are skipped.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { UserError } from '../errors.ts';
import type { PipelineInput } from '../doc/input.ts';
import { MAX_DOCUMENT_BYTES, formatBytes } from './limits.ts';
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
  /** Largest record accepted; bigger ones are skipped and reported (default: the per-document limit). */
  maxRecordBytes?: number;
  /** The crawl's name in reports (a path); records are named `file!uri`. */
  name?: string;
  /**
   * A record that was skipped (too big, shorter than it claims) or a crawl cut short; reading
   * goes on with the next record. Without it, a cut-short crawl throws and other records are
   * reported on standard error.
   */
  onError?: (origin: string, reason: string) => void;
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

const NEXT_RECORD = Buffer.from('\r\n\r\nWARC/');
/** A WARC header block longer than this is not a header block. */
const MAX_HEADER_BYTES = 256 * 1024;

/**
 * Every record of a WARC stream: WARC headers and the raw content block. Blocks are gathered in
 * parts and joined once, records over `maxRecordBytes` are passed over without being held, and
 * a record whose Content-Length runs into the next record (it claims more bytes than it holds)
 * is reported and cut where the next record begins.
 */
export async function* warcRecords(stream: Readable, opts: WarcOptions = {}): AsyncIterable<{ headers: Record<string, string>; block: Buffer }> {
  const maxRecord = opts.maxRecordBytes ?? MAX_DOCUMENT_BYTES;
  const name = opts.name ?? 'the WARC file';
  const report = (rec: Record<string, string> | null, reason: string) => {
    const where = `${name}!${(rec?.['warc-target-uri'] ?? rec?.['warc-record-id'] ?? 'record').replace(/^<|>$/g, '')}`;
    if (opts.onError) opts.onError(where, reason);
    else process.stderr.write(`marsad: skipped ${where}: ${reason}\n`);
  };
  const iter = stream[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let done = false;
  let records = 0;
  const more = async (): Promise<boolean> => {
    if (done) return false;
    const next = await iter.next();
    if (next.done) {
      done = true;
      return false;
    }
    const c = next.value as Buffer;
    buf = buf.length ? Buffer.concat([buf, c]) : c;
    return true;
  };
  for (;;) {
    // Skip the blank lines between records, then read a WARC header block.
    let end: number;
    for (;;) {
      let s = 0;
      while (s < buf.length && (buf[s] === 0x0d || buf[s] === 0x0a)) s++;
      if (s) buf = buf.subarray(s);
      end = buf.indexOf(CRLF2);
      if (end >= 0 || buf.length > MAX_HEADER_BYTES || !(await more())) break;
    }
    if (end < 0) {
      if (!buf.length) return;
      if (!records || buf.length > MAX_HEADER_BYTES) {
        if (!/^WARC\/\d/.test(buf.subarray(0, 30).toString('latin1')))
          throw new UserError(`not a WARC file: a record starts with "${buf.subarray(0, 30).toString('latin1')}"`);
      }
      const cut = 'truncated WARC file: the last record is cut short in its headers';
      if (!opts.onError) throw new UserError(cut);
      report(null, cut);
      return;
    }
    const head = buf.subarray(0, end).toString('utf8');
    if (!/^WARC\/\d/.test(head)) throw new UserError(`not a WARC file: a record starts with "${head.slice(0, 30)}"`);
    const headers = parseHeaderBlock(head);
    const length = Number(headers['content-length']);
    if (!Number.isFinite(length) || length < 0) throw new UserError('broken WARC record: missing or bad Content-Length');
    buf = buf.subarray(end + 4);
    records++;
    if (length > maxRecord) {
      // Passed over as it streams by, never held.
      let left = length;
      while (left > 0) {
        if (!buf.length && !(await more())) break;
        const take = Math.min(buf.length, left);
        buf = buf.subarray(take);
        left -= take;
      }
      report(
        headers,
        left > 0
          ? `the record claims ${length} bytes, over the ${formatBytes(maxRecord)} per-document limit, and the file ends ${left} bytes short of it; skipped`
          : `the record is ${formatBytes(length)}, over the ${formatBytes(maxRecord)} per-document limit; skipped`,
      );
      if (left > 0) return;
      continue;
    }
    // Gather the block plus the 4-byte record terminator, in parts, joined once.
    const parts: Buffer[] = [buf];
    let have = buf.length;
    buf = Buffer.alloc(0);
    while (have < length + 4 && !done) {
      const next = await iter.next();
      if (next.done) done = true;
      else {
        parts.push(next.value as Buffer);
        have += (next.value as Buffer).length;
      }
    }
    const all = parts.length === 1 ? parts[0]! : Buffer.concat(parts, have);
    // A Content-Length that runs past the record's end swallows the next record: find where it
    // begins inside this one, cut the record there, and read on from it.
    const inner = all.subarray(0, Math.min(length + 4, all.length)).indexOf(NEXT_RECORD);
    if (inner >= 0 && inner < length) {
      report(headers, `the record claims ${length} bytes but holds ${inner} (the next record starts inside it); skipped`);
      buf = all.subarray(inner + 4);
      continue;
    }
    if (all.length < length) {
      const cut = `truncated WARC file: the last record claims ${length} bytes but holds ${all.length}`;
      if (!opts.onError) throw new UserError(cut);
      report(headers, `${cut}; skipped`);
      return;
    }
    buf = all.subarray(length);
    // A record ends with a blank line. Without it, Content-Length is wrong (too short, or too
    // long by less than the blank line): report it, and find the next record's start.
    if (buf.length >= 4 && !buf.subarray(0, 4).equals(CRLF2)) {
      const next = buf.indexOf(NEXT_RECORD);
      report(
        headers,
        `the record's Content-Length (${length}) does not end at the record's end` +
          `${next >= 0 ? '' : ' and no record follows'}; read as ${length} bytes`,
      );
      buf = next >= 0 ? buf.subarray(next + 4) : Buffer.alloc(0);
    }
    yield { headers, block: Buffer.from(all.subarray(0, length)) };
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
  yield* responsesOf(stream, { name: file, ...opts });
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
export async function* warcSource(file: string, opts: WarcOptions & { limits?: Partial<HtmlLimits>; maxRecordBytes?: number } = {}): AsyncIterable<SourceArticle> {
  yield* warcArticles(warcResponses(file, opts), file, opts);
}

/** A `sources` handler: a WARC already in memory (gzipped or not). */
export async function* warcHandler(
  bytes: Uint8Array,
  origin: string,
  opts: { onError?: (origin: string, reason: string) => void; limits?: Partial<HtmlLimits>; maxDocumentBytes?: number } = {},
): AsyncIterable<SourceArticle> {
  let stream: Readable = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) stream = stream.pipe(createGunzip());
  yield* warcArticles(responsesOf(stream, { name: origin, onError: opts.onError, maxRecordBytes: opts.maxDocumentBytes }), origin, opts);
}
