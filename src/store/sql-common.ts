/**
 * What the archive's SQL modules (write, articles, search, entities, quotes, events, story rows)
 * share: the full-text side each backend supplies (`FtsDialect`), paging and row helpers.
 */
import type { ArticleSummary } from './types.ts';
import type { Db, Frag, Row } from './db.ts';
import type { ParsedQuery } from './query.ts';
import { StoreError } from '../errors.ts';

export type FtsKind = 'articles' | 'quotes' | 'events';

export interface FtsDialect {
  /** Index the given column texts (already term strings) for row `id` of `kind`. */
  index(db: Db, kind: FtsKind, id: number, cols: string[]): Promise<void>;
  unindex(db: Db, kind: FtsKind, ids: number[]): Promise<void>;
  /** Full-text entries held for row `id` of `kind` (0 after deletion). */
  count(db: Db, kind: FtsKind, id: number): Promise<number>;
  /** The index's own consistency check ('ok' or the problem); null where it has none. */
  integrity(db: Db): Promise<string | null>;
  /** Rows of `kind` without an index entry, and entries without a row. */
  gaps(db: Db, kind: FtsKind): Promise<{ missing: number[]; orphans: number[] }>;
  /** Drops every entry of every kind (before indexing everything again). */
  clear(db: Db): Promise<void>;
  /**
   * How to select matching rows of `kind` (table alias `x`): a FROM clause, a WHERE condition, a
   * score expression (higher is better) and, when the query has positive terms, the newest-first
   * order the full-text index yields cheaply (`newest`, an ORDER BY clause). For articles,
   * `indexOnly` selects the same rows from the full-text index alone, for when no other condition
   * applies: `scored` as (id, article_id, score), `ids` as (id, article_id); the caller appends
   * ORDER BY `newest` where order matters, and LIMIT.
   */
  match(
    kind: FtsKind,
    p: ParsedQuery,
    alias: string,
  ): { from: Frag; where: Frag; score: Frag; newest?: string; indexOnly?: { scored: Frag; ids: Frag } };
}

/**
 * Cursors are decimal offsets this store gave out in `next`. Anything else is refused rather than
 * read as the first page (a client would loop) or bound as a number SQLite cannot hold.
 */
export function offsetCursor(c: string | null | undefined): number {
  if (!c) return 0;
  if (!/^(0|[1-9]\d{0,8})$/.test(c)) {
    throw new StoreError(`invalid cursor "${c.slice(0, 40)}": use the \`next\` value of the previous page`, {
      status: 400,
      code: 'invalid_cursor',
    });
  }
  return Number(c);
}

export function clampLimit(n: number | undefined, dflt = 20): number {
  if (!n || n < 1) return dflt;
  return Math.min(Math.floor(n), 1000);
}

export function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

export function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export const ARTICLE_COLS =
  'a.id, a.hash, a.headline, a.published, a.site, a.url, a.origin, a.ingested_at, a.dup_group, a.story';

export function toSummary(r: Row): ArticleSummary {
  return {
    id: num(r.id),
    hash: String(r.hash),
    headline: str(r.headline),
    published: str(r.published),
    site: str(r.site),
    url: str(r.url),
    origin: str(r.origin),
    ingestedAt: String(r.ingested_at),
    dupGroup: r.dup_group === null || r.dup_group === undefined ? null : num(r.dup_group),
    story: r.story === null || r.story === undefined ? null : num(r.story),
  };
}

export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

/** PostgreSQL takes at most 65,535 parameters per statement; stay well below it. */
const MAX_PARAMS = 30_000;

/**
 * Inserts `rows` (each in `cols` order) into `table`, in the order given, with an optional
 * `ON CONFLICT …` tail. On PostgreSQL one multi-row statement per chunk: each statement is a
 * round trip to the server, and a transaction that holds shared rows (entities, aliases) while
 * it makes dozens of trips keeps every other writer waiting on them. Rows are still taken in
 * the given order, so the lock order the caller sorted for holds. On SQLite, in-process, one
 * cached statement per row is cheaper than preparing a statement for every batch size.
 */
export async function insertRows(db: Db, table: string, cols: string[], rows: unknown[][], tail = ''): Promise<void> {
  if (rows.length === 0) return;
  const one = `(${placeholders(cols.length)})`;
  const head = `INSERT INTO ${table} (${cols.join(', ')}) VALUES `;
  if (db.dialect === 'sqlite') {
    for (const r of rows) await db.run(head + one + tail, r);
    return;
  }
  const per = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    await db.run(head + part.map(() => one).join(', ') + tail, part.flat());
  }
}

/** Values per `IN (…)` list: far below both backends' parameter limits. */
const IN_CHUNK = 500;

/**
 * The rows of a query with one `IN (…)` list over `values`, run a chunk of values at a time;
 * `sql` is given each chunk's placeholders. Order holds within a chunk only.
 */
export async function allIn<T = Row>(db: Db, sql: (list: string) => string, values: readonly unknown[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += IN_CHUNK) {
    const part = values.slice(i, i + IN_CHUNK);
    out.push(...(await db.all<T>(sql(placeholders(part.length)), part)));
  }
  return out;
}

/** Code-unit order, the same on both backends whatever the database collation. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `col IN (ids)` as one parameter, so statements are reused whatever the number of ids. */
export function idIn(dialect: Db['dialect'], col: string, ids: number[]): Frag {
  return dialect === 'sqlite'
    ? { sql: `${col} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] }
    : { sql: `${col} = ANY(?::bigint[])`, params: [ids] };
}
