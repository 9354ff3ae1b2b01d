/**
 * Search quality: 30 queries over the shared SaudiNewsNet sample (clitic forms, hamza forms,
 * diacritics, name spellings), recall@10 and MRR for marsad's search and for a plain FTS5
 * `unicode61` index over the raw text, side by side.
 *   npm run eval:search               # evaluate against test/gold/search-queries.json
 *   npm run eval:search -- --build    # recompute the relevant ids from the patterns in the gold file
 * Gold: each query carries a relevance pattern (our own regular expression over the article text
 * with harakat removed: "the article mentions this concept in any form") and the ids of the
 * articles it selects. The file holds queries, patterns and ids only — never article text.
 * recall@10 = relevant articles in the top 10 / min(10, relevant articles).
 */
// @ts-nocheck

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlite } from '../src/store/sqlite.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { Progress } from '../src/ingest/progress.ts';
import { PROJECT_ROOT, sharedPath } from '../src/util/shared.ts';

interface GoldQuery {
  query: string;
  kind: 'clitic' | 'hamza' | 'diacritics' | 'name';
  /** Relevance: articles whose harakat-free text matches this pattern. */
  pattern: string;
  relevant: string[];
}

const GOLD = path.join(PROJECT_ROOT, 'test/gold/search-queries.json');
const SAMPLE = sharedPath('data', 'news', 'saudinewsnet-sample.jsonl');
const HARAKAT = /[\u064B-\u065F\u0670\u0640]/g;

interface SampleArticle {
  id: string;
  title?: string;
  content?: string;
}

function sample(): SampleArticle[] {
  return readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SampleArticle);
}

function rawText(a: SampleArticle): string {
  return `${a.title ?? ''}\n\n${a.content ?? ''}`;
}

export function buildGold(queries: GoldQuery[], arts: SampleArticle[]): GoldQuery[] {
  return queries.map((q) => {
    const re = new RegExp(q.pattern, 'u');
    return { ...q, relevant: arts.filter((a) => re.test(rawText(a).replace(HARAKAT, ''))).map((a) => a.id) };
  });
}

