/**
 * The analyst's day in the web UI (issue 17), in Debian's Chromium at 1280 and 390 px over the demo
 * archive: Arabic error pages that keep the query, clickable filters and chips, sort and page
 * numbers, layer toggles and text size, exports parsed, compression, settings, touch targets, and
 * an axe-core scan of every page type.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestSamples } from '../../src/server/demo.ts';
import { countNoun } from '../../src/server/i18n.ts';
import { describeBrowser, launchBrowser, startServer, type Harness } from './helpers.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const enc = encodeURIComponent;

describeBrowser('the analyst UI at 1280 and 390 px', () => {
  let h: Harness;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let wide: Page;
  let phone: Page;

  beforeAll(async () => {
    h = await startServer(async (store) => {
      await ingestSamples(store);
    });
    browser = await launchBrowser();
    context = browser.context;
    wide = await context.newPage();
    phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const both = () => [wide, phone] as const;
  const overflowX = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('error pages are Arabic, keep the layout, the form and the query, and say what to do', async () => {
    for (const p of both()) {
      let r = await p.goto(`${h.base}/search?q=${enc('قمة from:notadate')}`);
      expect(r!.status()).toBe(400);
      expect(await p.locator('h1').textContent()).toBe('طلب غير صالح');
      expect(await p.inputValue('#q')).toBe('قمة from:notadate');
      expect(await p.locator('.error-msg').textContent()).toMatch(/التاريخ «notadate».*2021-06-15/);
      expect(await p.locator('nav[aria-label="الأقسام"] a').count()).toBe(5);
      expect(await overflowX(p)).toBeLessThanOrEqual(1);

      r = await p.goto(`${h.base}/article/abc`);
      expect(r!.status()).toBe(400);
      expect(await p.locator('.error-msg').textContent()).toContain('رقم المقال في الرابط غير صالح');
      expect(await p.locator('#q').count()).toBe(1);

      r = await p.goto(`${h.base}/no/such/page?q=${enc('الكعبي')}`);
      expect(r!.status()).toBe(404);
      expect(await p.locator('h1').textContent()).toBe('الصفحة غير موجودة');
      expect(await p.inputValue('#q')).toBe('الكعبي');
      // The English detail is a secondary line, not the message.
      expect(await p.locator('.error-msg').textContent()).not.toMatch(/[A-Za-z]{4,}/);
    }
    // The JSON twin keeps the machine-readable code.
    const j = await (await fetch(`${h.base}/search.json?q=${enc('from:notadate')}`)).json();
    expect(j.error.code).toBe('invalid_query');
  });

  it('facet names add filters as chips, chips remove them; counts are in Arabic number grammar', async () => {
    await wide.goto(`${h.base}/search?q=${enc('قمة')}`);
    const heading = (await wide.locator('#res-h').textContent())!;
    const total = (await (await fetch(`${h.base}/search.json?q=${enc('قمة')}`)).json()).result.total as number;
    expect(heading.startsWith(countNoun(total, 'result'))).toBe(true);
    expect(await wide.locator('.fchip').count()).toBe(0);
    // Add a person from the facets.
    const person = wide.locator('aside.facets .facet-add').first();
    const name = (await person.locator('.name').textContent())!;
    await person.click();
    await wide.waitForURL(/entity=/);
    expect(await wide.locator('.fchip').first().textContent()).toContain(name);
    // The box still holds only the words typed: no internal keys.
    expect(await wide.inputValue('#q')).toBe('قمة');
    const narrowed = Number(new URL(wide.url()).searchParams.get('entity') !== null);
    expect(narrowed).toBe(1);
    // Add a source from the dropdown, then remove the person chip.
    const site = await wide.locator('#f-source option').nth(1).getAttribute('value');
    await wide.selectOption('#f-source', site!);
    await wide.click('form.search button[type="submit"]');
    await wide.waitForURL(/source=/);
    expect(await wide.locator('.fchip').count()).toBe(2);
    await wide.locator('.fchip', { hasText: name }).locator('a.remove').click();
    await wide.waitForURL((u) => !u.searchParams.has('entity'));
    expect(await wide.locator('.fchip').count()).toBe(1);
    expect(new URL(wide.url()).searchParams.get('source')).toBe(site);
    // Every hit is from that outlet.
    const hits = (await (await fetch(`${h.base}/search.json?${new URL(wide.url()).searchParams}`)).json()).result.hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((x: { site: string }) => x.site))).toEqual(new Set([site]));
  });

  it('an unquoted two-word speaker: and an English name both find results, and say how they were read', async () => {
    await phone.goto(`${h.base}/search?q=${enc('speaker:ليلى حداد')}`);
    expect(await phone.locator('.fchip').first().textContent()).toContain('ليلى حداد');
    expect(await phone.locator('ol.results > li').count()).toBeGreaterThan(0);
    expect(await phone.locator('.notices').textContent()).toContain('speaker:"ليلى حداد"');
    await phone.goto(`${h.base}/search?q=Kaabi`);
    expect(await phone.locator('ol.results > li').count()).toBeGreaterThan(0);
    expect(await phone.locator('.snippet mark').first().textContent()).toContain('الكعبي');
    expect(await overflowX(phone)).toBeLessThanOrEqual(1);
  });

  it('sorts by date, pages with numbers and "6–10 من N", and changes the page size', async () => {
    const q = enc('الواحة');
    const all = (await (await fetch(`${h.base}/search.json?q=${q}&size=100`)).json()).result;
    expect(all.total).toBeGreaterThan(10);
    await wide.goto(`${h.base}/search?q=${q}&size=5`);
    expect(await wide.locator('.pager .range').first().textContent()).toBe(`1–5 من ${all.total}`);
    await wide.locator('.pager a[rel="next"]').click();
    await wide.waitForURL(/page=2/);
    expect(await wide.locator('.pager .range').textContent()).toBe(`6–10 من ${all.total}`);
    expect(await wide.locator('.pager a[aria-current="page"]').textContent()).toBe('2');
    // Sorting (JavaScript submits on change) keeps the page size and starts again at page 1.
    await wide.selectOption('#sort', 'newest');
    await wide.waitForURL(/sort=newest/);
    expect(new URL(wide.url()).searchParams.get('page')).toBeNull();
    const dates = await wide.locator('ol.results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBe(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    await wide.selectOption('#sort', 'oldest');
    await wide.waitForURL(/sort=oldest/);
    const old = await wide.locator('ol.results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect([...old].sort()).toEqual(old);
    expect(old[0]! <= dates[dates.length - 1]!).toBe(true);
    await wide.selectOption('#size', '10');
    await wide.waitForURL(/size=10/);
    expect(await wide.locator('ol.results > li').count()).toBe(10);
  });

  it('entity type: a select in the search form, kept in the URL and the .json twin, shown as a removable chip', async () => {
    const name = 'الفيروز';
    for (const p of both()) {
      await p.goto(`${h.base}/search?entity=${enc(name)}`);
      const all = await p.locator('ol.results > li').count();
      await p.selectOption('#f-etype', 'LOC');
      await p.click('form.search button[type="submit"]');
      await p.waitForURL(/etype=LOC/);
      const chip = p.locator('.fchip', { hasText: 'نوع الكيان: مكان' });
      expect(await chip.count()).toBe(1);
      const twin = await (await fetch(`${h.base}/search.json?${new URL(p.url()).searchParams}`)).json();
      expect(twin.state).toMatchObject({ etype: 'LOC', entity: [name] });
      const shown = await p.locator('ol.results > li').count();
      expect(shown).toBe(twin.result.hits.length);
      expect(shown).toBeGreaterThan(0);
      // Narrowing itself is checked on a fictional archive in test/server/list-filters.test.ts;
      // here the demo's «الفيروز» may be a place in every article that names it.
      expect(shown).toBeLessThanOrEqual(all);
      expect(await overflowX(p)).toBeLessThanOrEqual(1);
      await chip.locator('a.remove').click();
      await p.waitForURL((u) => !u.searchParams.has('etype'));
      expect(new URL(p.url()).searchParams.get('entity')).toBe(name);
      expect(await p.locator('ol.results > li').count()).toBe(all);
    }
    // A name typed beside the type becomes an entity filter of that type, with the words kept.
    await wide.goto(`${h.base}/search?q=${enc('نهر')}`);
    await wide.fill('#f-entity', name);
    await wide.selectOption('#f-etype', 'MISC');
    await wide.click('form.search button[type="submit"]');
    await wide.waitForURL(/etype=MISC/);
    expect(new URL(wide.url()).searchParams.getAll('entity')).toEqual([name]);
    expect(await wide.inputValue('#q')).toBe('نهر');
    expect(await wide.locator('.fchip').count()).toBe(2);
  });

  it('/quotes filters by date range and source from its own form, as chips, and downloads with them', async () => {
    const fajr = new Set((await (await fetch(`${h.base}/api/articles?site=al-fajr&limit=100`)).json()).items.map((a: { id: number }) => a.id));
    const all = (await (await fetch(`${h.base}/quotes.json?size=100`)).json()).page.items as Array<{ articleId: number; published: string }>;
    const days = [...new Set(all.filter((q) => fajr.has(q.articleId)).map((q) => q.published.slice(0, 10)))].sort();
    const from = days[Math.min(1, days.length - 1)]!;
    for (const p of both()) {
      await p.goto(`${h.base}/quotes`);
      await p.fill('#qf', from);
      await p.selectOption('#qsrc', 'al-fajr');
      await p.click('form.filters button[type="submit"]');
      await p.waitForURL(/source=al-fajr/);
      const params = new URL(p.url()).searchParams;
      expect(params.get('from')).toBe(from);
      expect(await p.locator('.fchip').count()).toBe(2);
      const want = all.filter((q) => fajr.has(q.articleId) && q.published.slice(0, 10) >= from);
      expect(want.length).toBeGreaterThan(0);
      expect(await p.locator('li.quote-row').count()).toBe(Math.min(20, want.length));
      const [dl] = await Promise.all([p.waitForEvent('download'), p.click('.exports a:text("CSV")')]);
      const csv = readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv[0]!.startsWith('article_id,published,')).toBe(true);
      expect(csv.length - 1).toBe(want.length);
      for (const line of csv.slice(1)) expect(line.split(',')[1]! >= from).toBe(true);
      expect(await overflowX(p)).toBeLessThanOrEqual(1);
      await p.locator('.fchip', { hasText: 'المصدر' }).locator('a.remove').click();
      await p.waitForURL((u) => !u.searchParams.has('source'));
      expect(new URL(p.url()).searchParams.get('from')).toBe(from);
      expect(await p.locator('.fchip').count()).toBe(1);
    }
  });

  it('/entities, /quotes and /events page with numbers, "11–20 من N" and a page-size choice', async () => {
    const lists: Array<[string, string]> = [
      ['/entities', 'table tbody tr'],
      ['/quotes', 'li.quote-row'],
      ['/events', 'section[aria-labelledby="ev-h"] li.event-row'],
    ];
    for (const [list, row] of lists) {
      const total = (await (await fetch(`${h.base}${list}.json?size=10`)).json()).page.total as number;
      expect(total, list).toBeGreaterThan(10);
      await wide.goto(`${h.base}${list}?size=10`);
      expect(await wide.locator('.pager .range').textContent(), list).toBe(`1–10 من ${total}`);
      await wide.locator('.pager a[rel="next"]').click();
      await wide.waitForURL(/page=2/);
      expect(await wide.locator('.pager .range').textContent(), list).toBe(`11–${Math.min(20, total)} من ${total}`);
      expect(await wide.locator('.pager a[aria-current="page"]').textContent(), list).toBe('2');
      expect(await wide.locator(row).count(), list).toBe(Math.min(10, total - 10));
      await wide.locator('.pager a[rel="prev"]').click();
      await wide.waitForURL((u) => !u.searchParams.has('page'));
      // The size menu submits on change and starts again at page 1.
      await wide.selectOption('#size-top', '50');
      await wide.waitForURL(/size=50/);
      expect(await wide.locator(row).count(), list).toBe(Math.min(50, total));
      expect(new URL(wide.url()).searchParams.get('page')).toBeNull();
    }
  });

  it('highlight layers switch from the legend and stay in the URL; entity highlights link; text size is remembered', async () => {
    await wide.goto(`${h.base}/article/1`);
    const per = wide.locator('.article-text .ann.ent-PER').first();
    const bg = () => per.evaluate((e) => getComputedStyle(e).backgroundColor);
    const shaded = await bg();
    expect(shaded).not.toBe('rgba(0, 0, 0, 0)');
    expect(await per.evaluate((e) => e.tagName)).toBe('A');
    expect(await per.getAttribute('href')).toMatch(/^\/entity\//);
    await wide.locator('form.layers input[value="PER"]').uncheck();
    expect(new URL(wide.url()).searchParams.get('hide')).toBe('PER');
    expect(await bg()).toBe('rgba(0, 0, 0, 0)');
    await wide.reload();
    expect(await wide.locator('form.layers input[value="PER"]').isChecked()).toBe(false);
    expect(await bg()).toBe('rgba(0, 0, 0, 0)');
    // Quotes still shaded.
    expect(await wide.locator('.article-text .ann.quote').first().evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Hijri beside Gregorian.
    expect(await wide.locator('.hijri').textContent()).toMatch(/هـ/);
    // Text size: rem from the browser default, scaled by the control, kept across pages.
    const rootPx = () => wide.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootPx();
    await wide.click('button.fs-up');
    await wide.click('button.fs-up');
    expect(await rootPx()).toBeGreaterThan(before);
    await wide.goto(`${h.base}/quotes`);
    expect(await rootPx()).toBeGreaterThan(before);
    await wide.click('button.fs-down');
    await wide.click('button.fs-down');
    expect(await rootPx()).toBe(before);
    // The entity link opens the entity page.
    await wide.goto(`${h.base}/article/1`);
    await wide.locator('form.layers input[value="PER"]').check();
    await wide.locator('.article-text a.ann.ent-PER').first().click();
    await wide.waitForURL(/\/entity\//);
  });

  it('charts have a count axis, readable Arabic month labels, bars across the width; provenance reads as words', async () => {
    for (const p of both()) {
      await p.goto(`${h.base}/entity/${enc('PER:سالم الكعبي')}`);
      const chart = await p.locator('svg.months').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const bars = [...svg.querySelectorAll('rect.bar')].map((r) => r.getBoundingClientRect());
        const labels = [...svg.querySelectorAll('text.axis')].map((t) => ({ text: t.textContent!, h: t.getBoundingClientRect().height, box: t.getBoundingClientRect() }));
        return { width: box.width, left: box.left, minBar: Math.min(...bars.map((b) => b.left)) - box.left, labels };
      });
      // Not packed to the right: the oldest bar is on the right, the newest reaches the left half.
      expect(chart.minBar).toBeLessThan(chart.width / 2);
      const months = chart.labels.filter((l) => /[\u0600-\u06FF]/.test(l.text));
      expect(months.length).toBeGreaterThan(1);
      expect(months.map((m) => m.text)).toContain('يونيو');
      expect(chart.labels.some((l) => l.text === '2021')).toBe(true);
      for (const l of chart.labels) expect(l.h, l.text).toBeGreaterThanOrEqual(10);
      // Month labels do not collide.
      const boxes = months.map((m) => m.box).sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
      // Graph labels have a halo so edges never cross the letters.
      expect(await p.locator('figure.graph svg text').first().evaluate((t) => getComputedStyle(t).paintOrder)).toContain('stroke');
    }
    await wide.goto(`${h.base}/search?q=${enc('قمة')}`);
    const facetLabel = await wide.locator('aside.facets svg text.axis').first().evaluate((t) => t.getBoundingClientRect().height);
    expect(facetLabel).toBeGreaterThanOrEqual(10);
    // Matched words as they appear in the text, not normalised stems.
    expect(await wide.locator('.matched').first().textContent()).toMatch(/^وُجد في النص: .*قمة/);
    await wide.goto(`${h.base}/article/1`);
    const tip = (await wide.locator('.article-text .ann.quote').first().getAttribute('data-tip'))!;
    expect(tip).toMatch(/كيف عُرف: قاعدة الاقتباسات/);
    expect(tip).toMatch(/المعرّف التقني: rule:quotes\//);
    expect(await wide.locator('.meta .site').first().textContent()).toBe('وكالة أنباء السهل');
  });

  it('side panels show everything without their own scrollbar; no empty facet box without results', async () => {
    for (const p of both()) {
      await p.goto(`${h.base}/article/1`);
      const panel = await p.locator('aside.panel').evaluate((e) => ({ overflow: getComputedStyle(e).overflowY, cut: e.scrollHeight - e.clientHeight }));
      expect(panel.cut).toBeLessThanOrEqual(1);
      expect(panel.overflow).toBe('visible');
      await p.goto(`${h.base}/search?q=${enc('كلمةغيرموجودةأبدا')}`);
      expect(await p.locator('aside.facets').count()).toBe(0);
      expect(await p.locator('.empty').isVisible()).toBe(true);
    }
  });

  it('downloads the results as CSV and JSONL and follows them as Atom, with the same filters', async () => {
    await wide.goto(`${h.base}/search?q=${enc('قمة')}&source=al-marfa`);
    const [csvDl] = await Promise.all([wide.waitForEvent('download'), wide.click('.exports a:text("CSV")')]);
    const csv = readFileSync(await csvDl.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('type,article_id,published,site,site_name,headline,speaker,quote,snippet,url');
    const shown = (await (await fetch(`${h.base}/search.json?q=${enc('قمة')}&source=al-marfa&size=100`)).json()).result;
    expect(csv.length - 1).toBe(shown.total);
    for (const line of csv.slice(1)) expect(line).toContain(',al-marfa,المرفأ,');
    const [jsonlDl] = await Promise.all([wide.waitForEvent('download'), wide.click('.exports a:text("JSONL")')]);
    const rows = readFileSync(await jsonlDl.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.articleId).sort()).toEqual(shown.hits.map((x: { articleId: number }) => x.articleId).sort());
    const feedHref = await wide.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    const res = await fetch(`${h.base}${feedHref}`);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await res.text()).feed;
    const entries = [feed.entry].flat().filter(Boolean);
    expect(entries.length).toBe(shown.total);
    const updated = entries.map((e: { updated: string }) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(String(entries[0].link['@_href'])).toMatch(/\/article\/\d+$/);
  });

  it('compresses and validates: brotli or gzip when asked, ETag and a 304 on revalidation', async () => {
    const url = `${h.base}/search?q=${enc('قمة')}`;
    const br = await fetch(url, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toContain('<html dir="rtl"');
    const gz = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('cache-control')).toBe('no-cache');
    const etag = gz.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    // In the browser too: the page arrived compressed (a URL it has not cached).
    const resp = await wide.goto(`${url}&size=50`);
    expect(['br', 'gzip']).toContain((await resp!.allHeaders())['content-encoding']);
    // Only the faces a page draws with are loaded: no reading face on the results page, no bold one in an article.
    const faces = () =>
      wide.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`);
      });
    expect((await faces()).filter((f) => f.startsWith('Noto Naskh'))).toEqual([]);
    await wide.goto(`${h.base}/article/1?faces`);
    expect(await faces()).toContain('Noto Naskh Arabic 400');
    expect(await faces()).not.toContain('Noto Naskh Arabic 700');
  });

  it('Arabic-Indic digits and the month tradition are a setting, kept across pages', async () => {
    await wide.goto(`${h.base}/search?q=${enc('الواحة')}&size=5`);
    await wide.selectOption('#set-digits', 'arab');
    await wide.selectOption('#set-months', 'levantine');
    await wide.reload();
    await wide.waitForFunction(() => /[٠-٩]/.test(document.querySelector('.pager .range')!.textContent!));
    expect(await wide.locator('.pager .range').textContent()).toMatch(/^١–٥ من [٠-٩]+$/);
    await wide.waitForFunction(() => [...document.querySelectorAll('ol.results time')].some((t) => /حزيران|تموز|آب|أيلول/.test(t.textContent!)));
    // Article text is never rewritten.
    await wide.goto(`${h.base}/article/1`);
    expect(await wide.locator('.article-text').textContent()).toMatch(/2021/);
    await wide.selectOption('#set-digits', 'latn');
    await wide.selectOption('#set-months', 'msa');
  });

  it('touch targets are at least 44 px on a phone; form labels stay with their fields', async () => {
    const small: string[] = [];
    const lists = ['/entities?type=PER&size=5&page=2', '/events?status=happened&size=5&page=2', '/quotes?source=al-fajr&from=2021-06-01&size=3&page=2', '/stories?size=2&page=2'];
    for (const path of [`/search?q=${enc('قمة')}&size=5&entity=${enc('PER:سالم الكعبي')}&etype=PER`, '/entities', '/events', '/quotes', '/article/1', ...lists]) {
      await phone.goto(`${h.base}${path}`);
      const found = await phone.evaluate(() => {
        const sel = 'main a.facet-add, main a.facet-page, main .pager a, main .fchip a, main button, main select, main input:not([type="hidden"]):not([type="checkbox"]), main .legend label, header a, header button';
        return [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((e) => e.offsetParent !== null)
          .map((e) => ({ what: `${e.tagName}.${e.className} ${e.textContent?.trim().slice(0, 20)}`, h: e.getBoundingClientRect().height }))
          .filter((x) => x.h < 43.5)
          .map((x) => `${x.what} ${x.h}`);
      });
      small.push(...found.map((f) => `${path}: ${f}`));
      // Each label is drawn next to (above) its own field.
      const apart = await phone.evaluate(() =>
        [...document.querySelectorAll<HTMLLabelElement>('main label[for]')].filter((l) => {
          const f = document.getElementById(l.htmlFor);
          if (!f || f.offsetParent === null) return false;
          const a = l.getBoundingClientRect();
          const b = f.getBoundingClientRect();
          return Math.abs(b.top - a.bottom) > 40 && Math.abs(a.top - b.top) > 40;
        }).length,
      );
      expect(apart, path).toBe(0);
    }
    expect(small).toEqual([]);
  });

  it('axe-core finds no serious or critical violation on any page type, at either width', async () => {
    const pages = ['/', `/search?q=${enc('قمة')}`, `/search?entity=${enc('الفيروز')}&etype=LOC`, '/entities?type=PER&size=5&page=2', '/quotes?source=al-fajr&from=2021-06-01&size=3&page=2', '/events?status=happened&size=5&page=2', '/stories?size=2&page=2', '/article/1', `/entity/${enc('PER:سالم الكعبي')}`, '/entities', '/quotes', '/events', '/stories', `/search?q=${enc('from:notadate')}`, '/nope'];
    // The two widths are scanned side by side (each in its own tab): a scan is seconds of the
    // renderer's time, most of this file's run when one width waited for the other.
    const scan = async (p: Page): Promise<string[]> => {
      const found: string[] = [];
      for (const path of pages) {
        await p.goto(`${h.base}${path}`);
        // evaluate() runs outside the page's CSP, which forbids inline scripts.
        await p.evaluate(AXE);
        const violations = await p.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        });
        found.push(...violations.map((v) => `${p === wide ? 1280 : 390} ${path}: ${v}`));
      }
      return found;
    };
    const problems = (await Promise.all(both().map(scan))).flat();
    console.log(problems.join('\n'));
    expect(problems).toEqual([]);
  }, 120_000);
});
