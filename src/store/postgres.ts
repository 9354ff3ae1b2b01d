/**
 * The PostgreSQL archive behind the same `Store` interface, for several ingest machines and
 * workers sharing one archive. Full text is a tsvector of OUR terms (terms.ts) with the 'simple'
 * configuration: PostgreSQL's 'arabic' stemmer would re-stem and mishandle harakat and clitics.
 * Ranking is ts_rank with the headline weighted A and the body B.
 */
import pg from 'pg';
import type { Db, Row } from './db.ts';
import { StoreError } from './db.ts';
import { SqlStore, type FtsDialect, type FtsKind } from './sql-store.ts';
import { toTsquery, type ParsedQuery } from './query.ts';
import { checkSettings } from './sqlite.ts';

// COUNT(*) and BIGSERIAL ids come back as int8: numbers are fine at archive scale.
pg.types.setTypeParser(20, (v: string) => parseInt(v, 10));

const MIGRATIONS: string[] = [
  `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE articles (
     id BIGSERIAL PRIMARY KEY,
     hash TEXT NOT NULL UNIQUE,
     headline TEXT, published TEXT, site TEXT, url TEXT, origin TEXT,
     ingested_at TEXT NOT NULL,
     dup_group BIGINT, story BIGINT, minhash TEXT,
     text TEXT NOT NULL,
     doc TEXT NOT NULL,
     tsv tsvector);
   CREATE INDEX articles_published ON articles(published);
   CREATE INDEX articles_site ON articles(site);
   CREATE INDEX articles_dup ON articles(dup_group);
   CREATE INDEX articles_story ON articles(story);
   CREATE INDEX articles_tsv ON articles USING GIN (tsv);
   CREATE TABLE lsh (bucket TEXT NOT NULL, article_id BIGINT NOT NULL);
   CREATE INDEX lsh_bucket ON lsh(bucket);
   CREATE INDEX lsh_article ON lsh(article_id);
   CREATE TABLE entities (key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, name_norm TEXT,
     en TEXT, en_lower TEXT, articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0);
   CREATE INDEX entities_en ON entities(en_lower);
   CREATE INDEX entities_norm ON entities(name_norm);
   CREATE TABLE aliases (key TEXT NOT NULL, alias TEXT NOT NULL, norm TEXT NOT NULL, count INTEGER NOT NULL,
     PRIMARY KEY (key, alias));
   CREATE INDEX aliases_norm ON aliases(norm);
   CREATE TABLE mentions (article_id BIGINT NOT NULL, key TEXT NOT NULL, start_off INTEGER, end_off INTEGER, text TEXT);
   CREATE INDEX mentions_article ON mentions(article_id);
   CREATE INDEX mentions_key ON mentions(key, article_id);
   CREATE TABLE roles (article_id BIGINT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL);
   CREATE INDEX roles_key ON roles(key);
   CREATE INDEX roles_article ON roles(article_id);
   CREATE TABLE quotes (id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL, kind TEXT,
     start_off INTEGER, end_off INTEGER, text TEXT, cue TEXT, speaker_key TEXT, speaker_name TEXT, speaker_norm TEXT,
     tsv tsvector);
   CREATE INDEX quotes_article ON quotes(article_id);
   CREATE INDEX quotes_speaker ON quotes(speaker_key);
   CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
   CREATE TABLE times (article_id BIGINT NOT NULL, type TEXT, value TEXT, anchor TEXT, start_off INTEGER, end_off INTEGER, text TEXT);
   CREATE INDEX times_article ON times(article_id);
   CREATE TABLE events (id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL, type TEXT, status TEXT,
     trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT, date TEXT, participants TEXT, place TEXT,
     sent_start INTEGER, sent_end INTEGER, tsv tsvector);
   CREATE INDEX events_article ON events(article_id);
   CREATE INDEX events_tsv ON events USING GIN (tsv);
   CREATE TABLE stories (id BIGSERIAL PRIMARY KEY, title TEXT, size INTEGER, first TEXT, last TEXT);`,
  // v2: salient terms per article, for story clustering.
  `ALTER TABLE articles ADD COLUMN keyterms TEXT;`,
  // v3: what search facets count, one narrow row per article (see the SQLite migration).
  `CREATE TABLE article_facets (article_id BIGINT PRIMARY KEY, site TEXT, month TEXT, keys TEXT NOT NULL);
   INSERT INTO article_facets (article_id, site, month, keys)
     SELECT a.id, a.site, SUBSTR(a.published, 1, 7),
       COALESCE((SELECT json_agg(DISTINCT m.key)::text FROM mentions m WHERE m.article_id = a.id), '[]')
     FROM articles a;`,
  // v4: entity keys as numbers into facet_keys (see the SQLite migration).
  `CREATE TABLE facet_keys (id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE);
   INSERT INTO facet_keys (key) SELECT DISTINCT key FROM mentions ORDER BY key;
   DROP TABLE article_facets;
   CREATE TABLE article_facets (article_id BIGINT PRIMARY KEY, site TEXT, month TEXT, keys BYTEA NOT NULL);
   INSERT INTO article_facets (article_id, site, month, keys)
     SELECT a.id, a.site, SUBSTR(a.published, 1, 7),
       COALESCE((SELECT string_agg(int4send(k.id::int), ''::bytea) FROM
         (SELECT DISTINCT fk.id FROM mentions m JOIN facet_keys fk ON fk.key = m.key WHERE m.article_id = a.id) k), ''::bytea)
     FROM articles a;`,
  // v5: the stories' staleness mark (see the SQLite migration).
  `CREATE TABLE archive_state (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
   INSERT INTO archive_state (key, value) VALUES ('articles_version', 0);
   INSERT INTO archive_state (key, value)
     SELECT 'stories_version', CASE WHEN EXISTS (SELECT 1 FROM articles) THEN -1 ELSE 0 END;`,
  // v6: one event across articles (see the SQLite migration).
  `ALTER TABLE events ADD COLUMN match_key TEXT;
   ALTER TABLE events ADD COLUMN cluster BIGINT;
   UPDATE events SET cluster = id, match_key = type || '|' ||
     (SELECT string_agg(v, ',' ORDER BY v COLLATE "C") FROM json_array_elements_text(events.participants::json) v);
   CREATE INDEX events_match ON events(match_key);
   CREATE INDEX events_cluster ON events(cluster);`,
];

