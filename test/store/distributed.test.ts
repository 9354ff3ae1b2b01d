/**
 * Distributed ingest on loopback: one PostgreSQL (archive + BullMQ queue), two worker processes,
 * one killed with SIGKILL mid-run; every article must end up in the archive exactly once.
 * Needs MARSAD_TEST_PG (see scripts/pg-test-server.sh); under CI=true its absence is a failure.
 */
import { describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { contentHash } from '../../src/store/terms.ts';
import { isCI } from '../helpers/shared.ts';

const PG = process.env.MARSAD_TEST_PG;
const BIN = path.join(PROJECT_ROOT, 'bin/marsad.js');

// Fictional articles, generated so each text is distinct.
const CITIES = ['الرياض', 'جدة', 'الدمام', 'أبها', 'تبوك', 'حائل', 'نجران', 'جازان'];
const TOPICS = ['افتتاح مستشفى', 'مهرجان ثقافي', 'معرض للكتاب', 'سباق للدراجات', 'حملة تشجير', 'مؤتمر طبي', 'بطولة شطرنج', 'ورشة برمجة'];
function articles(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const city = CITIES[i % CITIES.length]!;
    const topic = TOPICS[Math.floor(i / CITIES.length) % TOPICS.length]!;
    return {
      title: `${topic} في ${city} رقم ${i + 1}`,
      content: `شهدت مدينة ${city} اليوم ${topic} بمشاركة واسعة من الأهالي. وقال المنظمون إن الدورة رقم ${i + 1} حققت نجاحا كبيرا، وإن الاستعدادات بدأت للدورة المقبلة في العام القادم.`,
      source: 'test-wire',
      date: `2021-03-${String((i % 28) + 1).padStart(2, '0')}`,
    };
  });
}

async function withDb(url: string, name: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(sql.replace('$NAME', name));
  await c.end();
}

function worker(url: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'worker', '--queue', url, '--db', url, '--lock', '3', '--exit-when-idle', '4'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const suite = PG ? describe : isCI() ? describe : describe.skip;
if (!PG && process.env.CI !== 'true') console.warn('[skip] distributed ingest: set MARSAD_TEST_PG=postgres://… (scripts/pg-test-server.sh)');

suite('distributed ingest (PostgreSQL + BullMQ, two workers, one killed)', () => {
  it(
    'stores every article exactly once',
    async () => {
      if (!PG) throw new Error('MARSAD_TEST_PG is not set; CI must run the distributed test (scripts/pg-test-server.sh start)');
      const name = `marsad_dist_${process.pid}`;
      await withDb(PG, name, 'DROP DATABASE IF EXISTS $NAME WITH (FORCE)');
      await withDb(PG, name, 'CREATE DATABASE $NAME');
      const u = new URL(PG);
      u.pathname = `/${name}`;
      const url = u.toString();
      const dir = mkdtempSync(path.join(tmpdir(), 'marsad-dist-'));
      const arts = articles(64);
      writeFileSync(path.join(dir, 'a.jsonl'), arts.map((a) => JSON.stringify(a)).join('\n'));
      const children: ChildProcess[] = [];
      try {
        // Enqueue twice: the same articles are one job each (job id = content hash).
        for (let i = 0; i < 2; i++) {
          const out = execFileSync(process.execPath, [BIN, 'ingest', '--queue', url, path.join(dir, 'a.jsonl')], { encoding: 'utf8' });
          expect(out).toMatch(/^queued 64 articles/);
        }
        const a = worker(url);
        const b = worker(url);
        children.push(a, b);
        const bDone = new Promise<number | null>((r) => b.on('exit', (c) => r(c)));
        let bOut = '';
        b.stdout!.on('data', (d) => (bOut += String(d)));
        b.stderr!.on('data', (d) => (bOut += String(d)));

        // Kill worker A once the archive has started filling up (it is mid-job with high odds).
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        const count = async () => {
          try {
            return Number((await c.query('SELECT COUNT(*) AS n FROM articles')).rows[0].n);
          } catch {
            return 0;
          }
        };
        const deadline = Date.now() + 240_000;
        while ((await count()) < 8) {
          if (Date.now() > deadline) throw new Error('workers stored nothing');
          await new Promise((r) => setTimeout(r, 100));
        }
        a.kill('SIGKILL');
        const atKill = await count();
        expect(atKill).toBeLessThan(64);

        expect(await bDone).toBe(0);
        expect(bOut).toMatch(/worker done: stored \d+/);
        const rows = (await c.query('SELECT hash FROM articles')).rows as Array<{ hash: string }>;
        await c.end();
        const want = new Set(arts.map((x) => contentHash(`${x.title}\n\n${x.content}`)));
        expect(rows).toHaveLength(64);
        expect(new Set(rows.map((r) => r.hash))).toEqual(want);
      } finally {
        for (const ch of children) if (ch.exitCode === null) ch.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
        await withDb(PG, name, 'DROP DATABASE IF EXISTS $NAME WITH (FORCE)').catch(() => undefined);
      }
    },
    300_000,
  );
});
