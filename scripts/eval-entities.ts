/**
 * Scores entity mentions against the news entity gold (test/gold/entities-saudinewsnet.json,
 * conventions in docs/gold/entities-guide.md), reading the article text from ../shared. Each
 * article goes through the whole pipeline, as `marsad analyze` runs it; every mention of every
 * entity in doc.entities is a prediction with that entity's type. Exact and overlap match, per
 * type, per split (see scripts/gold/entity-score.ts; splits in scripts/gold/entity-splits.ts).
 *
 *   npm run eval:entities                      # heldout, heldout2, both held-out pooled, then tune
 *   npm run eval:entities -- --split tune      # one split: tune | heldout | heldout2 | all (each, then pooled)
 *   npm run eval:entities -- --errors          # plus the tune split's misses and false mentions
 *   npm run eval:entities -- --json            # machine-readable figures
 *   npm run eval:entities -- --classes         # plus counts of error classes per type (no text,
 *                                              # so printed for the held-out splits too)
 *   npm run eval:entities -- --org-classes     # plus finer classes of the ORG errors (counts of
 *                                              # labels, scripts/gold/org-classes.ts; no text)
 *   npm run eval:entities -- --per-classes     # the same for the PER errors (scripts/gold/per-classes.ts)
 *   npm run eval:entities -- --loc-classes     # the same for the LOC errors, --misc-classes for MISC
 *                                              # (scripts/gold/locmisc-classes.ts)
 *
 * Held-out errors (heldout, heldout2) are never listed: whoever tunes the tagger reads only their
 * figures. heldout2 was annotated blind on 2026-12-07 and is never read by those who tune.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MarsadDocument } from '../src/doc/types.ts';
import { PROJECT_ROOT, hasShared, sharedPath } from '../src/util/shared.ts';
import { analyzeText } from '../src/pipeline/pipeline.ts';
import { ERROR_CLASSES, ETYPES, addTally, errorClasses, missClass, type ErrorClass, emptyTally, matchMentions, prf, type EType, type Tally, type TypedSpan } from './gold/entity-score.ts';
import { canonSpan, orgClassLists, orgMissLabels, orgSpuriousLabels } from './gold/org-classes.ts';
import { perClassLists, perMissLabels, perSpuriousLabels } from './gold/per-classes.ts';
import { locMiscLists, locMiscMissLabels, locMiscSpuriousLabels } from './gold/locmisc-classes.ts';
import { lexicons, nameHeadsJson } from '../src/analyze/entities/lexicon.ts';
import { EvalArgsError, SPLITS, errorsListed, parseEvalArgs, type EvalArgs, type Split } from './gold/entity-splits.ts';
import { studyGoldArticle } from '../src/util/news-corpus.ts';

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
/** tune3: articles of the daily ZIPs, named by ZIP and URL (resolved by studyGoldArticle) */
const STUDY_GOLD_FILE = 'test/gold/entities-studydays.json';
interface StudyGoldArticle {
  zip: string;
  url: string;
  id: string;
  split: Split;
  entities: GoldArticle['entities'];
}
let args: EvalArgs;
try {
  args = parseEvalArgs(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof EvalArgsError)) throw e;
  process.stderr.write(`eval-entities: ${e.message}\n`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(path.resolve(PROJECT_ROOT, GOLD_FILE), 'utf8')) as Gold;
if (!hasShared(gold.corpus)) {
  process.stderr.write(`eval-entities: ${sharedPath(gold.corpus)} is missing; set MARSAD_SHARED to the shared data folder\n`);
  process.exit(2);
}
const lines = readFileSync(sharedPath(gold.corpus), 'utf8').split('\n');
const studyGold = JSON.parse(readFileSync(path.resolve(PROJECT_ROOT, STUDY_GOLD_FILE), 'utf8')) as { articles: StudyGoldArticle[] };

/** One gold article with its text: `label` names it in the error list (#index, or the study id). */
interface Scored {
  label: string;
  split: Split;
  entities: GoldArticle['entities'];
  row: () => Record<string, string | null>;
}
const scored: Scored[] = [
  ...gold.articles.map((art) => ({
    label: String(art.index),
    split: art.split,
    entities: art.entities,
    row: () => JSON.parse(lines[art.index]!) as Record<string, string>,
  })),
  ...studyGold.articles.map((art) => ({
    label: art.id,
    split: art.split,
    entities: art.entities,
    row: () => ({ ...studyGoldArticle({ zip: art.zip, url: art.url }) }) as unknown as Record<string, string | null>,
  })),
];

