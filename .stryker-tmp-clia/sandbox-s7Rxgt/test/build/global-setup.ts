/**
 * Vitest global setup: several tests spawn `bin/marsad.js`, which runs the compiled code in dist/.
 * Rebuild it first whenever a source is newer than the last build, so no test ever runs a stale
 * dist (a no-op, a few milliseconds, when dist is current).
 */
// @ts-nocheck

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function setup(): void {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('building dist/ failed (see the tsc errors above); the tests need it');
}
