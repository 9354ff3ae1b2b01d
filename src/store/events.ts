/**
 * Events: one event across articles, listed by status and date, with their participants' and
 * place's names and the history of what each report said of it.
 *
 * The same meeting is often reported as planned one day and as held a few days later. Reports of
 * the same type, with the same participants, at nearby dates are one event: each report's row
 * carries `cluster`, the id of the event's first report, assigned when the report is written
 * (`placeEvent`). The event shows its latest report (its current status) and the history of all
 * of them: status, date, article and publication date.
 */
import type { EventReport, EventRow, Page } from './types.ts';
import type { Db, Row } from './db.ts';
import { allIn, clampLimit, cmp, num, offsetCursor, placeholders, str } from './sql-common.ts';

/** How far apart two reports' dates may be and still be the same event, in days. */
export const EVENT_MATCH_DAYS = 7;

/**
 * What two reports of one event share: the type and the set of participants. Null without
 * participants: "a meeting" alone is too vague to tie to another article's meeting.
 */
export function eventMatchKey(type: string, participants: string[]): string | null {
  if (participants.length === 0) return null;
  return `${type}|${[...new Set(participants)].sort(cmp).join(',')}`;
}

function dayNumber(d: string | null): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

/**
 * Puts the just-written report `id` into the event it reports: the stored event with the same
 * match key (and the same place, where both name one; with a single participant, both must)
 * whose report date is nearest to `day` (the report's date, else its article's publication
 * day), within EVENT_MATCH_DAYS; a new event of its own otherwise. Runs in the writing transaction, so reports earlier in a batch count.
 */
export async function placeEvent(
  db: Db,
  id: number,
  matchKey: string | null,
  place: string | null,
  day: string | null,
): Promise<void> {
  let cluster = id;
  const mine = dayNumber(day);
  if (matchKey !== null && mine !== null) {
    // One named participant alone (a president who receives someone each day) needs the same
    // place as well; two or more tie reports together by themselves.
    const single = !matchKey.slice(matchKey.indexOf('|') + 1).includes(',');
    if (single && !place) return setCluster(db, id, id);
    const rows = await db.all(
      `SELECT e.cluster, e.place, COALESCE(e.date, SUBSTR(a.published, 1, 10)) AS day
       FROM events e JOIN articles a ON a.id = e.article_id
       WHERE e.match_key = ? AND e.id <> ? AND e.cluster IS NOT NULL`,
      [matchKey, id],
    );
    let best: { cluster: number; gap: number } | null = null;
    for (const r of rows) {
      if (single && !r.place) continue;
      if (place && r.place && String(r.place) !== place) continue;
      const theirs = dayNumber(str(r.day));
      if (theirs === null) continue;
      const gap = Math.abs(theirs - mine);
      const c = num(r.cluster);
      if (gap > EVENT_MATCH_DAYS) continue;
      if (!best || gap < best.gap || (gap === best.gap && c < best.cluster)) best = { cluster: c, gap };
    }
    if (best) cluster = best.cluster;
  }
  await setCluster(db, id, cluster);
}

async function setCluster(db: Db, id: number, cluster: number): Promise<void> {
  await db.run('UPDATE events SET cluster = ? WHERE id = ?', [cluster, id]);
}

/** Every report of these events, oldest publication first, by event. */
async function histories(db: Db, clusters: number[]): Promise<Map<number, EventReport[]>> {
  const out = new Map<number, EventReport[]>();
  // Each event's reports come in one chunk, so each list keeps the query's order.
  const rows = await allIn(
    db,
    (list) =>
      `SELECT x.cluster, x.status, x.date, x.article_id, a.published, a.headline
       FROM events x JOIN articles a ON a.id = x.article_id
       WHERE x.cluster IN (${list})
       ORDER BY COALESCE(a.published, ''), x.id`,
    clusters,
  );
  for (const r of rows) {
    const c = num(r.cluster);
    const list = out.get(c) ?? [];
    list.push({
      status: String(r.status) as EventReport['status'],
      date: str(r.date),
      articleId: num(r.article_id),
      published: str(r.published),
      headline: str(r.headline),
    });
    out.set(c, list);
  }
  return out;
}

/** Each event one article reports, by the trigger's offsets there: the event id and its history. */
export async function articleEventHistories(
  db: Db,
  articleId: number,
): Promise<Array<{ trigger: { start: number; end: number }; event: number; history: EventReport[] }>> {
  const rows = await db.all(
    'SELECT id, cluster, trigger_start, trigger_end FROM events WHERE article_id = ? ORDER BY id',
    [articleId],
  );
  const clusterOf = (r: Row) => (r.cluster === null || r.cluster === undefined ? num(r.id) : num(r.cluster));
  const hist = await histories(db, [...new Set(rows.map(clusterOf))]);
  return rows.map((r) => ({
    trigger: { start: num(r.trigger_start), end: num(r.trigger_end) },
    event: clusterOf(r),
    history: hist.get(clusterOf(r)) ?? [],
  }));
}

/**
 * One row per event, as its latest report has it (filters apply to that report: an event planned
 * and then held is no longer planned), with the history of all its reports.
 */
export async function listEvents(
  db: Db,
  opts: {
    status?: string;
    /** Leave out events of this status (the events page lists planned ones apart). */
    notStatus?: string;
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string | null;
  },
): Promise<Page<EventRow>> {
  const limit = clampLimit(opts.limit);
  const offset = offsetCursor(opts.cursor);
  const conds: string[] = ['r.rn = 1'];
  const params: unknown[] = [];
  if (opts.status) {
    conds.push('r.status = ?');
    params.push(opts.status);
  }
  if (opts.notStatus) {
    conds.push('r.status <> ?');
    params.push(opts.notStatus);
  }
  if (opts.from) {
    conds.push('COALESCE(r.date, r.published) >= ?');
    params.push(opts.from);
  }
  if (opts.to) {
    conds.push('COALESCE(r.date, r.published) <= ?');
    params.push(opts.to);
  }
  const latest = `WITH r AS (
      SELECT x.*, COALESCE(x.cluster, x.id) AS event, a.headline, a.published,
        ROW_NUMBER() OVER (PARTITION BY COALESCE(x.cluster, x.id) ORDER BY COALESCE(a.published, '') DESC, x.id DESC) AS rn
      FROM events x JOIN articles a ON a.id = x.article_id)`;
  const where = `WHERE ${conds.join(' AND ')}`;
  const rows = await db.all(
    `${latest} SELECT * FROM r ${where} ORDER BY COALESCE(r.date, r.published) DESC, r.id DESC LIMIT ? OFFSET ?`,
    [...params, limit + 1, offset],
  );
  const total = num((await db.get(`${latest} SELECT COUNT(*) AS n FROM r ${where}`, params))?.n);
  const page = rows.slice(0, limit);
  const hist = await histories(
    db,
    page.map((r) => num(r.event)),
  );
  const items: EventRow[] = [];
  for (const r of page) {
    const keys = JSON.parse(String(r.participants ?? '[]')) as string[];
    const all = [...keys, ...(r.place ? [String(r.place)] : [])];
    const ents = all.length
      ? await db.all(`SELECT key, name, en FROM entities WHERE key IN (${placeholders(all.length)})`, all)
      : [];
    const byKey = new Map(
      ents.map((e) => [String(e.key), { key: String(e.key), name: String(e.name), en: str(e.en) }]),
    );
    items.push({
      id: num(r.event),
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
      history: hist.get(num(r.event)) ?? [],
    });
  }
  return { items, next: rows.length > limit ? String(offset + limit) : null, total };
}
