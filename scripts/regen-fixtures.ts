/**
 * Regenerates test/fixtures/structure/<name>/expected.json from input.txt with the current
 * plain-text structure extractor. Review the diff before committing: the fixtures are the spec.
 *   npx tsx scripts/regen-fixtures.ts [name…]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/util/shared.ts';
import { decodeBytes } from '../src/extract/input.ts';
import { extractPlainText } from '../src/extract/plaintext.ts';

export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/structure');

/** What a fixture's expected.json holds: the article structure (title.txt, when present, is the container title). */
export function fixtureOutput(dir: string): unknown {
  const { text } = decodeBytes(readFileSync(path.join(dir, 'input.txt')));
  const titleFile = path.join(dir, 'title.txt');
  const title = existsSync(titleFile) ? readFileSync(titleFile, 'utf8').trim() : null;
  return { article: extractPlainText(text, { title }) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const wanted = process.argv.slice(2);
  for (const name of readdirSync(FIXTURES).sort()) {
    if (wanted.length && !wanted.includes(name)) continue;
    const dir = path.join(FIXTURES, name);
    writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(fixtureOutput(dir), null, 1) + '\n');
    console.log(`wrote ${path.relative(PROJECT_ROOT, dir)}/expected.json`);
  }
}
