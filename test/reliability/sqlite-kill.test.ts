/**
 * The embedded archive killed with SIGKILL twice in one ingest of a shared news zip, stories
 * included: once mid-run, once after the last batch committed but before the stories were
 * rebuilt (the moment that used to leave 0 stories for good, since every rerun found nothing new
 * to store and skipped the rebuild). The third run must end with every article once, an intact
 * store and index, and the stories a clean build gives.
 *
 * The analysis stages that stories do not need are skipped, and the zip is the first 600 records
 * of the shared one (its member files and records as they are, fewer of them): enough for a kill
 * with batches in flight and for stories, in a third of the time of the whole zip.
 */
import { expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { describeShared } from '../helpers/shared.ts';
import { PROJECT_ROOT, sharedPath } from '../../src/util/shared.ts';
import { hashesOf, zipRecords } from '../../scripts/crash-test.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { clusterStories } from '../../src/store/stories.ts';

const BIN = path.join(PROJECT_ROOT, 'bin/marsad.js');
const ZIP = ['data', 'news', '2015-08-10.zip'];
/** Records of the shared zip the test ingests (of 1,638). */
const RECORDS = 600;

/** The first `n` records of the shared zip, as a zip of the same member files, and what it must store. */
function smallZip(file: string, n: number): Set<string> {
  const records = zipRecords([sharedPath(...ZIP)]).slice(0, n);
  const members = new Map<string, unknown[]>();
  for (const { record, name } of records) members.set(name, [...(members.get(name) ?? []), record]);
  writeFileSync(file, zipSync(Object.fromEntries([...members].map(([name, rs]) => [name, strToU8(JSON.stringify(rs))]))));
  return hashesOf(records);
}

interface Run {
  child: ChildProcess;
  out: () => string;
  exit: Promise<number | null>;
}

function ingest(zip: string, db: string, env: Record<string, string> = {}): Run {
  const args = [BIN, 'ingest', zip, '--db', db, '--workers', '2', '--batch', '32', '--no-progress', '--skip', 'entities,times,quotes,events'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exit = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  return { child, out: () => out, exit };
}

function counts(db: string): { articles: number; stories: number } {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      const n = (t: string) => (d.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
      return { articles: n('articles'), stories: n('stories') };
    } finally {
      d.close();
    }
  } catch {
    return { articles: 0, stories: 0 }; // not created yet
  }
}

/** Polls until `when` holds, then SIGKILLs the run; fails if the run ends first. */
async function killWhen(run: Run, when: () => boolean): Promise<void> {
  for (;;) {
    if (run.child.exitCode !== null) throw new Error(`ingest ended before the kill (exit ${run.child.exitCode}):\n${run.out()}`);
    if (when()) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  run.child.kill('SIGKILL');
  await run.exit;
}

function integrity(db: string): string {
  const d = new Database(db, { readonly: true });
  try {
    return String(d.pragma('integrity_check', { simple: true }));
  } finally {
    d.close();
  }
}

describeShared('reliability: SQLite kill -9 loop, stories included', ZIP, () => {
  it(
    'a kill mid-run and a kill before the stories leave, after a rerun, every article once and the stories built',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'marsad-kill-'));
      const zip = path.join(dir, 'news.zip');
      const want = smallZip(zip, RECORDS);
      expect(want.size).toBeGreaterThan(RECORDS / 2);
      const db = path.join(dir, 'k.db');
      const runs: Run[] = [];
      try {
        // 1. Killed mid-run, with analysis and a batch in flight.
        const r1 = ingest(zip, db);
        runs.push(r1);
        await killWhen(r1, () => counts(db).articles >= want.size * 0.4);
        expect(counts(db).articles).toBeLessThan(want.size);
        expect(integrity(db)).toBe('ok');

        // 2. Killed after the last batch committed, before the stories: at the fault point, or
        //    (a marsad without it) as soon as every article is in and no story is.
        const r2 = ingest(zip, db, { MARSAD_FAULT_POINT: 'before-stories' });
        runs.push(r2);
        await killWhen(r2, () => /fault point before-stories reached/.test(r2.out()) || counts(db).articles === want.size);
        expect(counts(db)).toEqual({ articles: want.size, stories: 0 });
        expect(integrity(db)).toBe('ok');

        // 3. Runs to the end: nothing new to store, but the stories are stale, so they are built.
        const r3 = ingest(zip, db);
        runs.push(r3);
        expect(await r3.exit, r3.out()).toBe(0);
        expect(r3.out()).toMatch(/^ingested 0 of \d+ articles/m);

        const s = openSqlite(db);
        try {
          const hashes = (s.raw.prepare('SELECT hash FROM articles').all() as Array<{ hash: string }>).map((r) => r.hash);
          expect(hashes).toHaveLength(want.size);
          expect(new Set(hashes)).toEqual(new Set(want));
          const clean = clusterStories(await s.storyInputs()).length;
          const stored = (await s.listStories({ limit: 1 })).total;
          console.log(`sqlite kill loop: ${want.size} articles, ${stored} stories after the rerun (a clean build gives ${clean})`);
          expect(clean).toBeGreaterThan(0);
          expect(stored).toBe(clean);
          expect(r3.out()).toContain(`stories in the archive: ${clean}`);
          expect(await s.storiesStale()).toBe(false);
        } finally {
          await s.close();
        }
        const chk = spawnSync(process.execPath, [BIN, 'check', '--db', db], { encoding: 'utf8' });
        expect(chk.status, chk.stdout + chk.stderr).toBe(0);
      } finally {
        for (const r of runs) if (r.child.exitCode === null) r.child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    },
    400_000,
  );
});
