/**
 * One contract, two backends: every test here runs against SQLite, and against PostgreSQL when
 * MARSAD_TEST_PG is a postgres:// URL (under CI=true a missing MARSAD_TEST_PG is a failure).
 * Each test gets a fresh, empty archive.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlStore } from '../../src/store/sql-store.ts';
import type { Db } from '../../src/store/db.ts';
import { clusterStories, rebuildStories, rebuildStoriesIfStale } from '../../src/store/stories.ts';
import { ARTICLES, makeDoc, wireCopies } from './fixtures.ts';
import { isCI } from '../helpers/shared.ts';
import { pgBackend, sqliteBackend, type Backend } from './backends.ts';

const backends: Backend[] = [sqliteBackend];
if (process.env.MARSAD_TEST_PG) backends.push(pgBackend(process.env.MARSAD_TEST_PG));
else if (isCI()) {
  describe('postgres contract', () => {
    it('needs MARSAD_TEST_PG under CI', () => {
      throw new Error(
        'MARSAD_TEST_PG is not set; CI must run the store contract against PostgreSQL (scripts/pg-test-server.sh start)',
      );
    });
  });
} else {
  console.warn('[skip] postgres contract: set MARSAD_TEST_PG=postgres://… (see scripts/pg-test-server.sh)');
}

for (const backend of backends) {
  describe(`store contract (${backend.name})`, () => {
    let store: SqlStore;
    let reopen: () => Promise<SqlStore>;
    let cleanup: () => Promise<void>;
    let ids: number[];

    beforeEach(async () => {
      ({ store, reopen, cleanup } = await backend.open());
      ids = [];
      for (const f of ARTICLES) {
        const { doc, info } = makeDoc(f);
        ids.push((await store.putDocument(doc, info)).id);
      }
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    const urlsOf = async (q: string) => {
      const r = await store.search({ q, limit: 50 });
      return r.hits.map((h) => ARTICLES.findIndex((_, i) => ids[i] === h.articleId) + 1).sort();
    };

    it('stores articles and reads them back unchanged', async () => {
      expect(await store.stats()).toEqual({ articles: 4, entities: 3, quotes: 1, events: 1 });
      const a = await store.getArticle(ids[2]!);
      const { doc } = makeDoc(ARTICLES[2]!);
      expect(a?.doc).toEqual(doc);
      expect(a?.headline).toBe('قمة في جنيف');
      expect(a?.published).toBe('2021-06-10');
      expect(a?.site).toBe('daily-c');
      const page = await store.listArticles({ limit: 3 });
      expect(page.items.map((x) => x.id)).toEqual([ids[3], ids[2], ids[1]]);
      expect(page.next).not.toBeNull();
      const rest = await store.listArticles({ limit: 3, cursor: page.next });
      expect(rest.items.map((x) => x.id)).toEqual([ids[0]]);
      expect(rest.next).toBeNull();
    });

    it('re-ingesting the same articles adds nothing', async () => {
      const before = await store.stats();
      for (const f of ARTICLES) {
        const { doc, info } = makeDoc(f);
        const r = await store.putDocument(doc, info);
        expect(r.created).toBe(false);
      }
      expect(await store.stats()).toEqual(before);
      expect((await store.getEntity('PER:putin'))?.articles).toBe(2);
      expect((await store.search({ q: 'بوتين' })).total).toBe(2);
    });

    it('finds clitic forms: كرملين matches والكرملين and للكرملين', async () => {
      expect(await urlsOf('كرملين')).toEqual([1, 2]);
      expect(await urlsOf('الكرملين')).toEqual([1, 2]);
    });

    it('folds hamza forms both ways: اوروبا ↔ أوروبا', async () => {
      expect(await urlsOf('اوروبا')).toEqual([1, 4]);
      expect(await urlsOf('أوروبا')).toEqual([1, 4]);
    });

    it('matches diacritised queries against plain text and plain queries against diacritised text', async () => {
      expect(await urlsOf('وَصَلَ')).toEqual([3, 4]);
      expect(await urlsOf('وصل')).toEqual([3, 4]);
      expect(await urlsOf('جنيف')).toEqual([2, 3]);
      expect(await urlsOf('جَنِيف')).toEqual([2, 3]);
    });

    it('supports phrases, exclusion and OR', async () => {
      expect(await urlsOf('"بطولة اوروبا"')).toEqual([4]);
      expect(await urlsOf('"اوروبا بطولة"')).toEqual([]);
      expect(await urlsOf('اوروبا -الفريق')).toEqual([1]);
      expect(await urlsOf('جنيف OR بطولة')).toEqual([2, 3, 4]);
      expect(await urlsOf('جنيف OR بطولة -بايدن')).toEqual([2, 4]);
      expect(await urlsOf('-جنيف source:wire-b')).toEqual([]);
    });

    it('ranks a headline match above a body-only match', async () => {
      // «بوتين» is in article 2's headline, only in article 3's body.
      const r = await store.search({ q: 'بوتين' });
      expect(r.hits[0]?.articleId).toBe(ids[1]);
      expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
    });

    it('returns snippets highlighting the original words and explains the match', async () => {
      const r = await store.search({ q: 'كرملين' });
      const h = r.hits.find((x) => x.articleId === ids[0])!;
      expect(h.matched).toEqual([{ term: expect.any(String), forms: ['والكرملين'] }]);
      const hl = h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e));
      expect(hl).toEqual(['والكرملين']);
      const r2 = await store.search({ q: 'جنيف' });
      const h3 = r2.hits.find((x) => x.articleId === ids[2])!;
      expect(h3.matched[0]!.forms.sort()).toEqual(['جنيف', 'جنيفَ'].sort());
    });

    it('filters by source, dates, entity (any spelling or English) and type', async () => {
      expect(await urlsOf('جنيف source:wire-b')).toEqual([2]);
      expect(await urlsOf('from:2021-06-01 to:2021-06-05')).toEqual([2]);
      expect(await urlsOf('from:2021-06-02')).toEqual([3, 4]);
      expect(await urlsOf('entity:"Vladimir Putin"')).toEqual([2, 3]);
      expect(await urlsOf('entity:بوتين')).toEqual([2, 3]);
      expect(await urlsOf('entity:"فلاديمير بوتين"')).toEqual([2, 3]);
      expect(await urlsOf('entity:بُوتِين')).toEqual([2, 3]);
      expect(await urlsOf('entity:"Joe Biden"')).toEqual([3]);
      expect(await urlsOf('entity:nobody')).toEqual([]);
      const q = await store.search({ q: 'السلام type:quote' });
      expect(q.hits).toHaveLength(1);
      expect(q.hits[0]!.type).toBe('quote');
      expect(q.hits[0]!.quote?.speaker).toBe('جو بايدن');
      const sp = await store.search({ q: 'speaker:بايدن' });
      expect(sp.hits.map((h) => h.quote?.text)).toEqual(['سنعمل معا من أجل السلام']);
      expect((await store.search({ q: 'speaker:بوتين' })).hits).toHaveLength(0);
      const ev = await store.search({ q: 'جنيف type:event' });
      expect(ev.hits.map((h) => [h.type, h.articleId])).toEqual([['event', ids[2]]]);
    });

    it('narrows entity filters to one entity type with etype:, which alone means "mentions one of that type"', async () => {
      expect(await urlsOf('entity:بوتين etype:PER')).toEqual([2, 3]);
      expect(await urlsOf('entity:بوتين etype:loc')).toEqual([]);
      const geneva = await urlsOf('entity:Geneva');
      expect(geneva.length).toBeGreaterThan(0);
      expect(await urlsOf('etype:LOC')).toEqual(geneva);
      expect(await urlsOf('etype:MISC')).toEqual([]);
      await expect(store.search({ q: 'etype:planet' })).rejects.toThrow(/etype: must be/);
    });

    it('lists events leaving out one status', async () => {
      const all = await store.listEvents({});
      const status = all.items[0]!.status;
      expect(await store.listEvents({ notStatus: status })).toMatchObject({ items: [], total: 0 });
      expect((await store.listEvents({ notStatus: status === 'planned' ? 'happened' : 'planned' })).items).toHaveLength(all.items.length);
    });

    it('rejects malformed filters with a clear message', async () => {
      await expect(store.search({ q: 'from:yesterday' })).rejects.toThrow(/from: needs a date/);
      await expect(store.search({ q: 'type:video' })).rejects.toThrow(/type: must be/);
    });

    it('links one entity across two articles, with aliases, roles and related entities', async () => {
      const e = await store.getEntity('PER:putin');
      expect(e).toMatchObject({
        key: 'PER:putin',
        name: 'فلاديمير بوتين',
        en: 'Vladimir Putin',
        articles: 2,
        mentions: 3,
      });
      expect(e!.aliases.sort()).toEqual(['بوتين', 'فلاديمير بوتين'].sort());
      expect(e!.related.map((r) => [r.key, r.together])).toEqual([
        ['LOC:geneva', 1],
        ['PER:biden', 1],
      ]);
      expect(e!.timeline).toEqual([{ month: '2021-06', count: 3 }]);
      const list = await store.listEntities({ limit: 10 });
      expect(list.items[0]!.key).toBe('PER:putin');
      expect((await store.listEntities({ q: 'Joe Biden' })).items.map((x) => x.key)).toEqual(['PER:biden']);
      const quotes = await store.listQuotes({ speaker: 'Joe Biden' });
      expect(quotes.items.map((x) => x.speakerKey)).toEqual(['PER:biden']);
      const events = await store.listEvents({});
      expect(events.items[0]!.participants.map((p) => p.en)).toEqual(['Vladimir Putin', 'Joe Biden']);
      expect(events.items[0]!.place?.en).toBe('Geneva');
    });

    it('deleting an article removes it and its index entries', async () => {
      expect(await store.deleteArticle(ids[2]!)).toBe(true);
      expect(await store.getArticle(ids[2]!)).toBeNull();
      expect(await urlsOf('جنيف')).toEqual([2]);
      expect(await urlsOf('وصل')).toEqual([4]);
      expect((await store.search({ q: 'السلام type:quote' })).hits).toHaveLength(0);
      expect((await store.search({ q: 'جنيف type:event' })).hits).toHaveLength(0);
      expect(await store.stats()).toEqual({ articles: 3, entities: 1, quotes: 0, events: 0 });
      const e = await store.getEntity('PER:putin');
      expect(e).toMatchObject({ articles: 1, mentions: 2 });
      expect(e!.aliases).toEqual(['بوتين', 'فلاديمير بوتين']);
      expect(await store.getEntity('PER:biden')).toBeNull();
      expect(await store.indexEntries(ids[2]!)).toEqual({
        fts: 0,
        mentions: 0,
        quotes: 0,
        events: 0,
        times: 0,
        lsh: 0,
        facets: 0,
      });
      expect(await store.indexEntries(ids[1]!)).toMatchObject({ fts: 1, facets: 1 });
      expect(await store.deleteArticle(ids[2]!)).toBe(false);
    });

    it('groups syndicated copies into one duplicate group', async () => {
      const [w1, w2] = wireCopies();
      const a = await store.putDocument(makeDoc(w1).doc, makeDoc(w1).info);
      const b = await store.putDocument(makeDoc(w2).doc, makeDoc(w2).info);
      const ga = (await store.getArticle(a.id))!.dupGroup;
      const gb = (await store.getArticle(b.id))!.dupGroup;
      expect(ga).not.toBeNull();
      expect(ga).toBe(gb);
      for (const id of ids) expect((await store.getArticle(id))!.dupGroup).toBeNull();
    });

    it('clusters related articles into stories, syndicated copies included', async () => {
      const [w1, w2] = wireCopies();
      const a = await store.putDocument(makeDoc(w1).doc, makeDoc(w1).info);
      const b = await store.putDocument(makeDoc(w2).doc, makeDoc(w2).info);
      // Articles 2 and 3 are nine days apart: outside the default three-day window…
      expect(await rebuildStories(store)).toBe(1);
      expect((await store.getArticle(ids[2]!))!.story).toBeNull();
      // …and one story with a wider window.
      expect(await rebuildStories(store, { windowDays: 10 })).toBe(2);
      const page = await store.listStories({ limit: 10 });
      const sets = page.items.map((s) => s.articles.map((x) => x.id).sort((x, y) => x - y));
      expect(sets).toContainEqual([ids[1], ids[2]]);
      expect(sets).toContainEqual([a.id, b.id].sort((x, y) => x - y));
      const wire = page.items.find((s) => s.articles.some((x) => x.id === a.id))!;
      expect(wire.duplicateGroups).toEqual([[a.id, b.id]]);
      expect((await store.getArticle(ids[0]!))!.story).toBeNull();
      expect((await store.getArticle(ids[2]!))!.story).not.toBeNull();
      // Rebuilding is stable: same clusters, no leftovers.
      expect(await rebuildStories(store, { windowDays: 10 })).toBe(2);
      expect((await store.listStories({})).total).toBe(2);
    });

    it('marks stories stale in the same transaction as each article write or deletion', async () => {
      expect(await store.storiesStale()).toBe(true);
      await rebuildStories(store);
      expect(await store.storiesStale()).toBe(false);
      // Storing a text already there changes nothing.
      await store.putDocument(makeDoc(ARTICLES[0]!).doc, makeDoc(ARTICLES[0]!).info);
      expect(await store.storiesStale()).toBe(false);
      const [w1, w2] = wireCopies();
      await store.putDocuments([makeDoc(w1), makeDoc(w2)]);
      expect(await store.storiesStale()).toBe(true);
      expect(await rebuildStoriesIfStale(store)).toBe(true);
      expect(await rebuildStoriesIfStale(store)).toBe(false);
      expect((await store.listStories({})).total).toBe(1);
      await store.deleteArticle(ids[0]!);
      expect(await store.storiesStale()).toBe(true);
    });

    it('keeps stories built from a newer snapshot over those of an older one', async () => {
      const [w1, w2] = wireCopies();
      const before = await store.articlesVersion();
      const old = clusterStories(await store.storyInputs());
      await store.putDocuments([makeDoc(w1), makeDoc(w2)]);
      expect(await rebuildStories(store)).toBe(1);
      // A slow rebuild that read the archive before the copies came in must not undo that.
      expect(await store.setStories(old, before)).toBe(false);
      expect((await store.listStories({})).total).toBe(1);
      expect(await store.storiesStale()).toBe(false);
    });

    it('counts entities and aliases the same whether articles come in one batch or one by one', async () => {
      const one = await backend.open();
      try {
        await one.store.putDocuments(ARTICLES.map((f) => makeDoc(f)));
        expect(await one.store.listEntities({ limit: 50 })).toEqual(await store.listEntities({ limit: 50 }));
        for (const e of (await store.listEntities({ limit: 50 })).items) {
          expect(await one.store.getEntity(e.key)).toEqual(await store.getEntity(e.key));
        }
      } finally {
        await one.store.close();
        await one.cleanup();
      }
    });

    it('pages search results with a cursor', async () => {
      const p1 = await store.search({ q: 'وقال', limit: 2 });
      expect(p1.total).toBe(3);
      expect(p1.hits).toHaveLength(2);
      const p2 = await store.search({ q: 'وقال', limit: 2, cursor: p1.next });
      expect(p2.hits).toHaveLength(1);
      expect(p2.next).toBeNull();
      const all = new Set([...p1.hits, ...p2.hits].map((h) => h.articleId));
      expect(all.size).toBe(3);
    });

    it('reports facets for a search', async () => {
      const r = await store.search({ q: 'جنيف' }, { facets: true });
      expect(r.facets!.sites.map((s) => s.site).sort()).toEqual(['daily-c', 'wire-b']);
      expect(r.facets!.entities[0]).toMatchObject({ key: 'PER:putin', count: 2 });
      expect(r.facets!.months).toEqual([{ month: '2021-06', count: 2 }]);
    });

    it('with more matches than the search window: ranks within windows, newest first, and says so', async () => {
      store.searchWindow = 2;
      // «وقال» is in articles 1, 3 and 4: window 0 holds the two most recently added (4, 3).
      const p1 = await store.search({ q: 'وقال', limit: 2 });
      expect(p1.hits.map((h) => h.articleId).sort()).toEqual([ids[2], ids[3]].sort());
      expect(p1).toMatchObject({ total: 2, totalExact: false, rankWindow: 2, next: '2' });
      expect(p1.hits[0]!.score).toBeGreaterThanOrEqual(p1.hits[1]!.score);
      const p2 = await store.search({ q: 'وقال', limit: 2, cursor: p1.next });
      expect(p2.hits.map((h) => h.articleId)).toEqual([ids[0]]);
      expect(p2).toMatchObject({ total: 3, totalExact: true, rankWindow: 2, next: null });
      // A page spanning both windows, and one past the end.
      const all = await store.search({ q: 'وقال', limit: 10 });
      expect(all.hits.map((h) => h.articleId)).toEqual([...p1.hits, ...p2.hits].map((h) => h.articleId));
      expect(all).toMatchObject({ total: 3, totalExact: true, next: null });
      expect(await store.search({ q: 'وقال', limit: 2, cursor: '6' })).toMatchObject({
        hits: [],
        total: 3,
        totalExact: true,
        next: null,
      });
      // Facets describe the first window and say so.
      const f = await store.search({ q: 'وقال', limit: 1 }, { facets: true });
      expect(f.facets).toMatchObject({ articles: 2, complete: false });
      expect(f.facets!.sites.map((s) => s.site).sort()).toEqual(['daily-c', 'sport-d']);
      // Few enough matches: one window, exact total, complete facets, plain ranking.
      const g = await store.search({ q: 'جنيف' }, { facets: true });
      expect(g).toMatchObject({ total: 2, totalExact: true, rankWindow: null, next: null });
      expect(g.facets).toMatchObject({ articles: 2, complete: true });
      expect(g.hits[0]!.articleId).toBe(ids[1]); // the headline match ranks first
    });

    it('ranks within a smaller window than it counts and facets', async () => {
      store.searchWindow = 3;
      store.rankWindow = 1;
      // Three matches: ranked one window at a time, newest first, but counted exactly.
      const p1 = await store.search({ q: 'وقال', limit: 1 }, { facets: true });
      expect(p1.hits.map((h) => h.articleId)).toEqual([ids[3]]);
      expect(p1).toMatchObject({ total: 3, totalExact: true, rankWindow: 1, next: '1' });
      expect(p1.facets).toMatchObject({ articles: 3, complete: true });
      store.searchWindow = 2;
      expect(await store.search({ q: 'وقال', limit: 1 })).toMatchObject({
        total: 2,
        totalExact: false,
        rankWindow: 1,
      });
      const all = await store.search({ q: 'وقال', limit: 5 });
      expect(all.hits.map((h) => h.articleId)).toEqual([ids[3], ids[2], ids[0]]);
      expect(all).toMatchObject({ total: 3, totalExact: true, next: null });
    });

    it('with more filter-only matches than the window: newest published first, total a lower bound', async () => {
      store.searchWindow = 2;
      const r = await store.search({ q: 'from:2021-05-01', limit: 1 }, { facets: true });
      expect(r.hits.map((h) => h.articleId)).toEqual([ids[3]]);
      expect(r).toMatchObject({ total: 2, totalExact: false, rankWindow: null, next: '1' });
      expect(r.facets).toMatchObject({
        articles: 2,
        complete: false,
        months: [
          { month: '2021-06', count: 1 },
          { month: '2021-07', count: 1 },
        ],
      });
      // The count reaches as far as the page asked for.
      expect(await store.search({ q: 'from:2021-05-01', limit: 10 })).toMatchObject({
        total: 4,
        totalExact: true,
        next: null,
      });
      const quotes = await store.listQuotes({ q: 'السلام' });
      expect(quotes).toMatchObject({ total: 1, totalExact: true, next: null });
    });

    it('exports every match, whatever the search window', async () => {
      store.searchWindow = 1;
      expect((await store.matchingArticleIds('وقال')).sort()).toEqual([ids[0], ids[2], ids[3]].sort());
    });

    it('fills the facet rows when upgrading an archive from schema version 2', async () => {
      const db = (store as unknown as { db: Db }).db;
      for (const sql of [
        'DROP TABLE article_facets',
        'DROP TABLE facet_keys',
        'DROP TABLE archive_state',
        'DROP INDEX events_match',
        'DROP INDEX events_cluster',
        'ALTER TABLE events DROP COLUMN match_key',
        'ALTER TABLE events DROP COLUMN cluster',
        'DELETE FROM schema_version WHERE version > 2',
      ]) {
        await db.run(sql);
      }
      await store.close();
      store = await reopen();
      // Whether the old archive's stories were built is unknown: they count as stale.
      expect(await store.storiesStale()).toBe(true);
      const r = await store.search({ q: 'جنيف' }, { facets: true });
      expect(r.facets!.entities.map((e) => [e.key, e.count])).toEqual([
        ['PER:putin', 2],
        ['LOC:geneva', 1],
        ['PER:biden', 1],
      ]);
      expect(r.facets!.sites.map((s) => s.site).sort()).toEqual(['daily-c', 'wire-b']);
      // New articles get facet rows with the same key numbers.
      const { doc, info } = makeDoc({
        ...ARTICLES[1]!,
        headline: 'بوتين في جنيف مجددا',
        url: 'https://example.test/a5',
      });
      await store.putDocument(doc, info);
      const r2 = await store.search({ q: 'جنيف' }, { facets: true });
      expect(r2.facets!.entities[0]).toMatchObject({ key: 'PER:putin', count: 3 });
    });

    it('keeps everything across a reopen', async () => {
      await store.close();
      store = await reopen();
      expect((await store.stats()).articles).toBe(4);
      expect(await urlsOf('كرملين')).toEqual([1, 2]);
    });
  });
}
