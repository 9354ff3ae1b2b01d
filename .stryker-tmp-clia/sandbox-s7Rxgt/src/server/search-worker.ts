/**
 * One search, run in a worker thread of the search pool (search-pool.ts) over its own read-only
 * connection to the SQLite archive. SQLite calls are synchronous: run in the server's thread, a
 * search over a large archive would stall every other request for its whole duration.
 */
// @ts-nocheck

import Database from 'better-sqlite3';
import { MarsadError } from '../errors.ts';
import { SqliteStore } from '../store/sqlite.ts';
import type { SearchQuery, SearchResult } from '../store/types.ts';

export interface SearchTask {
  file: string;
  q: SearchQuery;
  facets: boolean;
}

let open: { file: string; store: SqliteStore } | null = null;

function storeFor(file: string): SqliteStore {
  if (open?.file === file) return open.store;
  // Read-only: a worker can never write, and WAL lets it read while an ingest writes. The main
  // thread opened the archive first, so the schema and normaliser checks have already passed.
  const raw = new Database(file, { readonly: true, fileMustExist: true });
  raw.pragma('busy_timeout = 10000');
  open = { file, store: new SqliteStore(raw, file) };
  return open.store;
}

/**
 * Errors cross the thread boundary as plain data: a structured clone keeps only `message`, and
 * the server must still tell a bad query (400) from a broken archive (503).
 */
export type SearchReply =
  | { ok: true; result: SearchResult }
  | { ok: false; kind: string; message: string; status: number; code: string };

export default async function search(task: SearchTask): Promise<SearchReply> {
  try {
    return { ok: true, result: await storeFor(task.file).search(task.q, { facets: task.facets }) };
  } catch (e) {
    if (e instanceof MarsadError)
      return { ok: false, kind: e.kind, message: e.message, status: e.httpStatus, code: e.code };
    throw e;
  }
}