type Key = EType | 'ALL' | 'SPAN';
const KEYS: Key[] = [...ETYPES, 'ALL', 'SPAN'];
type Table = Record<'exact' | 'overlap', Record<Key, Tally>>;
const newTable = (): Table => ({
  exact: Object.fromEntries(KEYS.map((k) => [k, emptyTally()])) as Record<Key, Tally>,
  overlap: Object.fromEntries(KEYS.map((k) => [k, emptyTally()])) as Record<Key, Tally>,
});

const { wanted } = args;
const tables = Object.fromEntries(SPLITS.map((sp) => [sp, newTable()])) as Record<Split, Table>;
const counts = Object.fromEntries(SPLITS.map((sp) => [sp, 0])) as Record<Split, number>;
const errors: string[] = [];
const newClassCounts = () =>
  Object.fromEntries(ETYPES.map((t) => [t, Object.fromEntries(ERROR_CLASSES.map((c) => [c, 0]))])) as Record<EType, Record<ErrorClass, number>>;
const classCounts = Object.fromEntries(SPLITS.map((sp) => [sp, newClassCounts()])) as Record<Split, Record<EType, Record<ErrorClass, number>>>;

// per split, per error class of the ORG (PER) gold and 'spurious', counts of each label
type LabelCounts = Record<Split, Map<string, Map<string, number>>>;
const newLabelCounts = () => Object.fromEntries(SPLITS.map((sp) => [sp, new Map<string, Map<string, number>>()])) as LabelCounts;
const orgLabels = newLabelCounts();
const perLabels = newLabelCounts();
const locLabels = newLabelCounts();
const miscLabels = newLabelCounts();
const countLabels = (sp: Split, cls: string, labels: string[], into: LabelCounts = orgLabels) => {
  const m = into[sp].get(cls) ?? new Map<string, number>();
  into[sp].set(cls, m);
  for (const l of ['total', ...labels]) m.set(l, (m.get(l) ?? 0) + 1);
};
let orgLists: ReturnType<typeof orgClassLists> | null = null;
let perLists: ReturnType<typeof perClassLists> | null = null;
let locMisc: ReturnType<typeof locMiscLists> | null = null;

for (const art of scored) {
  if (!SPLITS.includes(art.split)) throw new Error(`${GOLD_FILE}: article ${art.label} has unknown split ${String(art.split)}`);
  if (!wanted.includes(art.split)) continue;
  const row = art.row();
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
  // count-only error labels of one type: each missed gold mention (with whether the other mentions
  // of its entity were found) and each prediction that overlaps no gold mention
  const labelErrors = (
    type: string,
    miss: (m: TypedSpan, p: TypedSpan[], g: TypedSpan[], others: { found: boolean }[]) => string[],
    spurious: (x: TypedSpan) => string[],
    into?: LabelCounts,
  ): void => {
    const g = goldSpans.map((x) => canonSpan(text, x));
    const p = pred.map((x) => canonSpan(text, x));
    const r = matchMentions(text, goldSpans, pred, 'exact');
    const missed = new Set(r.missed);
    // the gold entity each gold mention belongs to, in goldSpans' order
    const owner = art.entities.flatMap((e, ei) => e.mentions.map(() => ei));
    for (const gi of r.missed) {
      if (g[gi]!.type !== type) continue;
      const others = owner.flatMap((ei, k) => (k !== gi && ei === owner[gi] ? [{ found: !missed.has(k) }] : []));
      countLabels(art.split, missClass(g[gi]!, p), miss(g[gi]!, p, g, others), into);
    }
    for (const pi of r.spurious) {
      const x = p[pi]!;
      if (x.type === type && !g.some((y) => Math.min(y.end, x.end) > Math.max(y.start, x.start))) countLabels(art.split, 'spurious', spurious(x), into);
    }
  };
  if (args.orgClasses) {
    const lists = (orgLists ??= orgClassLists(lexicons(), nameHeadsJson()));
    labelErrors('ORG', (m, p, g) => orgMissLabels(text, m, p, lists, g), (x) => orgSpuriousLabels(text, x, lists));
  }
  if (args.perClasses) {
    const lists = (perLists ??= perClassLists(lexicons()));
    labelErrors('PER', (m, p, _g, others) => perMissLabels(text, m, p, lists, others), (x) => perSpuriousLabels(text, x, lists), perLabels);
  }
  for (const [type, wantedType, into] of [['LOC', args.locClasses, locLabels], ['MISC', args.miscClasses, miscLabels]] as const) {
    if (!wantedType) continue;
    const lists = (locMisc ??= locMiscLists(lexicons()));
    labelErrors(type, (m, p, _g, others) => locMiscMissLabels(text, m, p, lists, others), (x) => locMiscSpuriousLabels(text, x, lists), into);
  }
  for (const mode of ['exact', 'overlap'] as const) {
    const r = matchMentions(text, goldSpans, pred, mode);
    for (const k of KEYS) addTally(tables[art.split][mode][k], r.tallies[k]);
    // errors only for a split that is not blind, and only from the exact comparison (the stricter one)
    if (mode === 'exact' && errorsListed(args, art.split)) {
      const s = (x: TypedSpan) => `${x.type} «${text.slice(x.start, x.end)}» ${x.start}-${x.end}`;
      const wt = new Set(r.wrongType.flatMap(([g, p]) => [`g${g}`, `p${p}`]));
      for (const [g, p] of r.wrongType) errors.push(`#${art.label} TYPE  gold ${s(goldSpans[g]!)} → ${pred[p]!.type}`);
      for (const g of r.missed) if (!wt.has(`g${g}`)) errors.push(`#${art.label} MISS  ${s(goldSpans[g]!)}`);
      for (const p of r.spurious) if (!wt.has(`p${p}`)) errors.push(`#${art.label} FALSE ${s(pred[p]!)}`);
    }
  }
}

