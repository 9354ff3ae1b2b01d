#!/usr/bin/env node
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
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
