/**
 * The analysis worker's heap setting (src/ingest/analysis-heap.ts) against V8's default: two worker
 * threads in this process, one started with ANALYSIS_WORKER_LIMITS and one without, each running
 * the compiled pipeline (dist/, built first when stale) over the same news articles in turn,
 * default, limited, limited, default (ABBA) twice, one worker busy at a time, by process CPU time
 * (the garbage collector's helper threads included). Above 1: the limited worker is faster.
 * Knob: MARSAD_BENCH_HEAP_N (articles, default 400).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { hasShared } from '../src/util/shared.ts';
import type { BenchReport } from './run.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.MARSAD_BENCH_HEAP_N ?? 400);

// The worker: loads the compiled pipeline and the bench articles, then analyses them all at each message.
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
const { newsBenchTexts } = await import(workerData.dist + '/util/news-corpus.js');
const { analyzeText } = await import(workerData.dist + '/pipeline/pipeline.js');
const texts = newsBenchTexts(workerData.n);
parentPort.on('message', () => {
  for (const text of texts) analyzeText({ text }, { date: '2015-08-10' });
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');`;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function run(): Promise<BenchReport> {
  if (!hasShared('data', 'news', '2015-08-10.zip')) {
    return { name: 'worker heap', lines: ['skipped: ../shared/data/news/2015-08-10.zip is missing'], figures: {} };
  }
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building dist/ failed');
  const dist = pathToFileURL(path.join(ROOT, 'dist')).href;
  const { ANALYSIS_WORKER_LIMITS } = (await import(`${dist}/ingest/analysis-heap.js`)) as typeof import('../src/ingest/analysis-heap.ts');
  const start = (limits: ResourceLimits | undefined) =>
    new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER)}`), {
      workerData: { dist, n: N },
      ...(limits ? { resourceLimits: limits } : {}),
    });
  const workers = [start(undefined), start(ANALYSIS_WORKER_LIMITS)];
  const reply = (w: Worker) => new Promise((ok, fail) => w.once('message', ok).once('error', fail));
  try {
    await Promise.all(workers.map(reply));
    const pass = async (w: Worker): Promise<number> => {
      const t0 = cpuMs();
      w.postMessage(0);
      await reply(w);
      return cpuMs() - t0;
    };
    for (const w of workers) await pass(w); // warm: lexicons, models, JIT
    const spent = [0, 0];
    for (const k of [0, 1, 1, 0, 0, 1, 1, 0]) spent[k]! += await pass(workers[k]!);
    const [def, lim] = spent as [number, number];
    const ratio = Number((def / lim).toFixed(3));
    return {
      name: 'worker heap',
      lines: [
        `${N} articles a pass, four passes each (ABBA), CPU time of the process`,
        `default heap ${(def / 4).toFixed(0)} ms a pass; ${JSON.stringify(ANALYSIS_WORKER_LIMITS)} ${(lim / 4).toFixed(0)} ms a pass: ${ratio.toFixed(3)}x the default's speed`,
      ],
      figures: { articles: N, defaultMsPerPass: Math.round(def / 4), limitedMsPerPass: Math.round(lim / 4), speedVsDefault: ratio },
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
