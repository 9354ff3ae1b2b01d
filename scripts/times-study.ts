/**
 * Reading aid for the time tagger on unlabelled news (issue #15): runs `findTimes` over articles of
 * a SaudiNewsNet ZIP outside the gold sample and prints, for a person to read and class,
 *   (a) time words of the lexicons (months, weekdays, units, relative days, parts of the day,
 *       seasons, decades) and year-like numbers that no expression covers, with their context;
 *   (b) expressions whose value is unresolved (X…, UNDEF) ;
 *   (c) every expression, for reading boundaries against docs/gold/quotes-times-guide.md.
 * Nothing is stored: the output goes to stdout only (the text is the publishers').
 *   npx tsx scripts/times-study.ts [--zip more/2015-07-21.zip] [--n 300] [--skip 0] [--part a|b|c]
 */
import { findTimes } from '../src/analyze/time/tagger.ts';
import { normText } from '../src/analyze/time/norm.ts';
import { variants } from '../src/analyze/time/cursor.ts';
import * as L from '../src/analyze/time/lexicon.ts';
import { studyArticles } from './study-articles.ts';

const args = process.argv.slice(2);
const arg = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const zip = arg('--zip', 'more/2015-07-21.zip');
const n = Number(arg('--n', '300'));
const skip = Number(arg('--skip', '0'));
const part = arg('--part', 'abc');

const firstWords = (pm: L.PhraseMap<unknown>, keys: Iterable<string>) => [...keys].filter((k) => pm.candidates(k).length > 0);
void firstWords;
const timeWords = new Set<string>([...L.WEEKDAYS.keys(), ...L.UNITS.keys(), ...L.SEASONS.keys(), ...L.DECADES.keys(), ...L.VAGUE_NOW.keys()]);
const phraseMaps: L.PhraseMap<unknown>[] = [L.GREG_MONTHS, L.HIJRI_MONTHS, L.REL_DAYS, L.PARTS_OF_DAY, L.TONIGHT] as L.PhraseMap<unknown>[];
const extra = ['عيد', 'القرن', 'قرن', 'الفطر', 'الاضحى', 'عرفه', 'الوطني', 'الدراسي', 'المالي', 'ذكرى'];
for (const w of extra) timeWords.add(w);

function isTimeWord(t: string): string | null {
  for (const [v] of variants(t)) {
    if (timeWords.has(v)) return v;
    if (phraseMaps.some((pm) => pm.candidates(v).length > 0)) return v;
  }
  if (/^(1[3-4]\d\d|19\d\d|20\d\d)$/.test(t)) return 'YEAR';
  return null;
}

const uncovered = new Map<string, string[]>();
const unresolved: string[] = [];
const all: string[] = [];
let articles = 0;
let exprs = 0;
for (const a of studyArticles(zip, skip, n)) {
  articles++;
  const anchor = a.date_extracted ? a.date_extracted.slice(0, 10) : null;
  const text = a.content;
  const ts = findTimes(text, { anchor });
  exprs += ts.length;
  const nt = normText(text);
  // tokens of the original text via the folded copy
  for (const m of text.matchAll(/[\p{L}\p{M}]+|\d+/gu)) {
    const s = m.index;
    const e = s + m[0].length;
    if (ts.some((x) => x.start < e && x.end > s)) continue;
    const w = normText(m[0]).norm;
    const key = isTimeWord(w);
    if (!key) continue;
    const ctx = text.slice(Math.max(0, s - 50), Math.min(text.length, e + 50)).replace(/\s+/g, ' ');
    const list = uncovered.get(key) ?? [];
    list.push(`[${articles - 1}] ${ctx}`);
    uncovered.set(key, list);
  }
  void nt;
  for (const x of ts) {
    const ctx = text.slice(Math.max(0, x.start - 40), x.start) + '⟦' + x.text + '⟧' + text.slice(x.end, x.end + 40);
    const line = `[${articles - 1}] ${x.value.padEnd(14)} ${x.source.padEnd(14)} ${ctx.replace(/\s+/g, ' ')}`;
    if (/X|UNDEF/.test(x.value) && !/^P/.test(x.value)) unresolved.push(line);
    all.push(line);
  }
}
console.log(`articles ${articles}, expressions ${exprs}, uncovered time words ${[...uncovered.values()].reduce((s, l) => s + l.length, 0)}, unresolved ${unresolved.length}`);
if (part.includes('a')) {
  console.log('\n(a) uncovered time words');
  for (const [w, l] of [...uncovered].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`== ${w} ${l.length}`);
    for (const c of l.slice(0, 12)) console.log('   ' + c);
  }
}
if (part.includes('b')) {
  console.log('\n(b) unresolved');
  for (const l of unresolved) console.log(l);
}
if (part.includes('c')) {
  console.log('\n(c) all');
  for (const l of all) console.log(l);
}
