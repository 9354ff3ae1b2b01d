/**
 * The thin SQL layer both backends implement, so the archive's logic (src/store/sql-store.ts) is
 * written once. SQL uses `?` placeholders; the PostgreSQL adapter renumbers them.
 */
// @ts-nocheck

export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A SQL fragment with its parameters, in textual order. */
export interface Frag {
  sql: string;
  params: unknown[];
}

// Problems with the store the user can fix (wrong path, mismatched index, bad URL).
export { StoreError } from '../errors.ts';
