/**
 * Filters and paging added to the lists (issue #17): the entity-type control on the search page,
 * date and source filters on /quotes, and numbered pages with a page-size choice on /entities,
 * /quotes and /events. Checked over the demo archive against what the store says directly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { ingestSamples } from '../../src/server/demo.ts';
import { LIST_OFFSET_MAX } from '../../src/server/list-ui.ts';
import { openStore } from '../../src/store/open.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { makeDoc } from './fixtures.ts';
import type { EntityType } from '../../src/doc/types.ts';

import type { QuoteRow, Store } from '../../src/store/types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let app: ReturnType<typeof createApp>;
let store: Store;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-lists-'));
  store = await openStore(path.join(dir, 'demo.db'));
  await ingestSamples(store);
  app = createApp(store, { log: () => {} });
}, 120_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await app.request(url);
  return { status: r.status, text: await r.text() };
};
const json = async (url: string): Promise<Json> => JSON.parse((await get(url)).text);
const enc = encodeURIComponent;
const ids = (hits: Array<{ articleId: number }>) => [...new Set(hits.map((h) => h.articleId))].sort((a, b) => a - b);

/** Ids of the archive's articles whose analysis holds an entity passing `test`. */
async function articlesWith(test: (e: { key: string; type: EntityType }) => boolean): Promise<number[]> {
  const out: number[] = [];
  for (const a of (await store.listArticles({ limit: 100 })).items) {
    const full = await store.getArticle(a.id);
    if (full!.doc.entities.some(test)) out.push(a.id);
  }
  return out.sort((x, y) => x - y);
}

