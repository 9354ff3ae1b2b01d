/**
 * `marsad check`: what a crash, a bug or a hand edit could leave wrong in an archive, found and
 * (with `repair`) put right from what the archive itself holds:
 * - integrity: SQLite's page-level check (PostgreSQL checks its own pages);
 * - the full-text index: articles, quotes and events without an entry, entries without a row
 *   (SQLite: and FTS5's own integrity check);
 * - orphan rows: mentions, roles, quotes, times, events, LSH buckets, facet rows of no article;
 * - stale stories: articles written or deleted since the stories were built.
 * Nothing here re-runs the analysis: the index is rebuilt from the stored documents.
 */
import type { MarsadDocument } from '../doc/types.ts';
import type { Db } from './db.ts';
import type { FtsKind } from './sql-store.ts';
import type { SqlStore } from './sql-store.ts';
import { prepareDocument } from './prepare.ts';
import { rebuildStoriesIfStale } from './stories.ts';

export interface CheckResult {
  name: string;
  /** Problems found (0: fine). */
  problems: number;
  detail: string;
  /** Problems left after repair (equals `problems` without repair). */
  left: number;
}

/** The maintenance access check.ts needs from a backend (both stores implement it). */
export interface Checkable {
  maintenance(): {
    db: Db;
    /** The page-level integrity check: 'ok' or what is wrong; null where the backend has none. */
    integrity(): Promise<string | null>;
    /** The full-text index's own consistency check: 'ok' or what is wrong; null where it has none. */
    ftsIntegrity(): Promise<string | null>;
    /** Row ids of `kind` with no full-text entry, and full-text entries with no row. */
    ftsGaps(kind: FtsKind): Promise<{ missing: number[]; orphans: number[] }>;
    fts: {
      index(db: Db, kind: FtsKind, id: number, cols: string[]): Promise<void>;
      unindex(db: Db, kind: FtsKind, ids: number[]): Promise<void>;
    };
    /** Empties the full-text index of articles, quotes and events (to reindex all of it). */
    clearFts(): Promise<void>;
  };
}

const OWNED = ['mentions', 'roles', 'quotes', 'quote_targets', 'times', 'events', 'lsh', 'article_facets'] as const;

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

export async function checkArchive(store: SqlStore & Checkable, opts: { repair?: boolean } = {}): Promise<CheckResult[]> {
  const m = store.maintenance();
  const repair = !!opts.repair;
  const out: CheckResult[] = [];

  const integrity = await m.integrity();
  out.push(
    integrity === null
      ? { name: 'integrity', problems: 0, detail: 'not applicable (PostgreSQL checks its own pages)', left: 0 }
      : integrity === 'ok'
        ? { name: 'integrity', problems: 0, detail: 'ok', left: 0 }
        : { name: 'integrity', problems: 1, detail: `${integrity} (not repairable here: restore a backup, or re-ingest)`, left: 1 },
  );

  // Orphans first: the full-text gaps below are counted over the rows that remain.
  let orphans = 0;
  const parts: string[] = [];
  for (const t of OWNED) {
    const n = num((await m.db.get(`SELECT COUNT(*) AS n FROM ${t} WHERE article_id NOT IN (SELECT id FROM articles)`))?.n);
    if (n) parts.push(`${t} ${n}`);
    orphans += n;
  }
  if (orphans && repair) {
    await m.db.tx(async (db) => {
      for (const kind of ['quotes', 'events'] as const) {
        const ids = (await db.all(`SELECT id FROM ${kind} WHERE article_id NOT IN (SELECT id FROM articles)`)).map((r) => num(r.id));
        await m.fts.unindex(db, kind, ids);
      }
      for (const t of OWNED) await db.run(`DELETE FROM ${t} WHERE article_id NOT IN (SELECT id FROM articles)`);
    });
  }
  out.push({ name: 'orphan rows', problems: orphans, detail: orphans ? parts.join(', ') : 'none', left: repair ? 0 : orphans });

  // The full-text index: FTS5's own check, then entries against rows.
  const ftsOk = await m.ftsIntegrity();
  let gaps = 0;
  const gapParts: string[] = [];
  const byKind = new Map<FtsKind, { missing: number[]; orphans: number[] }>();
  for (const kind of ['articles', 'quotes', 'events'] as const) {
    const g = await m.ftsGaps(kind);
    byKind.set(kind, g);
    if (g.missing.length) gapParts.push(`${kind}: ${g.missing.length} unindexed`);
    if (g.orphans.length) gapParts.push(`${kind}: ${g.orphans.length} entries of no row`);
    gaps += g.missing.length + g.orphans.length;
  }
  const ftsBroken = ftsOk !== null && ftsOk !== 'ok';
  if (ftsBroken) gapParts.unshift(`index check: ${ftsOk}`);
  const ftsProblems = gaps + (ftsBroken ? 1 : 0);
  if (ftsProblems && repair) {
    if (ftsBroken) {
      await m.clearFts();
      await reindex(m, await allIds(m.db, 'articles'), 'all');
    } else {
      for (const kind of ['articles', 'quotes', 'events'] as const) await m.fts.unindex(m.db, kind, byKind.get(kind)!.orphans);
      const arts = new Set(byKind.get('articles')!.missing);
      for (const kind of ['quotes', 'events'] as const) {
        for (const id of byKind.get(kind)!.missing) {
          const r = await m.db.get(`SELECT article_id FROM ${kind} WHERE id = ?`, [id]);
          if (r) arts.add(num(r.article_id));
        }
      }
      await reindex(m, [...arts], byKind);
    }
  }
  const ftsLeft = repair ? await countGaps(m) : ftsProblems;
  out.push({ name: 'full-text index', problems: ftsProblems, detail: ftsProblems ? gapParts.join('; ') : 'ok', left: ftsLeft });

  const stale = await store.storiesStale();
  if (stale && repair) await rebuildStoriesIfStale(store);
  out.push({
    name: 'stories',
    problems: stale ? 1 : 0,
    detail: stale ? 'stale: articles changed since the stories were built' : 'up to date',
    left: repair ? ((await store.storiesStale()) ? 1 : 0) : stale ? 1 : 0,
  });
  return out;
}

