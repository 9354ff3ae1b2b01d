/**
 * The embedded archive: SQLite through better-sqlite3, WAL journal, synchronous=NORMAL (a
 * committed batch survives a process kill; a power cut may lose the last batch, never corrupt),
 * one transaction per batch. Full text is FTS5 over OUR terms (see terms.ts) with the `ascii`
 * tokenizer, which only splits on ASCII spaces/punctuation and leaves Arabic untouched:
 * unicode61 over the raw text would mishandle harakat and و/ف + ال.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Db, Row } from './db.ts';
import { StoreError } from './db.ts';
import { SqlStore, type FtsDialect, type FtsKind } from './sql-store.ts';
import { toFts5, type ParsedQuery } from './query.ts';
import { indexSettings } from './terms.ts';

/** Each entry upgrades the schema by one version; never edit a shipped entry, append a new one. */
const MIGRATIONS: string[] = [
  `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE articles (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     hash TEXT NOT NULL UNIQUE,
     headline TEXT, published TEXT, site TEXT, url TEXT, origin TEXT,
     ingested_at TEXT NOT NULL,
     dup_group INTEGER, story INTEGER, minhash TEXT,
     text TEXT NOT NULL,
     doc TEXT NOT NULL);
   CREATE INDEX articles_published ON articles(published);
   CREATE INDEX articles_site ON articles(site);
   CREATE INDEX articles_dup ON articles(dup_group);
   CREATE INDEX articles_story ON articles(story);
   CREATE TABLE lsh (bucket TEXT NOT NULL, article_id INTEGER NOT NULL);
   CREATE INDEX lsh_bucket ON lsh(bucket);
   CREATE INDEX lsh_article ON lsh(article_id);
   CREATE TABLE entities (key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, name_norm TEXT,
     en TEXT, en_lower TEXT, articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0);
   CREATE INDEX entities_en ON entities(en_lower);
   CREATE INDEX entities_norm ON entities(name_norm);
   CREATE TABLE aliases (key TEXT NOT NULL, alias TEXT NOT NULL, norm TEXT NOT NULL, count INTEGER NOT NULL,
     PRIMARY KEY (key, alias));
   CREATE INDEX aliases_norm ON aliases(norm);
   CREATE TABLE mentions (article_id INTEGER NOT NULL, key TEXT NOT NULL, start_off INTEGER, end_off INTEGER, text TEXT);
   CREATE INDEX mentions_article ON mentions(article_id);
   CREATE INDEX mentions_key ON mentions(key, article_id);
   CREATE TABLE roles (article_id INTEGER NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL);
   CREATE INDEX roles_key ON roles(key);
   CREATE INDEX roles_article ON roles(article_id);
   CREATE TABLE quotes (id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, kind TEXT,
     start_off INTEGER, end_off INTEGER, text TEXT, cue TEXT, speaker_key TEXT, speaker_name TEXT, speaker_norm TEXT);
   CREATE INDEX quotes_article ON quotes(article_id);
   CREATE INDEX quotes_speaker ON quotes(speaker_key);
   CREATE TABLE times (article_id INTEGER NOT NULL, type TEXT, value TEXT, anchor TEXT, start_off INTEGER, end_off INTEGER, text TEXT);
   CREATE INDEX times_article ON times(article_id);
   CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, type TEXT, status TEXT,
     trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT, date TEXT, participants TEXT, place TEXT,
     sent_start INTEGER, sent_end INTEGER);
   CREATE INDEX events_article ON events(article_id);
   CREATE TABLE stories (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, size INTEGER, first TEXT, last TEXT);
   CREATE VIRTUAL TABLE fts_articles USING fts5(headline, body, content='', contentless_delete=1, tokenize='ascii');
   CREATE VIRTUAL TABLE fts_quotes USING fts5(text, content='', contentless_delete=1, tokenize='ascii');
   CREATE VIRTUAL TABLE fts_events USING fts5(text, content='', contentless_delete=1, tokenize='ascii');`,
  // v2: salient terms per article, for story clustering.
  `ALTER TABLE articles ADD COLUMN keyterms TEXT;`,
  // v3: what search facets count, one narrow row per article (outlet, month, distinct entity keys),
  // so facets over a thousand matches read a thousand small rows, not every mention.
  `CREATE TABLE article_facets (article_id INTEGER PRIMARY KEY, site TEXT, month TEXT, keys TEXT NOT NULL);
   INSERT INTO article_facets (article_id, site, month, keys)
     SELECT a.id, a.site, SUBSTR(a.published, 1, 7),
       (SELECT json_group_array(DISTINCT m.key) FROM mentions m WHERE m.article_id = a.id)
     FROM articles a;`,
  // v4: facet rows hold entity keys as numbers (uint32, big-endian, one per distinct key) into
  // facet_keys, an append-only dictionary: parsing key strings was most of a facet request.
  `CREATE TABLE facet_keys (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE);
   INSERT INTO facet_keys (key) SELECT DISTINCT key FROM mentions ORDER BY key;
   DROP TABLE article_facets;
   CREATE TABLE article_facets (article_id INTEGER PRIMARY KEY, site TEXT, month TEXT, keys BLOB NOT NULL);
   INSERT INTO article_facets (article_id, site, month, keys)
     SELECT a.id, a.site, SUBSTR(a.published, 1, 7),
       COALESCE((SELECT unhex(group_concat(printf('%08x', k.id), '')) FROM
         (SELECT DISTINCT fk.id FROM mentions m JOIN facet_keys fk ON fk.key = m.key WHERE m.article_id = a.id) k), X'')
     FROM articles a;`,
  // v5: a change counter bumped in every article write's transaction, and the value it had when
  // the stories were last built: stories differ from it after a crash between the two, and are
  // rebuilt. An archive from before v5 may be in that state: its stories count as stale.
  `CREATE TABLE archive_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
   INSERT INTO archive_state (key, value) VALUES ('articles_version', 0);
   INSERT INTO archive_state (key, value)
     SELECT 'stories_version', CASE WHEN EXISTS (SELECT 1 FROM articles) THEN -1 ELSE 0 END;`,
  // v6: one event across articles (events.ts). `match_key` is the event's type and its sorted
  // participant keys (NULL without participants: too vague to match); `cluster` is the id of the
  // first report of the same event. Reports already stored stay events of their own.
  `ALTER TABLE events ADD COLUMN match_key TEXT;
   ALTER TABLE events ADD COLUMN cluster INTEGER;
   UPDATE events SET cluster = id, match_key = type || '|' ||
     (SELECT group_concat(value, ',') FROM (SELECT value FROM json_each(events.participants) ORDER BY value));
   CREATE INDEX events_match ON events(match_key);
   CREATE INDEX events_cluster ON events(cluster);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private cache = new Map<string, Database.Statement>();
  private chain: Promise<unknown> = Promise.resolve();
  private inTx = false;

  constructor(readonly raw: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    const s = this.stmt(sql);
    if (!s.reader) {
      s.run(...params);
      return [];
    }
    return s.all(...params) as T[];
  }

  async get<T = Row>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return this.stmt(sql).run(...params).changes;
  }

  /** One connection: transactions are serialised so concurrent callers never interleave. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    const next = this.chain.then(async () => {
      this.raw.exec('BEGIN IMMEDIATE');
      this.inTx = true;
      try {
        const r = await fn(this);
        this.raw.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw e;
      } finally {
        this.inTx = false;
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    this.raw.close();
  }
}

const FTS_TABLE: Record<FtsKind, string> = {
  articles: 'fts_articles',
  quotes: 'fts_quotes',
  events: 'fts_events',
};

/** Headline weighs 4× the body in BM25. */
const WEIGHTS: Record<FtsKind, string> = { articles: '4.0, 1.0', quotes: '1.0', events: '1.0' };

const sqliteFts: FtsDialect = {
  async index(db, kind, id, cols) {
    const t = FTS_TABLE[kind];
    const names = kind === 'articles' ? 'headline, body' : 'text';
    await db.run(`INSERT INTO ${t} (rowid, ${names}) VALUES (?, ${cols.map(() => '?').join(', ')})`, [
      id,
      ...cols,
    ]);
  },
  async unindex(db, kind, ids) {
    for (const id of ids) await db.run(`DELETE FROM ${FTS_TABLE[kind]} WHERE rowid = ?`, [id]);
  },
  async count(db, kind, id) {
    const r = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${FTS_TABLE[kind]} WHERE rowid = ?`, [
      id,
    ]);
    return r?.n ?? 0;
  },
  async integrity(db) {
    for (const t of Object.values(FTS_TABLE)) {
      try {
        await db.run(`INSERT INTO ${t} (${t}, rank) VALUES ('integrity-check', 0)`);
      } catch (e) {
        return `${t}: ${(e as Error).message}`;
      }
    }
    return 'ok';
  },
  async gaps(db, kind) {
    const t = FTS_TABLE[kind];
    const ids = async (sql: string) => (await db.all<{ id: number }>(sql)).map((r) => Number(r.id));
    return {
      missing: await ids(`SELECT id FROM ${kind} WHERE id NOT IN (SELECT id FROM ${t}_docsize) ORDER BY id`),
      orphans: await ids(`SELECT id FROM ${t}_docsize WHERE id NOT IN (SELECT id FROM ${kind}) ORDER BY id`),
    };
  },
  async clear(db) {
    for (const t of Object.values(FTS_TABLE)) await db.run(`INSERT INTO ${t} (${t}) VALUES ('delete-all')`);
  },
  match(kind, p: ParsedQuery, alias) {
    const t = FTS_TABLE[kind];
    const table = kind;
    const { match, not } = toFts5(p);
    if (match) {
      return {
        from: { sql: `${t} JOIN ${table} ${alias} ON ${alias}.id = ${t}.rowid`, params: [] },
        where: { sql: `${t} MATCH ?`, params: [match] },
        score: { sql: `-bm25(${t}, ${WEIGHTS[kind]})`, params: [] },
        // FTS5 walks a match's rowids in either direction without sorting: newest first is free.
        newest: `${t}.rowid DESC`,
        indexOnly:
          kind === 'articles'
            ? {
                scored: {
                  sql: `SELECT rowid AS id, rowid AS article_id, -bm25(${t}, ${WEIGHTS[kind]}) AS score FROM ${t} WHERE ${t} MATCH ?`,
                  params: [match],
                },
                ids: {
                  sql: `SELECT rowid AS id, rowid AS article_id FROM ${t} WHERE ${t} MATCH ?`,
                  params: [match],
                },
              }
            : undefined,
      };
    }
    return {
      from: { sql: `${table} ${alias}`, params: [] },
      where: not
        ? { sql: `${alias}.id NOT IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ?)`, params: [not] }
        : { sql: '1=1', params: [] },
      score: { sql: '0', params: [] },
    };
  },
};

