/**
 * Text layer + structure throughput over the SaudiNewsNet articles in ../shared/data/news/*.zip,
 * against a bare `text.split(/\s+/)` over the same texts in the same process.
 *   (a) split(/\s+/) over every text;
 *   (b) the structure, sentences and tokens stages run over each text (the texts are already
 *       strings, so no decoding on either side), timed as a whole with no timer inside the loop;
 *       the per-stage breakdown comes from a separate pass that times every stage call;
 *   (c) the same three stages through analyzeText(), which also builds the document (script
 *       ratio, warnings): what `marsad analyze` pays.
 * Warm-up first, then ROUNDS interleaved rounds of each; the median round counts. Wall time and
 * CPU time of the process are both reported: on a shared machine the CPU-time ratio is steadier.
 */
// @ts-nocheck

import type { BenchReport } from './run.ts';
import { newsZipArticles } from '../src/util/news-corpus.ts';
import { peakRssMiB } from '../src/util/peak-memory.ts';
import { analyzeText } from '../src/pipeline/pipeline.ts';
import type { Stage, StageContext } from '../src/pipeline/stage.ts';
import { emptyDocument, type MarsadDocument } from '../src/doc/types.ts';
import { structureStage } from '../src/stages/structure.ts';
import { sentencesStage } from '../src/stages/sentences.ts';
import { tokensStage } from '../src/stages/tokens.ts';

const ROUNDS = 5;
const STAGES: Stage[] = [structureStage, sentencesStage, tokensStage];

function loadTexts(): string[] {
  const texts = [...newsZipArticles()].map((a) => a.content);
  if (!texts.length)
    throw new Error('no news ZIPs under ../shared/data/news (set MARSAD_SHARED to the shared folder)');
  return texts;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function bare(texts: string[]): number {
  let words = 0;
  for (const t of texts) words += t.split(/\s+/).length;
  return words;
}

/**
 * Runs the stages directly; returns the token count. With `perStage`, adds each stage's time to
 * it (the timer calls then cost a little inside the loop, so the total is timed without them).
 */
function stagesOnly(texts: string[], perStage: number[] | null): number {
  const ctx: StageContext = { options: { tokens: true } };
  let tokens = 0;
  for (const text of texts) {
    let doc: MarsadDocument = emptyDocument(text, { arabicRatio: 1 });
    for (let i = 0; i < STAGES.length; i++) {
      if (perStage) {
        const t0 = now();
        doc = { ...doc, ...STAGES[i]!.run(doc, ctx) };
        perStage[i]! += now() - t0;
      } else doc = { ...doc, ...STAGES[i]!.run(doc, ctx) };
    }
    tokens += doc.tokens?.length ?? 0;
  }
  return tokens;
}

function viaPipeline(texts: string[]): number {
  let tokens = 0;
  for (const t of texts) tokens += analyzeText({ text: t }, { tokens: true }, STAGES).tokens?.length ?? 0;
  return tokens;
}

/** Wall and CPU milliseconds of `f`. */
function timed<T>(f: () => T): { wall: number; cpu: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = now();
  const value = f();
  const wall = now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, value };
}

export async function run(): Promise<BenchReport> {
  const texts = loadTexts();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const mb = bytes / 1e6;

  // Warm-up: lets the JIT settle on every path before anything is timed.
  bare(texts);
  stagesOnly(texts, null);
  stagesOnly(
    texts,
    STAGES.map(() => 0),
  );
  viaPipeline(texts);

  const rounds = { a: [] as number[], b: [] as number[], c: [] as number[] };
  const cpu = { a: [] as number[], b: [] as number[], c: [] as number[] };
  const perStageRounds: number[][] = [];
  let words = 0;
  let tokens = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const a = timed(() => bare(texts));
    words = a.value;
    const b = timed(() => stagesOnly(texts, null));
    tokens = b.value;
    const c = timed(() => viaPipeline(texts));
    const per = STAGES.map(() => 0);
    stagesOnly(texts, per);
    perStageRounds.push(per);
    for (const [k, t] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      rounds[k].push(t.wall);
      cpu[k].push(t.cpu);
    }
  }
  const [aMs, bMs, cMs] = [median(rounds.a), median(rounds.b), median(rounds.c)];
  const [aCpu, bCpu, cCpu] = [median(cpu.a), median(cpu.b), median(cpu.c)];
  const perStage = STAGES.map((_, i) => median(perStageRounds.map((p) => p[i]!)));
  const aps = (ms: number): number => texts.length / (ms / 1000);
  const mbps = (ms: number): number => mb / (ms / 1000);
  const line = (label: string, ms: number): string =>
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${aps(ms).toFixed(0).padStart(6)} articles/s  ${mbps(ms).toFixed(2).padStart(6)} MB/s`;
  const peak = peakRssMiB();
  return {
    name: 'text layer + structure vs bare split',
    lines: [
      `${texts.length} articles, ${mb.toFixed(1)} MB UTF-8; median of ${ROUNDS} rounds after a warm-up`,
      line('(a) split(/\\s+/)', aMs) + `  (${words} pieces)`,
      line('(b) structure+sentences+tokens', bMs) + `  (${tokens} tokens)`,
      ...STAGES.map(
        (s, i) =>
          `      ${s.name.padEnd(10)} ${perStage[i]!.toFixed(0).padStart(6)} ms  (${(perStage[i]! / aMs).toFixed(2)}× the split; timed per call)`,
      ),
      line('(c) same via analyzeText()', cMs),
      `ratio b/a (throughput): ${(aMs / bMs).toFixed(3)}   ratio c/a: ${(aMs / cMs).toFixed(3)}   (goal ≥ 0.30)`,
      `by CPU time: split ${aCpu.toFixed(0)} ms, stages ${bCpu.toFixed(0)} ms, analyzeText ${cCpu.toFixed(0)} ms; ratio b/a ${(aCpu / bCpu).toFixed(3)}, c/a ${(aCpu / cCpu).toFixed(3)}`,
      `peak RSS: ${peak.toFixed(0)} MiB`,
    ],
    figures: {
      articles: texts.length,
      megabytes: Number(mb.toFixed(3)),
      splitMs: Number(aMs.toFixed(1)),
      stagesMs: Number(bMs.toFixed(1)),
      pipelineMs: Number(cMs.toFixed(1)),
      ...Object.fromEntries(STAGES.map((s, i) => [`${s.name}Ms`, Number(perStage[i]!.toFixed(1))])),
      splitArticlesPerSec: Number(aps(aMs).toFixed(1)),
      stagesArticlesPerSec: Number(aps(bMs).toFixed(1)),
      splitMBps: Number(mbps(aMs).toFixed(2)),
      stagesMBps: Number(mbps(bMs).toFixed(2)),
      ratio: Number((aMs / bMs).toFixed(4)),
      ratioPipeline: Number((aMs / cMs).toFixed(4)),
      ratioCpu: Number((aCpu / bCpu).toFixed(4)),
      ratioPipelineCpu: Number((aCpu / cCpu).toFixed(4)),
      peakRssMiB: Number(peak.toFixed(1)),
    },
  };
}
