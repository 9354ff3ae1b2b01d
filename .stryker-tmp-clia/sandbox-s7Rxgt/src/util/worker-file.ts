// @ts-nocheck
import { fileURLToPath } from 'node:url';

/**
 * The file a worker thread (piscina) should load for the worker module `name` that sits beside the
 * module at `from` (its `import.meta.url`). Compiled (dist/), that is the worker's own `.js`: plain
 * Node, no TypeScript loader. Run from the sources (tests, tsx), a worker thread cannot import
 * TypeScript by itself, so it loads `shim`, a small .js file that registers tsx first.
 */
export function workerFile(from: string, name: string, shim: string): string {
  const compiled = !from.endsWith('.ts');
  return fileURLToPath(new URL(compiled ? `./${name}.js` : `./${shim}`, from));
}
