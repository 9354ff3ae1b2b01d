/**
 * Full analysis throughput over 1,000 news articles (the first of `2015-08-10.zip`), reported as
 * a ratio to a bare `text.split(/\s+/)` over the same texts in the same run, with each stage's
 * share of the time (measured by running the pipeline up to and including each stage in turn).
 * Knob: MARSAD_BENCH_ANALYZE_N (articles, default 1000).
 */
// @ts-nocheck

import { analyzeText } from '../src/pipeline/pipeline.ts';
import { STAGES } from '../src/pipeline/stages.ts';
import { hasShared } from '../src/util/shared.ts';
import { newsBenchTexts } from '../src/util/news-corpus.ts';
import type { BenchReport } from './run.ts';

const N = Number(process.env.MARSAD_BENCH_ANALYZE_N ?? 1000);

/** Best of `reps` timings of `fn` over all texts, in ms (the best run is the least disturbed). */
function best(reps: number, fn: () => void): number {
  let out = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    out = Math.min(out, performance.now() - t0);
  }
  return out;
}

export async function run(): Promise<BenchReport> {
  if (!hasShared('data', 'news', '2015-08-10.zip')) {
    return {
      name: 'analyze',
      lines: ['skipped: ../shared/data/news/2015-08-10.zip is missing'],
      figures: {},
    };
  }
  const texts = newsBenchTexts(N);
  const analyzeAll = (stages = STAGES) => {
    for (const text of texts) analyzeText({ text }, { date: '2015-08-10' }, stages);
  };
  analyzeAll(); // warm: model load, lexicons, JIT
  let words = 0;
  const splitMs = best(5, () => {
    words = 0;
    for (const t of texts) words += t.split(/\s+/).length;
  });
  const fullMs = best(2, () => analyzeAll());
  const lines: string[] = [];
  const figures: Record<string, number | string> = {};
  const perSec = (ms: number) => (texts.length / ms) * 1000;
  figures.articles = texts.length;
  figures.words = words;
  figures.articlesPerSecond = Math.round(perSec(fullMs));
  figures.ratioToSplit = fullMs > 0 ? splitMs / fullMs : 0;
  lines.push(`${texts.length} articles, ${words} words`);
  lines.push(`full analysis: ${figures.articlesPerSecond} articles/s on one thread`);
  lines.push(
    `ratio to a bare split(/\\s+/) over the same texts: ${(figures.ratioToSplit as number).toFixed(4)}`,
  );
  // Each stage's share: time of the pipeline up to it, minus up to the one before.
  let prev = 0;
  for (let k = 1; k <= STAGES.length; k++) {
    const ms = k === STAGES.length ? fullMs : best(1, () => analyzeAll(STAGES.slice(0, k)));
    const stage = STAGES[k - 1]!.name;
    const share = Math.max(0, ms - prev) / fullMs;
    figures[`share.${stage}`] = Number(share.toFixed(3));
    lines.push(`  ${stage.padEnd(10)} ${(share * 100).toFixed(1).padStart(5)}% of the time`);
    prev = ms;
  }
  return { name: 'analyze', lines, figures };
}
