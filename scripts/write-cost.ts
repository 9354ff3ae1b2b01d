/**
 * How much of ingest the archive's writes cost: reads every analysed article back from an
 * archive that `marsad ingest` built, then stores them again into a fresh archive in batches of
 * 64 (as ingest does), and prints the CPU time of the index-term preparation (done in the
 * analysis workers during ingest) and of the writes, so they can be set against the CPU time of
 * the whole ingest run.
 *
 *   node bin/marsad.js ingest ../shared/data/news/2015-08-10.zip --db /tmp/a.db --workers 1
 *   npx tsx scripts/write-cost.ts /tmp/a.db
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqlite } from '../src/store/sqlite.ts';
import { prepareDocument } from '../src/store/prepare.ts';
import type { PutInput } from '../src/store/write.ts';

const from = process.argv[2];
if (!from) {
  process.stderr.write('usage: npx tsx scripts/write-cost.ts ARCHIVE.db\n');
  process.exit(2);
}
const cpu = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

const src = openSqlite(from);
const items: PutInput[] = [];
for await (const a of src.iterateArticles()) items.push({ doc: a.doc, info: { origin: a.origin, url: a.url, site: a.site } });
await src.close();

let c0 = process.cpuUsage();
const prepared = items.map((it) => ({ ...it, prepared: prepareDocument(it.doc) }));
console.log(`${items.length} articles; index terms: ${cpu(c0).toFixed(2)} CPU-s`);

const dir = mkdtempSync(path.join(tmpdir(), 'marsad-write-cost-'));
try {
  const dst = openSqlite(path.join(dir, 'w.db'));
  c0 = process.cpuUsage();
  for (let i = 0; i < prepared.length; i += 64) await dst.putDocuments(prepared.slice(i, i + 64));
  const s = cpu(c0);
  console.log(`writes: ${s.toFixed(2)} CPU-s (${(prepared.length / s).toFixed(0)} articles per CPU-second)`);
  await dst.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
