/**
 * Graceful stop for `marsad serve` on SIGTERM/SIGINT: stop accepting, let in-flight requests
 * finish, drop idle keep-alive connections at once (they would hold `close()` open for their
 * whole timeout), then close the search pool and the archive. After `graceMs` the remaining
 * connections are cut, so a stuck client cannot keep the process (and the database) open.
 */
// @ts-nocheck


/** The part of node:http's Server used here (a test passes a stand-in). */
export interface ClosableServer {
  close(cb?: (err?: Error) => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

export interface Closable {
  close(): Promise<void>;
}

export async function gracefulClose(
  server: ClosableServer,
  after: Closable[],
  opts: { graceMs?: number } = {},
): Promise<{ forced: boolean }> {
  const graceMs = opts.graceMs ?? 5000;
  let forced = false;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      forced = true;
      server.closeAllConnections?.();
      resolve();
    }, graceMs);
    timer.unref?.();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections?.();
  });
  for (const c of after) await c.close();
  return { forced };
}
