import type { Command } from 'commander';
import { UserError } from '../../errors.ts';
import type { ClosableServer } from '../../server/shutdown.ts';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  demo?: boolean;
  cors?: boolean;
  ingestToken?: string;
  allowedHost: string[];
  searchThreads?: string;
  searchTimeout: string;
}

const collect = (v: string, prev: string[]) => [...prev, v];

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and JSON API over an archive (Arabic, right to left)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default ./marsad.db, or ./marsad-demo.db with --demo)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--demo', 'ingest the sample archive that ships with marsad (idempotent) and serve it')
    .option('--cors', 'send CORS headers on /api/* (off by default)')
    .option('--ingest-token <token>', 'enable POST /api/articles with this bearer token (or MARSAD_INGEST_TOKEN)')
    .option('--allowed-host <name>', 'also answer requests for this Host name (repeatable; "*" for any, behind a proxy that checks names)', collect, [])
    .option('--search-threads <n>', 'worker threads for searches on a SQLite archive (default: 2; 0 runs them in the server thread)')
    .option('--search-timeout <seconds>', 'stop a search after this long and answer 503', '10')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UserError(`--port must be a number from 0 to 65535, got "${opts.port}"`);
      }
      const token = opts.ingestToken ?? process.env.MARSAD_INGEST_TOKEN ?? undefined;
      if (token !== undefined && token.length < 12) {
        throw new UserError('the ingest token must be at least 12 characters; pick a long random one (e.g. `openssl rand -hex 24`)');
      }
      const { openStore, DEFAULT_DB } = await import('../../store/open.ts');
      const { storeSettings } = await import('../config.ts');
      const dbSpec = opts.db ?? (opts.demo ? './marsad-demo.db' : DEFAULT_DB);
      const store = await openStore(dbSpec, storeSettings());
      if (opts.demo) {
        const { ingestSamples } = await import('../../server/demo.ts');
        const r = await ingestSamples(store);
        process.stderr.write(`marsad: demo archive ${dbSpec}: ${r.created} new, ${r.existing} already there\n`);
      }
      const timeout = Number(opts.searchTimeout);
      if (!(timeout > 0 && timeout <= 3600)) throw new UserError(`--search-timeout must be a number of seconds from 0.1 to 3600, got "${opts.searchTimeout}"`);
      const threads = opts.searchThreads === undefined ? 2 : Number(opts.searchThreads);
      if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new UserError(`--search-threads must be a whole number from 0 to 64, got "${opts.searchThreads}"`);
      const { createApp } = await import('../../server/app.ts');
      const { hostPolicy } = await import('../../server/hosts.ts');
      const { serve } = await import('@hono/node-server');
      // Searches on worker threads need a file every thread can open; PostgreSQL searches are
      // asynchronous already and do not block the server's thread.
      const file = 'file' in store && typeof store.file === 'string' && store.file !== ':memory:' ? store.file : null;
      let served = store;
      const closables: Array<{ close(): Promise<void> }> = [];
      if (file && threads > 0) {
        const { createSearchPool, withSearchPool } = await import('../../server/search-pool.ts');
        const pool = await createSearchPool({ file, threads, timeoutMs: timeout * 1000 });
        served = withSearchPool(store, pool);
        closables.push(pool);
      }
      closables.push(store);
      const hosts = hostPolicy(opts.allowedHost, opts.host);
      const { pipelineSettings } = await import('../config.ts');
      const app = createApp(served, { ingestToken: token || undefined, cors: !!opts.cors, hosts, pipeline: pipelineSettings() });
      const server = serve({ fetch: app.fetch, port, hostname: opts.host });
      await new Promise<void>((resolve, reject) => {
        server.once('listening', () => resolve());
        server.once('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'EADDRINUSE') reject(new UserError(`port ${port} on ${opts.host} is in use; pick another with --port (with npm start: npm start -- --port 8090)`));
          else if (err.code === 'EACCES') reject(new UserError(`not allowed to listen on ${opts.host}:${port}; use a port above 1023`));
          else reject(err);
        });
      });
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      process.stdout.write(`marsad: serving http://${shown}:${actual}/ (archive ${dbSpec}${token ? ', ingest enabled' : ''})\n`);
      if (!hosts.any && (opts.host === '0.0.0.0' || opts.host === '::') && opts.allowedHost.length === 0) {
        process.stderr.write('marsad: listening on all interfaces, but answering only loopback host names; add --allowed-host NAME for the names clients use\n');
      }
      const { gracefulClose } = await import('../../server/shutdown.ts');
      const signal = await new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      const { forced } = await gracefulClose(server as unknown as ClosableServer, closables);
      process.stderr.write(`marsad: ${signal}: stopped${forced ? ' (connections still open after 5 s were cut)' : ''}, archive closed\n`);
    });
}
