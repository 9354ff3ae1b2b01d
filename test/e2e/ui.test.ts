import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestSamples, sampleManifest } from '../../src/server/demo.ts';
import { ingestOne } from '../../src/server/ingest.ts';
import { hostileDoc, summitDoc } from '../server/fixtures.ts';
import { artifact, closeSharedBrowser, describeBrowser, sharedBrowser, startServer, type Harness } from './helpers.ts';

async function loadedFonts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
  });
}

// Both suites share one Chromium (sharedBrowser); it ends with the file.
afterAll(closeSharedBrowser);

describeBrowser('web UI in headless Chromium over a SQLite archive of the samples', () => {
  let h: Harness;
  let browser: Awaited<ReturnType<typeof sharedBrowser>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startServer(async (store) => {
      await ingestSamples(store);
      // A hand-annotated article, so the speaker/tooltip checks do not depend on analysis quality.
      await store.putDocument(summitDoc(), { origin: 'fixture:summit', url: 'https://news.sahl.example/fixture', site: 'sahl-news' });
    });
    browser = await sharedBrowser();
    context = browser.context;
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await h?.close();
  });

  it('home page is right to left, in the local Arabic font, keyboard-first', async () => {
    await page.goto(`${h.base}/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await loadedFonts(page)).toContain('Noto Sans Arabic');
    // The first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('تخطَّ إلى المحتوى');
    expect(await page.locator('ol.results > li').count()).toBe(sampleManifest().length + 1);
    await page.screenshot({ path: artifact('01-home.png'), fullPage: true });
  });

  it('search shows highlighted hits and facets; a hit opens the article with highlighted quotes', async () => {
    await page.goto(`${h.base}/`);
    await page.fill('#q', 'الكعبي');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    expect(await page.locator('ol.results > li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(await page.locator('aside.facets').isVisible()).toBe(true);
    await page.screenshot({ path: artifact('02-search.png'), fullPage: true });

    await page.locator('ol.results > li h2 a').first().click();
    await page.waitForURL(/\/article\/\d+/);
    expect(await page.locator('.article-text').isVisible()).toBe(true);
    expect(await loadedFonts(page)).toContain('Noto Naskh Arabic');
    await page.screenshot({ path: artifact('02b-article.png'), fullPage: true });
    const quotes = page.locator('.article-text .ann.quote');
    expect(await quotes.count()).toBeGreaterThan(0);
    await quotes.first().focus();
    const tip = page.locator('#marsad-tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/(اقتباس مباشر|قول منقول)\nالمتحدث: /);
  });

  it('a quote shows its speaker, English name and rule on focus; the speaker links to the entity page', async () => {
    await page.goto(`${h.base}/search?q=${encodeURIComponent('"المحادثات كانت"')}`);
    await page.locator('ol.results > li h2 a').first().click();
    await page.waitForURL(/\/article\/\d+/);
    const quote = page.locator('.article-text .ann.quote-direct').first();
    expect(await quote.textContent()).toBe('سنوقّع اتفاق المياه في 16 يونيو المقبل');
    // Reach it with the keyboard: Tab until the quote has focus.
    await page.locator('.article-text').evaluate((el) => (el as HTMLElement).closest('article')?.querySelector('h1')?.scrollIntoView());
    for (let i = 0; i < 40 && !(await quote.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await quote.evaluate((el) => el === document.activeElement)).toBe(true);
    const tip = page.locator('#marsad-tooltip');
    await tip.waitFor({ state: 'visible' });
    const text = (await tip.textContent())!;
    expect(text).toContain('المتحدث: سالم الكعبي (Salem Al-Kaabi)');
    expect(text).toContain('rule:quotes/guillemets');
    expect(await page.locator('.article-text .ann.speaker').first().textContent()).toBe('الكعبي:');
    // Hovering the time expression inside the quote shows its resolved date.
    await page.locator('.article-text .ann.time').nth(1).hover();
    expect(await tip.textContent()).toContain('القيمة: 2021-06-16');
    await page.mouse.move(5, 5);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('.article-text .ann.quote-direct').first().focus();
    expect(await tip.textContent()).toContain('المتحدث: سالم الكعبي');
    await page.screenshot({ path: artifact('03-article-tooltip.png'), fullPage: false });
    // Side panel lists the quote with its speaker, linking to the entity page.
    const speakerLink = page.locator('aside.panel .quotes a[href="/entity/per%3Asalem-alkaabi"]').first();
    expect(await speakerLink.textContent()).toBe('سالم الكعبي');
    await speakerLink.click();
    await page.waitForURL(/\/entity\//);
    expect(await page.locator('h1').textContent()).toContain('سالم الكعبي');
    expect(await page.locator('svg.months').isVisible()).toBe(true);
    expect(await page.locator('figure.graph svg a').count()).toBeGreaterThan(0);
    expect(await page.locator('blockquote').first().textContent()).toContain('سنوقّع اتفاق المياه');
    await page.screenshot({ path: artifact('04-entity.png'), fullPage: true });
  });

  it('events page lists planned events first and downloads a valid ICS', async () => {
    await page.goto(`${h.base}/events`);
    expect(await page.locator('h2').first().textContent()).toBe('أحداث مرتقبة');
    await page.screenshot({ path: artifact('05-events.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/events.ics"]')]);
    expect(download.suggestedFilename()).toBe('marsad-events.ics');
    const file = await download.path();
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const starts = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toString());
    expect(starts).toContain('2021-06-16');
  });

  it('stories and quotes pages render; the article page fits a phone screen', async () => {
    await page.goto(`${h.base}/stories`);
    await page.screenshot({ path: artifact('06-stories.png'), fullPage: true });
    await page.goto(`${h.base}/quotes`);
    expect(await page.locator('label[for="qs"]').textContent()).toBe('المتحدث');
    await page.screenshot({ path: artifact('07-quotes.png'), fullPage: true });
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${h.base}/article/1`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: artifact('08-article-phone.png'), fullPage: true });
    await phone.close();
  });
});

