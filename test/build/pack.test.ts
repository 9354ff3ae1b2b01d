/**
 * marsad as a package: `npm pack` the project, unpack the tarball into a scratch project's
 * node_modules/marsad (its dependencies linked to ours, tsx left out, nothing downloaded), then
 * type-check a TypeScript file that imports from 'marsad' with tsc, run it with node, and run the
 * packed CLI, ingest through a worker thread included. This proves the compiled code finds its data
 * (lexicons, the NER model) without src/, and that workers load compiled .js without tsx.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline/pipeline.ts';
import { openStore } from '../../src/store/open.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

// Fictional: a minister, a city, a date.
const SENTENCE = 'زار الوزير سامر القاسمي مدينة طرابلس يوم الخميس 12 مارس 2020 لافتتاح معرض الكتاب.';

const CONSUMER = `import { analyzeText, openStore, type MarsadDocument } from 'marsad';

const doc: MarsadDocument = analyzeText({ text: process.argv[2]! }, { date: '2020-01-01' });
// @ts-expect-error: the declarations are real types, not any: a document has no "persons".
void doc.persons;
const out: Record<string, unknown> = { doc };
if (process.argv[3]) {
  const store = await openStore(process.argv[3]);
  out.stats = await store.stats();
  await store.close();
}
process.stdout.write(JSON.stringify(out));
`;

/** The README's library example ("Use as a library"), as written there. */
function readmeExample(): string {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use as a library'));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README.md: no ts example under "Use as a library"');
  return m[1]!;
}

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}:\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** tsc over the scratch project (main.ts and example.ts together), run once for the tests that need it. */
let compiled = false;
function compileScratch(): void {
  if (compiled) return;
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  run(process.execPath, [tsc, '-p', 'tsconfig.json'], scratch);
  compiled = true;
}

let scratch = '';
let pkg = '';
let packed: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'marsad-pack-'));
  // The global setup has just built dist/; --ignore-scripts skips a second build by `prepare`.
  const r = run(
    'npm',
    ['pack', '--json', '--offline', '--ignore-scripts', '--pack-destination', scratch],
    PROJECT_ROOT,
  );
  const info = JSON.parse(r.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info[0]!.files.map((f) => f.path);
  pkg = path.join(scratch, 'node_modules', 'marsad');
  mkdirSync(pkg, { recursive: true });
  run('tar', ['-xzf', path.join(scratch, info[0]!.filename), '-C', pkg, '--strip-components=1'], scratch);
  // Dependencies: links to the project's own install, except tsx, which the product must not need.
  mkdirSync(path.join(pkg, 'node_modules'));
  for (const dep of readdirSync(path.join(PROJECT_ROOT, 'node_modules'))) {
    if (dep === 'tsx' || dep.startsWith('.')) continue;
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules', dep), path.join(pkg, 'node_modules', dep));
  }
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(path.join(scratch, 'main.ts'), CONSUMER);
  writeFileSync(path.join(scratch, 'example.ts'), readmeExample());
  writeFileSync(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        outDir: 'out',
        types: ['node'],
        typeRoots: [path.join(PROJECT_ROOT, 'node_modules', '@types')],
      },
      files: ['main.ts', 'example.ts'],
    }),
  );
}, 180_000); // npm pack compresses ~24 MB (model, lexicons): seconds quiet, a minute or more on a loaded machine

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package', { timeout: 300_000 }, () => {
  it('ships the compiled code, its declarations and data, and no sources', () => {
    for (const f of [
      'package.json',
      'bin/marsad.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/ingest/analyze-worker.js',
      'dist/analyze/ner/model/ner.bin.gz',
      'dist/lexicon/calendar.json',
      'dist/lexicon/entities/places.json',
      'dist/server/static/style.css',
    ]) {
      expect(packed, f).toContain(f);
    }
    expect(packed.some((f) => f.startsWith('samples/'))).toBe(true);
    expect(
      packed.filter(
        (f) => f.startsWith('src/') || f.startsWith('test/') || (f.endsWith('.ts') && !f.endsWith('.d.ts')),
      ),
    ).toEqual([]);
    expect(packed.filter((f) => f.endsWith('-shim.js'))).toEqual([]);
    expect(existsSync(path.join(pkg, 'node_modules', 'tsx'))).toBe(false);
  });

  it('type-checks a TypeScript import of marsad with tsc and runs it with node', () => {
    compileScratch();
    const r = run(process.execPath, [path.join('out', 'main.js'), SENTENCE], scratch);
    const { doc } = JSON.parse(r.stdout) as { doc: ReturnType<typeof analyzeText> };
    expect(doc.text).toBe(SENTENCE);
    const city = doc.entities.find((e) => e.name === 'طرابلس');
    expect(city?.type).toBe('LOC');
    expect(city?.mentions.map((m) => SENTENCE.slice(m.start, m.end))).toEqual(['طرابلس']);
    const date = doc.times.find((t) => t.value === '2020-03-12');
    expect(date?.type).toBe('DATE');
    expect(SENTENCE.slice(date!.start, date!.end)).toContain('12 مارس 2020');
    // The compiled package and the sources give the very same document.
    expect(doc).toEqual(JSON.parse(JSON.stringify(analyzeText({ text: SENTENCE }, { date: '2020-01-01' }))));
  });

  it("runs the README's createPipeline example from the scratch folder", () => {
    const example = readmeExample();
    expect(example).toContain("import { createPipeline } from 'marsad';");
    expect(example.trim().split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(5);
    compileScratch();
    const out = run(process.execPath, [path.join('out', 'example.js')], scratch).stdout.split('\n');
    // its fictional sentence: the city, with its English name, and the person the tagger finds
    expect(out).toContain('LOC طرابلس Tripoli');
    expect(out.some((l) => l.startsWith('PER سامر القاسمي '))).toBe(true);
    expect(out).toContain('DATE 2020-03-12 يوم الخميس 12 مارس 2020');
  });

  it('runs the packed CLI: analyze, and ingest through a worker thread without tsx', async () => {
    const bin = path.join(pkg, 'bin', 'marsad.js');
    const input = path.join(scratch, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.txt'), SENTENCE + '\n');
    const a = run(process.execPath, [bin, 'analyze', path.join(input, 'a.txt'), '--format', 'text'], scratch);
    expect(a.stdout).toMatch(/LOC\s+طرابلس/);
    // Every shipped model and table is found inside the package (none is read from src/).
    expect(a.stderr).not.toMatch(/missing|not found/i);
    const db = path.join(scratch, 'x.db');
    run(process.execPath, [bin, 'ingest', input, '--db', db, '--workers', '1', '--no-progress'], scratch);
    const r = run(process.execPath, [path.join('out', 'main.js'), SENTENCE, db], scratch);
    const { stats } = JSON.parse(r.stdout) as { stats: { articles: number; entities: number } };
    expect(stats.articles).toBe(1);
    expect(stats.entities).toBeGreaterThan(0);
    // The sources open the packed CLI's archive: both sides index with the same normaliser (the
    // store refuses an index built with another), and find the article by a word of it.
    const store = await openStore(db);
    try {
      const hits = await store.search({ q: 'معرض الكتاب' });
      expect(hits.hits.map((h) => h.type)).toEqual(['article']);
    } finally {
      await store.close();
    }
  });
});
