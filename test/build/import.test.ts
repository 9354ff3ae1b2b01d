/**
 * Importing the library reads no data and no environment: `import('marsad')` (the compiled
 * dist/index.js) in a child process whose fs and process.env are spied on before the import.
 * Node's own module loader (which reads the modules of the import graph) is told apart by its
 * stack; any other read (a lexicon, the model, a table) or a MARSAD_* variable read at import time
 * fails. createPipeline then reads the data (the spy sees it), and analyses with it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

const PROBE = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const reads = [];
const loader = (stack) => /node:internal\\/modules\\//.test(stack);
const spy = (obj, name, label) => {
  const orig = obj[name];
  obj[name] = function (...args) {
    const stack = new Error().stack ?? '';
    if (!loader(stack)) reads.push(label + ' ' + String(args[0]));
    return orig.apply(this, args);
  };
};
for (const n of ['readFileSync', 'readFile', 'openSync', 'open', 'existsSync', 'statSync', 'readdirSync', 'createReadStream'])
  spy(fs, n, n);
for (const n of ['readFile', 'open', 'readdir']) spy(fs.promises, n, 'promises.' + n);
syncBuiltinESMExports();
const env = [];
process.env = new Proxy(process.env, {
  get(t, k) {
    if (typeof k === 'string' && k.startsWith('MARSAD_')) env.push(k);
    return t[k];
  },
});
const lib = await import(process.argv[2]);
const atImport = { reads: [...reads], env: [...env] };
const pipeline = lib.createPipeline();
const afterCreate = reads.length - atImport.reads.length;
const doc = pipeline.analyze({ text: 'زار الوزير سامر القاسمي مدينة طرابلس.' });
process.stdout.write(JSON.stringify({ atImport, afterCreate, afterAnalyze: reads.length - atImport.reads.length - afterCreate,
  places: doc.entities.filter((e) => e.type === 'LOC').map((e) => e.name) }));
`;

const dir = mkdtempSync(path.join(tmpdir(), 'marsad-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importing the library', () => {
  it('reads no file and no MARSAD_* variable; createPipeline reads the data once, analyze nothing', () => {
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(probe, PROBE);
    const entry = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'index.js')).href;
    const r = spawnSync(process.execPath, [probe, entry], {
      encoding: 'utf8',
      env: { ...process.env, MARSAD_LEXICON_DIR: '', MARSAD_TRANSLIT_MODEL: '' },
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      atImport: { reads: string[]; env: string[] };
      afterCreate: number;
      afterAnalyze: number;
      places: string[];
    };
    expect(out.atImport).toEqual({ reads: [], env: [] });
    // the spy does see the data being read: by createPipeline, up front, and by nothing after
    expect(out.afterCreate).toBeGreaterThan(3);
    expect(out.afterAnalyze).toBe(0);
    expect(out.places).toEqual(['طرابلس']);
  });
});
