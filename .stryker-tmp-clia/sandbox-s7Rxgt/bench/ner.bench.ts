/**
 * Entity tagger speed: tokens/s of the two-pass perceptron tagger over real news (the shared news zips),
 * and the ratio to the text layer's own tokenize() speed over the same articles in the same run
 * (goal ≥ 0.25); the whole entities stage in articles/s; model load time; peak memory.
 * Falls back to ANERcorp dev when the zips are missing. Knob: MARSAD_BENCH_NER_N (articles, 1000).
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
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
    },
  };
}
