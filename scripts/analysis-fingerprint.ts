/**
 * Output fingerprint of the whole analysis, as the product runs it: the compiled `marsad analyze`
 * over the news sample (../shared/data/news/saudinewsnet-sample.jsonl, one article a line) in JSON
 * lines, hashed. Prints the number of documents and of error lines, and the SHA-256 of all lines
 * (nothing of the text is printed or stored), so a start-up or refactoring change can be checked
 * to leave every analysed document alone.
 *   npx tsx scripts/analysis-fingerprint.ts [--jobs N] [--per-field]
 * `--per-field` also prints one hash per document field (article, entities, quotes, times, events).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT, sharedPath } from '../src/util/shared.ts';

const args = process.argv.slice(2);
const jobs = args.includes('--jobs') ? args[args.indexOf('--jobs') + 1]! : '1';
const sample = sharedPath('data', 'news', 'saudinewsnet-sample.jsonl');
const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('npm run build failed');
// Run beside the sample and name it by its file name: origins (`saudinewsnet-sample.jsonl:LINE`)
// then do not depend on where the checkout or the reference data sit.
const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/marsad.js'), 'analyze', path.basename(sample), '--jobs', jobs], {
  cwd: path.dirname(sample),
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
});
if (r.status !== 0 && r.status !== 3) throw new Error(`marsad analyze exited ${r.status}: ${r.stderr}`);
const lines = r.stdout.split('\n').filter((l) => l);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const errors = lines.filter((l) => l.startsWith('{"origin"')).length;
console.log(`documents ${lines.length - errors}, error lines ${errors}`);
console.log(`all      ${sha(lines.join('\n'))}`);
if (args.includes('--per-field')) {
  const docs = lines.filter((l) => !l.startsWith('{"origin"')).map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const k of ['article', 'sentences', 'entities', 'quotes', 'times', 'events', 'meta'])
    console.log(`${k.padEnd(9)}${sha(JSON.stringify(docs.map((d) => d[k])))}`);
}
