/**
 * Regenerates test/fixtures/html/<name>/expected.json from source.html with the current HTML
 * extractor, and prints the diff. Review it before committing: a change there is a change in
 * behaviour, and `npm test` fails while a file is missing or differs.
 *   npx tsx scripts/regen-html-fixtures.ts [name…]
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToInput } from '../src/extract/html/index.ts';
import { PROJECT_ROOT } from '../src/util/shared.ts';
import { isMain, writeGolden } from './regen-common.ts';

const HTML_FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'html');

/** What a fixture's expected.json holds: the pipeline input htmlToInput builds from source.html. */
function fixtureOutput(dir: string): unknown {
  const bytes = readFileSync(path.join(dir, 'source.html'));
  const optsFile = path.join(dir, 'options.json');
  const opts = existsSync(optsFile)
    ? (JSON.parse(readFileSync(optsFile, 'utf8')) as { url?: string; contentType?: string })
    : {};
  return JSON.parse(JSON.stringify(htmlToInput(bytes, opts))) as unknown;
}

if (isMain(import.meta.url)) {
  const wanted = process.argv.slice(2);
  const names = readdirSync(HTML_FIXTURES)
    .filter((n) => existsSync(path.join(HTML_FIXTURES, n, 'source.html')))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();
  for (const n of names)
    writeGolden(path.join(HTML_FIXTURES, n, 'expected.json'), fixtureOutput(path.join(HTML_FIXTURES, n)));
}
