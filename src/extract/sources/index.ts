/**
 * Where articles come from for ingest: a file, a folder (recursively), an archive, or a URL,
 * expanded into raw articles. Dispatch is by file extension through `HANDLERS`: to support a new
 * format (HTML pages, feeds, WARC…) add an entry there. A bad file or a bad record is reported
 * through `onError` and skipped; it never stops the run.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from '../input.ts';
import { DocumentTooLargeError, MAX_CONTAINER_BYTES, MAX_DOCUMENT_BYTES, checkDocumentSize, formatBytes, readStreamLimited, type ZipLimits } from '../limits.ts';
import { chunksOf, zipMembers } from '../zip.ts';
import { scanJsonArray } from '../json-array.ts';
import type { ArticleStructure, Warning } from '../../doc/types.ts';
import type { PipelineInput } from '../../doc/input.ts';

export interface RawArticle {
  /** The article text (title first when the container gave one apart from the body). */
  text: string;
  title: string | null;
  url: string | null;
  /** Outlet/site name, when the container gave one. */
  source: string | null;
  /** Publication date `YYYY-MM-DD`, when the container gave one. */
  published: string | null;
  /** Where it came from: path, `archive.zip!member`, `file.jsonl:LINE`, URL. */
  origin: string;
  encoding: string;
  /** Set by a handler that already extracted structure (e.g. HTML) and wants it kept. */
  format?: string;
  /** Structure already extracted (e.g. from HTML): the plain-text structure stage is skipped. */
  article?: ArticleStructure;
  /** What reading it had to repair (`invalid-utf8`, charset mismatches), for `doc.meta.warnings`. */
  warnings?: Warning[];
}

export interface ExpandOptions {
  /**
   * Called for each file or record that could not be read; the run goes on. `error` is the
   * exception when one was thrown (a `UserError` for the input's own faults).
   */
  onError?: (origin: string, reason: string, error?: unknown) => void;
  /** The per-document limit (default {@link MAX_DOCUMENT_BYTES}); tests lower it. */
  maxDocumentBytes?: number;
  /** Bounds on ZIP members (default `DEFAULT_ZIP_LIMITS`). */
  zipLimits?: Partial<ZipLimits>;
  /** The fetcher's file of validators for conditional re-fetches of URLs; none: fetch unconditionally. */
  fetchCache?: string | null;
}

export type Handler = (bytes: Uint8Array, origin: string, opts: ExpandOptions) => AsyncIterable<RawArticle>;

/** Lower-case extension (with the dot) → handler. */
export const HANDLERS: Record<string, Handler> = {
  '.txt': textFile,
  '.text': textFile,
  '.json': jsonFile,
  '.jsonl': jsonlFile,
  '.ndjson': jsonlFile,
  '.zip': zipFile,
  // Pages, feeds and crawls (src/extract/html, feed.ts, warc.ts), their modules loaded on first use.
  '.html': lazy(async () => (await import('../html/index.ts')).htmlHandler),
  '.htm': lazy(async () => (await import('../html/index.ts')).htmlHandler),
  '.xml': lazy(async () => (await import('../feed.ts')).feedHandler),
  '.rss': lazy(async () => (await import('../feed.ts')).feedHandler),
  '.atom': lazy(async () => (await import('../feed.ts')).feedHandler),
  '.warc': lazy(async () => (await import('../warc.ts')).warcHandler),
  '.warc.gz': lazy(async () => (await import('../warc.ts')).warcHandler),
};

/** Handlers whose input is one document, refused whole past the per-document limit. */
const DOCUMENT_HANDLERS = new Set<Handler>([HANDLERS['.txt']!, HANDLERS['.text']!, HANDLERS['.html']!, HANDLERS['.htm']!]);

/** A handler whose module is imported when first needed (the DOM and XML parsers are heavy). */
function lazy(load: () => Promise<Handler>): Handler {
  return async function* (bytes, origin, opts) {
    yield* (await load())(bytes, origin, opts);
  };
}

/**
 * http(s) pages and feeds go through the polite, conditional fetcher (src/extract/html/web.ts);
 * data dumps (.zip, .json…) and anything else through `urlArticles`.
 */
async function* webArticles(url: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  const h = handlerFor(new URL(url).pathname);
  if (h === textFile || h === jsonFile || h === jsonlFile || h === zipFile) {
    yield* urlArticles(url, opts);
    return;
  }
  try {
    const { webSource } = await import('../html/web.ts');
    yield* webSource(url, { cacheFile: opts.fetchCache ?? null, fallback: () => urlArticles(url, opts) }) as AsyncIterable<RawArticle>;
  } catch (e) {
    opts.onError?.(url, (e as Error).message);
  }
}

/** The handler for a file name: the longest registered extension it ends with (`.warc.gz` before `.gz`). */
export function handlerFor(name: string): Handler | undefined {
  const lower = path.basename(name).toLowerCase();
  let best: string | undefined;
  for (const ext of Object.keys(HANDLERS)) {
    if (lower.endsWith(ext) && lower.length > ext.length && (!best || ext.length > best.length)) best = ext;
  }
  return best ? HANDLERS[best] : undefined;
}

function isoDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return m ? m[1]! : null;
}

function strOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** One JSON object → article, or a reason it is not one. */
/** What the pipeline reads for a raw article: its text, what the container said, and its structure. */
export function toPipelineInput(raw: RawArticle): PipelineInput {
  return {
    text: raw.text,
    meta: {
      origin: raw.origin,
      encoding: raw.encoding,
      format: raw.format ?? 'text',
      title: raw.title,
      url: raw.url,
      site: raw.source,
      warnings: raw.warnings ?? [],
    },
    article: raw.article,
  };
}

export function fromRecord(o: unknown, origin: string): RawArticle | string {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return 'not a JSON object';
  const r = o as Record<string, unknown>;
  const body = typeof r.text === 'string' ? r.text : typeof r.content === 'string' ? r.content : null;
  if (body === null) return 'no "text" or "content" field';
  const title = strOrNull(r.title);
  const trimmed = body.trim();
  if (!trimmed && !title) return 'empty text';
  // The headline goes first, on its own line, where the structure stage looks for it.
  const text = title && !trimmed.startsWith(title) ? `${title}\n\n${trimmed}` : trimmed;
  return {
    text,
    title,
    url: strOrNull(r.url),
    source: strOrNull(r.source) ?? strOrNull(r.site),
    published: isoDate(r.published) ?? isoDate(r.date) ?? isoDate(r.date_extracted),
    origin,
    encoding: 'utf-8',
  };
}

async function* textFile(bytes: Uint8Array, origin: string, opts: ExpandOptions = {}): AsyncIterable<RawArticle> {
  checkDocumentSize(bytes.length, origin, opts.maxDocumentBytes);
  if (bytes.length === 0) {
    opts.onError?.(origin, 'is empty (0 bytes): no article');
    return;
  }
  const { text, encoding, warnings } = decodeBytes(bytes, { name: origin });
  if (!text.trim()) {
    opts.onError?.(origin, 'contains only whitespace: no article');
    return;
  }
  yield { text, title: null, url: null, source: null, published: null, origin, encoding, ...(warnings ? { warnings } : {}) };
}

function decodeJsonText(bytes: Uint8Array, origin: string): string {
  return decodeBytes(bytes, { name: origin }).text.replace(/^\uFEFF/, '');
}

async function* jsonFile(bytes: Uint8Array, origin: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  const text = decodeJsonText(bytes, origin);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    // Many ".json" dumps are really JSON lines.
    if (text.trim().startsWith('{') && text.includes('\n')) {
      yield* jsonlFile(bytes, origin, opts);
      return;
    }
    if (text.trimStart().startsWith('[')) {
      yield* brokenArray(text, origin, opts, (e as Error).message);
      return;
    }
    opts.onError?.(origin, `invalid JSON: ${(e as Error).message}`);
    return;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  for (const [i, o] of items.entries()) {
    const where = items.length > 1 ? `${origin}#${i}` : origin;
    const a = record(o, where, opts);
    if (a) yield a;
  }
}

/** One JSON record → article, within the per-document limit; the reason goes to `onError` if not. */
function record(o: unknown, where: string, opts: ExpandOptions): RawArticle | null {
  const a = fromRecord(o, where);
  if (typeof a === 'string') {
    opts.onError?.(where, a);
    return null;
  }
  const max = opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const size = Buffer.byteLength(a.text);
  if (size > max) {
    const why = `the record's text is ${formatBytes(size)}, over the ${formatBytes(max)} per-document limit; skipped`;
    opts.onError?.(where, why, new DocumentTooLargeError(`${where}: ${why}`, max));
    return null;
  }
  return a;
}

/** A JSON array that does not parse whole (cut short, or one broken record): every good record is kept. */
async function* brokenArray(text: string, origin: string, opts: ExpandOptions, why: string): AsyncIterable<RawArticle> {
  const scan = scanJsonArray(text);
  for (const [i, el] of scan.elements.entries()) {
    const where = `${origin}#${i}`;
    if ('error' in el) {
      opts.onError?.(where, `invalid JSON record: ${el.error}`);
      continue;
    }
    const a = record(el.value, where, opts);
    if (a) yield a;
  }
  if (!scan.complete) {
    opts.onError?.(
      origin,
      `the JSON array is cut short at character ${scan.at} (${why}); the ${scan.elements.length} records before the break were read`,
    );
  }
}

async function* jsonlFile(bytes: Uint8Array, origin: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  const lines = decodeJsonText(bytes, origin).split('\n');
  if (lines.every((l) => !l.trim())) {
    opts.onError?.(origin, bytes.length ? 'contains only whitespace: no records' : 'is empty (0 bytes): no records');
    return;
  }
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const where = `${origin}:${i + 1}`;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      opts.onError?.(where, `invalid JSON line: ${(e as Error).message}`);
      continue;
    }
    const a = record(o, where, opts);
    if (a) yield a;
  }
}

async function* zipFile(bytes: Uint8Array, origin: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  yield* zipArticles(chunksOf(bytes), origin, opts);
}

