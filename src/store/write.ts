/**
 * Writing a batch of analysed articles, in one transaction, in an order that cannot deadlock.
 *
 * Several writers share one PostgreSQL archive (queue workers, concurrent ingests). Rows only one
 * transaction can see (its new article and that article's mentions, quotes, times, events, LSH
 * buckets) are written first; the rows every writer touches come last, in phases that all
 * writers take in the same order, each phase in sorted key order:
 *   1. new article rows (by content hash: a concurrent copy of the same text waits on the unique index);
 *   2. entities (by key), 3. aliases (by key, alias), 4. facet keys (by key);
 *   4b. each new event report joined to its event (after 2, whose locks order such writers);
 *   5. earlier articles that become the head of a duplicate group (by id);
 *   6. the archive's change counter (one row, always last), which marks the stories stale.
 * Two transactions that wait on each other's rows then always wait in the same direction, and
 * the shared locks are held only for the short tail of the transaction.
 */
import { roleText, type MarsadDocument } from '../doc/types.ts';
import type { ArticleInfo, PutResult } from './types.ts';
import type { Db } from './db.ts';
import { allIn, cmp, insertRows, num, placeholders, type FtsDialect } from './sql-common.ts';
import { termString } from './terms.ts';
import { headlineOf, prepareDocument, publishedOf, type Prepared } from './prepare.ts';
import { bandKeys, decodeSig, DUP_THRESHOLD, similarity } from './dedup.ts';
import { eventMatchKey, placeEvent } from './events.ts';

/** What the full-text side needs from a backend to index a row. */
export interface FtsIndexer {
  index(db: Db, kind: 'articles' | 'quotes' | 'events', id: number, cols: string[]): Promise<void>;
}

export interface PutInput {
  doc: MarsadDocument;
  info: ArticleInfo;
  /** Index terms computed ahead (e.g. in an ingest worker thread); computed here when absent. */
  prepared?: Prepared;
}

interface EntityRow {
  key: string;
  type: string;
  name: string;
  en: string | null;
  norm: string;
  articles: number;
  mentions: number;
}

interface Created {
  id: number;
  doc: MarsadDocument;
  prep: Prepared;
  site: string | null;
  published: string | null;
}

