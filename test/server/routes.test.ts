import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { hostileDoc, signingDoc, signingPlanDoc, summitDoc } from './fixtures.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { rebuildStories } from '../../src/store/stories.ts';
import { StoreError } from '../../src/errors.ts';

/** Parses the page as a browser would and checks that nothing in it can run. */
function expectInert(page: string): void {
  const { document } = parseHTML(page);
  const scripts = [...document.querySelectorAll('script')].map((s) => s.getAttribute('src'));
  expect(scripts).toEqual(['/static/app.js']);
  expect(document.querySelectorAll('img, iframe, object, embed, svg script, b, i').length).toBe(0);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      if (attr.name === 'href' || attr.name === 'src') expect(attr.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let store: SqlStore;
let app: ReturnType<typeof createApp>;

async function get(path: string, init?: RequestInit): Promise<{ status: number; text: string; res: Response }> {
  const res = await app.request(path, init);
  return { status: res.status, text: await res.text(), res };
}
async function getJson(path: string, init?: RequestInit): Promise<{ status: number; body: Json; res: Response }> {
  const res = await app.request(path, init);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return { status: res.status, body: (await res.json()) as Json, res };
}
function expectErrorShape(body: Json, code: string): void {
  expect(body).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
}

/** The articles the archive holds now, oldest first. */
async function stored() {
  return (await store.listArticles({ limit: 100 })).items.sort((a, b) => a.id - b.id);
}

// A real archive (SQLite in memory) per test, so the routes see what the real store does.
beforeEach(async () => {
  store = openSqlite(':memory:');
  await store.putDocument(summitDoc(), { origin: 'fixture:summit', url: 'https://example.org/news/1', site: 'sahl-news' });
  app = createApp(store, { log: () => {} });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
});

describe('pages', () => {
  it('home page: RTL Arabic shell, latest articles, archive size, skip link, labelled search', async () => {
    const { status, text, res } = await get('/');
    expect(status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toMatch(/^<!doctype html>\n<html dir="rtl" lang="ar">/);
    expect(text).toContain('<a class="skip" href="#main">');
    expect(text).toContain('<label for="q">');
    expect(text).toContain('href="/article/1">قمة الواحة تبحث ملف المياه</a>');
    expect(text).toContain('في الأرشيف مقال واحد');
    expect(text).toContain('<link rel="stylesheet" href="/static/style.css">');
    expect(text).not.toMatch(/<script>|style="/); // no inline script or style (CSP)
  });

  it('search page shows hits with highlighted snippets and facets; the .json twin has the same data', async () => {
    const { status, text } = await get('/search?q=' + encodeURIComponent('الكعبي'));
    expect(status).toBe(200);
    expect(text).toContain('<mark>الكعبي</mark>');
    expect(text).toContain('نتيجة واحدة');
    expect(text).toContain('href="/entity/per%3Asalem-alkaabi"');
    expect(text).toContain('<svg'); // date histogram
    expect(text).toContain('sahl-news');
    const j = await getJson('/search.json?q=' + encodeURIComponent('الكعبي'));
    expect(j.status).toBe(200);
    expect(j.body.ok).toBe(true);
    expect(j.body.q).toBe('الكعبي');
    expect(j.body.result.hits.map((h: Json) => h.articleId)).toEqual([1]);
    expect(j.body.result.facets.sites).toEqual([{ site: 'sahl-news', count: 1 }]);
  });

  it('search pages by cursor', async () => {
    const d2 = summitDoc();
    d2.text = d2.text + '\nتحديث.';
    await store.putDocument(d2, { origin: null, url: null, site: 'other' });
    const first = await getJson('/search.json?limit=1&q=' + encodeURIComponent('الكعبي'));
    expect(first.body.result.hits).toHaveLength(1);
    expect(first.body.result.next).toBeTruthy();
    const page1 = await get('/search?limit=1&q=' + encodeURIComponent('الكعبي'));
    // Pages are numbered now; a cursor from before still opens the same page.
    expect(page1.text).toContain('rel="next" href="/search?q=' + encodeURIComponent('الكعبي') + '&amp;size=1&amp;page=2"');
    const second = await getJson(`/search.json?limit=1&cursor=${first.body.result.next}&q=` + encodeURIComponent('الكعبي'));
    expect(second.body.result.hits[0].articleId).not.toBe(first.body.result.hits[0].articleId);
    expect(first.body.result.facets).toBeDefined();
    expect(second.body.result.facets).toBeDefined(); // the side panel stays on every page
    expect(second.body.result.next).toBeNull();
  });

  it('rejects oversized pages and queries: HTML error page and JSON error shape', async () => {
    const html = await get('/search?q=x&limit=1000');
    expect(html.status).toBe(400);
    expect(html.text).toContain('<html dir="rtl" lang="ar">');
    expect(html.text).toContain('invalid_request');
    const j = await getJson('/search.json?q=x&limit=1000');
    expect(j.status).toBe(400);
    expectErrorShape(j.body, 'invalid_request');
    expect(j.body.error.message).toContain('limit');
    const long = await getJson('/search.json?q=' + 'ب'.repeat(501));
    expect(long.status).toBe(400);
    const bad = await getJson('/search.json?q=x&cursor=nonsense');
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body, 'invalid_cursor');
  });

  it('article page highlights entities, quotes, speakers and times with focusable tooltips', async () => {
    const { status, text } = await get('/article/1');
    expect(status).toBe(200);
    // The direct quote, focusable, described, with kind, speaker (Arabic + English) and source.
    const quote = /<span class="ann quote quote-direct" id="q-at-(\d+)" tabindex="0" aria-describedby="q-at-\1-d" data-tip="([^"]*)"/.exec(text);
    expect(quote).not.toBeNull();
    expect(quote![2]).toContain('اقتباس مباشر');
    expect(quote![2]).toContain('المتحدث: سالم الكعبي (Salem Al-Kaabi)');
    expect(quote![2]).toContain('rule:quotes/guillemets');
    expect(text).toContain(`id="q-at-${quote![1]}-d"`);
    expect(text).toMatch(/class="ann speaker" id="qs-0" tabindex="0"/);
    // Times show the resolved date; entities their English name and the model.
    expect(text).toMatch(/class="ann time time-DATE"[^>]*data-tip="[^"]*القيمة: 2021-06-16 — 16 يونيو 2021/);
    expect(text).toMatch(/<a class="ann ent ent-PER"[^>]*data-tip="شخص: سالم الكعبي\nبالإنجليزية: Salem Al-Kaabi\nانقر لصفحة الكيان\nكيف عُرف: نموذج التعرّف على الأسماء \(تعلّم آلي\)\nالمعرّف التقني: model:ner-perceptron"/);
    // The time expression inside the quote is nested inside the quote's span.
    const qi = text.indexOf('class="ann quote quote-direct"');
    const ti = text.indexOf('class="ann time time-DATE" id="t-1"');
    expect(ti).toBeGreaterThan(qi);
    // Side panel: people, quotes with speakers, events.
    expect(text).toContain('<h2>الأشخاص</h2>');
    expect(text).toContain('href="/entity/per%3Alayla-haddad"');
    expect(text).toMatch(/<a href="#q-at-\d+" class="quote-link">«سنوقّع اتفاق المياه في 16 يونيو المقبل»<\/a>/);
    expect(text).toContain('مرتقب');
    expect(text).toContain('href="https://example.org/news/1" rel="noopener noreferrer nofollow"');
    // Stripping the markup gives back exactly the original text.
    const body = /<div class="article-text" dir="auto">([\s\S]*?)<\/div>\n<ul class="tip-descriptions"/.exec(text)![1]!;
    const plain = body.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(plain).toBe(summitDoc().text);
  });

  it('article .json twin carries the stored article and the side panel', async () => {
    const { status, body } = await getJson('/article/1.json');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.article.id).toBe(1);
    expect(body.article.doc.text).toBe(summitDoc().text);
    expect(body.panel.people.map((p: Json) => p.key)).toEqual(['per:salem-alkaabi', 'per:layla-haddad']);
    expect(body.panel.quotes[0].speaker).toEqual({ name: 'سالم الكعبي', key: 'per:salem-alkaabi', en: 'Salem Al-Kaabi' });
    expect(body.panel.events.map((e: Json) => e.status)).toEqual(['happened', 'planned']);
  });

  it('article errors: unknown id 404, malformed id 400, in both forms', async () => {
    expect((await get('/article/999')).status).toBe(404);
    const j = await getJson('/article/999.json');
    expect(j.status).toBe(404);
    expectErrorShape(j.body, 'not_found');
    const bad = await getJson('/article/abc.json');
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body, 'invalid_request');
    const badHtml = await get('/article/-1');
    expect(badHtml.status).toBe(400);
    expect(badHtml.text).toContain('طلب غير صالح');
  });

  it('entity page: names, roles, timeline chart, network graph, quotes', async () => {
    const d2 = summitDoc();
    d2.text += '\nتحديث.'; // a second article (the real store keeps one copy of the same text)
    expect((await store.putDocument(d2, { origin: null, url: null, site: 'x' })).created).toBe(true);
    const { status, text } = await get('/entity/' + encodeURIComponent('per:salem-alkaabi'));
    expect(status).toBe(200);
    expect(text).toContain('<h1>سالم الكعبي <span class="chip t-PER">شخص</span></h1>');
    expect(text).toContain('Salem Al-Kaabi');
    expect(text).toContain('<li>الكعبي</li>'); // a spelling
    expect(text).toContain('<li>الرئيس <span class="count">2</span></li>');
    expect(text).toMatch(/<svg viewBox="0 0 640 190" width="640" height="190" role="img" aria-label="عدد مرات ذكر سالم الكعبي حسب الشهر"/);
    // The graph holds links, so it is not role="img" (axe: nested-interactive).
    expect(text).toMatch(/<svg viewBox="0 0 480 360" aria-label="شبكة الكيانات/);
    expect(text).toContain('href="/entity/per%3Alayla-haddad" class="node t-PER"');
    expect(text).toContain('«سنوقّع اتفاق المياه في 16 يونيو المقبل»');
    const j = await getJson('/entity/' + encodeURIComponent('per:salem-alkaabi') + '.json');
    expect(j.body.ok).toBe(true);
    expect(j.body.entity.articles).toBe(2);
    expect(j.body.quotes.items).toHaveLength(2);
    const missing = await getJson('/entity/nobody.json');
    expect(missing.status).toBe(404);
    expectErrorShape(missing.body, 'not_found');
    expect((await get('/entity/nobody')).status).toBe(404);
  });

  it('entities list page with type filter and validation', async () => {
    const { text } = await get('/entities?type=PER');
    expect(text).toContain('سالم الكعبي');
    expect(text).not.toContain('>الواحة</a></td>');
    const j = await getJson('/entities.json?type=LOC');
    expect(j.body.page.items.map((e: Json) => e.key)).toEqual(['loc:al-waha']);
    const bad = await getJson('/entities.json?type=NOPE');
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body, 'invalid_request');
  });

  it('quotes explorer filters by speaker and words', async () => {
    const { text } = await get('/quotes?speaker=' + encodeURIComponent('per:layla-haddad'));
    expect(text).toContain('المحادثات كانت بنّاءة');
    expect(text).not.toContain('سنوقّع اتفاق');
    expect(text).toContain('<label for="qs">المتحدث</label>');
    const j = await getJson('/quotes.json?q=' + encodeURIComponent('اتفاق'));
    expect(j.body.page.items).toHaveLength(1);
    expect(j.body.page.items[0].speakerKey).toBe('per:salem-alkaabi');
    // An empty form field means "any".
    const all = await getJson('/quotes.json?speaker=&q=');
    expect(all.body.page.items).toHaveLength(2);
  });

  it('events page lists planned events first and links the ICS export', async () => {
    const { text } = await get('/events');
    const planned = text.indexOf('أحداث مرتقبة');
    const other = text.indexOf('الأحداث الأخرى');
    expect(planned).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(planned);
    expect(text.slice(planned, other)).toContain('16 يونيو 2021');
    expect(text.slice(other)).toContain('14 يونيو 2021');
    expect(text.slice(other)).not.toContain('16 يونيو 2021');
    expect(text).toContain('href="/events.ics"');
    const j = await getJson('/events.json');
    expect(j.body.planned.map((e: Json) => e.date)).toEqual(['2021-06-16']);
    expect(j.body.page.items.map((e: Json) => e.status)).toEqual(['happened']);
    const bad = await getJson('/events.json?from=yesterday');
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body, 'invalid_request');
  });

  it('events.ics is a valid calendar with one VEVENT per dated event', async () => {
    const res = await app.request('/events.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const ics = await res.text();
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(['2021-06-14', '2021-06-16']);
    const meeting = events.find((e) => e.startDate.toString() === '2021-06-14')!;
    expect(meeting.summary).toContain('سالم الكعبي، ليلى حداد');
    expect(meeting.summary).toContain('Salem Al-Kaabi, Layla Haddad');
    expect(meeting.location).toBe('الواحة (Al-Waha)');
    expect(meeting.description).toBe('«استقبل» — قمة الواحة تبحث ملف المياه');
    const planned = await app.request('/events.ics?status=planned');
    const only = new ICAL.Component(ICAL.parse(await planned.text())).getAllSubcomponents('vevent');
    expect(only).toHaveLength(1);
  });

  it('stories page groups near-duplicates', async () => {
    const d2 = summitDoc();
    d2.text += '\n(نقلًا عن وكالة أنباء السهل)';
    await store.putDocument(d2, { origin: null, url: null, site: 'copycat' });
    // The real store finds the copy on writing it; stories are clustered as `marsad ingest` does.
    expect(await rebuildStories(store)).toBeGreaterThan(0);
    const { text } = await get('/stories');
    expect(text).toContain('نسخ متطابقة تقريبًا: <a href="/article/1">#1</a>، <a href="/article/2">#2</a>');
    const j = await getJson('/stories.json');
    expect(j.body.page.items[0].duplicateGroups).toEqual([[1, 2]]);
    // A copy's group is named after the article it copies.
    expect((await store.getArticle(2))!.dupGroup).toBe(1);
    const article = await get('/article/2');
    expect(article.text).toContain('href="/stories#dup-1"');
  });

  it('unknown pages are 404 HTML pages', async () => {
    const r = await get('/nope');
    expect(r.status).toBe(404);
    expect(r.text).toContain('غير موجود');
  });
});