export class SqliteStore extends SqlStore {
  constructor(
    readonly raw: Database.Database,
    readonly file: string,
  ) {
    super('sqlite', new SqliteDb(raw), sqliteFts);
  }

  /** A bare FTS5 query on the same index (the benchmark's baseline). */
  bareFts(match: string, limit = 10): number[] {
    return (
      this.raw
        .prepare('SELECT rowid FROM fts_articles WHERE fts_articles MATCH ? ORDER BY rank LIMIT ?')
        .all(match, limit) as Array<{
        rowid: number;
      }>
    ).map((r) => r.rowid);
  }

  integrityCheck(): string {
    return String(this.raw.pragma('integrity_check', { simple: true }));
  }

  protected override async pageIntegrity(): Promise<string | null> {
    const rows = this.raw.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > MIGRATIONS.length) {
    throw new StoreError(
      `this archive has schema version ${current}, newer than this marsad understands (${MIGRATIONS.length}); upgrade marsad`,
    );
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
    })();
  }
}

/** Records the normaliser settings on first use; refuses an index built with different ones. */
export function checkSettings(
  get: (key: string) => string | undefined,
  set: (key: string, value: string) => void,
  where: string,
): void {
  const want = indexSettings();
  const have = { normalizer: get('normalizer'), search: get('search_normalization') };
  if (have.normalizer === undefined) {
    set('normalizer', want.normalizer);
    set('search_normalization', want.search);
    return;
  }
  if (have.normalizer !== want.normalizer || have.search !== want.search) {
    throw new StoreError(
      `the search index in ${where} was built with normaliser "${have.normalizer}" ` +
        `(settings ${have.search}), but this marsad uses "${want.normalizer}" (settings ${want.search}); ` +
        `searches would silently miss matches. Re-ingest into a new archive (--db new.db), or use the marsad version that built it.`,
    );
  }
}

export function openSqlite(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let raw: Database.Database;
  try {
    raw = new Database(file);
  } catch (e) {
    throw new StoreError(`cannot open the archive ${file}: ${(e as Error).message}`);
  }
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = OFF');
    raw.pragma('busy_timeout = 10000');
    migrate(raw);
    checkSettings(
      (k) =>
        (raw.prepare('SELECT value FROM settings WHERE key = ?').get(k) as { value: string } | undefined)
          ?.value,
      (k, v) => raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(k, v),
      file,
    );
  } catch (e) {
    raw.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`${file} is not a usable marsad archive: ${(e as Error).message}`);
  }
  return new SqliteStore(raw, file);
}