/** `?` placeholders → `$1…$n` (our SQL never has a literal `?`). */
function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

/** SQLSTATEs after which running the whole transaction again can succeed. */
const RETRYABLE = new Set(['40P01' /* deadlock_detected */, '40001' /* serialization_failure */]);
const TX_ATTEMPTS = 8;

/** Full jitter over an exponential ceiling (25 ms, 50 ms, … 2 s): retries do not collide again. */
export function backoff(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(2000, 25 * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

class PgDb implements Db {
  readonly dialect = 'postgres' as const;
  constructor(
    private readonly q: pg.Pool | pg.PoolClient,
    private readonly pool: pg.Pool,
    /** Transactions run again after a deadlock or serialisation failure (shared per store). */
    readonly retries: { count: number } = { count: 0 },
  ) {}

  async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.q.query(numbered(sql), params)).rows as T[];
  }

  async get<T = Row>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.q.query(numbered(sql), params)).rowCount ?? 0;
  }

  /**
   * One transaction; one that PostgreSQL aborts as a deadlock victim or a serialisation failure
   * is run again from the start after a jittered, growing pause (`fn` must only touch the
   * database). The write order (write.ts) makes deadlocks rare; this covers the rest.
   */
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.q !== this.pool) return fn(this);
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const r = await fn(new PgDb(client, this.pool, this.retries));
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (e as { code?: string }).code;
        if (!(code && RETRYABLE.has(code)) || attempt >= TX_ATTEMPTS) throw e;
        this.retries.count++;
      } finally {
        client.release();
      }
      await sleep(backoff(attempt));
    }
  }

  async close(): Promise<void> {
    if (this.q === this.pool) await this.pool.end();
  }
}

