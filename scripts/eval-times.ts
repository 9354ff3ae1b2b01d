/**
 * Evaluates the time-expression tagger. Held-out figures come first, then the tuning figures.
 *
 *  (h) HELD-OUT: our gold over issue 15's set H of SaudiNewsNet (test/gold/times-saudinewsnet-heldout.json,
 *      never used for tuning): span precision / recall / F1, exact and overlapping, over every
 *      prediction in the 28 articles, and value accuracy (over the gold expressions a prediction
 *      overlaps, and over all). Its errors are never listed. The same for set H2
 *      (test/gold/times-saudinewsnet-heldout2.json, 16 articles annotated blind on 2026-12-07 to
 *      check H), and for both pooled.
 *  (a) TUNING: spans against the DATE and TIME entities of the Wojood sample (../shared/data/wojood):
 *      precision / recall / F1, exact and overlapping, per split. Sentences are rebuilt by joining
 *      the tokens with spaces; the tagger runs without an anchor (only spans are compared).
 *  (b) TUNING: values against our own gold over SaudiNewsNet (test/gold/times-saudinewsnet.json: article
 *      index + url + offsets + value, never the text), anchored on the date part of
 *      `date_extracted`: value accuracy over the gold expressions our spans overlap, and over all.
 *
 *  (c) TUNING: set T3 (test/gold/times-studydays-t3.json, session 16): 16 articles of the study days
 *      2015-07-22 and 2015-08-08, named by ZIP + URL and annotated blind; spans and values as for
 *      the held-out sets, and its errors listed with --errors (or alone with --errors-t3).
 *
 * All SaudiNewsNet sets are also broken down into counts of error classes (span: missed, spurious,
 * longer, shorter, both; values: kind of error), made by scripts/eval-times-breakdown.ts from counts only.
 *
 * Conventions of both gold files: docs/gold/quotes-times-guide.md.
 * Usage: npm run eval:times [-- --json] [-- --errors (tuning sets only)] [-- --errors-t3] [-- --tuning-only]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findTimes } from '../src/analyze/time/tagger.ts';
import { PROJECT_ROOT, hasShared, sharedPath } from '../src/util/shared.ts';
import { TimesBreakdown } from './eval-times-breakdown.ts';
import { studyGoldArticle, type StudyGoldRef } from '../src/util/news-corpus.ts';

interface SpanPR {
  gold: number;
  pred: number;
  exact: number;
  overlapGold: number;
  overlapPred: number;
}

interface Sentence {
  text: string;
  gold: [number, number][];
}

/** Wojood: `token TAG1 [TAG2…]`; a DATE/TIME span starts at B-X and runs while tokens carry I-X. */
export function readWojood(file: string): Sentence[] {
  const out: Sentence[] = [];
  const blocks = readFileSync(file, 'utf8').split(/\n\s*\n/);
  for (const block of blocks) {
    const rows = block
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((r) => r.length >= 2 && r[0] !== '$#$');
    if (rows.length === 0) continue;
    let text = '';
    const offs: [number, number][] = [];
    for (const r of rows) {
      if (text) text += ' ';
      offs.push([text.length, text.length + r[0]!.length]);
      text += r[0];
    }
    const gold: [number, number][] = [];
    for (const type of ['DATE', 'TIME']) {
      let open = -1;
      const close = (k: number): void => {
        if (open >= 0) gold.push([offs[open]![0], offs[k - 1]![1]]);
        open = -1;
      };
      rows.forEach((r, k) => {
        const tags = r.slice(1);
        if (tags.includes(`B-${type}`)) {
          close(k);
          open = k;
        } else if (!tags.includes(`I-${type}`)) close(k);
      });
      close(rows.length);
    }
    out.push({ text, gold });
  }
  return out;
}