/** The articles of a ZIP archive read as a stream of chunks (see src/extract/zip.ts for the limits). */
async function* zipArticles(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  origin: string,
  opts: ExpandOptions,
): AsyncIterable<RawArticle> {
  const report = (o: string, r: string) => opts.onError?.(o, r);
  const maxDoc = opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  // A member that is one document is held to the per-document limit while it is unpacked.
  const memberLimit = (name: string) => {
    const h = handlerFor(name);
    return h && DOCUMENT_HANDLERS.has(h) ? { bytes: maxDoc, what: 'per-document limit' } : null;
  };
  for await (const m of zipMembers(chunks, origin, { limits: opts.zipLimits, onError: report, memberLimit })) {
    const h = handlerFor(m.name);
    const where = `${origin}!${m.name}`;
    if (!h) {
      report(where, `unsupported file type "${path.extname(m.name) || m.name}"`);
      continue;
    }
    yield* guarded(h, m.bytes, where, opts);
  }
}

/** Runs a handler so that an exception inside it skips that file only. */
async function* guarded(h: Handler, bytes: Uint8Array, origin: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  try {
    yield* h(bytes, origin, opts);
  } catch (e) {
    opts.onError?.(origin, (e as Error).message, e);
  }
}

async function* walk(dir: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    opts.onError?.(dir, (e as Error).message);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, opts);
    else if (e.isFile() && handlerFor(e.name)) yield* fileArticles(p, opts);
  }
}

async function* fileArticles(file: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  const h = handlerFor(file);
  if (!h) {
    opts.onError?.(file, `unsupported file type "${path.extname(file) || path.basename(file)}" (supported: ${Object.keys(HANDLERS).join(', ')})`);
    return;
  }
  // Archives and crawls are streamed from disk: their size says nothing about one document's.
  if (h === zipFile) {
    yield* zipArticles(createReadStream(file, { highWaterMark: 64 * 1024 }), file, opts);
    return;
  }
  if (h === HANDLERS['.warc'] || h === HANDLERS['.warc.gz']) {
    yield* guarded(warcFile, new Uint8Array(0), file, opts);
    return;
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    opts.onError?.(file, (e as Error).message);
    return;
  }
  // A document over the limit is refused before it is read; a container (JSON, feed) is read
  // whole, up to its own limit, and each document in it is checked on its own.
  const container = h === jsonFile || h === jsonlFile || !DOCUMENT_HANDLERS.has(h);
  const max = container ? Math.max(MAX_CONTAINER_BYTES, opts.maxDocumentBytes ?? 0) : (opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES);
  if (size > max) {
    opts.onError?.(
      file,
      container
        ? `is ${formatBytes(size)}, over the ${formatBytes(max)} limit on one file read at once; split it (or zip it: archives are streamed)`
        : `is ${formatBytes(size)}, over the ${formatBytes(max)} per-document limit; split it into articles`,
    );
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    opts.onError?.(file, (e as Error).message);
    return;
  }
  yield* guarded(h, bytes, file, opts);
}

/** A WARC crawl on disk, streamed record by record (the path arrives as `origin`). */
async function* warcFile(_bytes: Uint8Array, file: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  const { warcSource } = await import('../warc.ts');
  yield* warcSource(file, { onError: opts.onError, maxRecordBytes: opts.maxDocumentBytes });
}

async function* urlArticles(url: string, opts: ExpandOptions): AsyncIterable<RawArticle> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { 'user-agent': 'marsad/0.1 (+archive ingest)' } });
  } catch (e) {
    opts.onError?.(url, `fetch failed: ${(e as Error).message}`);
    return;
  }
  if (!res.ok) {
    opts.onError?.(url, `HTTP ${res.status}`);
    return;
  }
  let bytes: Uint8Array;
  try {
    // Read in chunks and stop at the limit: a server can send anything.
    bytes = res.body ? await readStreamLimited(res.body as AsyncIterable<Uint8Array>, url, MAX_CONTAINER_BYTES, 'limit on one download') : new Uint8Array(0);
  } catch (e) {
    opts.onError?.(url, (e as Error).message);
    return;
  }
  const type = res.headers.get('content-type') ?? '';
  const byType = /zip/.test(type) ? '.zip' : /ndjson|jsonl/.test(type) ? '.jsonl' : /json/.test(type) ? '.json' : /text\/plain/.test(type) ? '.txt' : null;
  const h = handlerFor(new URL(url).pathname) ?? (byType ? HANDLERS[byType] : undefined);
  if (!h) {
    opts.onError?.(url, `unsupported content type "${type}"`);
    return;
  }
  yield* guarded(h, bytes, url, opts);
}

/** Every article under `p`: a file, a folder (recursively, sorted), or an http(s) URL. */
export async function* expandPath(p: string, opts: ExpandOptions = {}): AsyncIterable<RawArticle> {
  if (/^https?:\/\//i.test(p)) {
    yield* webArticles(p, opts);
    return;
  }
  let st;
  try {
    st = await stat(p);
  } catch {
    opts.onError?.(p, 'no such file or folder');
    return;
  }
  if (st.isDirectory()) yield* walk(p, opts);
  else yield* fileArticles(p, opts);
}
