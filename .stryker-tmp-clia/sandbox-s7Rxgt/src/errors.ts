/**
 * marsad's error hierarchy, at the ground floor so every layer can throw and catch the same
 * classes without importing upward (the CLI and the server only translate them).
 *
 * Each kind knows its process exit code and its HTTP status and stable code, so `marsad …` and
 * the API answer the same problem the same way. Messages are written for the person who can fix
 * the problem: what went wrong, and what to do.
 */
// @ts-nocheck


export type ErrorKind = 'user' | 'input' | 'store' | 'query' | 'limit' | 'fetch';

export abstract class MarsadError extends Error {
  abstract readonly kind: ErrorKind;
  /** Exit status of the CLI. */
  abstract readonly exitCode: number;
  /** HTTP status when this reaches a client of the server. */
  abstract readonly httpStatus: number;
  /** Stable, machine-readable code for the JSON error body. */
  abstract readonly code: string;
}

/** A mistake in how marsad was called (a flag, a path, a value): exit 2, HTTP 400. */
export class UserError extends MarsadError {
  readonly kind = 'user';
  readonly httpStatus = 400;
  readonly code: string = 'invalid_request';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Input that cannot be read (bad bytes, broken archive, unreadable file): exit 3, HTTP 422. */
export class InputError extends MarsadError {
  readonly kind = 'input';
  readonly exitCode: number = 3;
  readonly httpStatus: number = 422;
  readonly code: string = 'invalid_input';
}

/**
 * Problems with the archive the user can fix (wrong path, mismatched index, bad URL, a cursor this
 * store never gave out): exit 4. `status` says how a server answers it: 400 for a bad request
 * value, 503 (the default) when the archive itself is unusable.
 */
export class StoreError extends MarsadError {
  readonly kind = 'store';
  readonly exitCode: number = 4;
  readonly httpStatus: number;
  readonly code: string;
  constructor(message: string, opts: { status?: 400 | 404 | 503; code?: string } = {}) {
    super(message);
    this.httpStatus = opts.status ?? 503;
    this.code = opts.code ?? (this.httpStatus === 503 ? 'store_unavailable' : 'invalid_request');
  }
}

/** A search query that does not parse or names an impossible filter value: exit 2, HTTP 400. */
export class QueryError extends MarsadError {
  readonly kind = 'query';
  readonly exitCode: number = 2;
  readonly httpStatus: number = 400;
  readonly code: string = 'invalid_query';
}

/** A size, count or time limit was reached: exit 5, HTTP 413 by default (503 for time). */
export class LimitError extends MarsadError {
  readonly kind = 'limit';
  readonly exitCode: number = 5;
  readonly httpStatus: number;
  readonly code: string;
  constructor(message: string, opts: { status?: 413 | 503; code?: string } = {}) {
    super(message);
    this.httpStatus = opts.status ?? 413;
    this.code = opts.code ?? (this.httpStatus === 503 ? 'timeout' : 'too_large');
  }
}

/** A page or feed could not be fetched: exit 6, HTTP 502. */
export class FetchError extends MarsadError {
  readonly kind = 'fetch';
  readonly exitCode: number = 6;
  readonly httpStatus: number = 502;
  readonly code: string = 'fetch_failed';
}

export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}
