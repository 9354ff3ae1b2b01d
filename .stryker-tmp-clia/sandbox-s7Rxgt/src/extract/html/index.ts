// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { emptyArticle, sourced, type ArticleStructure, type DocumentMeta, type SourcedSpan, type Warning } from '../../doc/types.ts';
import type { PipelineInput } from '../../doc/input.ts';
import { decodeHtml } from './encoding.ts';
import { extractHtml, type HtmlExtraction } from './extract.ts';
import { resolveLimits, HtmlLimitError, type HtmlLimits } from './limits.ts';
import { captionCredit, findDateline } from './parts.ts';

export { HtmlLimitError, DEFAULT_HTML_LIMITS, type HtmlLimits } from './limits.ts';
export { extractHtml, type HtmlExtraction } from './extract.ts';
export { decodeHtml } from './encoding.ts';

export interface HtmlInputOptions {
  url?: string;
  contentType?: string;
  limits?: Partial<HtmlLimits>;
}

/** Document meta for an HTML page, with the page's language and direction. */
export interface HtmlMeta extends Partial<DocumentMeta> {
  lang: string | null;
  dir: string | null;
}

/**
 * Lays out the extracted parts as the document text — headline, date line, byline, caption and
 * paragraphs, separated by blank lines — and the article structure as spans into it.
 */
export function layout(x: HtmlExtraction): { text: string; article: ArticleStructure } {
  const parts: { kind: string; text: string; source: string }[] = [];
  if (x.headline) parts.push({ kind: 'headline', ...x.headline });
  if (x.date) parts.push({ kind: 'date', text: x.dateText ?? x.date.value, source: x.date.source });
  if (x.byline) parts.push({ kind: 'byline', ...x.byline });
  if (x.caption) {
    const text = x.credit ? `${x.caption.text} (${x.credit.text})` : x.caption.text;
    parts.push({ kind: 'caption', text, source: x.caption.source });
  }
  for (const p of x.paragraphs) parts.push({ kind: 'paragraph', text: p, source: x.bodySource });
  const article = emptyArticle();
  let text = '';
  const spans: { kind: string; start: number; end: number; source: string }[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    spans.push({ kind: p.kind, start: text.length, end: text.length + p.text.length, source: p.source });
    text += p.text;
  }
  for (const s of spans) {
    const sp: SourcedSpan = sourced(text, s.start, s.end, s.source);
    if (s.kind === 'headline') article.headline = sp;
    else if (s.kind === 'date') article.published = { ...sp, value: x.date!.value };
    else if (s.kind === 'byline') article.byline = sp;
    else if (s.kind === 'caption') {
      article.caption = sp;
      article.credit = captionCredit(text, s.start, s.end);
    } else article.paragraphs.push(sp);
  }
  const firstPara = article.paragraphs[0];
  if (firstPara) article.dateline = findDateline(text, firstPara.start, firstPara.end);
  // Sites put «(أبوظبي - البيان)» in their byline slot: that is a dateline, not an author.
  const by = article.byline;
  if (!article.dateline && by) {
    const d = findDateline(text, by.start, by.end);
    if (d && d.end === by.end) {
      article.dateline = d;
      article.byline = null;
    }
  }
  return { text, article };
}

/** Turns a saved or fetched page into pipeline input: the extracted text plus its article structure. */
export function htmlToInput(
  bytes: Uint8Array,
  opts: { url?: string; contentType?: string; limits?: Partial<HtmlLimits> } = {},
): PipelineInput & { meta: HtmlMeta; article: ArticleStructure } {
  const limits: HtmlLimits = resolveLimits(opts.limits);
  if (bytes.length > limits.maxBytes) {
    throw new HtmlLimitError(
      `the page is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${(limits.maxBytes / 1048576).toFixed(1)} MB limit; raise limits.maxBytes to read it`,
      'maxBytes',
    );
  }
  const decoded = decodeHtml(bytes, { contentType: opts.contentType, name: opts.url ?? 'the page' });
  const x = extractHtml(decoded.html, { url: opts.url, contentType: opts.contentType, limits }, decoded.warnings);
  const { text, article } = layout(x);
  const meta: HtmlMeta = {
    format: 'html',
    encoding: decoded.encoding,
    url: x.url,
    title: x.title,
    site: x.site,
    warnings: x.warnings,
    lang: x.lang,
    dir: x.dir,
  };
  // The pipeline skips its structure stage for HTML, so the page's date is handed over as the
  // reference date for relative expressions here; without one, --date still applies.
  if (x.date) meta.referenceDate = x.date.value;
  return { text, meta, article };
}

/**
 * An article in the shape `src/extract/sources` yields (`RawArticle`: text, title, url, source,
 * published, origin, encoding, format, article), with the structure the extractor found in
 * `article` so the ingest keeps it instead of re-reading the text.
 */
export interface SourceArticle {
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  origin: string;
  encoding: string;
  format?: string;
  article: ArticleStructure;
  /** Warnings from decoding and extraction (charset, invalid UTF-8), kept for the document. */
  warnings?: Warning[];
}

export function toSourceArticle(input: PipelineInput, origin: string): SourceArticle {
  const meta = input.meta ?? {};
  return {
    text: input.text,
    title: meta.title ?? null,
    url: meta.url ?? null,
    source: meta.site ?? null,
    published: input.article?.published?.value ?? null,
    origin,
    encoding: meta.encoding ?? 'utf-8',
    format: meta.format ?? 'html',
    article: input.article ?? emptyArticle(),
    ...(meta.warnings?.length ? { warnings: meta.warnings } : {}),
  };
}

/** A `sources` handler for saved pages: bytes of one `.html`/`.htm` file → its article. */
export async function* htmlHandler(bytes: Uint8Array, origin: string): AsyncIterable<SourceArticle> {
  yield toSourceArticle(htmlToInput(bytes, /^https?:/i.test(origin) ? { url: origin } : {}), origin);
}

/** Yields the article of one saved page (`.html`/`.htm`). */
export async function* htmlSource(path: string, opts: HtmlInputOptions = {}): AsyncIterable<SourceArticle> {
  const bytes = await readFile(path);
  yield toSourceArticle(htmlToInput(bytes, opts), path);
}
