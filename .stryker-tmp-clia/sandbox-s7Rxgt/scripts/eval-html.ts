/**
 * `npm run eval:html`: marsad's HTML extraction against plain Readability (with linkedom) on the
 * same pages in one run: publication date vs gold_dates.json, must/must-not snippets on
 * assabah_tn, body length, pages per second and the speed ratio. Exits 1 when marsad does worse
 * than Readability on any page. Pages are read from ../shared (MARSAD_SHARED); the page URL is
 * not given to either extractor, so dates come from the page alone.
 *   npx tsx scripts/eval-html.ts [--rounds N] [--json]
 */
// @ts-nocheck

import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlToInput } from '../src/extract/html/index.ts';
import { sharedPath } from '../src/util/shared.ts';

interface Page {
  name: string;
  bytes: Buffer;
  gold?: string;
  with?: string[];
  without?: string[];
}

interface Result {
  date: string | null;
  body: string;
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  const goldFile = sharedPath('data', 'html', 'dated', 'gold_dates.json');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { file: string; gold_publication_date: string }[];
  for (const g of gold) {
    pages.push({ name: `dated/${g.file}`, bytes: readFileSync(sharedPath('data', 'html', 'dated', g.file)), gold: g.gold_publication_date });
  }
  const snip = JSON.parse(readFileSync(sharedPath('data', 'html', 'assabah_tn', 'expected.trafilatura_evaldata.json'), 'utf8')) as {
    with: string[];
    without: string[];
  };
  pages.push({ name: 'assabah_tn/source.html', bytes: readFileSync(sharedPath('data', 'html', 'assabah_tn', 'source.html')), with: snip.with, without: snip.without });
  return pages;
}

export function runMarsad(bytes: Uint8Array): Result {
  const out = htmlToInput(bytes);
  return { date: out.article?.published?.value ?? null, body: (out.article?.paragraphs ?? []).map((p) => p.text).join('\n\n') };
}

export function runReadability(bytes: Uint8Array): Result {
  const html = new TextDecoder('utf-8').decode(bytes);
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as Document).parse();
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(r?.publishedTime ?? '');
  return { date: m?.[1] ?? null, body: (r?.textContent ?? '').trim() };
}

/** Per-page score: 1 for the right date; for snippet pages, the share of snippet checks passed. */
function score(p: Page, r: Result): { score: number; detail: string } {
  if (p.gold) return { score: r.date === p.gold ? 1 : 0, detail: `date ${r.date ?? '—'}${r.date === p.gold ? ' ✓' : ` ✗ (gold ${p.gold})`}` };
  const w = (p.with ?? []).filter((s) => r.body.includes(s)).length;
  const wo = (p.without ?? []).filter((s) => !r.body.includes(s)).length;
  const total = (p.with?.length ?? 0) + (p.without?.length ?? 0);
  return { score: total ? (w + wo) / total : 1, detail: `with ${w}/${p.with?.length ?? 0}, without ${wo}/${p.without?.length ?? 0}` };
}

function timeIt(pages: Page[], f: (b: Uint8Array) => Result, rounds: number): number {
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const p of pages) f(p.bytes);
  return (performance.now() - t0) / 1000;
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === (await import('node:path')).resolve(process.argv[1]);
if (isMain) {
  if (!existsSync(sharedPath('data', 'html'))) {
    console.error(`eval:html needs ${sharedPath('data', 'html')} (set MARSAD_SHARED)`);
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 5) || 5;
  const pages = loadPages();
  // Warm both up once (module loading, JIT) before anything is timed.
  for (const p of pages) {
    runMarsad(p.bytes);
    runReadability(p.bytes);
  }
  const rows = pages.map((p) => {
    const m = runMarsad(p.bytes);
    const r = runReadability(p.bytes);
    const sm = score(p, m);
    const sr = score(p, r);
    return { page: p.name, marsad: sm, readability: sr, marsadBody: m.body.length, readabilityBody: r.body.length, ok: sm.score >= sr.score };
  });
  // Interleave the timing so machine load hits both alike.
  let tm = 0;
  let tr = 0;
  for (let i = 0; i < rounds; i++) {
    tm += timeIt(pages, runMarsad, 1);
    tr += timeIt(pages, runReadability, 1);
  }
  const n = pages.length * rounds;
  const dated = rows.filter((_, i) => pages[i]!.gold);
  const summary = {
    pages: pages.length,
    rounds,
    dateAccuracy: {
      marsad: dated.filter((r) => r.marsad.score === 1).length / dated.length,
      readability: dated.filter((r) => r.readability.score === 1).length / dated.length,
    },
    pagesPerSecond: { marsad: n / tm, readability: n / tr },
    speedRatio: tr / tm,
    allAtLeastAsGood: rows.every((r) => r.ok),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify({ rows, summary }, null, 1));
  } else {
    console.log('page                          | marsad                         | readability                    | body chars m/r');
    for (const r of rows) {
      console.log(`${r.page.padEnd(30)}| ${r.marsad.detail.padEnd(31)}| ${r.readability.detail.padEnd(31)}| ${r.marsadBody}/${r.readabilityBody}${r.ok ? '' : '  WORSE'}`);
    }
    console.log(
      `\ndate accuracy: marsad ${dated.filter((r) => r.marsad.score === 1).length}/${dated.length}, readability ${dated.filter((r) => r.readability.score === 1).length}/${dated.length}`,
    );
    console.log(
      `speed (${rounds} rounds × ${pages.length} pages): marsad ${summary.pagesPerSecond.marsad.toFixed(1)} pages/s, readability ${summary.pagesPerSecond.readability.toFixed(1)} pages/s, ratio marsad/readability ${summary.speedRatio.toFixed(2)}`,
    );
    console.log(summary.allAtLeastAsGood ? 'marsad is at least as good as Readability on every page' : 'marsad is WORSE than Readability on some page');
  }
  process.exit(summary.allAtLeastAsGood ? 0 : 1);
}
