/** Entities: resolving a user's name to keys, the list, one entity's page (aliases, roles, timeline, related). */
import type { EntityType } from '../doc/types.ts';
import type { EntityDetail, EntitySummary, Page } from './types.ts';
import type { Db, Row } from './db.ts';
import { termString } from './terms.ts';
import { clampLimit, num, offsetCursor, placeholders, str } from './sql-common.ts';

/** Entity keys a user's name refers to: Arabic name/alias in any spelling, English name, or key. */
export async function resolveEntity(db: Db, name: string): Promise<string[]> {
  const norm = termString(name);
  const lower = name.trim().toLowerCase();
  const rows = await db.all<{ key: string }>(
    `SELECT key FROM aliases WHERE norm = ? AND count >= 0
     UNION SELECT key FROM entities WHERE en_lower = ? OR key = ? OR name_norm = ?`,
    [norm, lower, name.trim(), norm],
  );
  if (rows.length || !norm) return rows.map((r) => r.key);
  // A part of a name: «بوتين» for «فلاديمير بوتين».
  const like = await db.all<{ key: string }>(
    `SELECT DISTINCT key FROM aliases WHERE (' ' || norm || ' ') LIKE ?
     UNION SELECT key FROM entities WHERE (' ' || en_lower || ' ') LIKE ?`,
    [`% ${norm} %`, `% ${lower} %`],
  );
  return like.map((r) => r.key);
}

/** The keys among `keys` of entities of one type (one name can be a person and a place). */
export async function keysOfType(db: Db, keys: string[], type: EntityType): Promise<string[]> {
  const rows = await db.all<{ key: string }>(
    `SELECT key FROM entities WHERE type = ? AND key IN (${placeholders(keys.length)})`,
    [type, ...keys],
  );
  return rows.map((r) => r.key);
}

function entitySummary(r: Row): EntitySummary {
  return {
    key: String(r.key),
    type: String(r.type) as EntityType,
    name: String(r.name),
    en: str(r.en),
    articles: num(r.articles),
    mentions: num(r.mentions),
  };
}

export async function listEntities(
  db: Db,
  opts: {
    type?: EntityType;
    q?: string;
    limit?: number;
    cursor?: string | null;
  },
): Promise<Page<EntitySummary>> {
  const limit = clampLimit(opts.limit);
  const offset = offsetCursor(opts.cursor);
  const conds = ['e.articles > 0'];
  const params: unknown[] = [];
  if (opts.type) {
    conds.push('e.type = ?');
    params.push(opts.type);
  }
  if (opts.q && opts.q.trim()) {
    const keys = await resolveEntity(db, opts.q);
    if (keys.length === 0) return { items: [], next: null, total: 0 };
    conds.push(`e.key IN (${placeholders(keys.length)})`);
    params.push(...keys);
  }
  const where = `WHERE ${conds.join(' AND ')}`;
  const rows = await db.all(
    `SELECT e.* FROM entities e ${where} ORDER BY e.articles DESC, e.mentions DESC, e.key LIMIT ? OFFSET ?`,
    [...params, limit + 1, offset],
  );
  const total = num((await db.get(`SELECT COUNT(*) AS n FROM entities e ${where}`, params))?.n);
  return {
    items: rows.slice(0, limit).map((r) => entitySummary(r)),
    next: rows.length > limit ? String(offset + limit) : null,
    total,
  };
}

export async function getEntity(db: Db, key: string): Promise<EntityDetail | null> {
  const r = await db.get('SELECT * FROM entities WHERE key = ? AND articles > 0', [key]);
  if (!r) return null;
  const aliases = await db.all<{ alias: string }>(
    'SELECT alias FROM aliases WHERE key = ? ORDER BY count DESC, alias',
    [key],
  );
  const roles = await db.all<{ text: string; n: unknown }>(
    'SELECT text, COUNT(*) AS n FROM roles WHERE key = ? GROUP BY text ORDER BY n DESC, text LIMIT 50',
    [key],
  );
  const timeline = await db.all<{ month: string; n: unknown }>(
    `SELECT SUBSTR(a.published, 1, 7) AS month, COUNT(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.key = ? AND a.published IS NOT NULL GROUP BY SUBSTR(a.published, 1, 7) ORDER BY month`,
    [key],
  );
  const related = await db.all(
    `SELECT e.*, t.together FROM (
       SELECT m2.key, COUNT(DISTINCT m2.article_id) AS together FROM mentions m1
       JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.key <> m1.key
       WHERE m1.key = ? GROUP BY m2.key) t
     JOIN entities e ON e.key = t.key ORDER BY t.together DESC, e.key LIMIT 20`,
    [key],
  );
  return {
    ...entitySummary(r),
    aliases: aliases.map((a) => a.alias),
    roles: roles.map((x) => ({ text: x.text, count: num(x.n) })),
    timeline: timeline.map((x) => ({ month: x.month, count: num(x.n) })),
    related: related.map((x) => ({ ...entitySummary(x), together: num(x.together) })),
  };
}
