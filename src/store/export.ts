/**
 * Exports of the archive as JSON lines or CSV (UTF-8 with a BOM, so spreadsheet programs show
 * Arabic correctly): articles, entities, quotes or events, optionally narrowed by a marsad query.
 */
import type { SqlStore } from './sql-store.ts';
import { parseQuery } from './query.ts';

export type ExportWhat = 'articles' | 'entities' | 'quotes' | 'events';
export type ExportFormat = 'jsonl' | 'csv';

/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): text that begins with
 * `=`, `+`, `-`, `@`, tab or CR. Article text and headlines come from the web, so any of them can.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text that could start a formula is neutralised as OWASP recommends: a single
 * quote is put before it (spreadsheets then show it as text) and the cell is quoted. Numbers are
 * written as they are: `-3` is a number, not a formula.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  const formula = FORMULA_START.test(s);
  if (formula) s = `'${s}`;
  return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function* pages<T>(fetch: (cursor: string | null) => Promise<{ items: T[]; next: string | null }>): AsyncIterable<T> {
  let cursor: string | null = null;
  do {
    const p = await fetch(cursor);
    yield* p.items;
    cursor = p.next;
  } while (cursor);
}

/** Rows (plain objects with stable keys) for one kind of export. */
export async function* exportRows(store: SqlStore, what: ExportWhat, query: string): AsyncIterable<Record<string, unknown>> {
  const q = query.trim();
  const p = parseQuery(q);
  const hasQuery = q.length > 0;
  if (what === 'articles') {
    const only = hasQuery ? new Set(await store.matchingArticleIds(q)) : null;
    for await (const a of store.iterateArticles()) {
      if (only && !only.has(a.id)) continue;
      const { doc, ...summary } = a;
      yield { ...summary, text: doc.text, entities: doc.entities.map((e) => e.key), quotes: doc.quotes.length, events: doc.events.length, doc };
    }
    return;
  }
  if (what === 'entities') {
    const only = hasQuery ? await entityKeysOf(store, q) : null;
    for await (const e of pages((cursor) => store.listEntities({ limit: 500, cursor }))) {
      if (only && !only.has(e.key)) continue;
      yield { ...e };
    }
    return;
  }
  if (what === 'quotes') {
    for await (const r of pages((cursor) => store.listQuotes({ q, limit: 500, cursor }))) {
      yield {
        articleId: r.articleId,
        headline: r.headline,
        published: r.published,
        speaker: r.speakerName,
        speakerKey: r.speakerKey,
        kind: r.kind,
        cue: r.cue,
        stance: r.stance,
        targets: r.targets,
        text: r.text.text,
        start: r.text.start,
        end: r.text.end,
      };
    }
    return;
  }
  const only = p.groups.length || p.exclude.length || p.filters.entity.length || p.filters.etype || p.filters.source.length ? new Set(await store.matchingArticleIds(q)) : null;
  for await (const r of pages((cursor) => store.listEvents({ from: p.filters.from ?? undefined, to: p.filters.to ?? undefined, limit: 500, cursor }))) {
    if (only && !only.has(r.articleId)) continue;
    yield {
      articleId: r.articleId,
      headline: r.headline,
      published: r.published,
      type: r.type,
      status: r.status,
      date: r.date,
      trigger: r.trigger.text,
      participants: r.participants.map((x) => x.en ?? x.name),
      place: r.place ? (r.place.en ?? r.place.name) : null,
    };
  }
}

async function entityKeysOf(store: SqlStore, q: string): Promise<Set<string>> {
  const ids = await store.matchingArticleIds(q);
  const keys = new Set<string>();
  for (const id of ids) {
    const a = await store.getArticle(id);
    for (const e of a?.doc.entities ?? []) keys.add(e.key);
  }
  return keys;
}

const CSV_COLUMNS: Record<ExportWhat, string[]> = {
  articles: ['id', 'hash', 'headline', 'published', 'site', 'url', 'origin', 'ingestedAt', 'dupGroup', 'story', 'entities', 'quotes', 'events', 'text'],
  entities: ['key', 'type', 'name', 'en', 'articles', 'mentions'],
  // targets: entity keys joined with '; ' (as every list column), stance empty when the cue is no verb.
  quotes: ['articleId', 'headline', 'published', 'speaker', 'speakerKey', 'kind', 'cue', 'stance', 'targets', 'text', 'start', 'end'],
  events: ['articleId', 'headline', 'published', 'type', 'status', 'date', 'trigger', 'participants', 'place'],
};

/** Writes the export through `write`; returns the number of rows. */
export async function exportTo(
  store: SqlStore,
  what: ExportWhat,
  format: ExportFormat,
  query: string,
  write: (chunk: string) => void,
): Promise<number> {
  let n = 0;
  if (format === 'csv') {
    const cols = CSV_COLUMNS[what];
    write('\uFEFF' + cols.join(',') + '\r\n');
    for await (const row of exportRows(store, what, query)) {
      write(cols.map((c) => csvField(Array.isArray(row[c]) ? (row[c] as unknown[]).join('; ') : row[c])).join(',') + '\r\n');
      n++;
    }
  } else {
    for await (const row of exportRows(store, what, query)) {
      write(JSON.stringify(row) + '\n');
      n++;
    }
  }
  return n;
}