function scoreSpans(pairs: { gold: [number, number][]; pred: [number, number][] }[]): SpanPR {
  const s: SpanPR = { gold: 0, pred: 0, exact: 0, overlapGold: 0, overlapPred: 0 };
  for (const { gold, pred } of pairs) {
    s.gold += gold.length;
    s.pred += pred.length;
    const ov = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
    s.exact += gold.filter((g) => pred.some((p) => p[0] === g[0] && p[1] === g[1])).length;
    s.overlapGold += gold.filter((g) => pred.some((p) => ov(g, p))).length;
    s.overlapPred += pred.filter((p) => gold.some((g) => ov(g, p))).length;
  }
  return s;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function prf(s: SpanPR): Record<string, number> {
  const pe = s.pred ? s.exact / s.pred : 0;
  const re = s.gold ? s.exact / s.gold : 0;
  const po = s.pred ? s.overlapPred / s.pred : 0;
  const ro = s.gold ? s.overlapGold / s.gold : 0;
  return {
    gold: s.gold,
    pred: s.pred,
    exactP: r3(pe),
    exactR: r3(re),
    exactF1: r3(f1(pe, re)),
    overlapP: r3(po),
    overlapR: r3(ro),
    overlapF1: r3(f1(po, ro)),
  };
}

export function evalWojood(showErrors = false): Record<string, Record<string, number>> {
  const res: Record<string, Record<string, number>> = {};
  const all: { gold: [number, number][]; pred: [number, number][] }[] = [];
  for (const split of ['train', 'val', 'test']) {
    const pairs = readWojood(sharedPath('data', 'wojood', `${split}.txt`)).map((s) => {
      const pred = findTimes(s.text, { anchor: null }).map((e) => [e.start, e.end] as [number, number]);
      if (showErrors) {
        const ov = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
        for (const g of s.gold)
          if (!pred.some((p) => ov(g, p)))
            console.log(
              `MISS [${split}] «${s.text.slice(g[0], g[1])}»  …${s.text.slice(Math.max(0, g[0] - 30), g[1] + 30)}…`,
            );
        for (const p of pred)
          if (!s.gold.some((g) => ov(g, p)))
            console.log(
              `FP   [${split}] «${s.text.slice(p[0], p[1])}»  …${s.text.slice(Math.max(0, p[0] - 30), p[1] + 30)}…`,
            );
      }
      return { gold: s.gold, pred };
    });
    all.push(...pairs);
    res[split] = prf(scoreSpans(pairs));
  }
  res.all = prf(scoreSpans(all));
  return res;
}

interface GoldItem {
  article: number;
  url: string;
  start: number;
  end: number;
  value: string;
  type?: string;
}

export function evalSaudi(showErrors = false, breakdown?: TimesBreakdown): Record<string, number> {
  const gold = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'test', 'gold', 'times-saudinewsnet.json'), 'utf8'),
  ) as { items: GoldItem[] };
  const lines = readFileSync(sharedPath('data', 'news', 'saudinewsnet-sample.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const articles = lines.map(
    (l) => JSON.parse(l) as { url: string; content: string; date_extracted: string },
  );
  const cache = new Map<number, ReturnType<typeof findTimes>>();
  let found = 0;
  let correctFound = 0;
  let exactSpan = 0;
  let pred = 0;
  let predOverlapping = 0;
  const articleIds = new Set(gold.items.map((g) => g.article));
  for (const idx of articleIds) {
    const a = articles[idx]!;
    const times = findTimes(a.content, { anchor: a.date_extracted.slice(0, 10) });
    cache.set(idx, times);
    pred += times.length;
    const gs = gold.items.filter((g) => g.article === idx);
    breakdown?.add(a.content, gs, times);
    predOverlapping += times.filter((t) => gs.some((g) => t.start < g.end && g.start < t.end)).length;
  }
  for (const g of gold.items) {
    const a = articles[g.article]!;
    if (a.url !== g.url)
      throw new Error(`gold item for article ${g.article}: url mismatch (the sample changed?)`);
    const t = cache.get(g.article)!.find((e) => e.start < g.end && g.start < e.end);
    if (!t) {
      if (showErrors) console.log(`MISS #${g.article} «${a.content.slice(g.start, g.end)}» gold=${g.value}`);
      continue;
    }
    found++;
    if (t.start === g.start && t.end === g.end) exactSpan++;
    if (t.value === g.value) correctFound++;
    else if (showErrors)
      console.log(
        `VALUE #${g.article} «${a.content.slice(g.start, g.end)}» ours «${t.text}»=${t.value} gold=${g.value} (anchor ${a.date_extracted.slice(0, 10)})`,
      );
  }
  const n = gold.items.length;
  return {
    goldExpressions: n,
    articles: articleIds.size,
    found,
    recall: r3(found / n),
    exactSpan: r3(exactSpan / n),
    precisionInGoldArticles: r3(pred ? predOverlapping / pred : 0),
    valueAccuracyOfFound: r3(found ? correctFound / found : 0),
    valueAccuracyOverall: r3(correctFound / n),
  };
}

