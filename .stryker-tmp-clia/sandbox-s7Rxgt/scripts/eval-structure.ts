/**
 * `npm run eval:structure`: runs the plain-text structure extractor over the SaudiNewsNet sample
 * (../shared/data/news/saudinewsnet-sample.jsonl), reports how often a dateline and a byline are
 * found, and scores them against the hand-read golds in test/gold/structure-*.json (offsets only:
 * the SaudiNewsNet sample, and 40 articles drawn from the two 2015-08-1x.zip days).
 *   precision = predictions that are right / predictions made (on gold articles)
 *   recall    = gold spans found / gold spans
 * "exact" needs the same offsets; "overlap" accepts a prediction that overlaps the gold span.
 * Pass --verbose to list every miss and every wrong prediction.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { extractPlainText } from '../src/extract/plaintext.ts';
import { PROJECT_ROOT, sharedPath } from '../src/util/shared.ts';
import type { ArticleStructure } from '../src/doc/types.ts';

interface GoldSpan {
  start: number;
  end: number;
}
interface GoldArticle {
  /** Corpus under ../shared (defaults to the gold file's `file`). */
  file?: string;
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
type Row = { content: string; title?: string; url?: string };

export interface GoldResult {
  name: string;
  articles: number;
  scores: Record<Field, Score>;
  errors: string[];
}

export interface EvalResult {
  articles: number;
  found: Record<Field, number>;
  golds: GoldResult[];
}

export const GOLD_FILES = ['test/gold/structure-saudinewsnet.json', 'test/gold/structure-news-zip.json'];

const corpora = new Map<string, Row[]>();

/** Articles of a corpus under ../shared: a JSONL file, or a zip holding one JSON array. */
export function loadCorpus(rel: string): Row[] {
  const hit = corpora.get(rel);
  if (hit) return hit;
  const file = sharedPath(...rel.split('/'));
  let rows: Row[];
  if (rel.endsWith('.zip')) {
    const files = unzipSync(readFileSync(file));
    rows = Object.entries(files)
      .filter(([n]) => n.endsWith('.json'))
      .flatMap(([, b]) => JSON.parse(strFromU8(b)) as Row[]);
  } else {
    rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
  }
  corpora.set(rel, rows);
  return rows;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function scoreGold(goldFile: string): GoldResult {
  const gold = JSON.parse(readFileSync(path.join(PROJECT_ROOT, goldFile), 'utf8')) as {
    file?: string;
    articles: GoldArticle[];
  };
  const errors: string[] = [];
  const scores = {} as Record<Field, Score>;
  const cache = new Map<string, ArticleStructure>();
  const predict = (g: GoldArticle): { row: Row; art: ArticleStructure } => {
    const rel = g.file ?? gold.file!;
    const row = loadCorpus(rel)[g.index];
    if (!row || (g.url && row.url && row.url !== g.url))
      throw new Error(`${goldFile}: article ${rel}#${g.index} does not match the corpus (url differs)`);
    const k = `${rel}#${g.index}`;
    let art = cache.get(k);
    if (!art) cache.set(k, (art = extractPlainText(row.content ?? '', { title: row.title ?? null })));
    return { row, art };
  };
  for (const f of ['byline', 'dateline'] as const) {
    const s = { predicted: 0, gold: 0, exact: 0, overlap: 0 };
    for (const g of gold.articles) {
      const { row, art } = predict(g);
      const p = art[f];
      const want = g[f];
      if (p) s.predicted++;
      if (want) s.gold++;
      const exact = !!p && !!want && p.start === want.start && p.end === want.end;
      const overlap = !!p && !!want && p.start < want.end && want.start < p.end;
      if (exact) s.exact++;
      if (overlap) s.overlap++;
      if (!exact && (p || want)) {
        const show = (x: GoldSpan | null): string =>
          x ? `«${row.content.slice(x.start, x.end)}» [${x.start},${x.end})` : 'none';
        errors.push(
          `${g.file ?? gold.file}#${g.index} ${f}: got ${show(p)}${p ? ` (${p.source})` : ''}, want ${show(want)}${overlap ? ' (overlaps)' : ''}`,
        );
      }
    }
    scores[f] = {
      ...s,
      precision: ratio(s.exact, s.predicted),
      recall: ratio(s.exact, s.gold),
      precisionOverlap: ratio(s.overlap, s.predicted),
      recallOverlap: ratio(s.overlap, s.gold),
    };
  }
  return { name: goldFile, articles: gold.articles.length, scores, errors };
}

export function evaluate(): EvalResult {
  const rows = loadCorpus('data/news/saudinewsnet-sample.jsonl');
  const found = { byline: 0, dateline: 0 };
  for (const r of rows) {
    const a = extractPlainText(r.content, { title: r.title ?? null });
    if (a.byline) found.byline++;
    if (a.dateline) found.dateline++;
  }
  return { articles: rows.length, found, golds: GOLD_FILES.map(scoreGold) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const r = evaluate();
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`SaudiNewsNet sample: ${r.articles} articles`);
  for (const f of ['dateline', 'byline'] as const) {
    console.log(`  ${f} found in ${r.found[f]} / ${r.articles} (${pct(r.found[f] / r.articles)})`);
  }
  for (const g of r.golds) {
    console.log(`Gold ${g.name}: ${g.articles} articles read by hand`);
    for (const f of ['dateline', 'byline'] as const) {
      const s = g.scores[f];
      console.log(
        `  ${f.padEnd(8)} gold ${s.gold}, predicted ${s.predicted}: precision ${pct(s.precision)} recall ${pct(s.recall)} (exact offsets); ` +
          `overlap: precision ${pct(s.precisionOverlap)} recall ${pct(s.recallOverlap)}`,
      );
    }
    if (process.argv.includes('--verbose')) for (const e of g.errors) console.log(`    ${e}`);
    else if (g.errors.length) console.log(`  ${g.errors.length} disagreements (--verbose lists them)`);
  }
}
