/**
 * Scores quote finding against the development gold (test/gold/quotes-saudinewsnet.json), reading
 * the article text from ../shared. A prediction matches a gold quote when their content spans
 * overlap by at least half of each; speaker accuracy is over matched quotes.
 *
 *   npm run eval:quotes                 # summary
 *   npm run eval:quotes -- --diff       # plus every miss, false quote and wrong speaker
 *   npm run eval:quotes -- --json       # machine-readable summary
 *   npm run eval:quotes -- --quotes-only  # the quote finder alone, without the other stages
 *   npm run eval:quotes -- --gold test/gold/quotes-saudinewsnet-heldout.json  # the held-out set
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MarsadDocument, Quote } from '../src/doc/types.ts';
import { PROJECT_ROOT, hasShared, sharedPath } from '../src/util/shared.ts';
import { findQuotes } from '../src/analyze/quotes/index.ts';
import { norm } from '../src/analyze/quotes/text.ts';
import { analyzeText, newDocument } from '../src/pipeline/pipeline.ts';

interface GoldQuote {
  kind: 'direct' | 'indirect';
  text: [number, number];
  cue: [number, number];
  speaker: string;
  canonical: string;
}
interface GoldArticle {
  index: number;
  id: string;
  url: string;
  quotes: GoldQuote[];
}
interface Gold {
  corpus: string;
  field: string;
  articles: GoldArticle[];
}

const argv = process.argv.slice(2);
const args = new Set(argv);
const goldIdx = argv.indexOf('--gold');
const goldFile = goldIdx >= 0 ? argv[goldIdx + 1] : 'test/gold/quotes-saudinewsnet.json';
if (!goldFile) {
  process.stderr.write('eval-quotes: --gold needs a file, e.g. --gold test/gold/quotes-saudinewsnet-heldout.json\n');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(path.resolve(PROJECT_ROOT, goldFile), 'utf8')) as Gold;
if (!hasShared(gold.corpus)) {
  process.stderr.write(`eval-quotes: ${sharedPath(gold.corpus)} is missing; set MARSAD_SHARED to the shared data folder\n`);
  process.exit(2);
}
const lines = readFileSync(sharedPath(gold.corpus), 'utf8').split('\n').filter((l) => l.trim());

const overlap = (a: [number, number], b: [number, number]): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
/** Matching key for speaker names: normalised letters, no quotation marks, single spaces. */
const key = (s: string): string =>
  norm(s)
    .replace(/["“”«»'‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function speakerOf(doc: MarsadDocument, q: Quote): string {
  const parts: string[] = [];
  if (q.speaker.entity) {
    const e = doc.entities.find((x) => x.id === q.speaker.entity);
    if (e) parts.push(e.name);
  }
  if (q.speaker.text) parts.push(q.speaker.text.text);
  return parts.join(' | ');
}

function speakerOk(pred: string, g: GoldQuote): boolean {
  const p = key(pred);
  if (p.length < 2) return false;
  const c = key(g.canonical);
  const w = key(g.speaker);
  if (p.includes(c)) return true;
  // A shorter mention of the right person (الشريع for سليمان بن أحمد الشريع).
  if (p.split(' | ').some((x) => x.length >= 3 && c.includes(x))) return true;
  // The same name with a middle part left out (بدر السمحان for بدر عبد الرحمن السمحان).
  const cw = new Set(c.split(' '));
  if (p.split(' | ').some((x) => x.split(' ').length >= 2 && x.split(' ').every((w) => cw.has(w)))) return true;
  // The written form counts when it names the speaker rather than describing a role.
  return w !== c && !/^ال/.test(w) && p.includes(w);
}

interface Counts {
  gold: number;
  pred: number;
  /** Matches counted by the gold quote's kind (for recall) and by the prediction's (for precision). */
  matched: number;
  matchedPred: number;
  speakerOk: number;
}
const zero = (): Counts => ({ gold: 0, pred: 0, matched: 0, matchedPred: 0, speakerOk: 0 });
const total = zero();
const byKind: Record<string, Counts> = { direct: zero(), indirect: zero() };
const diff: string[] = [];
const quotesOnly = args.has('--quotes-only');

for (const art of gold.articles) {
  const row = JSON.parse(lines[art.index]!) as Record<string, string>;
  const text = row[gold.field] ?? '';
  let doc: MarsadDocument;
  if (quotesOnly) {
    doc = newDocument({ text });
    doc.quotes = findQuotes(doc);
  } else {
    doc = analyzeText({ text, meta: { url: row.url ?? null, title: row.title ?? null } }, { date: (row.date_extracted ?? '').slice(0, 10) || null });
  }
  const preds = doc.quotes;
  total.gold += art.quotes.length;
  total.pred += preds.length;
  for (const g of art.quotes) byKind[g.kind]!.gold++;
  for (const p of preds) byKind[p.kind]!.pred++;

  // Greedy one-to-one matching by overlap.
  const pairs: { gi: number; pi: number; ov: number }[] = [];
  art.quotes.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      const ov = overlap(g.text, [p.text.start, p.text.end]);
      if (ov >= (g.text[1] - g.text[0]) / 2 && ov >= (p.text.end - p.text.start) / 2 && ov > 0) pairs.push({ gi, pi, ov });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const header = `#${art.index} ${art.id}`;
  for (const m of pairs) {
    if (gUsed.has(m.gi) || pUsed.has(m.pi)) continue;
    gUsed.add(m.gi);
    pUsed.add(m.pi);
    const g = art.quotes[m.gi]!;
    const p = preds[m.pi]!;
    total.matched++;
    total.matchedPred++;
    byKind[g.kind]!.matched++;
    byKind[p.kind]!.matchedPred++;
    const sp = speakerOf(doc, p);
    if (speakerOk(sp, g)) {
      total.speakerOk++;
      byKind[g.kind]!.speakerOk++;
    } else {
      diff.push(`${header} SPEAKER want ${g.canonical} got ${sp || '—'} (${p.source}) «${p.text.text.slice(0, 60)}»`);
    }
  }
  art.quotes.forEach((g, gi) => {
    if (!gUsed.has(gi)) diff.push(`${header} MISS ${g.kind} [${text.slice(g.cue[0], g.cue[1])}] ${g.canonical} «${text.slice(g.text[0], g.text[1]).slice(0, 80)}»`);
  });
  preds.forEach((p, pi) => {
    if (!pUsed.has(pi)) diff.push(`${header} FALSE ${p.kind} [${p.cue?.text ?? '-'}] ${speakerOf(doc, p) || '—'} «${p.text.text.slice(0, 80)}» ${p.source}`);
  });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const summary = (c: Counts) => ({
  gold: c.gold,
  predicted: c.pred,
  matched: c.matched,
  precision: +ratio(c.matchedPred, c.pred).toFixed(3),
  recall: +ratio(c.matched, c.gold).toFixed(3),
  speakerAccuracy: +ratio(c.speakerOk, c.matched).toFixed(3),
});
const report = {
  articles: gold.articles.length,
  mode: quotesOnly ? 'quotes-only' : 'pipeline',
  overall: summary(total),
  direct: summary(byKind.direct!),
  indirect: summary(byKind.indirect!),
};
if (args.has('--json')) {
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
} else {
  process.stdout.write(`quotes on ${report.articles} articles of ${goldFile} (${report.mode}); precision by predicted kind, recall by gold kind\n`);
  for (const k of ['overall', 'direct', 'indirect'] as const) {
    const s = report[k];
    process.stdout.write(
      `${k.padEnd(9)} gold ${String(s.gold).padStart(3)}  pred ${String(s.predicted).padStart(3)}  matched ${String(s.matched).padStart(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  speaker ${s.speakerAccuracy.toFixed(3)}\n`,
    );
  }
  if (args.has('--diff')) process.stdout.write('\n' + diff.join('\n') + '\n');
}
