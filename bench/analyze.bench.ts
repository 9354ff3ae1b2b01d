/**
 * Full analysis throughput over 1,000 news articles (the first of `2015-08-10.zip`), reported as
 * a ratio to a bare `text.split(/\s+/)` over the same texts in the same run, with each stage's
 * share of the time (measured by running the pipeline up to and including each stage in turn).
 * Knob: MARSAD_BENCH_ANALYZE_N (articles, default 1000).
 *
 * MARSAD_BENCH_ANALYZE_BASELINE=<another checkout's root> (e.g. `git worktree add --detach
 * /tmp/base <commit>` with node_modules linked) also builds that checkout's pipeline in this
 * process and times both over the same articles, old, this, this, old (ABBA, so neither side
 * always pays for the other's garbage), by CPU time, whole and stage by stage: the speed ratios
 * (above 1: this checkout is faster).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText, createPipeline, type Pipeline } from '../src/pipeline/pipeline.ts';
import type { Stage } from '../src/pipeline/stage.ts';
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
  await compareBaseline(texts, lines, figures);
  return { name: 'analyze', lines, figures };
}

/** A pipeline whose stages add their CPU time (ms) to `spent`, by stage name. */
function timedPipeline(make: (stages: readonly Stage[]) => Pipeline, stages: readonly Stage[], spent: Map<string, number>): Pipeline {
  const timed = stages.map((s) => ({
    ...s,
    run: (...args: Parameters<Stage['run']>) => {
      const t0 = process.cpuUsage();
      const out = s.run(...args);
      const t = process.cpuUsage(t0);
      spent.set(s.name, (spent.get(s.name) ?? 0) + (t.user + t.system) / 1000);
      return out;
    },
  }));
  return make(timed);
}

async function compareBaseline(texts: string[], lines: string[], figures: Record<string, number | string>): Promise<void> {
  const root = process.env.MARSAD_BENCH_ANALYZE_BASELINE;
  if (!root) return;
  const url = (p: string) => pathToFileURL(path.resolve(root, 'src', p)).href;
  const base = {
    pipeline: (await import(url('pipeline/pipeline.ts'))) as typeof import('../src/pipeline/pipeline.ts'),
    stages: (await import(url('pipeline/stages.ts'))) as typeof import('../src/pipeline/stages.ts'),
  };
  const sides = [
    { spent: new Map<string, number>(), total: 0, make: base.pipeline.createPipeline, stages: base.stages.STAGES },
    { spent: new Map<string, number>(), total: 0, make: createPipeline, stages: STAGES },
  ].map((x) => ({ ...x, p: timedPipeline((stages) => x.make({ stages }), x.stages, x.spent) }));
  const pass = (k: number) => {
    const s = sides[k]!;
    const t0 = process.cpuUsage();
    for (const text of texts) s.p.analyze({ text }, { date: '2015-08-10' });
    const t = process.cpuUsage(t0);
    s.total += (t.user + t.system) / 1000;
  };
  // Warm both (lexicons, caches, JIT). This checkout's code already ran many passes above; the
  // baseline's gets as many here, else its first timed passes run half-optimised code.
  for (const k of [0, 0, 0, 0, 0, 1]) pass(k);
  for (const s of sides) {
    s.total = 0;
    s.spent.clear();
  }
  for (const k of [0, 1, 1, 0]) pass(k);
  const [old, cur] = sides as [(typeof sides)[number], (typeof sides)[number]];
  figures.baselineSpeed = Number((old.total / cur.total).toFixed(3));
  lines.push(`against ${root} (ABBA, CPU time, two passes each): ${(old.total / cur.total).toFixed(3)}x the baseline's speed`);
  for (const [name, ms] of cur.spent) {
    const was = old.spent.get(name) ?? 0;
    figures[`baselineSpeed.${name}`] = Number((was / ms).toFixed(3));
    lines.push(`  ${name.padEnd(10)} ${(was / 2).toFixed(0).padStart(7)} -> ${(ms / 2).toFixed(0).padStart(7)} ms a pass, ${(was / ms).toFixed(3)}x`);
  }
}
