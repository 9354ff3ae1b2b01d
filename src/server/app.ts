/**
 * The web UI and JSON API over a Store. `createApp` builds a Hono app with no I/O of its own
 * beyond the store and the static files, so tests drive it through `app.request()`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Store } from '../store/types.ts';
import { MarsadError } from '../errors.ts';
import { ApiError, errorBody } from './errors.ts';
import { renderErrorPage } from './error-page.ts';
import { UiError } from './ui-error.ts';
import { registerExports } from './exports.ts';
import { caching } from './caching.ts';
import { eventsToIcs } from './ics.ts';
import { hostAllowed, hostPolicy, type HostPolicy } from './hosts.ts';
import { ingestOne } from './ingest.ts';
import { openApiDocument } from './openapi.ts';
import {
  LAYERS,
  loadArticle,
  loadEntities,
  loadEntity,
  loadEvents,
  loadQuotes,
  loadSearch,
  loadStories,
  renderArticle,
  renderEntities,
  renderEntity,
  renderEvents,
  renderQuotes,
  renderSearch,
  renderStories,
  type Query,
  withWikidata,
} from './pages.ts';
import type { SafeHtml } from './escape.ts';
import { quoteListQuery } from './search-state.ts';
import { serveStatic } from './static.ts';
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import { apiSearchQuery, articleId, articlesQuery, entitiesQuery, entityKey, eventsQuery, newArticle, pageQuery, parse, quotesQuery } from './validate.ts';

export interface AppOptions {
  /** When set, `POST /api/articles` exists and requires `Authorization: Bearer <token>`. */
  ingestToken?: string;
  /** Send CORS headers on /api/* (off by default). */
  cors?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where server errors are logged (default: stderr). Clients never see the details. */
  log?: (msg: string) => void;
  /** Which `Host` names are answered (default: loopback names only); see hosts.ts. */
  hosts?: HostPolicy;
  /** The analysis pipeline's settings for `POST /api/articles` (the CLI's MARSAD_* environment). */
  pipeline?: PipelineSettings;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Errors are JSON for the API and the `.json` twins, an HTML page for the pages. */
function wantsJson(c: Context): boolean {
  const p = c.req.path;
  return p.startsWith('/api/') || p.endsWith('.json') || p.endsWith('.ics');
}

