/**
 * `marsad check [--repair]` on an archive broken by hand the way a crash or a bug could break
 * it: an article row gone with its rows left behind, a full-text entry lost, stories stale.
 */
// @ts-nocheck

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlite, type SqliteStore } from '../../src/store/sqlite.ts';
import { checkArchive } from '../../src/store/check.ts';
import { rebuildStories } from '../../src/store/stories.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { ARTICLES, makeDoc, wireCopies } from './fixtures.ts';

const BIN = path.join(PROJECT_ROOT, 'bin/marsad.js');

function check(file: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', '--db', file, ...extra], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('marsad check', () => {
  let dir: string;
  let file: string;
  let ids: number[];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'marsad-check-'));
    file = path.join(dir, 'a.db');
    const s = openSqlite(file);
    ids = (await s.putDocuments([...ARTICLES, ...wireCopies()].map((f) => makeDoc(f)))).map((r) => r.id);
    await rebuildStories(s);
    await s.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing wrong in a sound archive', async () => {
    const s = openSqlite(file);
    const r = await checkArchive(s);
    await s.close();
    expect(r.map((x) => [x.name, x.problems])).toEqual([
      ['integrity', 0],
      ['orphan rows', 0],
      ['full-text index', 0],
      ['stories', 0],
    ]);
    const cli = check(file);
    expect(cli.code, cli.out).toBe(0);
  });

  it('reports orphan rows, index gaps and stale stories, and repairs them', async () => {
    // Break it: article 3 (with a quote and an event) loses its row, article 2 its index entry,
    // and an article write "commits" without the stories being rebuilt.
    const d = new Database(file);
    d.prepare('DELETE FROM articles WHERE id = ?').run(ids[2]);
    d.prepare('DELETE FROM fts_articles WHERE rowid = ?').run(ids[1]);
    d.prepare("UPDATE archive_state SET value = value + 1 WHERE key = 'articles_version'").run();
    d.close();

    let s: SqliteStore = openSqlite(file);
    const before = await checkArchive(s);
    await s.close();
    const by = Object.fromEntries(before.map((x) => [x.name, x]));
    expect(by['integrity']!.problems).toBe(0);
    expect(by['orphan rows']!.problems).toBeGreaterThan(0);
    expect(by['orphan rows']!.detail).toMatch(/mentions \d+/);
    expect(by['orphan rows']!.detail).toMatch(/quotes 1/);
    // Article 2 unindexed; article 3's article, quote and event entries belong to no row.
    expect(by['full-text index']!.detail).toMatch(/articles: 1 unindexed/);
    expect(by['full-text index']!.detail).toMatch(/articles: 1 entries of no row/);
    expect(by['stories']!.problems).toBe(1);
    expect(before.every((x) => x.left === x.problems)).toBe(true);

    const cli = check(file);
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/^orphan rows +PROBLEM/m);
    expect(cli.out).toMatch(/marsad check --repair/);

    const fixed = check(file, '--repair');
    expect(fixed.code, fixed.out).toBe(0);
    expect(fixed.out).toMatch(/^orphan rows +repaired/m);
    expect(fixed.out).toMatch(/^full-text index +repaired/m);
    expect(fixed.out).toMatch(/^stories +repaired/m);

    s = openSqlite(file);
    try {
      expect((await checkArchive(s)).map((x) => x.problems)).toEqual([0, 0, 0, 0]);
      // Article 2 is found by its headline again; article 3's rows are gone from every index.
      const hits = await s.search({ q: 'جنيف' });
      expect(hits.hits.map((h) => h.articleId)).toEqual([ids[1]]);
      expect(await s.indexEntries(ids[2]!)).toEqual({ fts: 0, mentions: 0, quotes: 0, events: 0, times: 0, lsh: 0, facets: 0 });
      expect((await s.listQuotes({})).total).toBe(0);
      expect(await s.storiesStale()).toBe(false);
    } finally {
      await s.close();
    }
  });
});
