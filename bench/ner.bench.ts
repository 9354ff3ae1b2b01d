/**
 * Entity tagger speed: tokens/s of the two-pass perceptron tagger over real news (the shared news zips),
 * and the ratio to the text layer's own tokenize() speed over the same articles in the same run
 * (goal ≥ 0.25); the whole entities stage in articles/s; model load time; peak memory.
 * Falls back to ANERcorp dev when the zips are missing. Knob: MARSAD_BENCH_NER_N (articles, 1000).
 * MARSAD_BENCH_NER_BASELINE=<another checkout's root> (e.g. `git worktree add /tmp/base <commit>`)
 * also runs that checkout's entities stage over the same articles in this process, one cold pass
 * each, by CPU time, and prints the speed ratio (above 1: this checkout is faster).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tokenize } from '../src/text/tokenize.ts';
import { tokenSentences } from '../src/analyze/ner/sentences.ts';
import { newsBenchTexts } from '../src/util/news-corpus.ts';
import { loadModel } from '../src/analyze/ner/tagger.ts';
import { extractEntities } from '../src/analyze/entities/extract.ts';
import { newDocument } from '../src/pipeline/pipeline.ts';
import { readConll } from '../src/analyze/ner/conll.ts';
import { peakRssMiB } from '../src/util/peak-memory.ts';
import { hasShared, sharedPath } from '../src/util/shared.ts';
import type { BenchReport } from './run.ts';

const N = Number(process.env.MARSAD_BENCH_NER_N ?? 1000);

function texts(): { source: string; texts: string[] } {
  if (hasShared('data', 'news', '2015-08-10.zip')) {
    return { source: 'news 2015-08-10.zip', texts: newsBenchTexts(N) };
  }
  const dev = readConll(readFileSync(sharedPath('data', 'anercorp', 'dev.txt'), 'utf8'));
  return { source: 'ANERcorp dev', texts: dev.map((s) => s.words.join(' ')) };
}

/** Wall seconds and CPU seconds of this process: the machine is shared, CPU time is steadier. */
function time<T>(fn: () => T): [T, number, number] {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = fn();
  const c = process.cpuUsage(c0);
  return [r, (performance.now() - t0) / 1000, (c.user + c.system) / 1e6];
}

export async function run(): Promise<BenchReport> {
  const { source, texts: docs } = texts();
  const [model, loadS] = time(() => loadModel());
  // first, while no cache of this process has seen the articles
  const baseline = await baselineRatio(docs, model);

  // baseline: the text layer's tokenizer over the same articles (best of 3)
  let tokens = 0;
  let tokS = Infinity;
  let tokC = Infinity;
  for (let r = 0; r < 3; r++) {
    const [n, s, c] = time(() => docs.reduce((acc, t) => acc + tokenize(t).length, 0));
    tokens = n;
    tokS = Math.min(tokS, s);
    tokC = Math.min(tokC, c);
  }
  // the tagger over the same tokens, article by article as the entities stage runs it: both
  // passes over the article's sentences (tokenisation not counted)
  const articles = docs.map((t) => tokenSentences(t));
  const nsent = articles.reduce((n, a) => n + a.length, 0);
  model.tagDocument(articles[0] ?? []); // warm-up
  let tagS = Infinity;
  let tagC = Infinity;
  for (let r = 0; r < 3; r++) {
    const [, s, c] = time(() => {
      for (const a of articles) model.tagDocument(a);
    });
    tagS = Math.min(tagS, s);
    tagC = Math.min(tagC, c);
  }
  // the whole entities stage (tagger, lexicons, roles, coreference, English names)
  const [, stageS] = time(() => {
    for (const t of docs) extractEntities(newDocument({ text: t }), model);
  });

  const tokPerS = tokens / tokS;
  const tagPerS = tokens / tagS;
  const ratio = tagPerS / tokPerS;
  const ratioCpu = tokens / tagC / (tokens / tokC);
  const peak = peakRssMiB();
  return {
    name: 'ner',
    lines: [
      `corpus: ${source}, ${docs.length} articles, ${tokens} tokens, ${nsent} sentences`,
      `tokenize() baseline: ${Math.round(tokPerS).toLocaleString('en')} tokens/s`,
      `tagger: ${Math.round(tagPerS).toLocaleString('en')} tokens/s — ratio to tokenize ${ratio.toFixed(3)} (goal ≥ 0.25)`,
      `by CPU time: tokenize ${Math.round(tokens / tokC).toLocaleString('en')} tokens/s, tagger ${Math.round(tokens / tagC).toLocaleString('en')} tokens/s, ratio ${ratioCpu.toFixed(3)}`,
      `entities stage: ${(docs.length / stageS).toFixed(1)} articles/s (${((1000 * stageS) / docs.length).toFixed(1)} ms/article)`,
      `model load: ${(loadS * 1000).toFixed(0)} ms; peak RSS ${peak.toFixed(0)} MiB`,
      ...(baseline ? [baseline.line] : []),
    ],
    figures: {
      corpus: source,
      articles: docs.length,
      tokens,
      tokenizeTokensPerS: Math.round(tokPerS),
      taggerTokensPerS: Math.round(tagPerS),
      ratioToTokenize: Number(ratio.toFixed(4)),
      ratioToTokenizeCpu: Number(ratioCpu.toFixed(4)),
      taggerTokensPerCpuS: Math.round(tokens / tagC),
      entitiesArticlesPerS: Number((docs.length / stageS).toFixed(2)),
      modelLoadMs: Math.round(loadS * 1000),
      peakRssMiB: Math.round(peak),
      ...(baseline ? { entitiesSpeedVsBaseline: baseline.ratio } : {}),
    },
  };
}