const pgFts: FtsDialect = {
  async index(db, kind, id, cols) {
    if (kind === 'articles') {
      await db.run(
        `UPDATE articles SET tsv = setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') WHERE id = ?`,
        [cols[0] ?? '', cols[1] ?? '', id],
      );
    } else {
      await db.run(`UPDATE ${kind} SET tsv = to_tsvector('simple', ?) WHERE id = ?`, [cols[0] ?? '', id]);
    }
  },
  async unindex(db, kind: FtsKind, ids) {
    // The vector lives on the row; clearing it first keeps "deleted ⇒ unsearchable" explicit.
    for (const id of ids) await db.run(`UPDATE ${kind} SET tsv = NULL WHERE id = ?`, [id]);
  },
  async count(db, kind, id) {
    const r = await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM ${kind} WHERE id = ? AND tsv IS NOT NULL`,
      [id],
    );
    return r?.n ?? 0;
  },
  async integrity() {
    return null; // the vector lives on its row: nothing to check apart from gaps
  },
  async gaps(db, kind) {
    const rows = await db.all<{ id: number }>(`SELECT id FROM ${kind} WHERE tsv IS NULL ORDER BY id`);
    return { missing: rows.map((r) => Number(r.id)), orphans: [] };
  },
  async clear(db) {
    for (const t of ['articles', 'quotes', 'events']) await db.run(`UPDATE ${t} SET tsv = NULL WHERE tsv IS NOT NULL`);
  },
  match(kind, p: ParsedQuery, alias) {
    const { match, not } = toTsquery(p);
    if (match) {
      return {
        from: { sql: `${kind} ${alias}`, params: [] },
        where: { sql: `${alias}.tsv @@ to_tsquery('simple', ?)`, params: [match] },
        score: { sql: `ts_rank(${alias}.tsv, to_tsquery('simple', ?), 1)`, params: [match] },
        newest: `${alias}.id DESC`,
      };
    }
    return {
      from: { sql: `${kind} ${alias}`, params: [] },
      where: not
        ? { sql: `NOT (COALESCE(${alias}.tsv, ''::tsvector) @@ to_tsquery('simple', ?))`, params: [not] }
        : { sql: '1=1', params: [] },
      score: { sql: '0', params: [] },
    };
  },
};

export class PostgresStore extends SqlStore {
  constructor(readonly pool: pg.Pool) {
    super('postgres', new PgDb(pool, pool), pgFts);
  }

  /** Transactions run again after a deadlock or serialisation failure, since opening. */
  override get txRetries(): number {
    return (this.db as PgDb).retries.count;
  }

  /** A session advisory lock held on its own connection while `fn` runs (other processes wait). */
  override async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(7316002)');
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(7316002)').catch(() => undefined);
      }
    } finally {
      client.release();
    }
  }
}

export async function openPostgres(url: string): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new StoreError(
      `cannot connect to PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')}: ${(e as Error).message}`,
    );
  }
  try {
    // One migrator at a time when several workers start together.
    await client.query('SELECT pg_advisory_lock(7316001)');
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const cur =
      ((await client.query('SELECT MAX(version) AS v FROM schema_version')).rows[0]?.v as number | null) ?? 0;
    if (cur > MIGRATIONS.length) {
      throw new StoreError(
        `this archive has schema version ${cur}, newer than this marsad understands (${MIGRATIONS.length}); upgrade marsad`,
      );
    }
    for (let v = cur; v < MIGRATIONS.length; v++) {
      await client.query('BEGIN');
      await client.query(MIGRATIONS[v]!);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
      await client.query('COMMIT');
    }
    const rows = (await client.query('SELECT key, value FROM settings')).rows as Array<{
      key: string;
      value: string;
    }>;
    const have = new Map(rows.map((r) => [r.key, r.value]));
    const toSet: Array<[string, string]> = [];
    checkSettings(
      (k) => have.get(k),
      (k, v) => toSet.push([k, v]),
      url.replace(/:[^:@/]*@/, ':***@'),
    );
    for (const [k, v] of toSet) {
      await client.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
        k,
        v,
      ]);
    }
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.query('SELECT pg_advisory_unlock(7316001)').catch(() => undefined);
    client.release();
    await pool.end().catch(() => undefined);
    if (e instanceof StoreError) throw e;
    throw new StoreError(`PostgreSQL archive setup failed: ${(e as Error).message}`);
  }
  await client.query('SELECT pg_advisory_unlock(7316001)');
  client.release();
  return new PostgresStore(pool);
}
