/**
 * Start-up: CPU time (user + system) of fresh processes, as ratios to a bare `node -e 0` measured
 * in the same run, interleaved:
 *   (a) `node -e 0` (the baseline);
 *   (b) `node bin/marsad.js --help` (the compiled CLI; goal ≤ 2×);
 *   (c) `node bin/marsad.js analyze one-line.txt` (goal ≤ 5×);
 *   (d) the same analyze as an installed package runs it: bin/marsad.js beside dist/ alone, with
 *       no src/ or scripts/ (a source checkout also checks whether dist/ is older than src/, a
 *       walk over src/ that an installed package never makes);
 *   (e) and (f): (b) and (c) from the TypeScript sources through tsx, as bin/marsad.js ran before
 *       the compiled product (for comparison only; STARTUP_TSX=0 leaves them out);
 *   with STARTUP_BASELINE=<another checkout, built>, that checkout's analyze of the same line, and
 *   this analyze ÷ that one per round (median), for a before/after on a loaded machine.
 * A child's CPU time comes from the kernel (bash's `times`, i.e. getrusage of the waited-for
 * child), so it counts everything the process did, its exit included, and not the waiting of a
 * loaded machine. Each round runs every case once; the ratio that counts is the median over the
 * rounds of (case ÷ node -e 0 of the same round), so a burst of load on the machine moves one
 * round, not the figure. The ratio of the means is printed beside it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
    // the layout of an installed package: package.json, bin/ and dist/ (a link to this one), no src/
    // or scripts/
    const installed = path.join(dir, 'installed');
    mkdirSync(path.join(installed, 'bin'), { recursive: true });
    copyFileSync(bin, path.join(installed, 'bin', 'marsad.js'));
    copyFileSync(path.join(PROJECT_ROOT, 'package.json'), path.join(installed, 'package.json'));
    symlinkSync(path.join(PROJECT_ROOT, 'dist'), path.join(installed, 'dist'));
    const withTsx = process.env.STARTUP_TSX !== '0';
    const cases: Array<{ key: string; label: string; argv: string[] }> = [
      { key: 'node', label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
      { key: 'help', label: 'marsad --help', argv: [process.execPath, bin, '--help'] },
      { key: 'analyze', label: 'marsad analyze one line', argv: [process.execPath, bin, 'analyze', one] },
      {
        key: 'installedAnalyze',
        label: 'the same, as installed',
        argv: [process.execPath, path.join(installed, 'bin', 'marsad.js'), 'analyze', one],
      },
      // STARTUP_BASELINE=<another checkout, built>: its analyze in the same rounds, for a before/after
      ...(process.env.STARTUP_BASELINE
        ? [
            {
              key: 'baselineAnalyze',
              label: 'analyze, STARTUP_BASELINE',
              argv: [process.execPath, path.join(process.env.STARTUP_BASELINE, 'bin/marsad.js'), 'analyze', one],
            },
          ]
        : []),
      ...(withTsx
        ? [
            { key: 'tsxHelp', label: '--help via tsx (before)', argv: [process.execPath, oldBin, '--help'] },
            {
              key: 'tsxAnalyze',
              label: 'analyze via tsx (before)',
              argv: [process.execPath, oldBin, 'analyze', one],
            },
          ]
        : []),
    ];
    const t = new Map<string, number[]>(cases.map((c) => [c.key, []]));
    for (const c of cases) cpuSeconds(c.argv); // warm the file cache
    for (let i = 0; i < RUNS; i++) for (const c of cases) t.get(c.key)!.push(cpuSeconds(c.argv));

    const nodeRuns = t.get('node')!;
    const base = mean(nodeRuns);
    const figures: Record<string, number | string> = { runs: RUNS };
    const lines = [
      `CPU time (user + system) of a fresh process, ${RUNS} interleaved rounds (load ${loadavg()[0]!.toFixed(1)}):`,
      `${''.padEnd(26)}  mean ms  median of round ratios  (ratio of means)`,
    ];
    for (const c of cases) {
      const xs = t.get(c.key)!;
      const ratio = median(xs.map((x, i) => x / nodeRuns[i]!));
      figures[`${c.key}CpuMs`] = Math.round(mean(xs) * 1000);
      figures[`${c.key}CpuMsMedian`] = Math.round(median(xs) * 1000);
      figures[`${c.key}Ratio`] = Number(ratio.toFixed(2));
      figures[`${c.key}RatioOfMeans`] = Number((mean(xs) / base).toFixed(2));
      lines.push(
        `${c.label.padEnd(26)} ${(mean(xs) * 1000).toFixed(0).padStart(6)}   ${ratio.toFixed(2).padStart(6)}× node -e 0` +
          `          (${(mean(xs) / base).toFixed(2)}×)`,
      );
    }
    if (process.env.STARTUP_BASELINE) {
      const a = t.get('analyze')!;
      const b = t.get('baselineAnalyze')!;
      const r = median(a.map((x, i) => x / b[i]!));
      figures.analyzeVsBaseline = Number(r.toFixed(3));
      lines.push(`analyze ÷ the baseline's, median of round ratios: ${r.toFixed(3)}`);
    }
    lines.push(
      `goals: --help ≤ 2× (${figures.helpRatio}×), analyze of one line ≤ 5× (${figures.analyzeRatio}×; ` +
        `${figures.installedAnalyzeRatio}× as installed)`,
    );
    return { name: 'startup (CPU time ratios to node -e 0)', lines, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(PROJECT_ROOT, 'tmp', `startup-from-sources-${process.pid}.mjs`), { force: true });
  }
}
