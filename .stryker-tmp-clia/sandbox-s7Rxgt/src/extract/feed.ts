/**
 * RSS 2.0 and Atom feeds: items with link, title, date (RFC 822 or ISO 8601) and summary or
 * content (HTML turned to text), from a file or a URL (fetched politely, conditionally).
 */
// @ts-nocheck

import { readFile, stat } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { UserError } from '../errors.ts';
import type { PipelineInput } from '../doc/input.ts';
import type { Warning } from '../doc/types.ts';
import { decodeBytes } from './input.ts';
import { canonicalCharset, charsetFromContentType } from './html/encoding.ts';
import { parseDateString } from './html/dates.ts';
import { blocksOf, parseDocument, type HtmlExtraction } from './html/extract.ts';
import { layout, toSourceArticle, type SourceArticle } from './html/index.ts';
import { fetchUrl, type FetchOptions } from './fetch.ts';
import { MAX_CONTAINER_BYTES, MAX_DOCUMENT_BYTES, formatBytes } from './limits.ts';

export interface FeedItem {
  id: string | null;
  link: string | null;
  title: string | null;
  /** `YYYY-MM-DD` as the feed wrote it, or null. */
  published: string | null;
  /** The date string as written (`Mon, 24 Aug 2020 09:23:13 +0300`). */
  publishedRaw: string | null;
  author: string | null;
  /** Summary or description, as text. */
  summary: string | null;
  /** Full content (`content:encoded`, Atom `content`), as text paragraphs. */
  paragraphs: string[];
}

export interface Feed {
  kind: 'rss' | 'atom';
  title: string | null;
  link: string | null;
  items: FeedItem[];
  encoding: string;
  /** What decoding the feed's bytes had to repair (`invalid-utf8`), given to every item. */
  warnings?: Warning[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  trimValues: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author'].includes(name),
});

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text'] ?? (v as Node).name);
  return null;
}

/** HTML (or plain) markup from a feed to text paragraphs. */
export function htmlToParagraphs(markup: string | null): string[] {
  if (!markup) return [];
  if (!/[<&]/.test(markup)) return markup.split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const doc = parseDocument(`<!DOCTYPE html><html><body>${markup}</body></html>`);
  return blocksOf(doc.body).map((b) => b.text);
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return text(links);
  const nodes = links as (Node | string)[];
  const pick =
    nodes.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? nodes[0];
  if (typeof pick === 'string') return pick.trim() || null;
  return pick ? text(pick['@_href']) : null;
}

function date(raw: string | null): { published: string | null; publishedRaw: string | null } {
  if (!raw) return { published: null, publishedRaw: null };
  return { published: parseDateString(raw)?.value ?? null, publishedRaw: raw };
}

