/**
 * Regenerates test/fixtures/structure/<name>/expected.json from input.txt with the current
 * plain-text structure extractor, and prints the diff. Review it before committing: the
 * fixtures are the spec, and `npm test` fails while a file is missing or differs.
 *   npx tsx scripts/regen-fixtures.ts [name…]
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/util/shared.ts';
import { decodeBytes } from '../src/extract/input.ts';
import { extractPlainText } from '../src/extract/plaintext.ts';
import { isMain, writeGolden } from './regen-common.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/structure');

/** What a fixture's expected.json holds: the article structure (title.txt, when present, is the container title). */
function fixtureOutput(dir: string): unknown {
  const { text } = decodeBytes(readFileSync(path.join(dir, 'input.txt')));
  const titleFile = path.join(dir, 'title.txt');
  const title = existsSync(titleFile) ? readFileSync(titleFile, 'utf8').trim() : null;
  return { article: extractPlainText(text, { title }) };
}

if (isMain(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const name of readdirSync(FIXTURES).sort()) {
    if (wanted.length && !wanted.includes(name)) continue;
    const dir = path.join(FIXTURES, name);
    writeGolden(path.join(dir, 'expected.json'), fixtureOutput(dir));
  }
}
