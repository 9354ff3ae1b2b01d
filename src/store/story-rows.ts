/**
 * The stories' rows: the list, what clustering reads (stories.ts), replacing every assignment,
 * and the change counters that say when the stories are stale.
 */
import type { Page, StoryRow } from './types.ts';
import type { Db } from './db.ts';
import { ARTICLE_COLS, clampLimit, num, offsetCursor, placeholders, str, toSummary } from './sql-common.ts';

export interface StoryInput {
  id: number;
  published: string | null;
  headline: string | null;
  /** Salient terms (see prepare.ts). */
  terms: string[];
  /** Entity keys mentioned. */
  keys: string[];
  dupGroup: number | null;
}

export async function listStories(
  db: Db,
  opts: { limit?: number; cursor?: string | null },
): Promise<Page<StoryRow>> {
  const limit = clampLimit(opts.limit);
  const offset = offsetCursor(opts.cursor);
  const rows = await db.all('SELECT * FROM stories ORDER BY size DESC, last DESC, id LIMIT ? OFFSET ?', [
    limit + 1,
    offset,
  ]);
  const total = num((await db.get('SELECT COUNT(*) AS n FROM stories'))?.n);
  const items: StoryRow[] = [];
  for (const s of rows.slice(0, limit)) {
    const arts = (
      await db.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.story = ? ORDER BY a.published, a.id`, [
        s.id,
      ])
    ).map(toSummary);
    const groups = new Map<number, number[]>();
    for (const a of arts)
      if (a.dupGroup !== null) groups.set(a.dupGroup, [...(groups.get(a.dupGroup) ?? []), a.id]);
    items.push({
      id: num(s.id),
      title: str(s.title),
      articles: arts,
      duplicateGroups: [...groups.values()].filter((g) => g.length > 1),
    });
  }
  return { items, next: rows.length > limit ? String(offset + limit) : null, total };
}

/** Rows that story clustering reads: per article, its date, entity keys and text. */
export async function storyInputs(db: Db): Promise<StoryInput[]> {
  const arts = await db.all('SELECT id, published, headline, keyterms, dup_group FROM articles ORDER BY id');
  const ments = await db.all<{ article_id: unknown; key: string }>(
    'SELECT DISTINCT article_id, key FROM mentions',
  );
  const keys = new Map<number, string[]>();
  for (const m of ments) {
    const id = num(m.article_id);
    keys.set(id, [...(keys.get(id) ?? []), m.key]);
  }
  return arts.map((a) => ({
    id: num(a.id),
    published: str(a.published),
    headline: str(a.headline),
    terms: String(a.keyterms ?? '')
      .split(' ')
      .filter(Boolean),
    keys: keys.get(num(a.id)) ?? [],
    dupGroup: a.dup_group === null ? null : num(a.dup_group),
  }));
}

/**
 * Replaces all story assignments in one transaction. `builtFrom` is the `articlesVersion()` read
 * before the inputs were: the stories are then fresh up to it, and a rebuild from an older
 * snapshot than the one stored is dropped (returns false) rather than written over it. Run inside
 * a transaction (`db` is its handle).
 */
export async function setStories(
  db: Db,
  stories: Array<{ title: string | null; articles: number[]; first: string | null; last: string | null }>,
  builtFrom?: number,
): Promise<boolean> {
  // The row lock serialises concurrent rebuilds on PostgreSQL (SQLite has one writer anyway).
  const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
  const cur = num(
    (await db.get(`SELECT value FROM archive_state WHERE key = 'stories_version'${lock}`))?.value,
  );
  if (builtFrom !== undefined && cur > builtFrom) return false;
  await db.run('UPDATE articles SET story = NULL WHERE story IS NOT NULL');
  await db.run('DELETE FROM stories');
  for (const s of stories) {
    const row = await db.all<{ id: unknown }>(
      'INSERT INTO stories (title, size, first, last) VALUES (?, ?, ?, ?) RETURNING id',
      [s.title, s.articles.length, s.first, s.last],
    );
    const sid = num(row[0]!.id);
    for (let i = 0; i < s.articles.length; i += 500) {
      const part = s.articles.slice(i, i + 500);
      await db.run(`UPDATE articles SET story = ? WHERE id IN (${placeholders(part.length)})`, [
        sid,
        ...part,
      ]);
    }
  }
  if (builtFrom !== undefined) {
    await db.run("UPDATE archive_state SET value = ? WHERE key = 'stories_version'", [builtFrom]);
  }
  return true;
}

/** A counter bumped in the same transaction as every article write or deletion. */
export async function articlesVersion(db: Db): Promise<number> {
  return num((await db.get("SELECT value FROM archive_state WHERE key = 'articles_version'"))?.value);
}

/**
 * Whether articles were written or deleted since the stories were last built (also after a
 * crash between the last batch and the rebuild: the mark is committed with the articles).
 */
export async function storiesStale(db: Db): Promise<boolean> {
  const rows = await db.all<{ key: string; value: unknown }>('SELECT key, value FROM archive_state');
  const v = new Map(rows.map((r) => [r.key, num(r.value)]));
  return v.get('articles_version') !== v.get('stories_version');
}