describe('entity type on the search page', () => {
  // One name, two things: «الواحة» the town (LOC) in two articles and «الواحة» a festival (MISC)
  // in a third. Built by hand, so the test does not hang on what the tagger makes of the demo.
  const NAME = 'الواحة';
  const town = (body: string, headline: string, published: string) =>
    makeDoc({ text: `${headline}\n${body}`, headline, published, entities: [{ id: 'e1', key: 'loc:al-waha', type: 'LOC', name: NAME, en: 'Al-Waha', mentions: [NAME] }] });
  const DOCS = [
    town('افتتحت بلدية الواحة حديقة جديدة للأطفال.', 'حديقة في الواحة', '2021-05-02'),
    town('زار وفد من المعلمين مدارس الواحة أمس.', 'وفد في الواحة', '2021-05-03'),
    makeDoc({
      text: 'مهرجان للشعر\nانطلق مهرجان «الواحة» للشعر بمشاركة عشرين شاعرا.',
      headline: 'مهرجان للشعر',
      published: '2021-05-04',
      entities: [{ id: 'e1', key: 'misc:al-waha-festival', type: 'MISC', name: NAME, en: null, mentions: [NAME] }],
    }),
  ];

  it('narrows an entity filter to the entities of that type', async () => {
    const own = openSqlite(':memory:');
    try {
      const ids2: number[] = [];
      for (const [i, d] of DOCS.entries()) ids2.push((await own.putDocument(d, { origin: `fixture:${i}`, url: `https://example.org/${i}`, site: 'sahl-news' })).id);
      const ownApp = createApp(own, { log: () => {} });
      const j = async (url: string): Promise<Json> => JSON.parse(await (await ownApp.request(url)).text());
      const all = await j(`/search.json?size=100&entity=${enc(NAME)}`);
      const loc = await j(`/search.json?size=100&entity=${enc(NAME)}&etype=LOC`);
      const misc = await j(`/search.json?size=100&entity=${enc(NAME)}&etype=misc`);
      expect(loc.state.etype).toBe('LOC');
      expect(misc.state.etype).toBe('MISC');
      expect(ids(all.result.hits)).toEqual([...ids2].sort((a, b) => a - b));
      expect(ids(loc.result.hits)).toEqual([ids2[0]!, ids2[1]!].sort((a, b) => a - b));
      expect(ids(misc.result.hits)).toEqual([ids2[2]]);
      // No organisation is called that: nothing, and the page says so with the chip still there.
      const org = await ownApp.request(`/search?entity=${enc(NAME)}&etype=ORG`);
      const text = await org.text();
      expect(text).toContain('class="empty"');
      expect(text).toContain('نوع الكيان: منظمة');
    } finally {
      await own.close();
    }
  });

  it('alone, finds the articles that mention any entity of the type', async () => {
    const r = await json('/search.json?size=100&etype=MISC');
    expect(ids(r.result.hits)).toEqual(await articlesWith((e) => e.type === 'MISC'));
    expect(r.result.total).toBeLessThan((await store.stats()).articles);
    // Typed into the box, it is lifted out like the other filters.
    const typed = await json(`/search.json?size=100&q=${enc('etype:misc')}`);
    expect(typed.state).toMatchObject({ q: '', etype: 'MISC' });
    expect(ids(typed.result.hits)).toEqual(ids(r.result.hits));
  });

  it('is a select in the form, a removable chip, and goes with the other filters and the exports', async () => {
    const PLACE = 'الفيروز'; // a place of the demo archive
    const url = `/search?entity=${enc(PLACE)}&etype=LOC&type=article`;
    const { text } = await get(url);
    expect(text).toMatch(/<select id="f-etype" name="etype"[^>]*><option value="">أي كيان<\/option>.*<option value="LOC" selected>مكان<\/option>/);
    const chip = /<span>نوع الكيان: مكان<\/span> <a class="remove" href="([^"]+)"/.exec(text);
    expect(chip).not.toBeNull();
    const removed = new URL(chip![1]!.replace(/&amp;/g, '&'), 'http://x').searchParams;
    expect(removed.get('etype')).toBeNull();
    expect(removed.get('entity')).toBe(PLACE);
    expect(removed.get('type')).toBe('article');
    // Clearing all filters drops the type too.
    const clear = /<a class="clear" href="([^"]+)"/.exec(text)![1]!;
    expect(clear).not.toContain('etype');
    // The export links carry it: the CSV has the same rows as the page.
    const shown = await json(`/search.json?size=100&entity=${enc(PLACE)}&etype=LOC`);
    const csv = (await get(`/search.csv?entity=${enc(PLACE)}&etype=LOC`)).text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.length - 1).toBe(shown.result.total);
    expect(text).toMatch(/href="\/search\.csv\?[^"]*etype=LOC/);
    // The feed of this search says which type it follows.
    expect(text).toContain(`<title>بحث: ${PLACE} · أماكن · مرصد</title>`);
    expect((await get(`/search.atom?entity=${enc(PLACE)}&etype=LOC`)).text).toContain(`<title>مرصد: ${PLACE} · أماكن</title>`);
  });

  it('refuses an unknown type in Arabic, keeping the form', async () => {
    const page = await get(`/search?q=${enc('قمة')}&etype=PLANET`);
    expect(page.status).toBe(400);
    expect(page.text).toContain('نوع الكيان «PLANET» غير معروف');
    expect(page.text).toContain('value="قمة"');
    expect((await json('/search.json?etype=PLANET')).error.code).toBe('invalid_query');
    expect((await json(`/api/search?q=${enc('etype:PLANET')}`)).error.code).toBe('invalid_query');
  });
});

