/**
 * The two archive backends the store tests run against: SQLite in a temporary folder, and a
 * fresh PostgreSQL database per test on the server MARSAD_TEST_PG names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { openStore } from '../../src/store/open.ts';

export interface Backend {
  name: string;
  open(): Promise<{ store: SqlStore; reopen: () => Promise<SqlStore>; cleanup: () => Promise<void> }>;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-contract-'));
    const file = path.join(dir, 'a.db');
    return {
      store: await openStore(file),
      reopen: () => openStore(file),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export function pgBackend(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const name = `marsad_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(url);
      u.pathname = `/${name}`;
      return {
        store: await openStore(u.toString()),
        reopen: () => openStore(u.toString()),
        cleanup: async () => {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
  };
}

/** SQLite, and PostgreSQL when MARSAD_TEST_PG is set. */
export function storeBackends(): Backend[] {
  const url = process.env.MARSAD_TEST_PG;
  return url ? [sqliteBackend, pgBackend(url)] : [sqliteBackend];
}
