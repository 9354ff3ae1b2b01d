/**
 * Regenerates test/fixtures/html/<name>/expected.json from source.html with the current HTML
 * extractor. Review the diff before committing: a change there is a change in behaviour.
 *   npx tsx scripts/regen-html-fixtures.ts [name…]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToInput } from '../src/extract/html/index.ts';
import { PROJECT_ROOT } from '../src/util/shared.ts';

export const HTML_FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'html');

/** What a fixture's expected.json holds: the pipeline input htmlToInput builds from source.html. */
export function fixtureOutput(dir: string): unknown {
  const bytes = readFileSync(path.join(dir, 'source.html'));
  const optsFile = path.join(dir, 'options.json');
  const opts = existsSync(optsFile) ? (JSON.parse(readFileSync(optsFile, 'utf8')) as { url?: string; contentType?: string }) : {};
  return htmlToInput(bytes, opts);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const wanted = process.argv.slice(2);
  const names = readdirSync(HTML_FIXTURES)
    .filter((n) => existsSync(path.join(HTML_FIXTURES, n, 'source.html')))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();
  for (const n of names) {
    const out = fixtureOutput(path.join(HTML_FIXTURES, n));
    writeFileSync(path.join(HTML_FIXTURES, n, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
    console.log(`wrote ${path.join('test/fixtures/html', n, 'expected.json')}`);
  }
}
