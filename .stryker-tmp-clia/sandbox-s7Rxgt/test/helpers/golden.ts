// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

/**
 * Reads a committed golden file. A missing file is a failure with the command that makes it:
 * tests never write goldens (a golden written by the code it checks checks nothing).
 */
export function readGolden<T = unknown>(file: string, regen: string): T {
  if (!existsSync(file)) {
    throw new Error(
      `${path.relative(PROJECT_ROOT, file)} is missing: run \`${regen}\`, review the file by hand and commit it`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Reads a golden folder's hand-written facts.json (required: every golden folder carries one). */
export function readFacts<T>(dir: string): T {
  const file = path.join(dir, 'facts.json');
  if (!existsSync(file)) {
    throw new Error(
      `${path.relative(PROJECT_ROOT, file)} is missing: write a few facts a reader of the input knows, by hand`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
