/**
 * Articles from an http(s) URL: fetched politely (see `../fetch.ts`), then read as a page or a
 * feed according to the Content-Type and the first bytes. Re-fetches are conditional: a URL
 * answered 304 yields nothing, since nothing changed.
 */
import { UserError } from '../../errors.ts';
import { feedArticles } from '../feed.ts';
import { fetchUrl, type FetchOptions } from '../fetch.ts';
import { htmlToInput, toSourceArticle, type SourceArticle } from './index.ts';

export interface WebSourceOptions extends Omit<FetchOptions, 'cacheFile'> {
  /**
   * JSON file of validators for conditional re-fetches; null or left out to fetch unconditionally.
   * The CLI passes its configured file (src/cli/config.ts, fetchCacheFile).
   */
  cacheFile?: string | null;
  /** Bytes that are neither a page nor a feed (a zip, JSON lines…) go here, when given. */
  fallback?: (bytes: Uint8Array, url: string, contentType: string | null) => AsyncIterable<SourceArticle | object>;
}

export type WebKind = 'html' | 'feed' | 'other';

/** Page, feed, or something else, from the Content-Type and then the first bytes. */
export function webKind(contentType: string | null, body: Uint8Array): WebKind {
  const t = (contentType ?? '').toLowerCase();
  if (/html/.test(t)) return 'html';
  if (/(rss|atom)\+xml/.test(t)) return 'feed';
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1').replace(/\0/g, '').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head)) return 'html';
  if (/xml/.test(t)) return 'feed';
  return 'other';
}

export async function* webSource(url: string, opts: WebSourceOptions = {}): AsyncIterable<SourceArticle | object> {
  const { cacheFile, fallback, ...fetchOpts } = opts;
  const res = await fetchUrl(url, { ...fetchOpts, cacheFile: cacheFile ?? undefined });
  if (res.notModified) return;
  const kind = webKind(res.contentType, res.body);
  if (kind === 'html') {
    yield toSourceArticle(htmlToInput(res.body, { url: res.url, contentType: res.contentType ?? undefined }), res.url);
  } else if (kind === 'feed') {
    yield* feedArticles(res.body, res.url, res.contentType ?? undefined);
  } else if (fallback) {
    yield* fallback(res.body, res.url, res.contentType);
  } else {
    throw new UserError(`${url} is neither a web page nor an RSS/Atom feed (Content-Type "${res.contentType ?? 'none'}")`);
  }
}