describeBrowser('hostile article text cannot run in the browser', () => {
  let h: Harness;
  let browser: Awaited<ReturnType<typeof sharedBrowser>>;
  const ids: number[] = [];

  const HOSTILE = [
    `<script>window.__pwned=1</script> عنوان خبيث "><img src=x onerror="window.__pwned=2">
الخميس 1 يوليو 2021
الواحة - وكالة <svg onload="window.__pwned=3">
قال المتحدث: «<img src=x onerror=alert(1)>» ثم أضاف إن الرابط javascript:window.__pwned=4 آمن.
<a href="javascript:window.__pwned=5">انقر هنا</a> و'><iframe src="javascript:window.__pwned=6"></iframe>
الملف المرفق: \u202Egnp.exe\u202C و\u2067معزول\u2069 {{constructor.constructor('window.__pwned=7')()}}`,
    `خبر عادي في الظاهر
" onmouseover="window.__pwned=8" x="
</textarea></title></style><script>alert(document.domain)</script>`,
  ];

  beforeAll(async () => {
    h = await startServer(async (store) => {
      for (const text of HOSTILE) ids.push((await ingestOne(store, { text, url: 'https://evil.example/x', source: '<b>evil</b>' })).id);
      // Hostile entity names, keys and a javascript: URL straight into the store.
      ids.push((await store.putDocument(hostileDoc(), { origin: 'javascript:alert(1)', url: 'javascript:window.__pwned=9', site: '"><script>alert(1)</script>' })).id);
    });
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('nothing runs on any page, even when every highlight is hovered, focused and clicked', async () => {
    const page = await browser.context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective));
    });
    const pages = [
      '/',
      `/search?q=${encodeURIComponent('خبر')}`,
      `/search?q=${encodeURIComponent('"><script>window.__pwned=10</script>')}`,
      ...ids.map((id) => `/article/${id}`),
      `/entity/${encodeURIComponent('per:"><svg onload=alert(1)>')}`,
      '/entities',
      '/quotes',
      '/events',
      '/stories',
    ];
    for (const p of pages) {
      await page.goto(`${h.base}${p}`);
      const anns = page.locator('.ann[tabindex="0"]');
      const n = await anns.count();
      for (let i = 0; i < n; i++) {
        // force: the popover of one highlight may cover the next one.
        await anns.nth(i).hover({ force: true, timeout: 5000 });
        await anns.nth(i).focus({ timeout: 5000 });
        await anns.nth(i).click({ force: true, timeout: 5000 });
      }
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        csp: (window as unknown as { __csp: string[] }).__csp,
        injected: document.querySelectorAll('main img, main iframe, main script, main svg[onload], a[href^="javascript:"]').length,
      }));
      expect(state, p).toEqual({ pwned: null, csp: [], injected: 0 });
    }
    expect(dialogs).toBe(0);
    // The hostile text is shown, not executed; the bidi override shows as a visible marker.
    await page.goto(`${h.base}/article/${ids[0]}`);
    const shown = (await page.locator('.article-text').textContent())!;
    expect(shown).toContain('<script>window.__pwned=1</script>');
    expect(shown).toContain('⟦U+202E⟧gnp.exe⟦U+202C⟧');
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await page.screenshot({ path: artifact('09-hostile-article.png'), fullPage: true });
    await page.close();
  }, 180_000);
});
