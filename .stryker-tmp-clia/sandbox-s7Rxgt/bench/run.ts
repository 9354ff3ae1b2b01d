/**
 * `npm run bench [-- name…]`: runs every `bench/*.bench.ts` (or the named ones) and prints their
 * reports. Each benchmark measures against a baseline in the same process and reports ratios,
 * so figures stay comparable across machines. Results are also written to bench/out/.
 */
// @ts-nocheck

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchReport {
  name: string;
  /** Human-readable lines (figures with units and the ratios). */
  lines: string[];
  /** Machine-readable figures. */
  figures: Record<string, number | string>;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, '')))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}; have: ${readdirSync(dir).join(', ')}`);
  process.exit(2);
}
mkdirSync(path.join(dir, 'out'), { recursive: true });
for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { run: () => Promise<BenchReport> };
  const report = await mod.run();
  console.log(`\n## ${report.name}`);
  for (const l of report.lines) console.log(`  ${l}`);
  writeFileSync(path.join(dir, 'out', f.replace(/\.ts$/, '.json')), JSON.stringify(report, null, 2));
}