/** Parses RSS 2.0 (also RSS 1.0/RDF items) or Atom. Throws UserError for anything else. */
export function parseFeed(input: string | Uint8Array, opts: { contentType?: string; name?: string } = {}): Feed {
  let xml: string;
  let encoding = 'utf-8';
  let warnings: Warning[] | undefined;
  if (typeof input === 'string') xml = input;
  else {
    const head = Buffer.from(input.subarray(0, 200)).toString('latin1').replace(/\0/g, '');
    const m = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
    const declared = charsetFromContentType(opts.contentType) ?? (m?.[1] ? canonicalCharset(m[1]) : null);
    ({ text: xml, encoding, warnings } = decodeBytes(input, { declared, name: opts.name ?? 'the feed' }));
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new UserError(`${opts.name ?? 'the feed'} is not well-formed XML (${(err as Error).message.split('\n')[0]}); check that it is an RSS or Atom feed`);
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rss || rdf) {
    const channel = (rss ?? (rdf?.channel as Node) ?? {}) as Node;
    const rawItems = ((rss ? channel.item : rdf?.item) ?? []) as Node[];
    const items = rawItems.map((it): FeedItem => {
      const content = text(it['content:encoded']);
      const description = text(it.description);
      return {
        id: text(it.guid),
        link: text(it.link),
        title: text(it.title),
        ...date(text(it.pubDate) ?? text(it['dc:date'])),
        author: text(it.author) ?? text(it['dc:creator']),
        summary: description ? htmlToParagraphs(description).join(' ') || null : null,
        paragraphs: htmlToParagraphs(content ?? description),
      };
    });
    return { kind: 'rss', title: text(channel.title), link: text(channel.link), items, encoding, ...(warnings ? { warnings } : {}) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const items = ((feed.entry ?? []) as Node[]).map((e): FeedItem => {
      const content = text(e.content);
      const summary = text(e.summary);
      const authors = e.author as Node[] | undefined;
      return {
        id: text(e.id),
        link: atomLink(e.link),
        title: text(e.title) ? htmlToParagraphs(text(e.title)).join(' ') : null,
        ...date(text(e.published) ?? text(e.updated)),
        author: authors?.[0] ? text(authors[0].name) : null,
        summary: summary ? htmlToParagraphs(summary).join(' ') || null : null,
        paragraphs: htmlToParagraphs(content ?? summary),
      };
    });
    return { kind: 'atom', title: text(feed.title), link: atomLink(feed.link), items, encoding, ...(warnings ? { warnings } : {}) };
  }
  throw new UserError(`${opts.name ?? 'the feed'} is XML but neither RSS nor Atom (no <rss>, <rdf:RDF> or <feed> root)`);
}

/** Pipeline input for one feed item: title, date line and the item's text, with spans. */
export function feedItemToInput(item: FeedItem, feed: Pick<Feed, 'title' | 'encoding' | 'warnings'>): PipelineInput {
  const x: HtmlExtraction = {
    headline: item.title ? { text: item.title, source: 'feed:title' } : null,
    date: item.published ? { value: item.published, raw: item.publishedRaw ?? item.published, source: 'feed:date' } : null,
    dateText: null,
    byline: item.author ? { text: item.author, source: 'feed:author' } : null,
    caption: null,
    credit: null,
    paragraphs: item.paragraphs.length ? item.paragraphs : item.summary ? [item.summary] : [],
    bodySource: 'feed:content',
    lang: null,
    dir: null,
    site: feed.title,
    title: item.title,
    url: item.link,
    warnings: [],
    furnitureRemoved: 0,
  };
  const { text, article } = layout(x);
  return {
    text,
    article,
    meta: { format: 'feed', encoding: feed.encoding, url: item.link, title: item.title, site: feed.title, origin: item.link, warnings: [...(feed.warnings ?? [])] },
  };
}

export type FeedSourceOptions = FetchOptions;

/**
 * Yields one article per feed item, from a file or an http(s) URL. A URL re-fetched with a
 * cache file and answered 304 yields nothing: no item changed.
 */
export async function* feedSource(pathOrUrl: string, opts: FeedSourceOptions = {}): AsyncIterable<SourceArticle> {
  let bytes: Uint8Array;
  let contentType: string | undefined;
  if (/^https?:\/\//i.test(pathOrUrl)) {
    const res = await fetchUrl(pathOrUrl, { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8', ...opts });
    if (res.notModified) return;
    bytes = res.body;
    contentType = res.contentType ?? undefined;
  } else {
    try {
      const size = (await stat(pathOrUrl)).size;
      if (size > MAX_CONTAINER_BYTES) {
        throw new UserError(`${pathOrUrl} is ${formatBytes(size)}, over the ${formatBytes(MAX_CONTAINER_BYTES)} limit on one feed file; split it`);
      }
      bytes = await readFile(pathOrUrl);
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`${pathOrUrl} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the path`);
    }
  }
  yield* feedArticles(bytes, pathOrUrl, contentType);
}

export interface FeedItemOptions {
  /** An item skipped (over the per-document limit); without it, the item is reported on stderr. */
  onError?: (origin: string, reason: string) => void;
  /** The per-document limit on one item's text (default {@link MAX_DOCUMENT_BYTES}). */
  maxDocumentBytes?: number;
}

/** The articles of a feed already in memory (a `sources` handler for `.xml`, `.rss`, `.atom`). */
export async function* feedArticles(bytes: Uint8Array, origin: string, contentType?: string, opts: FeedItemOptions = {}): AsyncIterable<SourceArticle> {
  const feed = parseFeed(bytes, { contentType, name: origin });
  const max = opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  for (const [i, item] of feed.items.entries()) {
    const where = item.link ?? `${origin}#${i}`;
    const input = feedItemToInput(item, feed);
    const size = Buffer.byteLength(input.text);
    if (size > max) {
      const why = `the feed item's text is ${formatBytes(size)}, over the ${formatBytes(max)} per-document limit; skipped`;
      if (opts.onError) opts.onError(`${origin}#${i}`, why);
      else process.stderr.write(`marsad: skipped ${origin}#${i}: ${why}\n`);
      continue;
    }
    yield { ...toSourceArticle(input, where), format: 'feed' };
  }
}

export async function* feedHandler(bytes: Uint8Array, origin: string, opts: FeedItemOptions = {}): AsyncIterable<SourceArticle> {
  yield* feedArticles(bytes, origin, undefined, opts);
}
