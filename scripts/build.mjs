#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so `npm ci` builds): compiles src/ to dist/ with tsc
 * (tsconfig.build.json), then copies every data file of src/ (lexicon JSON, the NER model, the web
 * UI's static files) beside the compiled code, so code that reads data relative to its own file
 * finds it in both places.
 *
 * `--if-stale` builds only when a source is newer than the last build (the test suite's global
 * setup uses it, so tests that spawn bin/marsad.js never run an old dist). The build goes to a
 * scratch folder first and replaces dist/ only when complete: a failed build leaves no half dist.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled, without tsx.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const STAMP = '.build-stamp';
/** Inputs besides src/ whose change makes a new build. */
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];

/** Newest modification time (ms) of the inputs; folders count, so deleted and renamed files do too. */
function newestInput() {
  let newest = 0;
  const walk = (p) => {
    const s = statSync(p);
    newest = Math.max(newest, s.mtimeMs);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
  };
  walk(src);
  for (const f of INPUTS) if (existsSync(path.join(root, f))) walk(path.join(root, f));
  return newest;
}

function builtFrom() {
  try {
    return Number(JSON.parse(readFileSync(path.join(dist, STAMP), 'utf8')).newestInput);
  } catch {
    return -1;
  }
}

/** Files under src/ that are data, not code: copied as they are. Worker shims only serve tsx runs. */
const isAsset = (f) => !f.endsWith('.ts') && !f.endsWith('-shim.js');

export async function build() {
  // Taken before compiling, so an edit made while tsc runs makes the next check rebuild.
  const newest = newestInput();
  const tmp = path.join(root, 'tmp', `build-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(
    process.execPath,
    [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', tmp],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`tsc failed (exit ${r.status ?? r.signal}); dist/ was left as it was`);
  }
  cpSync(src, tmp, {
    recursive: true,
    filter: (from) => statSync(from).isDirectory() || isAsset(from),
  });
  await writeRawModel(tmp);
  await writeDerivedTables(tmp);
  await writePrebuiltText(tmp);
  writeFileSync(
    path.join(tmp, STAMP),
    JSON.stringify({ newestInput: newest, builtAt: new Date().toISOString() }) + '\n',
  );
  rmSync(dist, { recursive: true, force: true });
  renameSync(tmp, dist);
}

/** True when dist/ is missing or a source changed since it was built. */
export function isStale() {
  return builtFrom() < newestInput();
}

/** Builds when dist/ is missing or older than a source; returns whether it built. */
export async function buildIfStale() {
  if (!isStale()) return false;
  await build();
  return true;
}

/**
 * The tagger's raw file beside the copied artefact (src/analyze/ner/model-raw.ts): the compiled
 * product loads it without gunzip or unpacking. Made by the code just compiled, so its layout is
 * always the one that code reads.
 */
async function writeRawModel(out) {
  const dir = path.join(out, 'analyze', 'ner', 'model');
  const gz = path.join(dir, 'ner.bin.gz');
  if (!existsSync(gz)) return;
  const { encodeRawModel } = await import(pathToFileURL(path.join(out, 'analyze', 'ner', 'model-raw.js')).href);
  writeFileSync(path.join(dir, 'ner.raw'), encodeRawModel(readFileSync(gz)));
}

/**
 * The entity tables derived from the shipped lexicons (names index, knowledge base, romanisation
 * words), precomputed beside dist/'s lexicons (src/analyze/entities/derived.ts) by the code just
 * compiled, so that a start reads them instead of deriving them.
 */
async function writeDerivedTables(out) {
  const { writeDerived } = await import(pathToFileURL(path.join(out, 'analyze', 'entities', 'derived-build.js')).href);
  writeDerived(path.join(out, 'lexicon', 'entities'));
}

/**
 * The text layer's tables over every code unit (character classes, the normaliser's unit map, the
 * tokeniser's word table), computed by the code just compiled and written into its data module
 * (src/text/prebuilt.ts), so that loading the text layer does not compute them again.
 */
async function writePrebuiltText(out) {
  const { writePrebuiltModule } = await import(pathToFileURL(path.join(out, 'text', 'prebuilt-build.js')).href);
  writePrebuiltModule(path.join(out, 'text', 'prebuilt-data.js'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--if-stale')) await buildIfStale();
    else await build();
  } catch (e) {
    process.stderr.write(`build: ${e.message}\n`);
    process.exit(1);
  }
}
