/**
 * Validators and compression for the text responses (pages, JSON, CSS, JS, exports): a strong
 * ETag over the body (304 on If-None-Match), `Cache-Control: no-cache` on pages and data so a
 * browser revalidates instead of showing stale results, and brotli or gzip when the client asks.
 * Responses here are small and fully built in memory, so hashing and compressing them is cheap;
 * fonts (already compressed woff2) pass through with their own long cache lifetime.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const TEXT = /^(text\/|application\/(json|xml|atom\+xml|javascript|x-ndjson|problem\+json))/;
const MIN_COMPRESS = 860;

/** Picks brotli, then gzip, from an Accept-Encoding header (q=0 means refused). */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  if (!accept) return null;
  const ok = new Map<string, number>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    ok.set(name!.trim(), q ? Number(q[1]) : 1);
  }
  const allowed = (e: string) => (ok.get(e) ?? ok.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return null;
}

export function caching(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    if (!TEXT.test(type) || res.headers.has('Content-Encoding') || !res.body) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (res.status === 200) {
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      headers.set('ETag', etag);
      if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-cache');
      const inm = c.req.header('If-None-Match');
      if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
        headers.delete('Content-Type');
        headers.delete('Content-Length');
        c.res = new Response(null, { status: 304, headers });
        return;
      }
    }
    headers.append('Vary', 'Accept-Encoding');
    const enc = body.length >= MIN_COMPRESS ? pickEncoding(c.req.header('Accept-Encoding')) : null;
    let out: Uint8Array = body;
    if (enc === 'br') out = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    else if (enc === 'gzip') out = gzipSync(body, { level: 6 });
    if (enc) headers.set('Content-Encoding', enc);
    headers.set('Content-Length', String(out.length));
    c.res = new Response(out as Uint8Array<ArrayBuffer>, { status: res.status, headers });
  };
}
