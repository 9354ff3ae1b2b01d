/**
 * Start-up: CPU time (user + system) of fresh processes, as ratios to a bare `node -e 0` measured
 * in the same run, interleaved:
 *   (a) `node -e 0` (the baseline);
 *   (b) `node bin/marsad.js --help` (the compiled CLI; goal ≤ 2×);
 *   (c) `node bin/marsad.js analyze one-line.txt` (goal ≤ 5×);
 *   (d) and (e): the same two from the TypeScript sources through tsx, as bin/marsad.js ran before
 *       the compiled product (for comparison only).
 * A child's CPU time comes from the kernel (bash's `times`, i.e. getrusage of the waited-for
 * child), so it counts everything the process did, its exit included, and not the waiting of a
 * loaded machine. The mean over RUNS runs counts; the median is written to the figures too.
 */
// @ts-nocheck

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchReport } from './run.ts';
import { PROJECT_ROOT } from '../src/util/shared.ts';

const RUNS = Number(process.env.STARTUP_RUNS ?? 7);

// Fictional one-line article.
const LINE = 'زار الوزير سامر القاسمي مدينة طرابلس يوم الخميس 12 مارس 2020 لافتتاح معرض الكتاب.';

/** What bin/marsad.js did before the compiled product: tsx's loader, then the sources. */
const FROM_SOURCES = `import { register } from 'tsx/esm/api';
register();
const { main } = await import(${JSON.stringify(path.join(PROJECT_ROOT, 'src/cli/main.ts'))});
process.exitCode = await main(process.argv);
`;

/** CPU seconds (user + system) of one run of `argv`, from bash's `times` (the children's line). */
function cpuSeconds(argv: string[]): number {
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; s=$?; times; exit $s', 'startup', ...argv], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const children = r.stdout.trim().split('\n').at(-1)!;
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (secs.length !== 2) throw new Error(`cannot read bash's times output: ${r.stdout}`);
  return secs[0]! + secs[1]!;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<BenchReport> {
  // The compiled CLI is what is measured: build it first when a source is newer.
  const b = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs'), '--if-stale'], {
    stdio: 'inherit',
  });
  if (b.status !== 0) throw new Error('npm run build failed');

  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-startup-'));
  try {
    const one = path.join(dir, 'one-line.txt');
    writeFileSync(one, LINE + '\n');
    // Inside the project (tmp/ is ignored), so `tsx` resolves from its node_modules.
    const oldBin = path.join(PROJECT_ROOT, 'tmp', `startup-from-sources-${process.pid}.mjs`);
    mkdirSync(path.dirname(oldBin), { recursive: true });
    writeFileSync(oldBin, FROM_SOURCES);
    const bin = path.join(PROJECT_ROOT, 'bin/marsad.js');
    const cases: Array<{ key: string; label: string; argv: string[] }> = [
      { key: 'node', label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
      { key: 'help', label: 'marsad --help', argv: [process.execPath, bin, '--help'] },
      { key: 'analyze', label: 'marsad analyze one line', argv: [process.execPath, bin, 'analyze', one] },
      { key: 'tsxHelp', label: '--help via tsx (before)', argv: [process.execPath, oldBin, '--help'] },
      {
        key: 'tsxAnalyze',
        label: 'analyze via tsx (before)',
        argv: [process.execPath, oldBin, 'analyze', one],
      },
    ];
    const t = new Map<string, number[]>(cases.map((c) => [c.key, []]));
    for (const c of cases) cpuSeconds(c.argv); // warm the file cache
    for (let i = 0; i < RUNS; i++) for (const c of cases) t.get(c.key)!.push(cpuSeconds(c.argv));

    const base = mean(t.get('node')!);
    const figures: Record<string, number | string> = { runs: RUNS };
    const lines = [`CPU time (user + system) of a fresh process, mean of ${RUNS} interleaved runs:`];
    for (const c of cases) {
      const xs = t.get(c.key)!;
      const ratio = mean(xs) / base;
      figures[`${c.key}CpuMs`] = Math.round(mean(xs) * 1000);
      figures[`${c.key}CpuMsMedian`] = Math.round(median(xs) * 1000);
      figures[`${c.key}Ratio`] = Number(ratio.toFixed(2));
      lines.push(
        `${c.label.padEnd(26)} ${(mean(xs) * 1000).toFixed(0).padStart(5)} ms CPU  ${ratio.toFixed(2)}× node -e 0`,
      );
    }
    lines.push(
      `goals: --help ≤ 2× (${figures.helpRatio}×), analyze of one line ≤ 5× (${figures.analyzeRatio}×)`,
    );
    return { name: 'startup (CPU time ratios to node -e 0)', lines, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(PROJECT_ROOT, 'tmp', `startup-from-sources-${process.pid}.mjs`), { force: true });
  }
}
