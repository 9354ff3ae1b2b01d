import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlite, SCHEMA_VERSION } from '../../src/store/sqlite.ts';
import { StoreError } from '../../src/store/db.ts';
import { ARTICLES, makeDoc } from './fixtures.ts';

function tmpDb(): { file: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-sqlite-'));
  return { file: path.join(dir, 'a.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('sqlite archive', () => {
  it('uses WAL and records schema version and normaliser settings', async () => {
    const { file, done } = tmpDb();
    const s = openSqlite(file);
    await s.close();
    const d = new Database(file);
    expect(d.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((d.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v).toBe(
      SCHEMA_VERSION,
    );
    const keys = (d.prepare('SELECT key FROM settings ORDER BY key').all() as Array<{ key: string }>).map(
      (r) => r.key,
    );
    expect(keys).toEqual(['normalizer', 'search_normalization']);
    d.close();
    done();
  });

  it('refuses an index built with another normaliser, saying what to do', async () => {
    const { file, done } = tmpDb();
    (await openSqlite(file)).close();
    const d = new Database(file);
    d.prepare("UPDATE settings SET value = 'ar-norm-0' WHERE key = 'normalizer'").run();
    d.close();
    expect(() => openSqlite(file)).toThrow(StoreError);
    expect(() => openSqlite(file)).toThrow(/built with normaliser "ar-norm-0".*Re-ingest into a new archive/);
    done();
  });

  it('migrates an archive from schema version 1, keeping its articles', async () => {
    const { file, done } = tmpDb();
    const s = openSqlite(file);
    for (const i of [0, 2]) await s.putDocument(makeDoc(ARTICLES[i]!).doc, makeDoc(ARTICLES[i]!).info);
    await s.close();
    const d = new Database(file);
    d.exec(
      'ALTER TABLE articles DROP COLUMN keyterms; DROP TABLE article_facets; DROP TABLE facet_keys; DROP TABLE archive_state; ' +
        'DROP INDEX events_match; DROP INDEX events_cluster; ALTER TABLE events DROP COLUMN match_key; ALTER TABLE events DROP COLUMN cluster; ' +
        'DELETE FROM schema_version WHERE version > 1;',
    );
    d.close();
    const s2 = openSqlite(file);
    expect((await s2.stats()).articles).toBe(2);
    await s2.putDocument(makeDoc(ARTICLES[1]!).doc, makeDoc(ARTICLES[1]!).info);
    // Facets work over the articles stored before the migration too.
    const r = await s2.search({ q: 'بوتين' }, { facets: true });
    expect(r.facets!.entities.map((e) => [e.key, e.count])).toEqual([
      ['PER:putin', 2],
      ['LOC:geneva', 1],
      ['PER:biden', 1],
    ]);
    await s2.close();
    const d2 = new Database(file);
    expect((d2.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v).toBe(
      SCHEMA_VERSION,
    );
    expect((d2.prepare('SELECT COUNT(keyterms) AS n FROM articles').get() as { n: number }).n).toBe(1);
    // v3/v4 filled the facet rows of the articles already there from their mentions.
    const names = new Map(
      (d2.prepare('SELECT id, key FROM facet_keys').all() as Array<{ id: number; key: string }>).map((r) => [
        r.id,
        r.key,
      ]),
    );
    const facets = d2
      .prepare('SELECT site, month, keys FROM article_facets ORDER BY article_id')
      .all() as Array<{
      site: string;
      month: string;
      keys: Buffer;
    }>;
    const keysOf = (b: Buffer) =>
      Array.from({ length: b.length / 4 }, (_, i) => names.get(b.readUInt32BE(i * 4))).sort();
    expect(facets.map((f) => [f.site, f.month, keysOf(f.keys)])).toEqual([
      ['wire-a', '2021-05', []],
      ['daily-c', '2021-06', ['LOC:geneva', 'PER:biden', 'PER:putin']],
      ['wire-b', '2021-06', ['PER:putin']],
    ]);
    d2.close();
    done();
  });

  it('refuses an archive from a newer marsad', async () => {
    const { file, done } = tmpDb();
    (await openSqlite(file)).close();
    const d = new Database(file);
    d.prepare('INSERT INTO schema_version (version) VALUES (99)').run();
    d.close();
    expect(() => openSqlite(file)).toThrow(/schema version 99, newer than this marsad/);
    done();
  });

  it('a failed batch leaves nothing behind (one transaction per batch)', async () => {
    const s = openSqlite(':memory:');
    const good = makeDoc(ARTICLES[0]!);
    const bad = makeDoc(ARTICLES[1]!);
    // BigInt cannot be serialised: the second insert fails after the first one succeeded.
    (bad.doc as unknown as { meta: { loop?: unknown } }).meta.loop = BigInt(1);
    await expect(s.putDocuments([{ ...good }, { ...bad }])).rejects.toThrow();
    expect((await s.stats()).articles).toBe(0);
    expect(s.integrityCheck()).toBe('ok');
    await s.close();
  });
});
