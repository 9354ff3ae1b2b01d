/**
 * Crash test: ingest the shared news zips in a child process, kill -9 it part way, ingest again,
 * and check that every article is stored exactly once and the store is intact.
 *   npx tsx scripts/crash-test.ts [--full] [--keep]
 * By default the heavy analysis stages are skipped (--skip), so the run stays around two
 * minutes on two cores: the test is about the store's transactions, not the analysis.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { fromRecord } from '../src/extract/sources/index.ts';
import { contentHash } from '../src/store/terms.ts';
import { PROJECT_ROOT, sharedPath } from '../src/util/shared.ts';

export interface CrashReport {
  /** Records in the zips (some are empty or exact repeats). */
  records: number;
  /** Distinct valid articles: what the archive must hold. */
  expected: number;
  killedAfterSeconds: number;
  storedAtKill: number;
  integrityAfterKill: string;
  final: number;
  missing: number;
  duplicateHashes: number;
  integrity: string;
  ftsIntegrity: string;
  ftsRows: number;
  seconds: number;
}

export function newsZips(): string[] {
  const dir = sharedPath('data', 'news');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The JSON records of the zips, in archive order, with the name of the file each came from. */
export function zipRecords(zips: string[]): Array<{ record: unknown; name: string }> {
  const out: Array<{ record: unknown; name: string }> = [];
  for (const z of zips) {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(z)))) {
      if (!name.endsWith('.json')) continue;
      for (const record of JSON.parse(new TextDecoder().decode(bytes)) as unknown[]) out.push({ record, name });
    }
  }
  return out;
}

/** The content hashes an archive of these records must end up with: every valid record, once. */
export function hashesOf(records: Array<{ record: unknown; name: string }>): Set<string> & { records?: number } {
  const out: Set<string> & { records?: number } = new Set<string>();
  out.records = records.length;
  for (const { record, name } of records) {
    const a = fromRecord(record, name);
    if (typeof a !== 'string') out.add(contentHash(a.text));
  }
  return out;
}

/** The content hashes the archive must end up with: every valid record, once. */
export function expectedHashes(zips: string[]): Set<string> & { records?: number } {
  return hashesOf(zipRecords(zips));
}

function ingestChild(db: string, zips: string[], full: boolean) {
  const args = [path.join(PROJECT_ROOT, 'bin/marsad.js'), 'ingest', ...zips, '--db', db, '--workers', '2', '--batch', '32', '--no-progress'];
  if (!full) args.push('--skip', 'entities,times,quotes,events');
  return spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

export async function runCrashTest(opts: { full?: boolean; keep?: boolean; killAtFraction?: number } = {}): Promise<CrashReport> {
  const t0 = Date.now();
  const zips = newsZips();
  const expected = expectedHashes(zips);
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-crash-'));
  const db = path.join(dir, 'crash.db');
  try {
    // 1. Start, and kill -9 once a good part is stored (mid-batch, with workers busy).
    const child = ingestChild(db, zips, !!opts.full);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const target = Math.floor(expected.size * (opts.killAtFraction ?? 0.4));
    let stored = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 150));
      if (child.exitCode !== null) throw new Error(`ingest ended before the kill (exit ${child.exitCode}): ${stderr}`);
      stored = count(db);
      if (stored >= target) break;
    }
    const killedAfterSeconds = (Date.now() - t0) / 1000;
    child.kill('SIGKILL');
    await exited;
    const storedAtKill = count(db);
    const d1 = new Database(db);
    const integrityAfterKill = String(d1.pragma('integrity_check', { simple: true }));
    d1.close();

    // 2. Start again and let it finish.
    const again = ingestChild(db, zips, !!opts.full);
    let out = '';
    again.stdout.on('data', (d) => (out += String(d)));
    again.stderr.on('data', (d) => (out += String(d)));
    const code = await new Promise<number | null>((r) => again.on('exit', (c) => r(c)));
    if (code !== 0) throw new Error(`second ingest failed (exit ${code}): ${out}`);

    // 3. Exactly the expected articles, each once; the store and its index intact.
    const d = new Database(db);
    const hashes = (d.prepare('SELECT hash FROM articles').all() as Array<{ hash: string }>).map((r) => r.hash);
    const have = new Set(hashes);
    const missing = [...expected].filter((h) => !have.has(h)).length;
    const integrity = String(d.pragma('integrity_check', { simple: true }));
    let ftsIntegrity = 'ok';
    try {
      d.prepare("INSERT INTO fts_articles(fts_articles, rank) VALUES('integrity-check', 0)").run();
    } catch (e) {
      ftsIntegrity = (e as Error).message;
    }
    const ftsRows = (d.prepare('SELECT COUNT(*) AS n FROM fts_articles_docsize').get() as { n: number }).n;
    d.close();
    return {
      records: expected.records ?? 0,
      expected: expected.size,
      killedAfterSeconds,
      storedAtKill,
      integrityAfterKill,
      final: hashes.length,
      missing,
      duplicateHashes: hashes.length - have.size,
      integrity,
      ftsIntegrity,
      ftsRows,
      seconds: (Date.now() - t0) / 1000,
    };
  } finally {
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runCrashTest({ full: process.argv.includes('--full'), keep: process.argv.includes('--keep') });
  console.log(JSON.stringify(r, null, 2));
  const ok = r.final === r.expected && r.missing === 0 && r.integrity === 'ok' && r.ftsIntegrity === 'ok' && r.ftsRows === r.expected;
  process.exitCode = ok ? 0 : 1;
}
