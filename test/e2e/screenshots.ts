/**
 * `npm run screenshots`: every page type of the web UI at 1280 and 390 px, over the demo archive,
 * as full-page PNGs in ./screenshots/ (gitignored), for review. Uses Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ingestSamples } from '../../src/server/demo.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { launchBrowser, startServer } from './helpers.ts';

const OUT = path.join(PROJECT_ROOT, 'screenshots');
const enc = encodeURIComponent;

export const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['search', `/search?q=${enc('قمة')}`],
  ['search-filtered', `/search?q=${enc('قمة')}&entity=${enc('PER:سالم الكعبي')}&source=al-marfa&sort=newest&size=5`],
  ['search-entity-type', `/search?entity=${enc('الفيروز')}&etype=LOC`],
  ['search-empty', `/search?q=${enc('كلمةغيرموجودة')}`],
  ['article', '/article/1'],
  ['article-layers', '/article/9?hide=PER,ORG,LOC,MISC,time'],
  ['entity', `/entity/${enc('PER:سالم الكعبي')}`],
  ['entities', '/entities'],
  ['entities-page2', '/entities?type=PER&size=5&page=2'],
  ['quotes', '/quotes'],
  ['quotes-filtered', '/quotes?source=al-fajr&from=2021-06-01&size=3&page=2'],
  ['events', '/events'],
  ['events-page2', '/events?size=5&page=2'],
  ['stories', '/stories'],
  ['error-query', `/search?q=${enc('قمة from:notadate')}`],
  ['error-article', '/article/abc'],
  ['error-404', '/no/such/page'],
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const h = await startServer(async (store) => {
    await ingestSamples(store);
  });
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const width of [1280, 390]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      for (const [name, url] of PAGES) {
        await page.goto(`${h.base}${url}`);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUT, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(path.relative(PROJECT_ROOT, file));
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await h.close();
  }
  process.stdout.write(`${written.join('\n')}\n${written.length} screenshots in ${path.relative(process.cwd(), OUT) || '.'}\n`);
}

await main();
