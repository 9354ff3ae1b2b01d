/**
 * A PostgreSQL transaction chosen as a deadlock victim is run again, and both writers' work
 * lands; the backoff between tries is jittered and grows. Needs MARSAD_TEST_PG for the first
 * part (under CI=true its absence is a failure).
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { backoff, type PostgresStore } from '../../src/store/postgres.ts';
import { openStore } from '../../src/store/open.ts';
import type { Db } from '../../src/store/db.ts';
import { isCI } from '../helpers/shared.ts';

const PG = process.env.MARSAD_TEST_PG;

describe('transaction backoff', () => {
  it('grows with the attempt, is jittered, and is capped', () => {
    expect([1, 2, 3, 4].map((a) => backoff(a, () => 1))).toEqual([25, 50, 100, 200]);
    expect([1, 2, 3, 4].map((a) => backoff(a, () => 0))).toEqual([13, 25, 50, 100]);
    expect(backoff(30, () => 1)).toBe(2000);
    const draws = new Set(Array.from({ length: 50 }, () => backoff(5)));
    expect(draws.size).toBeGreaterThan(10);
  });
});

const suite = PG ? describe : isCI() ? describe : describe.skip;

suite('deadlock retry (PostgreSQL)', () => {
  it('runs the deadlock victim again so both transactions commit', async () => {
    if (!PG) throw new Error('MARSAD_TEST_PG is not set; CI must run the PostgreSQL tests (scripts/pg-test-server.sh start)');
    const name = `marsad_retry_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(PG);
    u.pathname = `/${name}`;
    const a = (await openStore(u.toString())) as PostgresStore;
    const b = (await openStore(u.toString())) as PostgresStore;
    try {
      const db = (s: PostgresStore) => (s as unknown as { db: Db }).db;
      await db(a).run("INSERT INTO archive_state (key, value) VALUES ('x', 0), ('y', 0)");
      // Each locks one row, waits until the other has locked the other row, then wants it:
      // a cycle on the first try, which PostgreSQL breaks by aborting one of them.
      let locked = 0;
      const bothLocked = async () => {
        locked++;
        while (locked < 2) await new Promise((r) => setTimeout(r, 10));
      };
      let tries = 0;
      const cross = (s: PostgresStore, first: string, second: string) =>
        db(s).tx(async (t) => {
          tries++;
          await t.run('UPDATE archive_state SET value = value + 1 WHERE key = ?', [first]);
          if (tries <= 2) await bothLocked();
          await t.run('UPDATE archive_state SET value = value + 1 WHERE key = ?', [second]);
        });
      await Promise.all([cross(a, 'x', 'y'), cross(b, 'y', 'x')]);
      const rows = await db(a).all<{ key: string; value: number }>(
        "SELECT key, value FROM archive_state WHERE key IN ('x', 'y') ORDER BY key",
      );
      expect(rows).toEqual([
        { key: 'x', value: 2 },
        { key: 'y', value: 2 },
      ]);
      expect(a.txRetries + b.txRetries).toBe(1);
      const deadlocks = (await admin.query('SELECT deadlocks FROM pg_stat_database WHERE datname = $1', [name])).rows[0].deadlocks;
      expect(Number(deadlocks)).toBe(1);
    } finally {
      await a.close();
      await b.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
  });
});
