// @ts-nocheck
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openSqlite } from '../../src/store/sqlite.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { Progress } from '../../src/ingest/progress.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

// Fictional articles written for this test.
const ARTS = [
  { title: 'البلدية تفتتح حديقة', content: 'افتتحت البلدية اليوم حديقة عامة جديدة في وسط المدينة بحضور السكان.', source: 'town', date: '2020-01-02' },
  { title: 'مهرجان للكتاب', content: 'ينطلق مهرجان الكتاب السنوي الأسبوع المقبل بمشاركة دور نشر محلية.', source: 'town', date: '2020-01-03' },
  { title: 'أمطار غزيرة', content: 'هطلت أمطار غزيرة على المنطقة الجنوبية وأغلقت بعض الطرق مؤقتا.', source: 'weather', date: '2020-01-04' },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'marsad-ingest-'));
  writeFileSync(path.join(dir, 'a.jsonl'), ARTS.map((a) => JSON.stringify(a)).join('\n') + '\n{bad json\n');
  // The same first article again, in another container: a duplicate, not a new article.
  writeFileSync(path.join(dir, 'b.json'), JSON.stringify([ARTS[0]]));
  writeFileSync(path.join(dir, 'c.txt'), 'نص خبر بلا عنوان عن افتتاح مدرسة جديدة في القرية.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('stores each article once, reports duplicates and failures, and re-ingesting adds nothing', async () => {
    const store = openSqlite(path.join(dir, 'x.db'));
    const quiet = new Progress(process.stderr, false);
    const s1 = await ingest(store, [dir], { workers: 0, progress: quiet });
    expect(s1).toMatchObject({ seen: 5, ingested: 4, duplicates: 1 });
    expect(s1.failures.map((f) => path.basename(f.origin))).toEqual(['a.jsonl:4']);
    expect((await store.stats()).articles).toBe(4);
    const hits = await store.search({ q: 'حدائق OR حديقة' });
    expect(hits.hits.map((h) => h.site)).toEqual(['town']);
    expect(hits.hits[0]!.published).toBe('2020-01-02');
    const s2 = await ingest(store, [dir], { workers: 0, progress: quiet });
    expect(s2).toMatchObject({ seen: 5, ingested: 0, duplicates: 5 });
    expect((await store.stats()).articles).toBe(4);
    expect(store.integrityCheck()).toBe('ok');
    await store.close();
  });

  it('analyses in worker threads (TypeScript loaded through the tsx shim) with the same result', async () => {
    const store = openSqlite(path.join(dir, 'y.db'));
    const s = await ingest(store, [dir], { workers: 1, progress: new Progress(process.stderr, false) });
    expect(s).toMatchObject({ seen: 5, ingested: 4, duplicates: 1 });
    const a = await store.listArticles({ limit: 10 });
    expect(a.items.map((x) => x.headline).filter(Boolean).sort()).toEqual(ARTS.map((x) => x.title).sort());
    await store.close();
  });

  it('marsad ingest prints a summary and stays quiet (no progress line) when piped', () => {
    const out = execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/marsad.js'), 'ingest', dir, '--db', path.join(dir, 'z.db'), '--workers', '0'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/^ingested 4 of 5 articles/);
    expect(out).toMatch(/duplicates \(already stored or repeated\): 1/);
    expect(out).toMatch(/failures: 1\n.*a\.jsonl:4: invalid JSON line/);
  });
});