describe('one event across articles: planned in one, held in the next', () => {
  beforeEach(async () => {
    // Article 1 (the summit) stays; 2 announces a signing, 3 reports it done.
    expect((await store.putDocument(signingPlanDoc(), { origin: null, url: null, site: 'sahl-news' })).id).toBe(2);
    expect((await store.putDocument(signingDoc(), { origin: null, url: null, site: 'daffa' })).id).toBe(3);
  });
  const isSigning = (e: Json) => e.place?.key === 'loc:al-waha' && e.type === 'other';

  it('the events API lists it once, as held, with its status history', async () => {
    const all = await getJson('/api/events');
    const signing = all.body.items.filter(isSigning);
    expect(signing).toHaveLength(1);
    expect(signing[0]).toMatchObject({ status: 'happened', articleId: 3, date: '2021-06-16' });
    expect(signing[0].history).toEqual([
      { status: 'planned', date: '2021-06-16', articleId: 2, published: '2021-06-14', headline: 'الكعبي يوقّع اتفاق المياه بعد غد' },
      { status: 'happened', date: '2021-06-16', articleId: 3, published: '2021-06-16', headline: 'الكعبي يوقّع اتفاق المياه' },
    ]);
    // Held, so no longer among the planned ones. The summit article's own planned signing names
    // no place: with one participant that is too little to tie it to these, so it stays apart.
    const planned = (await getJson('/api/events?status=planned')).body.items;
    expect(planned.map((e: Json) => [e.articleId, e.history.length])).toEqual([[1, 1]]);
  });

  it("each article's JSON gives the event id and history of the events it reports", async () => {
    const two = (await getJson('/api/articles/2')).body.article;
    const three = (await getJson('/article/3.json')).body.article;
    expect(two.eventHistory).toHaveLength(1);
    expect(two.eventHistory[0].trigger).toEqual({ start: two.doc.events[0].trigger.start, end: two.doc.events[0].trigger.end });
    expect(two.eventHistory[0].history.map((h: Json) => [h.status, h.articleId])).toEqual([['planned', 2], ['happened', 3]]);
    expect(three.eventHistory[0].event).toBe(two.eventHistory[0].event);
    expect(three.eventHistory[0].history).toEqual(two.eventHistory[0].history);
    // The summit's events were reported once: a history of one.
    const one = (await getJson('/api/articles/1')).body.article;
    expect(one.eventHistory.map((h: Json) => h.history.length)).toEqual([1, 1]);
  });

  it('the article page and the events page show the history as a short list', async () => {
    const page = parseHTML((await get('/article/2')).text).document;
    const lists = [...page.querySelectorAll('.event-history')];
    expect(lists).toHaveLength(1);
    const items = [...lists[0]!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^مرتقب · .*هذا المقال/);
    expect(items[1]).toMatch(/^جرى · .*الكعبي يوقّع اتفاق المياه/);
    expect(lists[0]!.querySelector('a[href="/article/3"]')!.textContent).toBe('الكعبي يوقّع اتفاق المياه');
    // Nothing of the kind where an event was reported once.
    expect((await get('/article/1')).text).not.toContain('event-history');
    const events = parseHTML((await get('/events')).text).document;
    const rows = [...events.querySelectorAll('.event-row')].filter((r) => r.querySelector('.event-history'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.querySelectorAll('.event-history li')).toHaveLength(2);
    expect(rows[0]!.querySelector('.event-history a[href="/article/2"]')).not.toBeNull();
  });
});

describe('JSON API', () => {
  it('search, articles, entities, quotes, events, stories, stats', async () => {
    const s = await getJson('/api/search?facets=true&q=' + encodeURIComponent('ليلى'));
    expect(s.body).toMatchObject({ ok: true, total: 1, next: null });
    expect(s.body.hits[0].snippet.highlights.length).toBeGreaterThan(0);
    expect(s.body.facets.entities.length).toBe(3);
    const nf = await getJson('/api/search?q=' + encodeURIComponent('ليلى'));
    expect(nf.body.total).toBe(1);
    expect(nf.body.facets).toBeUndefined();
    const list = await getJson('/api/articles');
    expect(list.body.items.map((a: Json) => a.id)).toEqual([1]);
    expect(list.body.items[0].doc).toBeUndefined();
    const a = await getJson('/api/articles/1');
    expect(a.body.article.doc.quotes).toHaveLength(2);
    const ents = await getJson('/api/entities?type=PER&limit=1');
    expect(ents.body.items).toHaveLength(1);
    const ents2 = await getJson(`/api/entities?type=PER&limit=1&cursor=${ents.body.next}`);
    expect(ents2.body.items).toHaveLength(1);
    expect(ents2.body.items[0].key).not.toBe(ents.body.items[0].key);
    expect(ents2.body.next).toBeNull();
    const e = await getJson('/api/entities/' + encodeURIComponent('loc:al-waha'));
    expect(e.body.entity).toMatchObject({ key: 'loc:al-waha', en: 'Al-Waha', mentions: 2 });
    const q = await getJson('/api/quotes?speaker=' + encodeURIComponent('per:salem-alkaabi'));
    expect(q.body.items).toHaveLength(1);
    const ev = await getJson('/api/events?status=planned');
    expect(ev.body.items.map((x: Json) => x.date)).toEqual(['2021-06-16']);
    const st = await getJson('/api/stories');
    expect(st.body).toMatchObject({ ok: true, items: [], next: null });
    const stats = await getJson('/api/stats');
    expect(stats.body).toEqual({ ok: true, stats: { articles: 1, entities: 3, quotes: 2, events: 2 } });
  });

  it('validation failures and missing things use the one error shape', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/articles/0', 400, 'invalid_request'],
      ['/api/articles/abc', 400, 'invalid_request'],
      ['/api/articles/99', 404, 'not_found'],
      ['/api/articles?limit=0', 400, 'invalid_request'],
      ['/api/entities?limit=101', 400, 'invalid_request'],
      ['/api/entities/nobody', 404, 'not_found'],
      ['/api/events?status=maybe', 400, 'invalid_request'],
      ['/api/events?to=2021-13-01', 400, 'invalid_request'],
      ['/api/quotes?limit=1.5', 400, 'invalid_request'],
      ['/api/search?facets=perhaps', 400, 'invalid_request'],
      // The real store refuses a cursor it never gave out, on every list (it once read it as 0).
      ['/api/stories?cursor=zzz', 400, 'invalid_cursor'],
      ['/api/articles?cursor=zzz', 400, 'invalid_cursor'],
      ['/api/entities?cursor=-1', 400, 'invalid_cursor'],
      ['/api/quotes?cursor=1e3', 400, 'invalid_cursor'],
      ['/api/events?cursor=99999999999999999999', 400, 'invalid_cursor'],
      ['/api/search?q=x&cursor=zzz', 400, 'invalid_cursor'],
      ['/api/nothing-here', 404, 'not_found'],
    ];
    for (const [path, status, code] of cases) {
      const r = await getJson(path);
      expect(r.status, path).toBe(status);
      expectErrorShape(r.body, code);
    }
  });

  it('internal errors are 500 with no stack trace or internals', async () => {
    const logged: string[] = [];
    app = createApp(store, { log: (m) => logged.push(m) });
    const failure = (m: string) => new Error(`simulated failure in ${m} at /secret/path/store.ts:42`);
    vi.spyOn(store, 'stats').mockRejectedValueOnce(failure('stats'));
    const r = await getJson('/api/stats');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ ok: false, error: { code: 'internal', message: 'internal server error' } });
    expect(JSON.stringify(r.body)).not.toContain('secret');
    expect(logged.join('\n')).toContain('simulated failure in stats');
    vi.spyOn(store, 'getArticle').mockRejectedValueOnce(failure('getArticle'));
    const page = await get('/article/1');
    expect(page.status).toBe(500);
    expect(page.text).not.toContain('/secret/path');
    expect(page.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('store errors answer with their own HTTP status and code, not 500', async () => {
    const logged: string[] = [];
    app = createApp(store, { log: (m) => logged.push(m) });
    vi.spyOn(store, 'stats').mockRejectedValueOnce(new StoreError('the archive is locked by another process'));
    const r = await getJson('/api/stats');
    expect(r.status).toBe(503);
    expectErrorShape(r.body, 'store_unavailable');
    expect(r.body.error.message).toContain('locked');
    expect(logged.join('\n')).toContain('locked'); // a server-side failure is logged as well
    vi.spyOn(store, 'listEvents').mockRejectedValueOnce(new StoreError('no such event', { status: 404, code: 'not_found' }));
    const page = await get('/events');
    expect(page.status).toBe(404);
    expect(page.text).toContain('<html dir="rtl" lang="ar">');
  });

  it('serves an OpenAPI 3.1 document describing every API route', async () => {
    const { body } = await getJson('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const p of ['/api/search', '/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{key}', '/api/quotes', '/api/events', '/api/stories', '/api/stats']) {
      expect(body.paths[p]?.get, p).toBeDefined();
    }
    expect(body.paths['/api/articles'].post).toBeUndefined();
    expect(body.components.schemas.Error.required).toEqual(['ok', 'error']);
    app = createApp(store, { ingestToken: 't0ken' });
    const withIngest = await getJson('/api/openapi.json');
    expect(withIngest.body.paths['/api/articles'].post.requestBody.content['application/json'].schema.required).toEqual(['text']);
  });

  it('security headers on every response; CORS off by default, on with the option', async () => {
    for (const path of ['/', '/api/stats', '/static/style.css', '/nope']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const noCors = await app.request('/api/stats', { headers: { Origin: 'https://evil.example' } });
    expect(noCors.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = createApp(store, { cors: true });
    const yes = await withCors.request('/api/stats', { headers: { Origin: 'https://example.org' } });
    expect(yes.headers.get('access-control-allow-origin')).toBe('*');
    const pageRes = await withCors.request('/', { headers: { Origin: 'https://example.org' } });
    expect(pageRes.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('POST /api/articles', () => {
  const article = { text: 'الواحة - وكالة أنباء السهل\nقال الوزير إن الاتفاق قريب.', title: 'خبر تجريبي', url: 'https://example.org/a', source: 'sahl', published: '2021-06-20' };
  const post = (a: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) =>
    a.request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer s3cret-token', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('does not exist without a configured token', async () => {
    const r = await post(app, article);
    expect(r.status).toBe(404);
    expectErrorShape((await r.json()) as Json, 'not_found');
    expect(await stored()).toHaveLength(1);
  });

  it('requires the bearer token, validates, ingests idempotently', async () => {
    const a = createApp(store, { ingestToken: 's3cret-token' });
    const none = await post(a, article, { Authorization: '' });
    expect(none.status).toBe(401);
    expectErrorShape((await none.json()) as Json, 'unauthorized');
    const wrong = await post(a, article, { Authorization: 'Bearer s3cret-tokeN' });
    expect(wrong.status).toBe(401);
    expect(await stored()).toHaveLength(1);

    const ok = await post(a, article);
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as Json;
    expect(body).toEqual({ ok: true, id: 2, created: true });
    const two = await store.getArticle(2);
    expect(two!.doc.text).toBe(article.text);
    expect(two!.url).toBe('https://example.org/a');
    expect(two!.site).toBe('sahl');
    const again = await post(a, article);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, id: 2, created: false });
  });

  it('rejects bad bodies with 400/413/415 in the error shape', async () => {
    const a = createApp(store, { ingestToken: 's3cret-token', maxBodyBytes: 10_000 });
    const cases: Array<[unknown, number, string]> = [
      [{ title: 'بلا نص' }, 400, 'invalid_request'],
      [{ text: '' }, 400, 'invalid_request'],
      [{ text: 'نص', url: 'javascript:alert(1)' }, 400, 'invalid_request'],
      [{ text: 'نص', published: '15/06/2021' }, 400, 'invalid_request'],
      [{ text: 'نص', extra: 1 }, 400, 'invalid_request'],
      ['{not json', 400, 'invalid_json'],
      [{ text: 'ب'.repeat(20_000) }, 413, 'payload_too_large'],
    ];
    for (const [body, status, code] of cases) {
      const r = await post(a, body);
      expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expectErrorShape((await r.json()) as Json, code);
    }
    const form = await post(a, 'text=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(await stored()).toHaveLength(1);
  });
});

describe('static files', () => {
  it('serves the stylesheet, the script and the local Arabic fonts', async () => {
    const css = await app.request('/static/style.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const cssText = await css.text();
    expect(cssText).toContain('/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2');
    const js = await app.request('/static/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    // Every font the stylesheet names is served, as woff2.
    for (const m of cssText.matchAll(/url\((\/static\/fonts\/[^)]+)\)/g)) {
      const f = await app.request(m[1]!);
      expect(f.status, m[1]).toBe(200);
      expect(f.headers.get('content-type')).toBe('font/woff2');
      expect(Buffer.from(await f.arrayBuffer()).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });

  it('serves nothing else', async () => {
    for (const p of ['/static/../package.json', '/static/%2e%2e/%2e%2e/package.json', '/static/fonts/../../package.json', '/static/fonts/evil.woff2', '/static/app.ts', '/static/']) {
      const r = await app.request(p);
      expect(r.status, p).toBe(404);
    }
  });

  it('healthz answers ok', async () => {
    expect(await (await app.request('/healthz')).text()).toBe('ok');
  });
});

describe('hostile article text', () => {
  beforeEach(async () => {
    await store.putDocument(hostileDoc(), { origin: null, url: 'javascript:alert(document.cookie)', site: '<i>site</i>' });
  });

  it('is escaped everywhere on the article page; javascript: URLs are not links; bidi overrides are visible markers', async () => {
    const { text } = await get('/article/2');
    expect(text).not.toContain('<script>window');
    expect(text).not.toContain('<img src=x');
    expect(text).not.toContain('<svg onload');
    expect(text).not.toContain('<b>مجهول');
    expect(text).not.toContain('<i>site');
    expect(text).not.toMatch(/href="\s*javascript:/i);
    expectInert(text);
    expect(text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(text).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain('⟦U+202E⟧fdp.exe⟦U+202C⟧');
    // The stored text is unchanged.
    const j = await getJson('/article/2.json');
    expect(j.body.article.doc.text).toContain('\u202Efdp.exe\u202C');
  });

  it('is escaped in search results, entity, quotes, events and stories pages', async () => {
    await store.setStories([{ title: null, articles: [2], first: null, last: null }]);
    const pages = [
      '/search?q=' + encodeURIComponent('خبر'),
      '/',
      '/entity/' + encodeURIComponent('per:"><svg onload=alert(1)>'),
      '/entities',
      '/quotes',
      '/events',
      '/stories',
      '/search?q=' + encodeURIComponent('"><script>alert(1)</script>'),
    ];
    for (const p of pages) {
      const { status, text } = await get(p);
      expect(status, p).toBe(200);
      expect(text, p).not.toMatch(/<script>|<img |<svg onload|<b>مجهول|<i>site/);
      expect(text, p).not.toMatch(/href="\s*javascript:/i);
      expectInert(text);
    }
  });
});
