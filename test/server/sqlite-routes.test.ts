/**
 * The routes over the real SQLite archive of the sample articles (the routes tests use a small in-memory one): paging,
 * query-syntax errors, facets links, entity pages for the keys the pipeline really produces.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { ingestSamples, sampleManifest } from '../../src/server/demo.ts';
import { openStore } from '../../src/store/open.ts';
import { SEARCH_WINDOW, type SqlStore } from '../../src/store/sql-store.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let store: SqlStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-routes-'));
  store = await openStore(path.join(dir, 'a.db'));
  await ingestSamples(store);
  app = createApp(store, { log: () => {} });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = async (p: string) => {
  const r = await app.request(p);
  return { status: r.status, body: (await r.json()) as Json };
};

describe('routes over the SQLite archive of the samples', () => {
  it('ingesting the samples again adds nothing', async () => {
    expect(await ingestSamples(store)).toEqual({ created: 0, existing: sampleManifest().length });
    expect((await json('/api/stats')).body.stats.articles).toBe(sampleManifest().length);
  });

  it('the stories page groups the near-duplicate sample pairs', async () => {
    const stories = await json('/stories.json?limit=100');
    const groups: number[][] = stories.body.page.items.flatMap((s: Json) => s.duplicateGroups);
    const byOrigin = new Map<string, number>();
    for (const a of (await json('/api/articles?limit=100')).body.items as Json[])
      byOrigin.set(a.origin, a.id);
    const id = (file: string) => byOrigin.get(`samples/${file}`)!;
    const pairs = [
      ['01-kaabi-receives-bin-nasser.txt', '02-kaabi-bin-nasser-fajr-copy.txt'],
      ['06-nakheel-solar-contract.txt', '07-nakheel-solar-sahl-copy.txt'],
    ];
    for (const [a, b] of pairs) {
      expect(
        groups.some((g) => g.includes(id(a!)) && g.includes(id(b!))),
        `${a} ~ ${b}`,
      ).toBe(true);
    }
    const page = await (await app.request('/stories')).text();
    expect(page).toContain('نسخ متطابقة تقريبًا');
  });

  it('search pages through every hit exactly once by cursor', async () => {
    const first = await json(`/api/search?limit=3&q=${encodeURIComponent('الكعبي')}`);
    expect(first.status).toBe(200);
    const total = first.body.total as number;
    expect(total).toBeGreaterThan(3);
    const seen: number[] = first.body.hits.map((h: Json) => h.articleId);
    let next = first.body.next as string | null;
    while (next) {
      const page = await json(
        `/api/search?limit=3&cursor=${encodeURIComponent(next)}&q=${encodeURIComponent('الكعبي')}`,
      );
      seen.push(...page.body.hits.map((h: Json) => h.articleId));
      next = page.body.next;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('with more matches than the search window: pages still reach every hit once, and the page says what is bounded', async () => {
    const q = encodeURIComponent('الكعبي');
    const all = (await json(`/api/search?limit=100&q=${q}`)).body;
    expect(all).toMatchObject({ totalExact: true, rankWindow: null });
    store.searchWindow = 2;
    try {
      const first = await json(`/api/search?limit=2&facets=true&q=${q}`);
      expect(first.body).toMatchObject({ totalExact: false, total: 2, rankWindow: 2 });
      expect(first.body.facets).toMatchObject({ articles: 2, complete: false });
      const seen: number[] = first.body.hits.map((h: Json) => h.articleId);
      let next = first.body.next as string | null;
      let last = first.body;
      while (next) {
        last = (await json(`/api/search?limit=2&cursor=${encodeURIComponent(next)}&q=${q}`)).body;
        seen.push(...last.hits.map((h: Json) => h.articleId));
        next = last.next;
      }
      expect(last).toMatchObject({ totalExact: true, total: all.total });
      expect(seen.sort()).toEqual(all.hits.map((h: Json) => h.articleId).sort());
      const page = await (await app.request(`/search?limit=2&q=${q}`)).text();
      expect(page).toContain('أكثر من نتيجتين');
      expect(page).toContain('class="help ranking-note"');
      expect(page).toContain('class="help facets-note"');
    } finally {
      store.searchWindow = SEARCH_WINDOW;
    }
    const page = await (await app.request(`/search?q=${q}`)).text();
    expect(page).not.toContain('أكثر من');
    expect(page).not.toContain('ranking-note');
  });

  it('query-syntax errors are 400 with the parser message', async () => {
    const r = await json(`/api/search?q=${encodeURIComponent('from:yesterday')}`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      ok: false,
      error: { code: 'invalid_query', message: expect.stringContaining('from:') },
    });
    const page = await app.request(`/search?q=${encodeURIComponent('type:video')}`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('invalid_query');
  });

  it('the search page facet links are queries the store accepts', async () => {
    const page = await (await app.request(`/search?q=${encodeURIComponent('قمة')}`)).text();
    const links = [...page.matchAll(/href="(\/search\?q=[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(0);
    // Facet links add filters as URL parameters (shown as removable chips).
    const sources = links.filter((l) => new URLSearchParams(l.split('?')[1]).has('source'));
    expect(sources.length).toBeGreaterThan(0);
    for (const l of links.slice(0, 12)) {
      const r = await app.request(l);
      expect(r.status, decodeURIComponent(l)).toBe(200);
    }
    // Narrowing by outlet returns only that outlet.
    const one = new URLSearchParams(sources[0]!.split('?')[1]).get('source')!;
    const narrowed = await json(`/api/search?limit=50&q=${encodeURIComponent(`قمة source:"${one}"`)}`);
    expect(narrowed.body.hits.length).toBeGreaterThan(0);
    expect(new Set(narrowed.body.hits.map((h: Json) => h.site))).toEqual(new Set([one]));
  });

  it('every article page renders its own text, and its entities open', async () => {
    const list = await json('/api/articles?limit=100');
    expect(list.body.items).toHaveLength(sampleManifest().length);
    for (const a of list.body.items as Json[]) {
      const r = await app.request(`/article/${a.id}`);
      expect(r.status).toBe(200);
      const view = await json(`/article/${a.id}.json`);
      for (const e of [...view.body.panel.people, ...view.body.panel.others].slice(0, 3)) {
        const ent = await app.request(`/entity/${encodeURIComponent(e.key)}`);
        expect(ent.status, e.key).toBe(200);
      }
    }
  });
});
