import type { Command } from 'commander';
import { UserError } from '../main.ts';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  demo?: boolean;
  cors?: boolean;
  ingestToken?: string;
}

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
      const dbSpec = opts.db ?? (opts.demo ? './marsad-demo.db' : DEFAULT_DB);
      const store = await openStore(dbSpec);
      if (opts.demo) {
        const { ingestSamples } = await import('../../server/demo.ts');
        const r = await ingestSamples(store);
        process.stderr.write(`marsad: demo archive ${dbSpec}: ${r.created} new, ${r.existing} already there\n`);
      }
      const { createApp } = await import('../../server/app.ts');
      const { serve } = await import('@hono/node-server');
      const app = createApp(store, { ingestToken: token || undefined, cors: !!opts.cors });
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
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; the archive is consistent at any moment.
          setTimeout(() => resolve(), 2000).unref();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await store.close();
    });
}