describe('quotes filtered by date and source', () => {
  let all: QuoteRow[];
  const key = (q: QuoteRow) => `${q.articleId}:${q.text.start}`;
  const keys = (qs: QuoteRow[]) => qs.map(key).sort();
  beforeAll(async () => {
    all = (await json('/quotes.json?size=100')).page.items;
  });

  it('by source: exactly the quotes of that outlet', async () => {
    const fajr = new Set((await json('/api/articles?site=al-fajr&limit=100')).items.map((a: Json) => a.id));
    const want = all.filter((q) => fajr.has(q.articleId));
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    const r = await json('/quotes.json?size=100&source=al-fajr');
    expect(keys(r.page.items)).toEqual(keys(want));
    expect(r.page.total).toBe(want.length);
    // The API takes the same filters.
    expect(keys((await json('/api/quotes?limit=100&source=al-fajr')).items)).toEqual(keys(want));
  });

  it('by date range, a month standing for all its days', async () => {
    const days = [...new Set(all.map((q) => q.published!.slice(0, 10)))].sort();
    expect(days.length).toBeGreaterThan(2);
    const mid = days[Math.floor(days.length / 2)]!;
    const after = await json(`/quotes.json?size=100&from=${mid}`);
    expect(keys(after.page.items)).toEqual(keys(all.filter((q) => q.published!.slice(0, 10) >= mid)));
    const before = await json(`/quotes.json?size=100&to=${mid}`);
    expect(keys(before.page.items)).toEqual(keys(all.filter((q) => q.published!.slice(0, 10) <= mid)));
    const month = mid.slice(0, 7);
    const inMonth = await json(`/quotes.json?size=100&from=${month}&to=${month}`);
    expect(keys(inMonth.page.items)).toEqual(keys(all.filter((q) => q.published!.startsWith(month))));
    const bad = await get(`/quotes?from=${days.at(-1)}&to=${days[0]}`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('بعد تاريخ النهاية');
  });

  it('shows the filters as controls and chips, and exports with them', async () => {
    const day = all.map((q) => q.published!.slice(0, 10)).sort()[0]!;
    const { text } = await get(`/quotes?source=al-fajr&from=${day}&size=10`);
    expect(text).toContain(`<input id="qf" name="from" type="date" value="${day}">`);
    expect(text).toContain('<option value="al-fajr" selected>الفجر الجديد</option>');
    // The date is isolated left to right inside the Arabic label.
    for (const label of ['المصدر: الفجر الجديد', `من <bdi dir="ltr">${day}</bdi>`]) expect(text).toContain(`<span>${label}</span>`);
    const removeSource = new URL(/<span>المصدر: الفجر الجديد<\/span> <a class="remove" href="([^"]+)"/.exec(text)![1]!.replace(/&amp;/g, '&'), 'http://x').searchParams;
    expect([...removeSource.keys()].sort()).toEqual(['from', 'size']);
    const want = (await json(`/quotes.json?size=100&source=al-fajr&from=${day}`)).page.items as QuoteRow[];
    expect(text).toContain(`href="/quotes.jsonl?source=al-fajr&amp;from=${day}"`);
    // The same quotes in the search page, newest first.
    expect(text).toContain(`href="/search?source=al-fajr&amp;from=${day}&amp;type=quote&amp;sort=newest"`);
    const lines = (await get(`/quotes.jsonl?source=al-fajr&from=${day}`)).text.trim().split('\n').map((l) => JSON.parse(l) as QuoteRow);
    expect(keys(lines)).toEqual(keys(want));
    const csv = (await get(`/quotes.csv?source=al-fajr&from=${day}`)).text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.length - 1).toBe(want.length);
  });
});

