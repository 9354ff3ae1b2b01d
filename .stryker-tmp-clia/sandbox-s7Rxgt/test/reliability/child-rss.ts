/**
 * Run in a child process by the reliability tests, so that peak memory is measured for the work
 * alone: `expand <path>` reads every article under a path as ingest does (no analysis) and prints
 * a JSON summary; `cli <args…>` runs the marsad CLI. Both end by writing `MAXRSS=<bytes>` (the
 * process's peak resident set, from process.resourceUsage) on standard error.
 */
// @ts-nocheck

import { expandPath } from '../../src/extract/sources/index.ts';
import { main } from '../../src/cli/main.ts';

const [mode, ...args] = process.argv.slice(2);
let code = 0;
if (mode === 'expand') {
  const articles: Array<{ origin: string; chars: number }> = [];
  const errors: Array<{ origin: string; reason: string }> = [];
  for await (const a of expandPath(args[0]!, { onError: (origin, reason) => errors.push({ origin, reason }) })) {
    articles.push({ origin: a.origin, chars: a.text.length });
  }
  process.stdout.write(JSON.stringify({ articles, errors }) + '\n');
} else if (mode === 'cli') {
  code = await main(['node', 'marsad', ...args]);
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  code = 64;
}
process.stderr.write(`MAXRSS=${process.resourceUsage().maxRSS * 1024}\n`);
process.exitCode = code;
