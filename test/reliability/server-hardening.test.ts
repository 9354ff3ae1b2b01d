/**
 * Issue 16, items 7, 8, 11 and 12 (routes): the server over a real SQLite archive of the
 * fictional samples answers bad cursors, impossible dates and non-ids with 400, maps store
 * errors to stable codes, refuses foreign Host names, keeps searches off its own thread with a
 * time limit, and stops cleanly. The route fuzzer checks that no generated query gives a 500.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { createApp } from '../../src/server/app.ts';
import { ingestSamples } from '../../src/server/demo.ts';
import { hostPolicy } from '../../src/server/hosts.ts';
import { createSearchPool, withSearchPool, type SearchPool } from '../../src/server/search-pool.ts';
import { gracefulClose } from '../../src/server/shutdown.ts';
import { openStore } from '../../src/store/open.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let file: string;
let store: SqlStore;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-harden-'));
  file = path.join(dir, 'a.db');
  store = await openStore(file);
  await ingestSamples(store);
  app = createApp(store, { log: (m) => logged.push(m) });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (p: string, a = app) => {
  const r = await a.request(p);
  const text = await r.text();
  return {
    status: r.status,
    text,
    json: (r.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as Json) : null,
  };
};

/** Every paginated route, pages and their JSON twins and the API. */
const PAGED = [
  '/search?q=وزير&',
  '/search.json?q=وزير&',
  '/entities?',
  '/entities.json?',
  '/quotes?',
  '/quotes.json?',
  '/events?',
  '/events.json?',
  '/stories?',
  '/stories.json?',
  '/api/search?q=وزير&',
  '/api/articles?',
  '/api/entities?',
  '/api/quotes?',
  '/api/events?',
  '/api/stories?',
];