async function allIds(db: Db, table: string): Promise<number[]> {
  return (await db.all(`SELECT id FROM ${table} ORDER BY id`)).map((r) => num(r.id));
}

async function countGaps(m: ReturnType<Checkable['maintenance']>): Promise<number> {
  let n = 0;
  for (const kind of ['articles', 'quotes', 'events'] as const) {
    const g = await m.ftsGaps(kind);
    n += g.missing.length + g.orphans.length;
  }
  const ok = await m.ftsIntegrity();
  return n + (ok !== null && ok !== 'ok' ? 1 : 0);
}

/**
 * Indexes again, from the stored documents, the given articles with their quotes and events:
 * every row of them (`all`), or only those listed as missing.
 */
async function reindex(
  m: ReturnType<Checkable['maintenance']>,
  articleIds: number[],
  only: 'all' | Map<FtsKind, { missing: number[] }>,
): Promise<void> {
  const wanted = (kind: FtsKind, id: number) => only === 'all' || only.get(kind)!.missing.includes(id);
  for (const id of articleIds) {
    await m.db.tx(async (db) => {
      const a = await db.get('SELECT text, doc FROM articles WHERE id = ?', [id]);
      if (!a) return;
      const doc = { text: String(a.text), ...(JSON.parse(String(a.doc)) as Omit<MarsadDocument, 'text'>) } as MarsadDocument;
      const prep = prepareDocument(doc);
      if (wanted('articles', id)) await m.fts.index(db, 'articles', id, [prep.headTerms, prep.bodyTerms]);
      // Rows were written in the document's order, so the i-th row by id is the i-th quote/event.
      const quotes = await allIdsOf(db, 'quotes', id);
      for (const [i, q] of quotes.entries()) if (wanted('quotes', q)) await m.fts.index(db, 'quotes', q, [prep.quoteTerms[i] ?? '']);
      const events = await allIdsOf(db, 'events', id);
      for (const [i, e] of events.entries()) if (wanted('events', e)) await m.fts.index(db, 'events', e, [prep.eventTerms[i] ?? '']);
    });
  }
}

async function allIdsOf(db: Db, table: 'quotes' | 'events', articleId: number): Promise<number[]> {
  return (await db.all(`SELECT id FROM ${table} WHERE article_id = ? ORDER BY id`, [articleId])).map((r) => num(r.id));
}
