/**
 * The web UI's words and plumbing without a browser: Arabic number agreement, readable provenance,
 * the search state (filters lifted out of the box, chips' URLs), exports, caching headers, chart
 * ticks, and the README's examples answering on the demo archive.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { pickEncoding } from '../../src/server/caching.ts';
import { ingestSamples } from '../../src/server/demo.ts';
import { explain } from '../../src/server/error-page.ts';
import { csvField, toCsv } from '../../src/server/exports.ts';
import { countNoun, describeSource, nouns, siteName } from '../../src/server/i18n.ts';
import { readState, stateHref, storeQuery, tokenize } from '../../src/server/search-state.ts';
import { ticks } from '../../src/server/svg.ts';
import { openStore } from '../../src/store/open.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { summitDoc } from './fixtures.ts';

describe('Arabic number agreement', () => {
  it('follows the six plural categories', () => {
    const forms = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000].map((n) => countNoun(n, 'result'));
    expect(forms).toEqual([
      'لا نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '10 نتائج',
      '11 نتيجة',
      '99 نتيجة',
      '100 نتيجة',
      '101 نتيجة',
      '102 نتيجة',
      '103 نتائج',
      '111 نتيجة',
      '1,000 نتيجة',
    ]);
    expect(countNoun(7, 'article')).toBe('7 مقالات');
    expect(countNoun(2, 'article')).toBe('مقالان');
    expect(countNoun(25, 'article')).toBe('25 مقالًا');
  });
  it('puts the dual in the genitive after a preposition', () => {
    expect(`أكثر من ${countNoun(2, 'result', 'genitive')}`).toBe('أكثر من نتيجتين');
    expect(countNoun(0, 'result', 'genitive')).toBe('0 نتيجة');
  });
  it('has every form for every noun', () => {
    for (const n of nouns()) for (const k of [0, 1, 2, 5, 50, 500]) expect(countNoun(k, n)).not.toMatch(/undefined|\{n\}/);
  });
});

describe('provenance in words', () => {
  it('describes rule families and known rules, never the bare id', () => {
    expect(describeSource('rule:event/meeting-verb')).toBe('قاعدة الأحداث: فعل لقاء (استقبل، التقى، بحث…)');
    expect(describeSource('model:ner-perceptron')).toBe('نموذج التعرّف على الأسماء (تعلّم آلي)');
    expect(describeSource('rule:time/some-new-rule')).toBe('قاعدة التعابير الزمنية');
    expect(describeSource('rule:published/date-line(date/gregorian-named)')).toBe('قاعدة تاريخ النشر');
    expect(describeSource('rule:unheard-of/x')).toBe('قاعدة لغوية');
  });
  it('names outlets in Arabic when known', () => {
    expect(siteName('sahl-news')).toBe('وكالة أنباء السهل');
    expect(siteName('unknown.example')).toBe('unknown.example');
  });
});

describe('search state', () => {
  const st = (qs: string) => readState(new URLSearchParams(qs));
  it('lifts typed filters out of the box into parameters', () => {
    const s = st(`q=${encodeURIComponent('قمة "وزير الخارجية" source:al-fajr from:2021-06 entity:"سالم الكعبي" -تأجيل')}`);
    expect(s.q).toBe('قمة "وزير الخارجية" -تأجيل');
    expect(s).toMatchObject({ source: 'al-fajr', from: '2021-06', entity: ['سالم الكعبي'] });
    expect(storeQuery(s)).toBe('قمة "وزير الخارجية" -تأجيل entity:"سالم الكعبي" source:"al-fajr" from:2021-06-01');
    expect(stateHref('/search', s, { source: null })).toBe(`/search?q=${encodeURIComponent('قمة "وزير الخارجية" -تأجيل').replace(/%20/g, '+')}&entity=${encodeURIComponent('سالم الكعبي').replace(/%20/g, '+')}&from=2021-06`);
  });
  it('tokenizes phrases, negations and filters like the store', () => {
    expect(tokenize('a "b c" -"d e" x:y speaker:"f g"').map((t) => t.raw)).toEqual(['a', '"b c"', '-"d e"', 'x:y', 'speaker:"f g"']);
  });
  it('rejects bad dates and sizes with an Arabic explanation', () => {
    expect(() => st('q=x&from=notadate')).toThrow(/from: needs a date/);
    try {
      st('q=x&from=2021-02&to=2021-01');
    } catch (e) {
      expect((e as { ar: string }).ar).toContain('بعد تاريخ النهاية');
    }
    expect(() => st('q=x&size=1000')).toThrow(/limit/);
    expect(st('q=x&size=5&page=3').offset).toBe(10);
  });
  it('explains errors that came without Arabic', () => {
    const params = new URLSearchParams();
    expect(explain({ status: 404, code: 'not_found', message: 'no route', path: '/x', params })).toMatch(/لا صفحة بهذا العنوان/);
    expect(explain({ status: 400, code: 'invalid_query', message: 'to: needs a date like 2015-08-10, got "x"', path: '/search', params })).toMatch(/^المرشح to:/);
  });
});

describe('exports and caching helpers', () => {
  it('writes RFC 4180 CSV with a BOM and defused formulas', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(toCsv(['a'], [['ب']])).toBe('\uFEFFa\r\nب\r\n');
  });
  it('picks brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
  it('chart ticks are round and cover the maximum', () => {
    expect(ticks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(37)).toEqual([0, 10, 20, 30, 40]);
  });
});

describe('routes over a small archive', () => {
  let app: ReturnType<typeof createApp>;
  let store: SqlStore;
  beforeAll(async () => {
    // A real archive (SQLite in memory), not a test double.
    store = openSqlite(':memory:');
    await store.putDocument(summitDoc(), { origin: null, url: null, site: 'sahl-news' });
    app = createApp(store, { log: () => {} });
  });
  afterAll(async () => {
    await store.close();
  });

  it('error pages keep the query and the form; the JSON twin keeps the code', async () => {
    const r = await app.request(`/search?q=${encodeURIComponent('قمة from:notadate')}`);
    expect(r.status).toBe(400);
    const page = await r.text();
    expect(page).toContain('value="قمة from:notadate"');
    expect(page).toContain('<h1 id="err-h">طلب غير صالح</h1>');
    // Dates in the Arabic sentence stay left to right.
    expect(page).toMatch(/class="error-msg">[^<]*<span dir="ltr">2021-06-15<\/span>/);
    const nf = await app.request('/nowhere?q=x');
    expect(nf.status).toBe(404);
    expect(await nf.text()).toContain('الصفحة غير موجودة');
    const j = await app.request('/nowhere.json');
    expect(((await j.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('compresses on request, sends ETag and no-cache, answers 304', async () => {
    const br = await app.request('/search?q=' + encodeURIComponent('الكعبي'), { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toContain('<mark>الكعبي</mark>');
    const gz = await app.request('/search.json?q=' + encodeURIComponent('الكعبي'), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).ok).toBe(true);
    expect(gz.headers.get('cache-control')).toBe('no-cache');
    expect(gz.headers.get('vary')).toContain('Accept-Encoding');
    const again = await app.request('/search.json?q=' + encodeURIComponent('الكعبي'), { headers: { 'If-None-Match': gz.headers.get('etag')! } });
    expect(again.status).toBe(304);
    // Security headers survive the rewrite.
    expect(again.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('the Atom feed of a search is valid XML with one entry per hit', async () => {
    const r = await app.request('/search.atom?q=' + encodeURIComponent('الكعبي'));
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await r.text()).feed;
    expect(feed.title).toBe('مرصد: الكعبي');
    expect([feed.entry].flat()).toHaveLength(1);
  });
});

describe('the README examples find results in the demo archive', () => {
  let app: ReturnType<typeof createApp>;
  let dir: string;
  let close: () => Promise<void>;
  // The same SQLite archive `npm start` builds.
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-readme-'));
    const store = await openStore(path.join(dir, 'demo.db'));
    await ingestSamples(store);
    app = createApp(store, { log: () => {} });
    close = () => store.close();
  }, 120_000);
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const readme = readFileSync(`${PROJECT_ROOT}/README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('### How search ranks'));
  const searches = [...section.matchAll(/npx marsad (?:search|export [^']*) '([^']+)'/g)].map((m) => m[1]!);
  const tried = [...section.matchAll(/try ([^.]+)\./g)][0]?.[1] ?? '';
  const uiExamples = [...tried.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

  it('lists examples', () => {
    expect(searches.length).toBeGreaterThanOrEqual(2);
    expect(uiExamples.length).toBeGreaterThanOrEqual(3);
  });
  it('every one of them has hits', async () => {
    for (const q of [...searches, ...uiExamples]) {
      const r = (await (await app.request(`/search.json?q=${encodeURIComponent(q)}`)).json()) as { result: { total: number } };
      expect(r.result.total, q).toBeGreaterThan(0);
    }
  });
  it('the sample files it names exist', () => {
    for (const m of section.matchAll(/samples\/[\w.-]+\.txt/g)) expect(() => readFileSync(`${PROJECT_ROOT}/${m[0]}`)).not.toThrow();
  });
});