/** Set H (issue 15) and set H2, annotated later to check H (see the guide); never tuned on. */
export const HELDOUT_H = 'times-saudinewsnet-heldout.json';
export const HELDOUT_H2 = 'times-saudinewsnet-heldout2.json';

interface HeldoutGold {
  articles: number[];
  items: GoldItem[];
}

/**
 * Held-out spans and values on set H. No `showErrors`: held-out errors are never printed. A gold
 * expression's value is judged on the prediction that overlaps it most.
 */
export function evalHeldout(
  breakdown?: TimesBreakdown,
  files: readonly string[] = [HELDOUT_H],
): Record<string, number> {
  const sets = files.map(
    (f) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test', 'gold', f), 'utf8')) as HeldoutGold,
  );
  const gold: HeldoutGold = { articles: sets.flatMap((s) => s.articles), items: sets.flatMap((s) => s.items) };
  const lines = readFileSync(sharedPath('data', 'news', 'saudinewsnet-sample.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const scored: ScoredArticle[] = gold.articles.map((idx) => {
    const a = JSON.parse(lines[idx]!) as { url: string; content: string; date_extracted: string };
    const gs = gold.items.filter((g) => g.article === idx);
    for (const g of gs)
      if (g.url !== a.url)
        throw new Error(`held-out gold item for article ${idx}: url mismatch (the sample changed?)`);
    return { label: `#${idx}`, content: a.content, anchor: a.date_extracted.slice(0, 10), items: gs };
  });
  return scoreArticles(scored, breakdown);
}

interface ScoredArticle {
  /** How an error line names the article (tuning sets only). */
  label: string;
  content: string;
  anchor: string;
  items: { start: number; end: number; value: string; type?: string }[];
}

/**
 * Spans over every prediction in the articles, and values judged on the prediction that overlaps
 * a gold expression most. `showErrors` lists misses, spans and values that differ, and spurious
 * predictions: only tuning sets ever pass it.
 */
function scoreArticles(
  arts: readonly ScoredArticle[],
  breakdown?: TimesBreakdown,
  showErrors = false,
): Record<string, number> {
  const pairs: { gold: [number, number][]; pred: [number, number][] }[] = [];
  let found = 0;
  let correct = 0;
  let n = 0;
  for (const a of arts) {
    const gs = a.items;
    n += gs.length;
    const times = findTimes(a.content, { anchor: a.anchor });
    pairs.push({ gold: gs.map((g) => [g.start, g.end]), pred: times.map((t) => [t.start, t.end]) });
    breakdown?.add(a.content, gs, times);
    const show = (s: number, e: number): string => `«${a.content.slice(s, e)}»`;
    for (const g of gs) {
      let best: (typeof times)[number] | undefined;
      let bestOv = 0;
      for (const t of times) {
        const ov = Math.min(t.end, g.end) - Math.max(t.start, g.start);
        if (ov > bestOv) {
          bestOv = ov;
          best = t;
        }
      }
      const around = `…${a.content.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\n/g, ' ')}…`;
      if (!best) {
        if (showErrors) console.log(`MISS  ${a.label} ${show(g.start, g.end)} ${g.type ?? ''} ${g.value}  ${around}`);
        continue;
      }
      found++;
      if (best.value === g.value) correct++;
      if (!showErrors) continue;
      if (best.start !== g.start || best.end !== g.end)
        console.log(`SPAN  ${a.label} ours ${show(best.start, best.end)} gold ${show(g.start, g.end)}  ${around}`);
      if (best.value !== g.value)
        console.log(`VALUE ${a.label} ${show(g.start, g.end)} ours ${best.value} gold ${g.value} (anchor ${a.anchor})`);
    }
    if (showErrors)
      for (const t of times)
        if (!gs.some((g) => t.start < g.end && g.start < t.end))
          console.log(
            `FP    ${a.label} ${show(t.start, t.end)} ${t.type} ${t.value}  …${a.content.slice(Math.max(0, t.start - 30), t.end + 30).replace(/\n/g, ' ')}…`,
          );
  }
  return {
    articles: arts.length,
    ...prf(scoreSpans(pairs)),
    found,
    valueAccuracyOfFound: r3(found ? correct / found : 0),
    valueAccuracyOverall: r3(n ? correct / n : 0),
  };
}

