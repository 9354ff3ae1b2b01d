/**
 * `npm run eval:structure`: runs the plain-text structure extractor over the SaudiNewsNet sample
 * (../shared/data/news/saudinewsnet-sample.jsonl), reports how often a dateline and a byline are
 * found, and scores them against test/gold/structure-saudinewsnet.json (offsets only).
 *   precision = predictions that are right / predictions made (on gold articles)
 *   recall    = gold spans found / gold spans
 * "exact" needs the same offsets; "overlap" accepts a prediction that overlaps the gold span.
 * Pass --verbose to list every miss and every wrong prediction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractPlainText } from '../src/extract/plaintext.ts';
import { PROJECT_ROOT, sharedPath } from '../src/util/shared.ts';
import type { ArticleStructure } from '../src/doc/types.ts';

interface GoldSpan {
  start: number;
  end: number;
}
interface GoldArticle {
  index: number;
  url: string;
  byline: GoldSpan | null;
  dateline: GoldSpan | null;
}

export interface Score {
  predicted: number;
  gold: number;
  exact: number;
  overlap: number;
  precision: number;
  recall: number;
  precisionOverlap: number;
  recallOverlap: number;
}

type Field = 'byline' | 'dateline';

export interface EvalResult {
  articles: number;
  found: Record<Field, number>;
  goldArticles: number;
  scores: Record<Field, Score>;
  errors: string[];
}

export function evaluate(): EvalResult {
  const file = sharedPath('data', 'news', 'saudinewsnet-sample.jsonl');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { content: string; title?: string; url?: string });
  const gold = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test/gold/structure-saudinewsnet.json'), 'utf8')) as {
    articles: GoldArticle[];
  };
  const arts: ArticleStructure[] = rows.map((r) => extractPlainText(r.content, { title: r.title ?? null }));
  const found = { byline: 0, dateline: 0 };
  for (const a of arts) {
    if (a.byline) found.byline++;
    if (a.dateline) found.dateline++;
  }
  const errors: string[] = [];
  const scores = {} as Record<Field, Score>;
  for (const f of ['byline', 'dateline'] as const) {
    const s = { predicted: 0, gold: 0, exact: 0, overlap: 0 };
    for (const g of gold.articles) {
      const row = rows[g.index];
      if (!row || (g.url && row.url && row.url !== g.url)) throw new Error(`gold article ${g.index} does not match the sample (url differs)`);
      const p = arts[g.index]![f];
      const want = g[f];
      if (p) s.predicted++;
      if (want) s.gold++;
      const exact = !!p && !!want && p.start === want.start && p.end === want.end;
      const overlap = !!p && !!want && p.start < want.end && want.start < p.end;
      if (exact) s.exact++;
      if (overlap) s.overlap++;
      if (!exact && (p || want)) {
        const show = (x: GoldSpan | null): string => (x ? `«${row.content.slice(x.start, x.end)}» [${x.start},${x.end})` : 'none');
        errors.push(`#${g.index} ${f}: got ${show(p)}${p ? ` (${p.source})` : ''}, want ${show(want)}${overlap ? ' (overlaps)' : ''}`);
      }
    }
    const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
    scores[f] = {
      ...s,
      precision: ratio(s.exact, s.predicted),
      recall: ratio(s.exact, s.gold),
      precisionOverlap: ratio(s.overlap, s.predicted),
      recallOverlap: ratio(s.overlap, s.gold),
    };
  }
  return { articles: rows.length, found, goldArticles: gold.articles.length, scores, errors };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const r = evaluate();
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`SaudiNewsNet sample: ${r.articles} articles`);
  for (const f of ['dateline', 'byline'] as const) {
    console.log(`  ${f} found in ${r.found[f]} / ${r.articles} (${pct(r.found[f] / r.articles)})`);
  }
  console.log(`Gold: ${r.goldArticles} articles read by hand (test/gold/structure-saudinewsnet.json)`);
  for (const f of ['dateline', 'byline'] as const) {
    const s = r.scores[f];
    console.log(
      `  ${f.padEnd(8)} gold ${s.gold}, predicted ${s.predicted}: precision ${pct(s.precision)} recall ${pct(s.recall)} (exact offsets); ` +
        `overlap: precision ${pct(s.precisionOverlap)} recall ${pct(s.recallOverlap)}`,
    );
  }
  if (process.argv.includes('--verbose')) for (const e of r.errors) console.log(`  ${e}`);
  else if (r.errors.length) console.log(`  ${r.errors.length} disagreements (--verbose lists them)`);
}
