/**
 * Polite HTTP fetching for feeds and pages: timeouts, a streamed size limit, redirects followed
 * by hand (capped), a descriptive User-Agent, and conditional re-fetches (ETag / Last-Modified
 * remembered in a small JSON cache file, 304 answered from it).
 */
// @ts-nocheck

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { MAX_DOCUMENT_BYTES } from './limits.ts';

export const USER_AGENT = 'marsad/0.1 (+https://github.com/marsad-project/marsad; Arabic news archiver)';

export interface FetchOptions {
  /** Whole-request limit in milliseconds, headers and body together (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes; the download is aborted past it (default: the per-document limit). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** JSON file remembering validators per URL, for conditional re-fetches; none when absent. */
  cacheFile?: string;
  accept?: string;
}

export interface FetchResult {
  /** The URL asked for and the one that answered, after redirects. */
  requested: string;
  url: string;
  status: number;
  /** True when the server answered 304: nothing changed since the last fetch. */
  notModified: boolean;
  contentType: string | null;
  body: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  redirects: number;
}

interface CacheEntry {
  etag?: string;
  lastModified?: string;
  url?: string;
  fetchedAt?: string;
}

/** A fetch that failed in a way the user can act on (timeout, too big, too many redirects, HTTP error). */
export class FetchError extends UserError {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'too-large' | 'redirects' | 'http' | 'network' | 'url',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

function loadCache(file: string): Record<string, CacheEntry> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, CacheEntry>) : {};
  } catch {
    return {};
  }
}

function saveCache(file: string, cache: Record<string, CacheEntry>): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cache, null, 1));
  renameSync(tmp, file);
}

async function readLimited(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(`${url} is ${declared} bytes, over the ${maxBytes}-byte limit; raise maxBytes to fetch it`, 'too-large');
  }
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(`${url} sent more than ${maxBytes} bytes; stopped. Raise maxBytes to fetch it`, 'too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

/** Fetches one URL under the limits in `opts`; a 304 is returned as `notModified`, other non-2xx throw. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  const maxRedirects = opts.maxRedirects ?? 5;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchError(`"${url}" is not a URL; give an http:// or https:// address`, 'url');
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    throw new FetchError(`${url}: only http and https URLs can be fetched`, 'url');
  }
  const cache = opts.cacheFile ? loadCache(opts.cacheFile) : {};
  const known = cache[url];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent ?? USER_AGENT,
        accept: opts.accept ?? 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
      };
      if (known?.etag) headers['if-none-match'] = known.etag;
      if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
      let res: Response;
      try {
        res = await fetch(current, { headers, redirect: 'manual', signal: controller.signal });
      } catch (err) {
        if (controller.signal.aborted) throw new FetchError(`${url} did not answer within ${timeoutMs} ms; try again later or raise timeoutMs`, 'timeout');
        throw new FetchError(`${url} could not be fetched: ${(err as Error).message}`, 'network');
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const loc = res.headers.get('location');
        await res.body?.cancel().catch(() => {});
        if (!loc) throw new FetchError(`${current.href} answered ${res.status} without a Location`, 'http', res.status);
        if (redirects + 1 > maxRedirects) {
          throw new FetchError(`${url} redirected more than ${maxRedirects} times; stopped at ${current.href}`, 'redirects', res.status);
        }
        current = new URL(loc, current);
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return {
          requested: url,
          url: current.href,
          status: 304,
          notModified: true,
          contentType: null,
          body: new Uint8Array(0),
          etag: known?.etag ?? null,
          lastModified: known?.lastModified ?? null,
          redirects,
        };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        throw new FetchError(`${current.href} answered HTTP ${res.status}`, 'http', res.status);
      }
      let body: Uint8Array;
      try {
        body = await readLimited(res, maxBytes, url);
      } catch (err) {
        if (err instanceof FetchError) throw err;
        if (controller.signal.aborted) throw new FetchError(`${url} did not finish within ${timeoutMs} ms; try again later or raise timeoutMs`, 'timeout');
        throw new FetchError(`${url} broke off: ${(err as Error).message}`, 'network');
      }
      const etag = res.headers.get('etag');
      const lastModified = res.headers.get('last-modified');
      if (opts.cacheFile && (etag || lastModified)) {
        const fresh = loadCache(opts.cacheFile);
        fresh[url] = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), url: current.href, fetchedAt: new Date().toISOString() };
        saveCache(opts.cacheFile, fresh);
      }
      return {
        requested: url,
        url: current.href,
        status: res.status,
        notModified: false,
        contentType: res.headers.get('content-type'),
        body,
        etag,
        lastModified,
        redirects,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