/** Times tuning set T3: study-day articles named by ZIP and URL, annotated blind in session 16. */
export const STUDY_T3 = 'times-studydays-t3.json';

interface StudyDayGold {
  articles: StudyGoldRef[];
  items: (StudyGoldRef & { anchor: string; start: number; end: number; type: string; value: string })[];
}

/** Scores a study-day times set (tuning: `showErrors` lists its errors with their text). */
export function evalStudyDays(
  breakdown?: TimesBreakdown,
  showErrors = false,
  file: string = STUDY_T3,
): Record<string, number> {
  const gold = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test', 'gold', file), 'utf8')) as StudyDayGold;
  const scored: ScoredArticle[] = gold.articles.map((ref, k) => {
    const a = studyGoldArticle(ref);
    if (!a.date_extracted) throw new Error(`${file}: ${ref.url} has no date_extracted to anchor on`);
    const anchor = a.date_extracted.slice(0, 10);
    const items = gold.items.filter((g) => g.zip === ref.zip && g.url === ref.url);
    for (const g of items)
      if (g.anchor !== anchor) throw new Error(`${file}: ${g.url} anchored on ${g.anchor}, the article on ${anchor}`);
    return { label: `T3:${k} ${a.source}`, content: a.content, anchor, items };
  });
  return scoreArticles(scored, breakdown, showErrors);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval-times.ts')) {
  const json = process.argv.includes('--json');
  const errors = process.argv.includes('--errors');
  const tuningOnly = process.argv.includes('--tuning-only');
  if (!hasShared('data', 'wojood')) {
    console.error(`eval-times: ${sharedPath('data', 'wojood')} not found; set MARSAD_SHARED`);
    process.exit(2);
  }
  const hb = new TimesBreakdown();
  const h = tuningOnly ? null : evalHeldout(hb);
  const h2b = new TimesBreakdown();
  const h2 = tuningOnly ? null : evalHeldout(h2b, [HELDOUT_H2]);
  const pooled = tuningOnly ? null : evalHeldout(undefined, [HELDOUT_H, HELDOUT_H2]);
  if (h && !json) {
    console.log(
      `HELD-OUT SaudiNewsNet sets H (test/gold/${HELDOUT_H}) and H2 (test/gold/${HELDOUT_H2}); spans over all predictions in their articles, values anchored on date_extracted; errors are never listed:`,
    );
    console.table({ heldout: h, heldout2: h2!, pooled: pooled! });
    hb.print('HELD-OUT H error counts (no text)');
    h2b.print('HELD-OUT H2 error counts (no text)');
  }
  const w = evalWojood(errors);
  const sb = new TimesBreakdown();
  const s = evalSaudi(errors, sb);
  const t3b = new TimesBreakdown();
  const t3Errors = (errors || process.argv.includes('--errors-t3')) && !json;
  if (t3Errors) console.log(`TUNING T3 errors (study days, test/gold/${STUDY_T3}):`);
  const t3 = evalStudyDays(t3b, t3Errors);
  if (json)
    console.log(
      JSON.stringify(
        {
          ...(h ? { heldout: h, heldoutBreakdown: hb.toJSON(), heldout2: h2, heldout2Breakdown: h2b.toJSON(), heldoutPooled: pooled } : {}),
          wojood: w,
          saudinewsnet: s,
          saudinewsnetBreakdown: sb.toJSON(),
          studyT3: t3,
          studyT3Breakdown: t3b.toJSON(),
        },
        null,
        1,
      ),
    );
  else {
    console.log('TUNING Wojood DATE+TIME spans (tagger without anchor):');
    console.table(w);
    console.log('TUNING SaudiNewsNet dev gold (values, anchored on date_extracted):');
    console.table(s);
    sb.print('TUNING SaudiNewsNet error counts');
    console.log(`TUNING study-day set T3 (test/gold/${STUDY_T3}; spans over all predictions, values anchored on date_extracted):`);
    console.table({ t3 });
    t3b.print('TUNING T3 error counts');
  }
}
