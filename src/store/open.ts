/**
 * `openStore(dbSpec)`: a path (default ./marsad.db) opens the embedded SQLite archive; a
 * postgres:// (or postgresql://) URL opens the PostgreSQL backend. Both implement `Store`.
 */
import type { SqlStore } from './sql-store.ts';

export const DEFAULT_DB = './marsad.db';

export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** What a caller may set on an archive it opens (the CLI reads them from the environment). */
export interface StoreSettings {
  /** SqlStore.searchWindow (default SEARCH_WINDOW). */
  searchWindow?: number | null;
  /** SqlStore.rankWindow (default RANK_WINDOW). */
  rankWindow?: number | null;
}

export async function openStore(dbSpec: string = DEFAULT_DB, settings: StoreSettings = {}): Promise<SqlStore> {
  let store: SqlStore;
  if (isPostgresSpec(dbSpec)) {
    const { openPostgres } = await import('./postgres.ts');
    store = await openPostgres(dbSpec);
  } else {
    const { openSqlite } = await import('./sqlite.ts');
    store = await openSqlite(dbSpec);
  }
  if (settings.searchWindow) store.searchWindow = settings.searchWindow;
  if (settings.rankWindow) store.rankWindow = settings.rankWindow;
  return store;
}