/** Writes `batch` inside the caller's transaction `db`; results are in the batch's order. */
export async function writeBatch(db: Db, fts: FtsIndexer, batch: PutInput[]): Promise<PutResult[]> {
  const items = batch.map((b, i) => ({ ...b, i, prep: b.prepared ?? prepareDocument(b.doc) }));
  // SQLite has one writer at a time: keep ids in input order there.
  if (db.dialect === 'postgres') items.sort((a, b) => cmp(a.prep.hash, b.prep.hash));
  const out: PutResult[] = new Array<PutResult>(batch.length);
  const created: Created[] = [];
  const newIds = new Set<number>();
  const heads = new Set<number>();
  const reports: NewReport[] = [];

  // 1. Article rows and the rows that belong to them alone.
  for (const it of items) {
    const r = await insertArticle(db, it.doc, it.info, it.prep);
    out[it.i] = r;
    if (!r.created) continue;
    newIds.add(r.id);
    const c: Created = { id: r.id, doc: it.doc, prep: it.prep, site: it.info.site ?? it.doc.meta.site ?? null, published: publishedOf(it.doc) };
    created.push(c);
    await writeOwnRows(db, fts, c, reports);
    await assignDuplicate(db, c.id, c.prep.sig, newIds, heads);
  }
  if (created.length === 0) return out;

  // 2–3. Entities and aliases shared with every other article, summed over the batch, sorted.
  const entities = new Map<string, EntityRow>();
  const aliases = new Map<string, { key: string; alias: string; norm: string; count: number }>();
  for (const { doc, prep } of created) {
    for (const e of doc.entities) {
      const have = entities.get(e.key);
      if (have) {
        have.articles++;
        have.mentions += e.mentions.length;
        have.en ??= e.en;
      } else {
        const norm = prep.norms[e.name] ?? termString(e.name);
        entities.set(e.key, { key: e.key, type: e.type, name: e.name, en: e.en, norm, articles: 1, mentions: e.mentions.length });
      }
      const forms = new Map<string, number>();
      for (const m of e.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      if (!forms.has(e.name)) forms.set(e.name, 0);
      for (const [alias, count] of forms) {
        const k = `${e.key}\u0000${alias}`;
        const a = aliases.get(k);
        if (a) a.count += count;
        else aliases.set(k, { key: e.key, alias, norm: prep.norms[alias] ?? termString(alias), count });
      }
    }
  }
  await insertRows(
    db,
    'entities',
    ['key', 'type', 'name', 'en', 'en_lower', 'name_norm', 'articles', 'mentions'],
    [...entities.values()]
      .sort((x, y) => cmp(x.key, y.key))
      .map((e) => [e.key, e.type, e.name, e.en, e.en?.toLowerCase() ?? null, e.norm, e.articles, e.mentions]),
    ` ON CONFLICT (key) DO UPDATE SET
       articles = entities.articles + excluded.articles,
       mentions = entities.mentions + excluded.mentions,
       en = COALESCE(entities.en, excluded.en),
       en_lower = COALESCE(entities.en_lower, excluded.en_lower)`,
  );
  const aliasRows = [...aliases.values()].sort((x, y) => cmp(x.key, y.key) || cmp(x.alias, y.alias));
  await insertRows(
    db,
    'aliases',
    ['key', 'alias', 'norm', 'count'],
    aliasRows.map((a) => [a.key, a.alias, a.norm, a.count]),
    ' ON CONFLICT (key, alias) DO UPDATE SET count = aliases.count + excluded.count',
  );

  // 4. Facet keys (an append-only dictionary), then each article's facet row.
  const facetKeys = new Set<string>();
  for (const { doc } of created) for (const e of doc.entities) if (e.mentions.length > 0) facetKeys.add(e.key);
  const keyId = await facetKeyIds(db, [...facetKeys].sort(cmp));
  for (const c of created) {
    const keys = [...new Set(c.doc.entities.filter((e) => e.mentions.length > 0).map((e) => e.key))];
    const buf = Buffer.alloc(keys.length * 4);
    for (const [i, k] of keys.entries()) buf.writeUInt32BE(keyId.get(k)!, i * 4);
    await db.run('INSERT INTO article_facets (article_id, site, month, keys) VALUES (?, ?, ?, ?)', [
      c.id,
      c.site,
      c.published ? c.published.slice(0, 7) : null,
      buf,
    ]);
  }

  // 4b. Each new event report joins the event it reports (events.ts). Only after the entity
  // rows (phase 2): two writers storing reports with the same participants wait there on each
  // other's entity rows until the first commits, so the second's lookup sees the first's report.
  reports.sort((a, b) => cmp(a.matchKey ?? '', b.matchKey ?? '') || a.id - b.id);
  for (const r of reports) await placeEvent(db, r.id, r.matchKey, r.place, r.day);

  // 5. Earlier articles that now head a duplicate group.
  for (const id of [...heads].sort((a, b) => a - b)) {
    await db.run('UPDATE articles SET dup_group = ? WHERE id = ? AND dup_group IS NULL', [id, id]);
  }

  // 6. Stories are stale from this commit on (rebuilt by whoever sees them stale: see stories.ts).
  await db.run("UPDATE archive_state SET value = value + 1 WHERE key = 'articles_version'");
  return out;
}

async function insertArticle(db: Db, doc: MarsadDocument, info: ArticleInfo, prep: Prepared): Promise<PutResult> {
  const { text, ...rest } = doc;
  const inserted = await db.all<{ id: unknown }>(
    `INSERT INTO articles (hash, headline, published, site, url, origin, ingested_at, text, doc, keyterms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`,
    [
      prep.hash,
      headlineOf(doc),
      publishedOf(doc),
      info.site ?? doc.meta.site ?? null,
      info.url ?? doc.meta.url ?? null,
      info.origin ?? doc.meta.origin ?? null,
      new Date().toISOString(),
      text,
      JSON.stringify(rest),
      prep.keyterms,
    ],
  );
  if (inserted.length === 0) {
    const row = await db.get<{ id: unknown }>('SELECT id FROM articles WHERE hash = ?', [prep.hash]);
    return { id: num(row?.id), created: false };
  }
  return { id: num(inserted[0]!.id), created: true };
}

/** Rows no other transaction can see or touch until this one commits. */
/** An event report written in this batch, to be matched to its event in phase 4b. */
interface NewReport {
  id: number;
  matchKey: string | null;
  place: string | null;
  day: string | null;
}

async function writeOwnRows(db: Db, fts: FtsIndexer, { id, doc, prep, published }: Created, reports: NewReport[]): Promise<void> {
  // Full text: headline boosted, body; our own normalised terms only.
  await fts.index(db, 'articles', id, [prep.headTerms, prep.bodyTerms]);
  const keyOf = new Map<string, { key: string; name: string }>();
  for (const e of doc.entities) keyOf.set(e.id, { key: e.key, name: e.name });
  await insertRows(
    db,
    'mentions',
    ['article_id', 'key', 'start_off', 'end_off', 'text'],
    doc.entities.flatMap((e) => e.mentions.map((m) => [id, e.key, m.start, m.end, m.text])),
  );
  await insertRows(
    db,
    'roles',
    ['article_id', 'key', 'text'],
    doc.entities.flatMap((e) => e.roles.map((r) => [id, e.key, roleText(r)])),
  );

  for (const [i, q] of doc.quotes.entries()) {
    const sp = q.speaker.entity ? keyOf.get(q.speaker.entity) : undefined;
    const speakerName = sp?.name ?? q.speaker.text?.text ?? null;
    const row = await db.all<{ id: unknown }>(
      `INSERT INTO quotes (article_id, kind, start_off, end_off, text, cue, speaker_key, speaker_name, speaker_norm, stance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        id,
        q.kind,
        q.text.start,
        q.text.end,
        q.text.text,
        q.cue?.text ?? null,
        sp?.key ?? null,
        speakerName,
        speakerName ? (prep.norms[speakerName] ?? termString(speakerName)) : null,
        q.stance ?? null,
      ],
    );
    const qid = num(row[0]!.id);
    const targets = [...new Set((q.target ?? []).flatMap((t) => keyOf.get(t)?.key ?? []))];
    await insertRows(db, 'quote_targets', ['article_id', 'quote_id', 'key'], targets.map((key) => [id, qid, key]));
    await fts.index(db, 'quotes', qid, [prep.quoteTerms[i] ?? '']);
  }

  await insertRows(
    db,
    'times',
    ['article_id', 'type', 'value', 'anchor', 'start_off', 'end_off', 'text'],
    doc.times.map((t) => [id, t.type, t.value, t.anchor, t.start, t.end, t.text]),
  );

  for (const [i, ev] of doc.events.entries()) {
    const parts = ev.participants.map((p) => keyOf.get(p)?.key).filter((k): k is string => !!k);
    const place = ev.place ? (keyOf.get(ev.place)?.key ?? null) : null;
    const date = ev.time && /^\d{4}-\d{2}-\d{2}$/.test(ev.time.value) ? ev.time.value : null;
    const [ss, se] = prep.eventSentences[i] ?? [ev.trigger.start, ev.trigger.end];
    const matchKey = eventMatchKey(ev.type, parts);
    const row = await db.all<{ id: unknown }>(
      `INSERT INTO events (article_id, type, status, trigger_start, trigger_end, trigger_text, date, participants, place, sent_start, sent_end, match_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [id, ev.type, ev.status, ev.trigger.start, ev.trigger.end, ev.trigger.text, date, JSON.stringify(parts), place, ss, se, matchKey],
    );
    const eventId = num(row[0]!.id);
    await fts.index(db, 'events', eventId, [prep.eventTerms[i] ?? '']);
    reports.push({ id: eventId, matchKey, place, day: date ?? published?.slice(0, 10) ?? null });
  }
}

/**
 * The numbers standing for entity keys in facet rows (facet_keys only ever grows): the known ones
 * read at once, the new ones added in the given (sorted) order, so ids follow key order.
 */
async function facetKeyIds(db: Db, keys: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const read = async (ks: string[]) => {
    const rows = await allIn<{ id: unknown; key: string }>(db, (list) => `SELECT id, key FROM facet_keys WHERE key IN (${list})`, ks);
    for (const r of rows) ids.set(r.key, num(r.id));
  };
  await read(keys);
  const fresh = keys.filter((k) => !ids.has(k));
  await insertRows(db, 'facet_keys', ['key'], fresh.map((k) => [k]), ' ON CONFLICT (key) DO NOTHING');
  await read(fresh);
  return ids;
}

/**
 * MinHash/LSH: joins the article to the duplicate group of its nearest stored copy. An earlier
 * article that becomes a group's head is only noted in `heads` (its row is shared, so it is
 * updated in phase 5); one created in this batch is updated at once.
 */
async function assignDuplicate(db: Db, id: number, sigHex: string | null, newIds: Set<number>, heads: Set<number>): Promise<void> {
  if (!sigHex) return;
  const sig = decodeSig(sigHex);
  const keys = bandKeys(sig);
  const cands = await db.all<{ id: unknown; minhash: string; dup_group: unknown }>(
    `SELECT DISTINCT a.id, a.minhash, a.dup_group FROM lsh l JOIN articles a ON a.id = l.article_id
     WHERE l.bucket IN (${placeholders(keys.length)}) AND a.id <> ?`,
    [...keys, id],
  );
  let best: { id: number; group: number | null; sim: number } | null = null;
  for (const c of cands) {
    if (!c.minhash) continue;
    const s = similarity(sig, decodeSig(c.minhash));
    if (s >= DUP_THRESHOLD && (!best || s > best.sim)) {
      best = { id: num(c.id), group: c.dup_group === null ? null : num(c.dup_group), sim: s };
    }
  }
  let group: number | null = null;
  if (best) {
    group = best.group ?? best.id;
    if (best.group === null) {
      if (newIds.has(best.id)) await db.run('UPDATE articles SET dup_group = ? WHERE id = ?', [group, best.id]);
      else heads.add(best.id);
    }
  }
  await db.run('UPDATE articles SET minhash = ?, dup_group = ? WHERE id = ?', [sigHex, group, id]);
  await insertRows(db, 'lsh', ['bucket', 'article_id'], keys.map((k) => [k, id]));
}

/** Which of these content hashes are already stored (lets ingest skip analysing them). */
export async function hasHashes(db: Db, hashes: string[]): Promise<Set<string>> {
  const rows = await allIn<{ hash: string }>(db, (list) => `SELECT hash FROM articles WHERE hash IN (${list})`, hashes);
  return new Set(rows.map((r) => r.hash));
}

/** Deletes an article and everything indexed from it; run inside a transaction (`db` is its handle). */
export async function deleteArticle(db: Db, fts: FtsDialect, id: number): Promise<boolean> {
  const a = await db.get('SELECT id FROM articles WHERE id = ?', [id]);
  if (!a) return false;
  // Undo the entity counts this article contributed.
  const perKey = await db.all<{ key: string; n: unknown }>(
    'SELECT key, COUNT(*) AS n FROM mentions WHERE article_id = ? GROUP BY key ORDER BY key',
    [id],
  );
  for (const r of perKey) {
    await db.run('UPDATE entities SET articles = articles - 1, mentions = mentions - ? WHERE key = ?', [
      num(r.n),
      r.key,
    ]);
  }
  const perAlias = await db.all<{ key: string; text: string; n: unknown }>(
    'SELECT key, text, COUNT(*) AS n FROM mentions WHERE article_id = ? GROUP BY key, text ORDER BY key, text',
    [id],
  );
  for (const r of perAlias) {
    await db.run('UPDATE aliases SET count = count - ? WHERE key = ? AND alias = ?', [
      num(r.n),
      r.key,
      r.text,
    ]);
  }
  if (perKey.length) {
    const keys = perKey.map((r) => r.key);
    await db.run(
      `DELETE FROM aliases WHERE key IN (${placeholders(keys.length)}) AND count <= 0 AND key IN (SELECT key FROM entities WHERE articles <= 0)`,
      keys,
    );
    await db.run(`DELETE FROM entities WHERE key IN (${placeholders(keys.length)}) AND articles <= 0`, keys);
    await db.run(
      `DELETE FROM aliases WHERE key IN (${placeholders(keys.length)}) AND count <= 0 AND alias NOT IN (SELECT name FROM entities WHERE entities.key = aliases.key)`,
      keys,
    );
  }
  const qids = (await db.all<{ id: unknown }>('SELECT id FROM quotes WHERE article_id = ?', [id])).map((r) =>
    num(r.id),
  );
  const eids = (await db.all<{ id: unknown }>('SELECT id FROM events WHERE article_id = ?', [id])).map((r) =>
    num(r.id),
  );
  await fts.unindex(db, 'quotes', qids);
  await fts.unindex(db, 'events', eids);
  await fts.unindex(db, 'articles', [id]);
  for (const t of ['mentions', 'roles', 'quotes', 'quote_targets', 'times', 'events', 'lsh', 'article_facets']) {
    await db.run(`DELETE FROM ${t} WHERE article_id = ?`, [id]);
  }
  await db.run('DELETE FROM articles WHERE id = ?', [id]);
  // A copy left alone is no longer a duplicate group.
  await db.run(
    `UPDATE articles SET dup_group = NULL WHERE dup_group IS NOT NULL AND dup_group IN (
       SELECT dup_group FROM articles WHERE dup_group IS NOT NULL GROUP BY dup_group HAVING COUNT(*) < 2)`,
  );
  await db.run("UPDATE archive_state SET value = value + 1 WHERE key = 'articles_version'");
  return true;
}