describe('cursors, dates and ids (item 8)', () => {
  it.each(['99999999999999999999', '1e300', '-1', '1.5', 'abc', '0x10'])(
    'cursor=%s is a 400 on every paginated route',
    async (cursor) => {
      for (const route of PAGED) {
        const r = await get(`${route}cursor=${encodeURIComponent(cursor)}`);
        expect(r.status, route).toBe(400);
        if (r.json) expect(r.json.error.code, route).toMatch(/^invalid_/);
      }
    },
  );

  it('a cursor the server gave out still pages', async () => {
    const first = await get('/api/articles?limit=5');
    expect(first.status).toBe(200);
    expect(first.json!.next).toBe('5');
    const second = await get(`/api/articles?limit=5&cursor=${first.json!.next}`);
    expect(second.status).toBe(200);
    expect(second.json!.items[0].id).not.toBe(first.json!.items[0].id);
  });

  it('the store itself refuses a cursor it never gave out, as a 400-class StoreError', async () => {
    await expect(store.listStories({ cursor: '1e300' })).rejects.toBeInstanceOf(StoreError);
    await expect(store.listArticles({ cursor: '99999999999999999999' })).rejects.toMatchObject({
      httpStatus: 400,
      code: 'invalid_cursor',
    });
  });

  it('impossible dates are refused, real ones accepted', async () => {
    expect((await get('/api/events?from=2015-02-30')).status).toBe(400);
    expect((await get('/api/events?to=2015-13')).status).toBe(400);
    expect((await get('/api/events?from=2016-02-29')).status).toBe(200);
    const q = await get(`/api/search?q=${encodeURIComponent('from:2015-02-30')}`);
    expect(q.status).toBe(400);
    expect(q.json!.error.code).toBe('invalid_query');
    expect((await get(`/api/search?q=${encodeURIComponent('from:2016-02-29')}`)).status).toBe(200);
  });

  it.each(['1e3', '0x10', ' 7', '007', '-3', '1.0'])('"%s" is not an article id', async (id) => {
    expect((await get(`/api/articles/${encodeURIComponent(id)}`)).status).toBe(400);
    expect((await get(`/article/${encodeURIComponent(id)}.json`)).status).toBe(400);
  });

  it('a StoreError from an unusable archive is a 503 with a stable code, not a 500', async () => {
    const broken = new Proxy(store, {
      get(t, p) {
        if (p === 'stats')
          return async () => {
            throw new StoreError('the archive went away');
          };
        const v = Reflect.get(t, p) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
    const r = await get('/api/stats', createApp(broken, { log: () => {} }));
    expect(r.status).toBe(503);
    expect(r.json!.error.code).toBe('store_unavailable');
  });
});

describe('Host names (item 11)', () => {
  it('answers loopback names and refuses others with 421', async () => {
    for (const h of ['localhost', '127.0.0.1', '[::1]', 'app.localhost', 'LOCALHOST.']) {
      expect((await app.request(`http://${h}:8080/healthz`)).status, h).toBe(200);
    }
    const r = await app.request('http://evil.example/api/stats');
    expect(r.status).toBe(421);
    expect(((await r.json()) as Json).error.code).toBe('host_not_allowed');
    // A refused request still carries the security headers.
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('a refused host reaches no handler: an ingest POST stores nothing', async () => {
    const a = createApp(store, { ingestToken: 'a-long-enough-token', log: () => {} });
    const before = (await store.stats()).articles;
    const r = await a.request('http://rebind.example/api/articles', {
      method: 'POST',
      headers: { authorization: 'Bearer a-long-enough-token', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'نص تجريبي قصير عن اجتماع اللجنة في مدينة الواحة.' }),
    });
    expect(r.status).toBe(421);
    expect((await store.stats()).articles).toBe(before);
  });

  it('--allowed-host names and the bound address are answered; * answers any', async () => {
    const a = createApp(store, { hosts: hostPolicy(['news.example.org'], '10.1.2.3'), log: () => {} });
    expect((await a.request('http://news.example.org/healthz')).status).toBe(200);
    expect((await a.request('http://10.1.2.3:8080/healthz')).status).toBe(200);
    expect((await a.request('http://other.example.org/healthz')).status).toBe(421);
    const any = createApp(store, { hosts: hostPolicy(['*']), log: () => {} });
    expect((await any.request('http://whatever.example/healthz')).status).toBe(200);
    // Listening on every interface does not allow every name.
    const wild = createApp(store, { hosts: hostPolicy([], '0.0.0.0'), log: () => {} });
    expect((await wild.request('http://0.0.0.0/healthz')).status).toBe(421);
  });
});

describe('searches on worker threads (item 7)', () => {
  let pool: SearchPool;
  beforeAll(async () => {
    pool = await createSearchPool({ file, threads: 1, timeoutMs: 60_000 });
  });
  afterAll(async () => pool.close());

  it('gives the same results as the store, and maps query errors to 400', async () => {
    const direct = await store.search({ q: 'وزير', limit: 5 }, { facets: true });
    expect(direct.hits.length).toBeGreaterThan(0);
    const pooled = withSearchPool(store, pool);
    expect(await pooled.search({ q: 'وزير', limit: 5 }, { facets: true })).toEqual(direct);
    // Everything else still goes to the store.
    expect(await pooled.stats()).toEqual(await store.stats());
    const a = createApp(pooled, { log: () => {} });
    const bad = await get(`/api/search?q=${encodeURIComponent('from:2015-02-30')}`, a);
    expect(bad.status).toBe(400);
    expect(bad.json!.error.code).toBe('invalid_query');
    const page = await get('/search?q=وزير', a);
    expect(page.status).toBe(200);
    expect(page.text).toContain(direct.hits[0]!.headline);
  });

  it('a search over its time limit answers 503 search_timeout, and the pool recovers', async () => {
    // 1 ms is less than a fresh worker needs to load, so this search cannot finish in time.
    const slow = await createSearchPool({ file, threads: 1, timeoutMs: 1 });
    try {
      const a = createApp(withSearchPool(store, slow), { log: () => {} });
      const r = await get('/api/search?q=وزير', a);
      expect(r.status).toBe(503);
      expect(r.json!.error.code).toBe('search_timeout');
    } finally {
      await slow.close();
    }
    expect((await pool.search({ q: 'وزير', limit: 1 })).hits.length).toBe(1);
  });
});

describe('graceful stop (item 7)', () => {
  it('waits for in-flight requests, then closes the archive', async () => {
    const order: string[] = [];
    let finishInFlight: () => void = () => {};
    const inFlight = new Promise<void>((r) => (finishInFlight = r));
    const server = {
      close(cb?: () => void) {
        order.push('stop accepting');
        void inFlight.then(() => {
          order.push('in-flight done');
          cb?.();
        });
      },
      closeIdleConnections: () => order.push('idle dropped'),
      closeAllConnections: () => order.push('cut'),
    };
    setTimeout(finishInFlight, 50);
    const r = await gracefulClose(server, [{ close: async () => void order.push('archive closed') }], {
      graceMs: 5000,
    });
    expect(r.forced).toBe(false);
    expect(order).toEqual(['stop accepting', 'idle dropped', 'in-flight done', 'archive closed']);
  });

  it('cuts connections still open after the grace period', async () => {
    const order: string[] = [];
    const server = {
      close: () => order.push('stop accepting'),
      closeAllConnections: () => order.push('cut'),
    };
    const r = await gracefulClose(server, [{ close: async () => void order.push('archive closed') }], {
      graceMs: 20,
    });
    expect(r.forced).toBe(true);
    expect(order).toEqual(['stop accepting', 'cut', 'archive closed']);
  });

  it('marsad serve exits 0 on SIGTERM and leaves the archive closed (no -wal file)', async () => {
    const { spawn } = await import('node:child_process');
    const db = path.join(dir, 'serve.db');
    const s = await openStore(db);
    await ingestSamples(s);
    await s.close();
    const child = spawn(
      process.execPath,
      [path.resolve('bin/marsad.js'), 'serve', '--db', db, '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving (http:\/\/\S+?)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error(`serve exited early: ${err}`)));
    });
    expect((await fetch(`${url}/api/search?q=${encodeURIComponent('وزير')}`)).status).toBe(200);
    const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(err).toContain('SIGTERM: stopped');
    expect(existsSync(`${db}-wal`)).toBe(false);
  }, 60_000);
});

describe('route fuzzing (item 12)', () => {
  const ROUTES = [
    '/',
    '/search',
    '/search.json',
    '/entities',
    '/entities.json',
    '/quotes',
    '/quotes.json',
    '/events',
    '/events.json',
    '/events.ics',
    '/stories',
    '/stories.json',
    '/api/search',
    '/api/articles',
    '/api/entities',
    '/api/quotes',
    '/api/events',
    '/api/stories',
  ];
  const KEYS = ['q', 'cursor', 'limit', 'from', 'to', 'type', 'speaker', 'status', 'facets', 'site', 'page', 'size', 'etype', 'source', 'entity'];
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      '',
      '"',
      '-',
      'OR',
      'from:',
      'entity:"',
      'speaker:ليلى حداد',
      '2015-02-30',
      '9999-99-99',
      '1e300',
      '%00',
      '<script>',
      'وزير -وزير',
      '"" OR ""',
      'type:quote',
      'a'.repeat(600),
    ),
  );
  const params = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 });

  it('no generated query string gives a 500 on any route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), params, async (route, p) => {
        const qs = new URLSearchParams(p).toString();
        const r = await app.request(`${route}?${qs}`);
        await r.arrayBuffer();
        return r.status < 500;
      }),
      { seed: 1606, numRuns: 300 },
    );
    expect(logged.filter((m) => /internal|unexpected/i.test(m))).toEqual([]);
  }, 120_000);

  it('no generated path segment gives a 500 on the id and key routes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/article/', '/entity/', '/api/articles/', '/api/entities/'),
        fc.string({ maxLength: 40 }),
        async (route, seg) => {
          const r = await app.request(`${route}${encodeURIComponent(seg) || 'x'}`);
          await r.arrayBuffer();
          return r.status < 500;
        },
      ),
      { seed: 1606, numRuns: 200 },
    );
  }, 120_000);
});