function metrics(ranked: string[][], gold: GoldQuery[]): { recall10: number; mrr: number; perQuery: Array<{ r10: number; rr: number }> } {
  const per = gold.map((g, i) => {
    const rel = new Set(g.relevant);
    const top = ranked[i]!.slice(0, 10);
    const found = top.filter((id) => rel.has(id)).length;
    const first = ranked[i]!.findIndex((id) => rel.has(id));
    return { r10: rel.size ? found / Math.min(10, rel.size) : 0, rr: first >= 0 ? 1 / (first + 1) : 0 };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { recall10: mean(per.map((p) => p.r10)), mrr: mean(per.map((p) => p.rr)), perQuery: per };
}

export interface EvalReport {
  queries: number;
  marsad: { recall10: number; mrr: number };
  unicode61: { recall10: number; mrr: number };
  byKind: Record<string, { n: number; marsadR10: number; unicode61R10: number }>;
  rows: Array<{ query: string; kind: string; relevant: number; marsadR10: number; unicode61R10: number; marsadRR: number; unicode61RR: number }>;
}

export async function evaluate(): Promise<EvalReport> {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldQuery[];
  const arts = sample();
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-eval-search-'));
  try {
    // marsad: the real ingest path (structure stage for headlines; entity/quote/time/event stages
    // do not affect plain-text search and are skipped to keep the run short).
    const store = openSqlite(path.join(dir, 'marsad.db'));
    await ingest(store, [SAMPLE], {
      workers: 0,
      skip: ['entities', 'times', 'quotes', 'events'],
      progress: new Progress(process.stderr, false),
      stories: false,
    });
    const lineToId = new Map<number, string>(arts.map((a, i) => [i + 1, a.id]));
    const originOf = new Map<number, string>();
    for await (const a of store.iterateArticles()) {
      const line = Number(/:(\d+)$/.exec(a.origin ?? '')?.[1]);
      originOf.set(a.id, lineToId.get(line) ?? '?');
    }
    const marsadRanked: string[][] = [];
    for (const g of gold) {
      const r = await store.search({ q: g.query, limit: 10 });
      marsadRanked.push(r.hits.map((h) => originOf.get(h.articleId) ?? '?'));
    }
    await store.close();

    // Baseline: FTS5 unicode61 over the raw text, the query's words ANDed.
    const base = new Database(path.join(dir, 'baseline.db'));
    base.exec("CREATE VIRTUAL TABLE f USING fts5(id UNINDEXED, title, body, tokenize='unicode61')");
    const ins = base.prepare('INSERT INTO f (id, title, body) VALUES (?, ?, ?)');
    base.transaction(() => {
      for (const a of arts) ins.run(a.id, a.title ?? '', a.content ?? '');
    })();
    const q = base.prepare('SELECT id FROM f WHERE f MATCH ? ORDER BY bm25(f, 4.0, 1.0) LIMIT 10');
    const baseRanked = gold.map((g) => {
      const m = g.query
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => `"${w.replace(/"/g, '')}"`)
        .join(' ');
      try {
        return (q.all(m) as Array<{ id: string }>).map((r) => r.id);
      } catch {
        return [];
      }
    });
    base.close();

    const mm = metrics(marsadRanked, gold);
    const bm = metrics(baseRanked, gold);
    const byKind: EvalReport['byKind'] = {};
    gold.forEach((g, i) => {
      const k = (byKind[g.kind] ??= { n: 0, marsadR10: 0, unicode61R10: 0 });
      k.n++;
      k.marsadR10 += mm.perQuery[i]!.r10;
      k.unicode61R10 += bm.perQuery[i]!.r10;
    });
    for (const k of Object.values(byKind)) {
      k.marsadR10 /= k.n;
      k.unicode61R10 /= k.n;
    }
    return {
      queries: gold.length,
      marsad: { recall10: mm.recall10, mrr: mm.mrr },
      unicode61: { recall10: bm.recall10, mrr: bm.mrr },
      byKind,
      rows: gold.map((g, i) => ({
        query: g.query,
        kind: g.kind,
        relevant: g.relevant.length,
        marsadR10: mm.perQuery[i]!.r10,
        unicode61R10: bm.perQuery[i]!.r10,
        marsadRR: mm.perQuery[i]!.rr,
        unicode61RR: bm.perQuery[i]!.rr,
      })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(PROJECT_ROOT, 'scripts/eval-search.ts')) {
  if (process.argv.includes('--build')) {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldQuery[];
    const built = buildGold(gold, sample());
    writeFileSync(GOLD, JSON.stringify(built, null, 1) + '\n');
    console.log(`wrote ${built.length} queries to ${path.relative(PROJECT_ROOT, GOLD)}`);
    for (const g of built) console.log(`  ${g.kind.padEnd(10)} ${g.query}: ${g.relevant.length} relevant`);
  } else {
    const r = await evaluate();
    const f = (x: number) => x.toFixed(3);
    console.log(`search quality, ${r.queries} queries over the SaudiNewsNet sample (recall@10 | MRR)`);
    console.log(`  marsad (normalised light-stemmed terms): ${f(r.marsad.recall10)} | ${f(r.marsad.mrr)}`);
    console.log(`  FTS5 unicode61 over raw text:            ${f(r.unicode61.recall10)} | ${f(r.unicode61.mrr)}`);
    for (const [k, v] of Object.entries(r.byKind)) {
      console.log(`  ${k.padEnd(10)} (${v.n}): recall@10 marsad ${f(v.marsadR10)} vs unicode61 ${f(v.unicode61R10)}`);
    }
    console.log('\n  query | kind | relevant | R@10 marsad | R@10 unicode61 | RR marsad | RR unicode61');
    for (const x of r.rows) {
      console.log(`  ${x.query} | ${x.kind} | ${x.relevant} | ${f(x.marsadR10)} | ${f(x.unicode61R10)} | ${f(x.marsadRR)} | ${f(x.unicode61RR)}`);
    }
  }
}
