/** Reading articles back: one, a page, what the indexes hold for one, counts, every row for exports. */
import type { MarsadDocument } from '../doc/types.ts';
import type { ArticleSummary, Page, Stats, StoredArticle } from './types.ts';
import type { Db } from './db.ts';
import { articleEventHistories } from './events.ts';
import { ARTICLE_COLS, clampLimit, num, offsetCursor, toSummary, type FtsDialect } from './sql-common.ts';

export async function getArticle(db: Db, id: number): Promise<StoredArticle | null> {
  const r = await db.get(`SELECT ${ARTICLE_COLS}, a.text, a.doc FROM articles a WHERE a.id = ?`, [id]);
  if (!r) return null;
  const rest = JSON.parse(String(r.doc)) as Omit<MarsadDocument, 'text'>;
  const eventHistory = await articleEventHistories(db, id);
  return { ...toSummary(r), doc: { text: String(r.text), ...rest }, eventHistory };
}

export async function listArticles(
  db: Db,
  opts: {
    limit?: number;
    cursor?: string | null;
    site?: string;
  },
): Promise<Page<ArticleSummary>> {
  const limit = clampLimit(opts.limit);
  const offset = offsetCursor(opts.cursor);
  const where = opts.site ? 'WHERE LOWER(a.site) = ?' : '';
  const params = opts.site ? [opts.site.toLowerCase()] : [];
  const rows = await db.all(
    `SELECT ${ARTICLE_COLS} FROM articles a ${where} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`,
    [...params, limit + 1, offset],
  );
  const total = num((await db.get(`SELECT COUNT(*) AS n FROM articles a ${where}`, params))?.n);
  return {
    items: rows.slice(0, limit).map(toSummary),
    next: rows.length > limit ? String(offset + limit) : null,
    total,
  };
}

/** What the indexes still hold for an article (all zero once it is deleted). */
export async function indexEntries(
  db: Db,
  fts: FtsDialect,
  id: number,
): Promise<{
  fts: number;
  mentions: number;
  quotes: number;
  events: number;
  times: number;
  lsh: number;
  facets: number;
}> {
  const n = async (t: string) =>
    num((await db.get(`SELECT COUNT(*) AS n FROM ${t} WHERE article_id = ?`, [id]))?.n);
  return {
    fts: await fts.count(db, 'articles', id),
    mentions: await n('mentions'),
    quotes: await n('quotes'),
    events: await n('events'),
    times: await n('times'),
    lsh: await n('lsh'),
    facets: await n('article_facets'),
  };
}

/** Articles stored as near-duplicate copies of an earlier one (group members beyond the first). */
export async function countNearDuplicates(db: Db): Promise<number> {
  const r = await db.get(
    'SELECT COUNT(*) AS n FROM articles a WHERE a.dup_group IS NOT NULL AND a.id <> a.dup_group',
  );
  return num(r?.n);
}

export async function stats(db: Db): Promise<Stats> {
  const r = await db.get(
    `SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM entities WHERE articles > 0) AS e,
            (SELECT COUNT(*) FROM quotes) AS q, (SELECT COUNT(*) FROM events) AS v`,
  );
  return { articles: num(r?.a), entities: num(r?.e), quotes: num(r?.q), events: num(r?.v) };
}

/** Every article row for exports, in id order, a page at a time. */
export async function* iterateArticles(db: Db, batch = 200): AsyncIterable<StoredArticle> {
  let last = 0;
  for (;;) {
    const rows = await db.all(
      `SELECT ${ARTICLE_COLS}, a.text, a.doc FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?`,
      [last, batch],
    );
    if (rows.length === 0) return;
    for (const r of rows) {
      last = num(r.id);
      const rest = JSON.parse(String(r.doc)) as Omit<MarsadDocument, 'text'>;
      yield { ...toSummary(r), doc: { text: String(r.text), ...rest } };
    }
  }
}
