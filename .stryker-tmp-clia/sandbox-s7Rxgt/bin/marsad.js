#!/usr/bin/env node
// @ts-nocheck
// Runs the compiled CLI in dist/ (built by `npm run build`, and by `npm ci` through `prepare`).
// Plain Node, no TypeScript loader: start-up is part of the product.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'marsad: the compiled code is missing (dist/cli/main.js); run `npm run build` in the marsad folder\n',
  );
  process.exit(1);
}
// In a source checkout (not in the installed package), say so when dist/ is older than src/:
// edits to src/ reach this command only through `npm run build`.
const build = new URL('../scripts/build.mjs', import.meta.url);
if (existsSync(build) && existsSync(new URL('../src/', import.meta.url))) {
  const { isStale } = await import(build.href);
  if (isStale()) {
    process.stderr.write('marsad: warning: src/ changed since dist/ was built; run `npm run build`\n');
  }
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
