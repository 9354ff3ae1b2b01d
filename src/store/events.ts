/** Events: listed by status and date, with their participants' and place's names. */
import type { EventRow, Page } from './types.ts';
import type { Db } from './db.ts';
import { clampLimit, num, offsetCursor, placeholders, str } from './sql-common.ts';

export async function listEvents(
  db: Db,
  opts: {
    status?: string;
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string | null;
  },
): Promise<Page<EventRow>> {
  const limit = clampLimit(opts.limit);
  const offset = offsetCursor(opts.cursor);
  const conds: string[] = [];
  const params: unknown[] = [];
  if (opts.status) {
    conds.push('x.status = ?');
    params.push(opts.status);
  }
  if (opts.from) {
    conds.push('COALESCE(x.date, a.published) >= ?');
    params.push(opts.from);
  }
  if (opts.to) {
    conds.push('COALESCE(x.date, a.published) <= ?');
    params.push(opts.to);
  }
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const rows = await db.all(
    `SELECT x.*, a.headline, a.published FROM events x JOIN articles a ON a.id = x.article_id ${where}
     ORDER BY COALESCE(x.date, a.published) DESC, x.id DESC LIMIT ? OFFSET ?`,
    [...params, limit + 1, offset],
  );
  const total = num(
    (
      await db.get(
        `SELECT COUNT(*) AS n FROM events x JOIN articles a ON a.id = x.article_id ${where}`,
        params,
      )
    )?.n,
  );
  const items: EventRow[] = [];
  for (const r of rows.slice(0, limit)) {
    const keys = JSON.parse(String(r.participants ?? '[]')) as string[];
    const all = [...keys, ...(r.place ? [String(r.place)] : [])];
    const ents = all.length
      ? await db.all(`SELECT key, name, en FROM entities WHERE key IN (${placeholders(all.length)})`, all)
      : [];
    const byKey = new Map(
      ents.map((e) => [String(e.key), { key: String(e.key), name: String(e.name), en: str(e.en) }]),
    );
    items.push({
      articleId: num(r.article_id),
      headline: str(r.headline),
      published: str(r.published),
      type: String(r.type) as EventRow['type'],
      status: String(r.status) as EventRow['status'],
      trigger: { start: num(r.trigger_start), end: num(r.trigger_end), text: String(r.trigger_text) },
      date: str(r.date),
      participants: keys.map((k) => byKey.get(k) ?? { key: k, name: k, en: null }),
      place: r.place
        ? (byKey.get(String(r.place)) ?? { key: String(r.place), name: String(r.place), en: null })
        : null,
    });
  }
  return { items, next: rows.length > limit ? String(offset + limit) : null, total };
}
