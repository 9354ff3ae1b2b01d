/**
 * `openStore(dbSpec)`: a path (default ./marsad.db) opens the embedded SQLite archive; a
 * postgres:// (or postgresql://) URL opens the PostgreSQL backend. Both implement `Store`.
 */
// @ts-nocheck

import type { SqlStore } from './sql-store.ts';

export const DEFAULT_DB = './marsad.db';

export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export async function openStore(dbSpec: string = DEFAULT_DB): Promise<SqlStore> {
  if (isPostgresSpec(dbSpec)) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(dbSpec);
  }
  const { openSqlite } = await import('./sqlite.ts');
  return openSqlite(dbSpec);
}
