/**
 * Scores entity mentions against the news entity gold (test/gold/entities-saudinewsnet.json,
 * conventions in docs/gold/entities-guide.md), reading the article text from ../shared. Each
 * article goes through the whole pipeline, as `marsad analyze` runs it; every mention of every
 * entity in doc.entities is a prediction with that entity's type. Exact and overlap match, per
 * type, per split (see scripts/gold/entity-score.ts).
 *
 *   npm run eval:entities                      # held-out figures first, then tune
 *   npm run eval:entities -- --split tune      # one split: tune | heldout | all (both together)
 *   npm run eval:entities -- --errors          # plus the tune split's misses and false mentions
 *   npm run eval:entities -- --json            # machine-readable figures
 *   npm run eval:entities -- --classes         # plus counts of error classes per type (no text,
 *                                              # so printed for the held-out split too)
 *
 * Held-out errors are never listed: whoever tunes the tagger reads only the held-out figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MarsadDocument } from '../src/doc/types.ts';
import { PROJECT_ROOT, hasShared, sharedPath } from '../src/util/shared.ts';
import { analyzeText } from '../src/pipeline/pipeline.ts';
import { ERROR_CLASSES, ETYPES, addTally, errorClasses, type ErrorClass, emptyTally, matchMentions, prf, type EType, type Tally, type TypedSpan } from './gold/entity-score.ts';

type Split = 'tune' | 'heldout';
interface GoldArticle {
  index: number;
  id: string;
  url: string;
  split: Split;
  entities: { id: string; type: EType; en?: string; mentions: [number, number][] }[];
}
interface Gold {
  corpus: string;
  field: string;
  articles: GoldArticle[];
}

const GOLD_FILE = 'test/gold/entities-saudinewsnet.json';
const argv = process.argv.slice(2);
const flag = (f: string) => argv.includes(f);
const splitArg = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : undefined;
if (splitArg !== undefined && !['tune', 'heldout', 'all'].includes(splitArg)) {
  process.stderr.write(`eval-entities: --split must be tune, heldout or all (got ${splitArg ?? 'nothing'})\n`);
  process.exit(2);
}
if (flag('--errors') && splitArg === 'heldout') {
  process.stderr.write('eval-entities: held-out errors are not listed (figures only); use --split tune --errors\n');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(path.resolve(PROJECT_ROOT, GOLD_FILE), 'utf8')) as Gold;
if (!hasShared(gold.corpus)) {
  process.stderr.write(`eval-entities: ${sharedPath(gold.corpus)} is missing; set MARSAD_SHARED to the shared data folder\n`);
  process.exit(2);
}
const lines = readFileSync(sharedPath(gold.corpus), 'utf8').split('\n');

type Key = EType | 'ALL' | 'SPAN';
const KEYS: Key[] = [...ETYPES, 'ALL', 'SPAN'];
type Table = Record<'exact' | 'overlap', Record<Key, Tally>>;
const newTable = (): Table => ({
  exact: Object.fromEntries(KEYS.map((k) => [k, emptyTally()])) as Record<Key, Tally>,
  overlap: Object.fromEntries(KEYS.map((k) => [k, emptyTally()])) as Record<Key, Tally>,
});

const wanted: Split[] = splitArg === 'tune' ? ['tune'] : splitArg === 'heldout' ? ['heldout'] : ['heldout', 'tune'];
const tables: Record<Split, Table> = { tune: newTable(), heldout: newTable() };
const counts: Record<Split, number> = { tune: 0, heldout: 0 };
const errors: string[] = [];
const classCounts: Record<Split, Record<EType, Record<ErrorClass, number>>> = {
  tune: Object.fromEntries(ETYPES.map((t) => [t, Object.fromEntries(ERROR_CLASSES.map((c) => [c, 0]))])) as Record<EType, Record<ErrorClass, number>>,
  heldout: Object.fromEntries(ETYPES.map((t) => [t, Object.fromEntries(ERROR_CLASSES.map((c) => [c, 0]))])) as Record<EType, Record<ErrorClass, number>>,
};

for (const art of gold.articles) {
  if (!wanted.includes(art.split)) continue;
  const row = JSON.parse(lines[art.index]!) as Record<string, string>;
  const text = row[gold.field] ?? '';
  const doc: MarsadDocument = analyzeText(
    { text, meta: { url: row.url ?? null, title: row.title ?? null } },
    { date: (row.date_extracted ?? '').slice(0, 10) || null },
  );
  const goldSpans: TypedSpan[] = art.entities.flatMap((e) => e.mentions.map(([start, end]) => ({ start, end, type: e.type })));
  const pred: TypedSpan[] = doc.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
  counts[art.split]++;
  const cls = errorClasses(text, goldSpans, pred);
  for (const t of ETYPES) for (const c of ERROR_CLASSES) classCounts[art.split][t][c] += cls[t][c];
  for (const mode of ['exact', 'overlap'] as const) {
    const r = matchMentions(text, goldSpans, pred, mode);
    for (const k of KEYS) addTally(tables[art.split][mode][k], r.tallies[k]);
    // errors only for the tune split, and only from the exact comparison (the stricter one)
    if (mode === 'exact' && art.split === 'tune' && flag('--errors')) {
      const s = (x: TypedSpan) => `${x.type} «${text.slice(x.start, x.end)}» ${x.start}-${x.end}`;
      const wt = new Set(r.wrongType.flatMap(([g, p]) => [`g${g}`, `p${p}`]));
      for (const [g, p] of r.wrongType) errors.push(`#${art.index} TYPE  gold ${s(goldSpans[g]!)} → ${pred[p]!.type}`);
      for (const g of r.missed) if (!wt.has(`g${g}`)) errors.push(`#${art.index} MISS  ${s(goldSpans[g]!)}`);
      for (const p of r.spurious) if (!wt.has(`p${p}`)) errors.push(`#${art.index} FALSE ${s(pred[p]!)}`);
    }
  }
}

const sections: [string, Table, number][] = wanted.map((sp) => [sp, tables[sp], counts[sp]]);
if (splitArg === 'all') {
  const both = newTable();
  for (const sp of wanted) for (const m of ['exact', 'overlap'] as const) for (const k of KEYS) addTally(both[m][k], tables[sp][m][k]);
  sections.push(['all', both, counts.tune + counts.heldout]);
}

const fig = (t: Tally) => {
  const { p, r, f } = prf(t);
  return { gold: t.gold, pred: t.pred, p: +p.toFixed(3), r: +r.toFixed(3), f1: +f.toFixed(3) };
};
if (flag('--json')) {
  const out = Object.fromEntries(
    sections.map(([name, t, n]) => [
      name,
      { articles: n, exact: Object.fromEntries(KEYS.map((k) => [k, fig(t.exact[k])])), overlap: Object.fromEntries(KEYS.map((k) => [k, fig(t.overlap[k])])) },
    ]),
  );
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
} else {
  for (const [name, t, n] of sections) {
    process.stdout.write(`\nentities on the ${name} split (${n} articles of ${GOLD_FILE}); SPAN = spans ignoring type\n`);
    process.stdout.write('        exact match                       overlap match\n');
    process.stdout.write('type    gold  pred   P     R     F1     |  P     R     F1\n');
    for (const k of KEYS) {
      const e = fig(t.exact[k]);
      const o = fig(t.overlap[k]);
      process.stdout.write(
        `${k.padEnd(6)} ${String(e.gold).padStart(5)} ${String(e.pred).padStart(5)}  ${e.p.toFixed(3)} ${e.r.toFixed(3)} ${e.f1.toFixed(3)}  |  ${o.p.toFixed(3)} ${o.r.toFixed(3)} ${o.f1.toFixed(3)}\n`,
      );
    }
  }
  if (flag('--classes')) {
    for (const sp of wanted) {
      process.stdout.write(`\nerror classes on the ${sp} split (counts of mentions, exact match; missed gold by gold type, spurious by predicted type)\n`);
      process.stdout.write(`type  ${ERROR_CLASSES.map((c) => c.padStart(16)).join('')}\n`);
      for (const t of ETYPES) process.stdout.write(`${t.padEnd(5)} ${ERROR_CLASSES.map((c) => String(classCounts[sp][t][c]).padStart(16)).join('')}\n`);
    }
  }
  if (flag('--errors')) {
    process.stdout.write(`\nerrors on the tune split (exact match)${wanted.includes('heldout') ? '; held-out errors are not listed' : ''}\n`);
    process.stdout.write(errors.join('\n') + '\n');
  }
}