const pool = (splits: Split[]): Table => {
  const t = newTable();
  for (const sp of splits) for (const m of ['exact', 'overlap'] as const) for (const k of KEYS) addTally(t[m][k], tables[sp][m][k]);
  return t;
};
const sections: [string, Table, number][] = wanted.map((sp) => [sp, tables[sp], counts[sp]]);
// both held-out samples together: the larger sample the bar is read on
if (wanted.includes('heldout') && wanted.includes('heldout2')) {
  sections.splice(wanted.indexOf('heldout2') + 1, 0, ['heldout+heldout2', pool(['heldout', 'heldout2']), counts.heldout + counts.heldout2]);
}
if (args.pooled) sections.push(['all', pool(wanted), wanted.reduce((n, sp) => n + counts[sp], 0)]);

const fig = (t: Tally) => {
  const { p, r, f } = prf(t);
  return { gold: t.gold, pred: t.pred, p: +p.toFixed(3), r: +r.toFixed(3), f1: +f.toFixed(3) };
};
if (args.json) {
  const out = Object.fromEntries(
    sections.map(([name, t, n]) => [
      name,
      { articles: n, exact: Object.fromEntries(KEYS.map((k) => [k, fig(t.exact[k])])), overlap: Object.fromEntries(KEYS.map((k) => [k, fig(t.overlap[k])])) },
    ]),
  );
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
} else {
  for (const [name, t, n] of sections) {
    const file = name === 'tune3' ? STUDY_GOLD_FILE : name === 'all' && wanted.includes('tune3') ? `${GOLD_FILE} and ${STUDY_GOLD_FILE}` : GOLD_FILE;
    process.stdout.write(`\nentities on the ${name} split (${n} articles of ${file}); SPAN = spans ignoring type\n`);
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
  if (args.classes) {
    for (const sp of wanted) {
      process.stdout.write(`\nerror classes on the ${sp} split (counts of mentions, exact match; missed gold by gold type, spurious by predicted type)\n`);
      process.stdout.write(`type  ${ERROR_CLASSES.map((c) => c.padStart(16)).join('')}\n`);
      for (const t of ETYPES) process.stdout.write(`${t.padEnd(5)} ${ERROR_CLASSES.map((c) => String(classCounts[sp][t][c]).padStart(16)).join('')}\n`);
    }
  }
  const printLabels = (type: string, counts: LabelCounts) => {
    for (const sp of wanted) {
      process.stdout.write(`\n${type} error labels on the ${sp} split (counts; each dimension sums to its class's total)\n`);
      for (const [cls, m] of counts[sp]) {
        const dims = new Map<string, string[]>();
        for (const [l, n] of [...m].sort((a, b) => b[1] - a[1])) {
          if (l === 'total') continue;
          const [d, v] = l.split(':') as [string, string];
          dims.set(d, [...(dims.get(d) ?? []), `${v} ${n}`]);
        }
        process.stdout.write(`  ${cls} (${m.get('total')})\n`);
        for (const [d, vs] of dims) process.stdout.write(`    ${d.padEnd(18)} ${vs.join(', ')}\n`);
      }
    }
  };
  if (args.orgClasses) printLabels('ORG', orgLabels);
  if (args.perClasses) printLabels('PER', perLabels);
  if (args.locClasses) printLabels('LOC', locLabels);
  if (args.miscClasses) printLabels('MISC', miscLabels);
  if (args.errors) {
    const blind = wanted.filter((sp) => !errorsListed(args, sp));
    process.stdout.write(`\nerrors on the tune split (exact match)${blind.length ? `; ${blind.join(' and ')} errors are not listed` : ''}\n`);
    process.stdout.write(errors.join('\n') + '\n');
  }
}
