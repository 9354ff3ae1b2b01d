/**
 * Downloads of any result list with the page's own filters: `/search.csv`, `/search.jsonl` and an
 * Atom feed `/search.atom` (a saved search becomes an alert in any feed reader), and CSV/JSONL of
 * the quotes and events lists. Bounded: at most EXPORT_MAX rows, read in pages of 100.
 */
import type { Context, Hono } from 'hono';
import type { EventRow, Page, QuoteRow, SearchHit, Store } from '../store/types.ts';
import { siteName } from './i18n.ts';
import { byDate, collectHits } from './search-page.ts';
import { dayBound, quoteListQuery, readState, resolveNames, searchTitleText } from './search-state.ts';
import { eventsQuery, parse, quotesQuery } from './validate.ts';

export const EXPORT_MAX = 5000;
const FEED_MAX = 50;

/** One CSV field (RFC 4180), with formula-looking cells defused for spreadsheets. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a BOM so spreadsheet programs read the Arabic as UTF-8. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function xml(s: unknown): string {
  return String(s ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function download(c: Context, body: string, type: string, name: string): Response {
  return c.body(body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` });
}

const HIT_HEADER = ['type', 'article_id', 'published', 'site', 'site_name', 'headline', 'speaker', 'quote', 'snippet', 'url'];

function hitRow(h: SearchHit, origin: string): unknown[] {
  const url = `${origin}/article/${h.articleId}${h.quote ? `#q-at-${h.quote.start}` : ''}`;
  return [h.type, h.articleId, h.published, h.site, siteName(h.site), h.headline, h.quote?.speaker ?? '', h.quote?.text ?? '', h.snippet.text, url];
}

async function allPages<T>(load: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const p = await load(cursor);
    out.push(...p.items);
    cursor = p.next;
  } while (cursor && out.length < EXPORT_MAX);
  return out.slice(0, EXPORT_MAX);
}

const QUOTE_HEADER = ['article_id', 'published', 'headline', 'speaker', 'speaker_key', 'kind', 'cue', 'stance', 'targets', 'quote', 'start', 'end'];
/** targets: the keys of the entities the quote is about, joined with '; ' as the CLI export joins its lists. */
const quoteRow = (q: QuoteRow) => [q.articleId, q.published, q.headline, q.speakerName, q.speakerKey, q.kind, q.cue, q.stance, q.targets.join('; '), q.text.text, q.text.start, q.text.end];
const EVENT_HEADER = ['article_id', 'published', 'headline', 'type', 'status', 'date', 'trigger', 'participants', 'place'];
const eventRow = (e: EventRow) => [e.articleId, e.published, e.headline, e.type, e.status, e.date, e.trigger.text, e.participants.map((p) => p.name).join('؛ '), e.place?.name ?? ''];

export function registerExports(app: Hono, store: Store): void {
  const searchHits = async (c: Context, max: number, newest: boolean) => {
    const st = readState(new URL(c.req.url).searchParams);
    const { storeQ } = await resolveNames(store, st);
    const r = await collectHits(store, storeQ, max, false);
    if (newest || st.sort !== 'relevance') r.hits.sort(byDate(newest ? 'newest' : (st.sort as 'newest')));
    return { st, hits: r.hits };
  };
  const origin = (c: Context) => new URL(c.req.url).origin;

  app.get('/search.csv', async (c) => {
    const { hits } = await searchHits(c, EXPORT_MAX, false);
    return download(c, toCsv(HIT_HEADER, hits.map((h) => hitRow(h, origin(c)))), 'text/csv; charset=utf-8', 'marsad-search.csv');
  });
  app.get('/search.jsonl', async (c) => {
    const { hits } = await searchHits(c, EXPORT_MAX, false);
    const body = hits.map((h) => JSON.stringify({ ...h, siteName: siteName(h.site), url: `${origin(c)}/article/${h.articleId}` })).join('\n');
    return download(c, body ? `${body}\n` : '', 'application/x-ndjson; charset=utf-8', 'marsad-search.jsonl');
  });
  app.get('/search.atom', async (c) => {
    const { st, hits } = await searchHits(c, FEED_MAX, true);
    const base = origin(c);
    const self = `${base}${c.req.path}${new URL(c.req.url).search}`;
    const updated = hits.map((h) => h.published).filter(Boolean).sort().pop() ?? '1970-01-01';
    const entries = hits.map((h) => {
      const link = `${base}/article/${h.articleId}${h.quote ? `#q-at-${h.quote.start}` : ''}`;
      const day = h.published ? `${h.published.slice(0, 10)}T00:00:00Z` : `${updated.slice(0, 10)}T00:00:00Z`;
      const title = h.quote ? `${h.quote.speaker ?? ''}: «${h.quote.text}»` : (h.headline ?? `مقال ${h.articleId}`);
      return `<entry>
<id>${xml(link)}</id>
<title>${xml(title)}</title>
<link rel="alternate" type="text/html" href="${xml(link)}"/>
<updated>${day}</updated>
<author><name>${xml(siteName(h.site) || 'marsad')}</name></author>
<summary>${xml(h.snippet.text)}</summary>
</entry>`;
    });
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
<id>${xml(self)}</id>
<title>${xml(`مرصد: ${searchTitleText(st)}`)}</title>
<link rel="self" type="application/atom+xml" href="${xml(self)}"/>
<link rel="alternate" type="text/html" href="${xml(self.replace('/search.atom', '/search'))}"/>
<updated>${updated.slice(0, 10)}T00:00:00Z</updated>
<generator>marsad</generator>
${entries.join('\n')}
</feed>
`;
    return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  const quotes = async (c: Context) => {
    const p = parse(quotesQuery.omit({ limit: true, cursor: true }), c.req.query());
    const q = quoteListQuery(p);
    return allPages((cursor) => store.listQuotes({ speaker: p.speaker, q, limit: 100, cursor }));
  };
  app.get('/quotes.csv', async (c) => download(c, toCsv(QUOTE_HEADER, (await quotes(c)).map(quoteRow)), 'text/csv; charset=utf-8', 'marsad-quotes.csv'));
  app.get('/quotes.jsonl', async (c) => download(c, (await quotes(c)).map((q) => JSON.stringify(q) + '\n').join(''), 'application/x-ndjson; charset=utf-8', 'marsad-quotes.jsonl'));
  const events = async (c: Context) => {
    const p = parse(eventsQuery.omit({ limit: true, cursor: true }), c.req.query());
    const from = p.from ? dayBound(p.from, false) : undefined;
    const to = p.to ? dayBound(p.to, true) : undefined;
    return allPages((cursor) => store.listEvents({ status: p.status, from, to, limit: 100, cursor }));
  };
  app.get('/events.csv', async (c) => download(c, toCsv(EVENT_HEADER, (await events(c)).map(eventRow)), 'text/csv; charset=utf-8', 'marsad-events.csv'));
  app.get('/events.jsonl', async (c) => download(c, (await events(c)).map((e) => JSON.stringify(e) + '\n').join(''), 'application/x-ndjson; charset=utf-8', 'marsad-events.jsonl'));
}