function sendError(c: Context, status: number, code: string, message: string, ar?: string): Response {
  if (wantsJson(c)) return c.json(errorBody(code, message), status as 400);
  const params = new URL(c.req.url).searchParams;
  return c.html(renderErrorPage({ status, code, message, ar, path: c.req.path, params }).value, status as 400);
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Strips a `.json` suffix from a path parameter: `42.json` → ['42', true]. */
function twin(param: string): [string, boolean] {
  return param.endsWith('.json') ? [param.slice(0, -5), true] : [param, false];
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;

  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  });

  const hosts = opts.hosts ?? hostPolicy();
  app.use('*', async (c, next) => {
    // 421: this server is not the one meant for that name (a DNS-rebinding page, or a proxy that
    // needs `marsad serve --allowed-host NAME`). Nothing behind this runs for such a request.
    if (!hostAllowed(hosts, c.req.url)) {
      const host = new URL(c.req.url).host;
      return c.json(errorBody('host_not_allowed', `this server does not answer for host "${host}"; start it with --allowed-host ${host.replace(/:\d+$/, '')} to serve that name`), 421);
    }
    await next();
  });

  app.use('*', caching());

  if (opts.cors) app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type', 'Authorization'] }));

  app.use(
    '*',
    bodyLimit({
      maxSize: maxBody,
      onError: (c) => c.json(errorBody('payload_too_large', `the request body is larger than ${maxBody} bytes`), 413),
    }),
  );

  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err.status, err.code, err.message, err instanceof UiError ? err.ar : undefined);
    // marsad's own errors (user, input, store, query, limit, fetch) carry their HTTP status and a
    // stable code; a store that is unusable answers 503, a bad cursor 400, a slow search 503.
    if (err instanceof MarsadError) {
      if (err.httpStatus >= 500) log(`marsad serve: ${c.req.method} ${c.req.path}: ${err.message}`);
      return sendError(c, err.httpStatus, err.code, err.message);
    }
    log(`marsad serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return sendError(c, 500, 'internal', 'internal server error');
  });
  app.notFound((c) => sendError(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));

  const query = (c: Context): Query => c.req.query();
  const params = (c: Context): URLSearchParams => new URL(c.req.url).searchParams;

  /** A page and its `.json` twin, from the same loader. */
  const page = <T extends object>(path: string, load: (c: Context) => Promise<T>, render: (v: T) => SafeHtml) => {
    app.get(path, async (c) => c.html(render(await load(c)).value));
    app.get(`${path}.json`, async (c) => c.json({ ok: true, ...(await load(c)) }));
  };

  // Pages ---------------------------------------------------------------------------------------
  app.get('/', async (c) => c.html(renderSearch(await loadSearch(store, params(c))).value));
  page('/search', (c) => loadSearch(store, params(c)), renderSearch);
  registerExports(app, store);
  page('/entities', (c) => loadEntities(store, query(c)), renderEntities);
  page('/quotes', (c) => loadQuotes(store, query(c)), renderQuotes);
  page('/events', (c) => loadEvents(store, query(c)), renderEvents);
  page('/stories', (c) => loadStories(store, query(c)), renderStories);

  app.get('/article/:id', async (c) => {
    const [id, json] = twin(c.req.param('id'));
    // The legend form without JavaScript sends the shown layers (`layers=1&show=…`); links carry `hide`.
    const shown = c.req.queries('show') ?? [];
    const hide = c.req.query('layers') ? LAYERS.map(([k]) => k).filter((k) => !shown.includes(k)).join(',') : c.req.query('hide');
    const view = await loadArticle(store, id, hide);
    return json ? c.json({ ok: true, ...view }) : c.html(renderArticle(view).value);
  });
  app.get('/entity/:key', async (c) => {
    const [key, json] = twin(c.req.param('key'));
    const view = await loadEntity(store, key);
    return json ? c.json({ ok: true, ...view }) : c.html(renderEntity(view).value);
  });

  app.get('/events.ics', async (c) => {
    const p = parse(eventsQuery.omit({ limit: true, cursor: true }), query(c));
    const rows = [];
    let cursor: string | null = null;
    // Bounded: a calendar export of at most 5,000 events.
    for (let i = 0; i < 50; i++) {
      const pg = await store.listEvents({ status: p.status, from: p.from, to: p.to, limit: 100, cursor });
      rows.push(...pg.items);
      cursor = pg.next;
      if (!cursor) break;
    }
    const origin = new URL(c.req.url).origin;
    const body = eventsToIcs(rows, { baseUrl: origin });
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="marsad-events.ics"',
    });
  });

  app.get('/healthz', (c) => c.text('ok'));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/static/*', (c) => serveStatic(c));

  // JSON API ------------------------------------------------------------------------------------
  app.get('/api/openapi.json', (c) => c.json(openApiDocument({ ingest: !!opts.ingestToken })));
  app.get('/api/search', async (c) => {
    const p = parse(apiSearchQuery, query(c));
    const r = await store.search({ q: p.q.trim(), limit: p.limit, cursor: p.cursor ?? null }, { facets: p.facets });
    return c.json({ ok: true, ...r });
  });
  app.get('/api/articles', async (c) => {
    const p = parse(articlesQuery, query(c));
    return c.json({ ok: true, ...(await store.listArticles({ limit: p.limit, cursor: p.cursor ?? null, site: p.site || undefined })) });
  });
  app.get('/api/articles/:id', async (c) => {
    const id = parse(articleId, c.req.param('id'));
    const article = await store.getArticle(id);
    if (!article) throw new ApiError(404, 'not_found', `no article with id ${id}`);
    return c.json({ ok: true, article });
  });
  app.get('/api/entities', async (c) => {
    const p = parse(entitiesQuery, query(c));
    return c.json({ ok: true, ...(await store.listEntities({ type: p.type, q: p.q, limit: p.limit, cursor: p.cursor ?? null })) });
  });
  app.get('/api/entities/:key', async (c) => {
    const key = parse(entityKey, c.req.param('key'));
    const entity = await store.getEntity(key);
    if (!entity) throw new ApiError(404, 'not_found', `no entity with key "${key}"`);
    return c.json({ ok: true, entity: withWikidata(entity) });
  });
  app.get('/api/quotes', async (c) => {
    const p = parse(quotesQuery, query(c));
    return c.json({ ok: true, ...(await store.listQuotes({ speaker: p.speaker, q: quoteListQuery(p), limit: p.limit, cursor: p.cursor ?? null })) });
  });
  app.get('/api/events', async (c) => {
    const p = parse(eventsQuery, query(c));
    return c.json({ ok: true, ...(await store.listEvents({ status: p.status, from: p.from, to: p.to, limit: p.limit, cursor: p.cursor ?? null })) });
  });
  app.get('/api/stories', async (c) => {
    const p = parse(pageQuery, query(c));
    return c.json({ ok: true, ...(await store.listStories({ limit: p.limit, cursor: p.cursor ?? null })) });
  });
  app.get('/api/stats', async (c) => c.json({ ok: true, stats: await store.stats() }));

  if (opts.ingestToken) {
    const token = opts.ingestToken;
    app.post('/api/articles', async (c) => {
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      if (!m || !sameToken(m[1]!, token)) {
        c.header('WWW-Authenticate', 'Bearer realm="marsad"');
        throw new ApiError(401, 'unauthorized', 'send the ingest token as "Authorization: Bearer <token>"');
      }
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        throw new ApiError(415, 'unsupported_media_type', 'send the article as application/json');
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
      }
      const input = parse(newArticle, body);
      const r = await ingestOne(store, {
        text: input.text,
        title: input.title,
        url: input.url,
        source: input.source,
        published: input.published,
      }, opts.pipeline);
      return c.json({ ok: true, id: r.id, created: r.created }, r.created ? 201 : 200);
    });
  }

  return app;
}
