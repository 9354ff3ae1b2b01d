/**
 * Searches on a pool of worker threads, each with its own read-only SQLite connection, with a
 * time limit per query. The server's own thread keeps answering other requests (article pages,
 * the API) while searches run, and a pathological query answers a clear 503 instead of holding
 * a connection for minutes.
 *
 * `withSearchPool(store, pool)` hands the app a store whose `search` goes to the pool and whose
 * other methods are the store's own, so the routes need not know the pool exists.
 */
// @ts-nocheck

import { workerFile } from '../util/worker-file.ts';
import { LimitError, MarsadError, QueryError, StoreError } from '../errors.ts';
import type { SqlStore } from '../store/sql-store.ts';
import type { SearchQuery, SearchResult } from '../store/types.ts';
import type { SearchReply, SearchTask } from './search-worker.ts';

/** The worker's error, as the class the app maps to a status (see search-worker.ts). */
function rebuild(r: Extract<SearchReply, { ok: false }>): MarsadError {
  if (r.kind === 'query') return new QueryError(r.message);
  if (r.kind === 'limit')
    return new LimitError(r.message, { status: r.status === 503 ? 503 : 413, code: r.code });
  return new StoreError(r.message, {
    status: r.status === 400 ? 400 : r.status === 404 ? 404 : 503,
    code: r.code,
  });
}

export interface SearchPoolOptions {
  /** The SQLite archive file (not `:memory:`: each worker opens it by name). */
  file: string;
  threads: number;
  /** Per-query limit in ms; the worker running an overdue query is stopped and replaced. */
  timeoutMs: number;
}

export interface SearchPool {
  search(q: SearchQuery, opts?: { facets?: boolean }): Promise<SearchResult>;
  close(): Promise<void>;
}

export async function createSearchPool(opts: SearchPoolOptions): Promise<SearchPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(import.meta.url, 'search-worker', 'search-worker-shim.js'),
    minThreads: opts.threads,
    maxThreads: opts.threads,
    // Queued searches count against the limit too: a flood waits at most timeoutMs each.
    idleTimeout: 60_000,
  });
  return {
    async search(q, o = {}) {
      const task: SearchTask = { file: opts.file, q, facets: !!o.facets };
      let reply: SearchReply;
      try {
        reply = (await pool.run(task, { signal: AbortSignal.timeout(opts.timeoutMs) })) as SearchReply;
      } catch (e) {
        const name = (e as Error).name;
        if (name === 'AbortError' || name === 'TimeoutError') {
          throw new LimitError(
            `the search took longer than ${opts.timeoutMs / 1000} s and was stopped; add words or filters (from: to: source: entity:) to narrow it`,
            { status: 503, code: 'search_timeout' },
          );
        }
        throw e;
      }
      if (reply.ok) return reply.result;
      throw rebuild(reply);
    },
    close: () => pool.destroy(),
  };
}

/** The store with `search` sent to the pool; every other call goes to the store itself. */
export function withSearchPool(store: SqlStore, pool: SearchPool): SqlStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'search') return pool.search;
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