describe('numbered pages and page size on the lists', () => {
  /** Every page of a list at `size`, read through the page links' `page` parameter. */
  async function allPages(list: string, size: number, itemKey: (x: Json) => string): Promise<{ keys: string[]; pages: Json[] }> {
    const pages: Json[] = [];
    for (let p = 1; p < 50; p++) {
      const r = await json(`${list}${list.includes('?') ? '&' : '?'}size=${size}&page=${p}`);
      pages.push(r);
      if (!r.page.next) break;
    }
    return { keys: pages.flatMap((r) => r.page.items.map(itemKey)), pages };
  }

  it('/entities: pages partition the list, with "11–20 من N" and links', async () => {
    const whole = (await json('/entities.json?size=100')).page;
    const { keys, pages } = await allPages('/entities.json', 10, (e) => e.key);
    expect(keys).toEqual(whole.items.map((e: Json) => e.key));
    expect(pages.length).toBe(Math.ceil(whole.total / 10));
    expect(pages.at(-1).page.items.length).toBe(whole.total - 10 * (pages.length - 1));
    const { text } = await get('/entities?size=10&page=2');
    expect(text).toContain(`<span dir="ltr">11–20</span> من ${whole.total}</p>`);
    expect(text).toContain('<a rel="prev" href="/entities?size=10">');
    expect(text).toContain('<a rel="next" href="/entities?size=10&amp;page=3">');
    expect(text).toContain('<a aria-current="page" href="/entities?size=10&amp;page=2">2</a>');
    expect(text).toMatch(/<select id="size-top" name="size" class="autosubmit">.*<option value="10" selected>10<\/option>/);
    // A filter is kept in the page links, and a next-link from before page numbers still works.
    expect(await get('/entities?type=PER&size=5&page=2').then((r) => r.text)).toContain('href="/entities?type=PER&amp;size=5&amp;page=3"');
    const legacy = await json('/entities.json?limit=10&cursor=10');
    expect(legacy.paging).toMatchObject({ page: 2, offset: 10 });
    expect(legacy.page.items.map((e: Json) => e.key)).toEqual(keys.slice(10, 20));
  });

  it('/quotes: pages partition the filtered list', async () => {
    const whole = (await json('/quotes.json?size=100&source=al-fajr')).page;
    const { keys } = await allPages('/quotes.json?source=al-fajr', 3, (q) => `${q.articleId}:${q.text.start}`);
    expect(whole.items.length).toBeGreaterThan(3);
    expect(keys).toEqual(whole.items.map((q: Json) => `${q.articleId}:${q.text.start}`));
    const { text } = await get('/quotes?source=al-fajr&size=3&page=2');
    expect(text).toContain(`<span dir="ltr">4–6</span> من ${whole.total}</p>`);
    expect(text).toContain('<a rel="prev" href="/quotes?source=al-fajr&amp;size=3">');
  });

  it('/events: planned ones in their own box on page 1, the others paged', async () => {
    const every = (await json('/api/events?limit=100')).items as Json[];
    const others = every.filter((e) => e.status !== 'planned');
    const planned = every.filter((e) => e.status === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    const ev = (e: Json) => `${e.articleId}:${e.trigger.start}`;
    const { keys, pages } = await allPages('/events.json', 4, ev);
    expect([...keys].sort()).toEqual(others.map(ev).sort());
    expect(pages[0].planned.map(ev).sort()).toEqual(planned.map(ev).sort());
    expect(pages.slice(1).every((p) => p.planned.length === 0)).toBe(true);
    expect(pages[0].page.total).toBe(others.length);
    const { text } = await get('/events?size=4&page=2');
    expect(text).toContain(`<span dir="ltr">5–8</span> من ${others.length}</p>`);
    expect(text).not.toContain('أحداث مرتقبة');
  });

  it('/stories: numbered pages too', async () => {
    const whole = (await json('/stories.json?size=100')).page;
    expect(whole.total).toBeGreaterThan(2);
    const { keys } = await allPages('/stories.json', 2, (s) => String(s.id));
    expect(keys).toEqual(whole.items.map((s: Json) => String(s.id)));
    const { text } = await get('/stories?size=2&page=2');
    expect(text).toContain(`<span dir="ltr">3–${Math.min(4, whole.total)}</span> من ${whole.total}</p>`);
    expect(text).toContain('<a rel="prev" href="/stories?size=2">');
  });

  it('refuses sizes and pages out of range in Arabic', async () => {
    for (const list of ['/entities', '/quotes', '/events', '/stories']) {
      expect((await get(`${list}?size=1000`)).status, list).toBe(400);
      expect((await json(`${list}.json?size=0`)).error.code, list).toBe('invalid_request');
      const far = await get(`${list}?size=100&page=${LIST_OFFSET_MAX / 100 + 2}`);
      expect(far.status, list).toBe(400);
      expect(far.text, list).toContain('ضيّق القائمة بالمرشحات');
    }
  });
});
