/**
 * Reading aid for issue 15 on unlabelled news: which guards of the quote finder turn candidate
 * cues down, counted over articles of a SaudiNewsNet ZIP that are not in the gold sample, with
 * the text around each event of the guards named by --guard. It reruns the finder with its trace
 * on (FindOptions.trace; the same names as eval-quotes' "why cue-missed" counts), so a guard that
 * holds held-out misses can be read at work on study days. Output to stdout only (the text is
 * the publishers').
 *   npx tsx scripts/quotes-guards.ts --zip more/2015-08-06.zip --skip 330 --n 150 [--guard attribution:verb-follows,marker:nominal-an] [--ctx 120]
 */
import { findQuotes } from '../src/analyze/quotes/index.ts';
import { analyzeStudyArticle, studyArticles } from './study-articles.ts';

const args = process.argv.slice(2);
const arg = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const zip = arg('--zip', 'more/2015-08-03.zip');
const n = Number(arg('--n', '150'));
const skip = Number(arg('--skip', '0'));
const ctx = Number(arg('--ctx', '120'));
const guards = new Set(arg('--guard', '').split(',').filter(Boolean));

const flat = (s: string) => s.replace(/\s+/g, ' ');
const counts = new Map<string, number>();
let articles = 0;
for (const a of studyArticles(zip, skip, n)) {
  articles++;
  const doc = analyzeStudyArticle(a);
  const text = doc.text;
  findQuotes(doc, {
    trace: (why, at) => {
      counts.set(why, (counts.get(why) ?? 0) + 1);
      if (guards.has(why))
        process.stdout.write(`${articles} ${why}: …${flat(text.slice(Math.max(0, at - ctx), at))} ⟦${flat(text.slice(at, at + ctx))}\n`);
    },
  });
}
process.stdout.write(`\n${articles} articles of ${zip} (skip ${skip}); guard events:\n`);
for (const [why, c] of [...counts].sort((x, y) => y[1] - x[1])) process.stdout.write(`${String(c).padStart(5)}  ${why}\n`);
