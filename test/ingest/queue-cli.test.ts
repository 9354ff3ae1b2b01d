/**
 * The queue's reporting: `ingest --queue` counts distinct jobs, a worker that leaves failed jobs
 * says so and exits 1, `marsad queue status` shows the counts and why jobs failed, and
 * `marsad queue retry` runs them again. The archive is made to refuse writes (a trigger) so the
 * jobs fail for a known reason, then to accept them.
 * Needs MARSAD_TEST_PG (scripts/pg-test-server.sh); under CI=true its absence is a failure.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { isCI } from '../helpers/shared.ts';

const PG = process.env.MARSAD_TEST_PG;
const BIN = path.join(PROJECT_ROOT, 'bin/marsad.js');

// Fictional articles.
const ARTICLES = [
  { title: 'افتتاح جسر جديد في مدينة الواحة', content: 'افتتحت بلدية الواحة اليوم جسرا جديدا يربط الحي الشمالي بالسوق القديم، وقال رئيس البلدية إن الجسر يختصر الطريق نصف ساعة.' },
  { title: 'مكتبة الواحة تمدد ساعات العمل', content: 'أعلنت مكتبة الواحة العامة تمديد ساعات العمل حتى منتصف الليل خلال فترة الامتحانات، استجابة لطلبات الطلاب.' },
  { title: 'سوق الواحة يستقبل موسم التمور', content: 'بدأ سوق الواحة المركزي استقبال أول شحنات التمور لهذا الموسم، وتوقع التجار وفرة في المعروض وانخفاضا في الأسعار.' },
];

function marsad(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

async function sql(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

const suite = PG ? describe : isCI() ? describe : describe.skip;
if (!PG && process.env.CI !== 'true') console.warn('[skip] queue CLI: set MARSAD_TEST_PG=postgres://… (scripts/pg-test-server.sh)');

suite('queue reporting: distinct jobs, failed jobs, status and retry', () => {
  it(
    'reports failed jobs with their reason, exits 1, and runs them again on retry',
    async () => {
      if (!PG) throw new Error('MARSAD_TEST_PG is not set; CI must run the queue CLI test (scripts/pg-test-server.sh start)');
      const name = `marsad_qcli_${process.pid}`;
      await sql(PG, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql(PG, `CREATE DATABASE ${name}`);
      const u = new URL(PG);
      u.pathname = `/${name}`;
      const url = u.toString();
      const dir = mkdtempSync(path.join(tmpdir(), 'marsad-qcli-'));
      try {
        // The second file repeats the first article: 4 inputs, 3 distinct jobs.
        writeFileSync(path.join(dir, 'a.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
        writeFileSync(path.join(dir, 'b.jsonl'), JSON.stringify(ARTICLES[0]));
        const q = marsad('ingest', '--queue', url, '--attempts', '1', path.join(dir, 'a.jsonl'), path.join(dir, 'b.jsonl'));
        expect(q.code, q.out).toBe(0);
        expect(q.out).toMatch(/^queued 3 articles on marsad-ingest \(1 repeated inputs not queued again, 0 unreadable\)/);

        // An archive that refuses every article.
        const open = marsad('check', '--db', url);
        expect(open.code, open.out).toBe(0);
        await sql(
          url,
          `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'archive refuses writes (test)'; END $$;
           CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse();`,
        );
        const w1 = marsad('worker', '--queue', url, '--db', url, '--exit-when-idle', '1');
        expect(w1.code, w1.out).toBe(1);
        expect(w1.out).toMatch(/worker done: stored 0, already present 0, failed 3/);
        expect(w1.out).toMatch(/failed .*archive refuses writes \(test\)/);
        expect(w1.out).toMatch(/the queue holds 3 failed job\(s\)/);

        const st = marsad('queue', 'status', '--queue', url);
        expect(st.code, st.out).toBe(1);
        expect(st.out).toMatch(/^waiting +0$/m);
        expect(st.out).toMatch(/^failed +3$/m);
        expect(st.out).toMatch(/^failed ×3: .*archive refuses writes \(test\)$/m);
        expect(st.out).toMatch(/e\.g\. .*a\.jsonl:1/);

        // Fixed: the failed jobs run again and are stored.
        await sql(url, 'DROP TRIGGER refuse ON articles');
        const rt = marsad('queue', 'retry', '--queue', url);
        expect(rt.code, rt.out).toBe(0);
        expect(rt.out).toMatch(/^3 failed job\(s\) back in the queue/);
        const w2 = marsad('worker', '--queue', url, '--db', url, '--exit-when-idle', '1');
        expect(w2.code, w2.out).toBe(0);
        expect(w2.out).toMatch(/worker done: stored 3, already present 0, failed 0/);

        const st2 = marsad('queue', 'status', '--queue', url, '--json');
        expect(st2.code, st2.out).toBe(0);
        expect(JSON.parse(st2.out)).toMatchObject({ waiting: 0, active: 0, failed: 0, completed: 3, reasons: [] });
        expect(marsad('queue', 'retry', '--queue', url).out).toMatch(/^no failed jobs/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await sql(PG, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      }
    },
    300_000,
  );
});
