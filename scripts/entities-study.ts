/**
 * Reading aid for the entity conventions on unlabelled news (issue #14): runs the whole pipeline
 * over articles of one SaudiNewsNet ZIP that are not in the gold sample, and prints, for a person to
 * read and class against docs/gold/entities-guide.md:
 *   (a) every head noun of name-heads.json (and a few more institution and event heads) with the
 *       words after it and the entity marks around it: `[ORG وزارة النقل]`, or none;
 *   (b) one-word persons, with their context;
 *   (c) every article's text with its entities marked (`--part c`, long).
 * Nothing is stored: the output goes to stdout only (the text is the publishers').
 *   npx tsx scripts/entities-study.ts [--zip more/2015-08-04.zip] [--n 300] [--skip 0] [--part ab]
 */
import { analyzeStudyArticle, studyArticles } from './study-articles.ts';
import { foldName } from '../src/analyze/entities/lexicon.ts';
import { headOf } from '../src/analyze/entities/conventions.ts';
import type { MarsadDocument } from '../src/doc/types.ts';

const args = process.argv.slice(2);
const arg = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const zip = arg('--zip', 'more/2015-08-04.zip');
const n = Number(arg('--n', '300'));
const skip = Number(arg('--skip', '0'));
const part = arg('--part', 'ab');
// heads the lexicon does not have (yet): read to see whether they should
const extraHeads = ['مؤتمر', 'منتدى', 'معرض', 'ملتقى', 'نظام', 'برنامج', 'مبادرة', 'حملة', 'اتفاقية', 'قمة', 'إدارة', 'قسم', 'مكتب', 'فرع', 'قوة', 'قوات', 'وكالة', 'لواء', 'كتيبة', 'فرقة', 'مسجد', 'مدرسة', 'مجمع', 'بلدية', 'شرطة', 'إمارة', 'غرفة', 'مصنع', 'فندق', 'سوق', 'برج', 'مشروع', 'أسبوع', 'يوم', 'عاصفة', 'عملية', 'حرس', 'جهاز', 'نقابة', 'رابطة', 'تحالف', 'جبهة', 'تنظيم', 'ائتلاف', 'مجموعة', 'بنك'].map(foldName);
const extra = new Set(extraHeads);

const marked = (text: string, doc: MarsadDocument): { s: number; e: number; t: string }[] =>
  doc.entities.flatMap((en) => en.mentions.map((m) => ({ s: m.start, e: m.end, t: en.type }))).sort((a, b) => a.s - b.s);

function window(text: string, ms: { s: number; e: number; t: string }[], a: number, b: number): string {
  let out = '';
  let k = a;
  for (const m of ms) {
    if (m.e <= a || m.s >= b) continue;
    const s = Math.max(m.s, a);
    out += text.slice(k, s) + `[${m.t} ` + text.slice(s, Math.min(m.e, b)) + ']';
    k = Math.min(m.e, b);
  }
  return (out + text.slice(k, b)).replace(/\s+/g, ' ');
}

let read = 0;
const headLines = new Map<string, string[]>();
const onePer: string[] = [];
for (const a of studyArticles(zip, skip, n)) {
  read++;
  const text = a.content;
  const doc = analyzeStudyArticle(a);
  const ms = marked(text, doc);
  if (part.includes('c')) process.stdout.write(`\n### ${read} ${a.source}\n${window(text, ms, 0, text.length)}\n`);
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const s = m.index;
    const w = m[0];
    let f = foldName(w);
    f = f.replace(/^[وف]/, '');
    let bare = f.replace(/^[بلك]/, '');
    if (f.startsWith('لل')) bare = f.slice(2);
    const h = headOf({ kind: 'word', text: w, fold: bare, mfold: bare, moff: 0 } as never);
    const isExtra = extra.has(bare) || extra.has(f);
    if (!h && !isExtra) continue;
    const key = `${h ? h.type : 'extra'} ${bare}`;
    let end = s;
    let words = 0;
    for (const x of text.slice(s).matchAll(/\S+/gu)) {
      end = s + x.index + x[0].length;
      if (++words >= 7) break;
    }
    const line = `${read}: ${window(text, ms, Math.max(0, s - 25), end)}`;
    if (!headLines.has(key)) headLines.set(key, []);
    headLines.get(key)!.push(line);
  }
  for (const en of doc.entities) {
    if (en.type !== 'PER') continue;
    for (const m of en.mentions)
      if (!/\s/.test(m.text)) onePer.push(`${read}: «${m.text}» ${window(text, ms, Math.max(0, m.start - 40), Math.min(text.length, m.end + 40))}`);
  }
}
if (part.includes('a'))
  for (const [key, lines] of [...headLines].sort((x, y) => y[1].length - x[1].length)) {
    process.stdout.write(`\n== ${key} (${lines.length})\n${lines.join('\n')}\n`);
  }
if (part.includes('b')) process.stdout.write(`\n== one-word persons (${onePer.length})\n${onePer.join('\n')}\n`);
process.stderr.write(`${read} articles of ${zip}\n`);
