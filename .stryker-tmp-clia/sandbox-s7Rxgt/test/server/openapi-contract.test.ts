/**
 * The published API description is generated from the zod schemas (openapi.ts), and the real
 * answers of every API route over the SQLite archive of the samples parse with those schemas
 * with nothing left over: the document says exactly what the server sends.
 */
// @ts-nocheck

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorSchema } from '../../src/server/api-schemas.ts';
import { createApp } from '../../src/server/app.ts';
import { ingestSamples } from '../../src/server/demo.ts';
import { API_ROUTES, openApiDocument } from '../../src/server/openapi.ts';
import { openStore } from '../../src/store/open.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let store: SqlStore;
let app: ReturnType<typeof createApp>;
const TOKEN = 'contract-test-token';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-openapi-'));
  store = await openStore(path.join(dir, 'a.db'));
  await ingestSamples(store);
  app = createApp(store, { ingestToken: TOKEN, log: () => {} });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Parses `body` with `schema` and checks that nothing was dropped (no undocumented field). */
function conforms(schema: z.ZodType, body: unknown, where: string): void {
  const r = schema.safeParse(body);
  expect(r.success, `${where}: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`).toBe(true);
  expect(JSON.parse(JSON.stringify(r.data)), `${where}: fields the schema does not describe`).toEqual(body);
}

const route = (method: string, p: string) => API_ROUTES.find((r) => r.method === method && r.path === p)!;

describe('the OpenAPI document', () => {
  it('describes exactly the API routes the app serves', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/openapi.json' && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect([...served].sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('resolves every $ref to a component', () => {
    const doc = openApiDocument({ ingest: true }) as Json;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas[r], r).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
    expect(doc.components.schemas.Error.required).toEqual(['ok', 'error']);
  });

  it('takes request constraints from the validation schemas', () => {
    const doc = openApiDocument({ ingest: false }) as Json;
    const limit = doc.paths['/api/quotes'].get.parameters.find((p: Json) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(limit.required).toBe(false);
    const id = doc.paths['/api/articles/{id}'].get.parameters[0];
    expect(id).toMatchObject({ in: 'path', required: true });
    expect(id.schema.pattern).toBeDefined();
    expect(doc.paths['/api/articles'].post).toBeUndefined();
    const withIngest = openApiDocument({ ingest: true }) as Json;
    expect(
      withIngest.paths['/api/articles'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['text']);
  });
});

describe('real answers conform to the documented schemas', () => {
  const get = async (p: string) => {
    const r = await app.request(p);
    return { status: r.status, body: (await r.json()) as Json };
  };

  it('lists, search (with facets), one article, one entity, stats', async () => {
    const checks: Array<[string, string, string]> = [
      ['/api/search', '/api/search?q=وزير&facets=true', '200'],
      ['/api/articles', '/api/articles?limit=100', '200'],
      ['/api/entities', '/api/entities?limit=100', '200'],
      ['/api/quotes', '/api/quotes?limit=100', '200'],
      ['/api/events', '/api/events?limit=100', '200'],
      ['/api/stories', '/api/stories?limit=100', '200'],
      ['/api/stats', '/api/stats', '200'],
    ];
    for (const [p, url, status] of checks) {
      const r = await get(url);
      expect(r.status, url).toBe(Number(status));
      conforms(route('get', p).ok[Number(status)]!.schema, r.body, url);
    }
    const articles = (await get('/api/articles?limit=3')).body.items as Json[];
    expect(articles.length).toBe(3);
    for (const a of articles)
      conforms(
        route('get', '/api/articles/{id}').ok[200]!.schema,
        (await get(`/api/articles/${a.id}`)).body,
        `article ${a.id}`,
      );
    const entities = (await get('/api/entities?limit=5')).body.items as Json[];
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      conforms(
        route('get', '/api/entities/{key}').ok[200]!.schema,
        (await get(`/api/entities/${encodeURIComponent(e.key)}`)).body,
        `entity ${e.key}`,
      );
    }
    // The samples have quotes and events, so their row schemas were really exercised.
    expect((await get('/api/quotes')).body.items.length).toBeGreaterThan(0);
    expect((await get('/api/events')).body.items.length).toBeGreaterThan(0);
  });

  it('the ingest answers and the errors', async () => {
    const post = async (text: string) => {
      const r = await app.request('/api/articles', {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      return { status: r.status, body: (await r.json()) as Json };
    };
    const text = 'التقى رئيس بلدية مدينة الواحة وفدا من اتحاد الصيادين أمس لبحث تنظيم موسم الصيد.';
    const first = await post(text);
    expect(first.status).toBe(201);
    conforms(route('post', '/api/articles').ok[201]!.schema, first.body, 'created');
    const again = await post(text);
    expect(again.status).toBe(200);
    conforms(route('post', '/api/articles').ok[200]!.schema, again.body, 'existing');
    for (const url of [
      '/api/articles/0',
      '/api/articles/999999',
      '/api/quotes?limit=1000',
      '/api/events?from=2015-02-30',
    ]) {
      conforms(errorSchema, (await get(url)).body, url);
    }
  });
});