/**
 * This checkout's entities stage against another checkout's over the same articles: each warmed
 * on other articles (module loads, the transliterator, JIT), then one pass each, caches cold for
 * these articles as in a first ingest, by CPU time; the order alternates over two rounds.
 */
async function baselineRatio(
  docs: string[],
  model: ReturnType<typeof loadModel>,
): Promise<{ ratio: number; line: string } | null> {
  const root = process.env.MARSAD_BENCH_NER_BASELINE;
  if (!root) return null;
  const url = (p: string) => pathToFileURL(path.resolve(root, 'src', p)).href;
  const base = {
    tagger: (await import(url('analyze/ner/tagger.ts'))) as typeof import('../src/analyze/ner/tagger.ts'),
    extract: (await import(url('analyze/entities/extract.ts'))) as typeof import('../src/analyze/entities/extract.ts'),
    pipeline: (await import(url('pipeline/pipeline.ts'))) as typeof import('../src/pipeline/pipeline.ts'),
  };
  const baseModel = base.tagger.loadModel();
  const cur = (t: string) => extractEntities(newDocument({ text: t }), model);
  const old = (t: string) => base.extract.extractEntities(base.pipeline.newDocument({ text: t }), baseModel);
  const half = Math.floor(docs.length / 2);
  const warm = docs.slice(0, 20);
  for (const t of warm) {
    cur(t);
    old(t);
  }
  const cpu = (fn: (t: string) => unknown, part: string[]) => time(() => part.forEach(fn))[2];
  // two rounds over the two halves, so neither side always runs on articles the other has seen,
  // in the order old, this, this, old (ABBA): whatever runs later pays for the garbage and the
  // heap the earlier passes left (about 20% here: with old, old, this, this each checkout measured
  // as 0.79-0.87x the other when run as "this"), and ABBA gives both sides the same share of it
  const first = docs.slice(20, half);
  const second = docs.slice(half);
  let oldS = cpu(old, first);
  let curS = cpu(cur, first);
  curS += cpu(cur, second);
  oldS += cpu(old, second);
  const ratio = Number((oldS / curS).toFixed(3));
  return {
    ratio,
    line: `entities stage vs ${root}: ${ratio.toFixed(3)}× its speed (CPU ${curS.toFixed(2)} s vs ${oldS.toFixed(2)} s, ${docs.length - 20} articles)`,
  };
}
