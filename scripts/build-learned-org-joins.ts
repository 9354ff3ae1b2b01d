/**
 * Rebuilds src/lexicon/entities/learned-org-joins.json: where an institution's name goes on over
 * `و` + a second complement, learned from unlabelled news (issue #14, session 16: held-out ORG
 * names cut at the end before `و` + their second part). The rules close a name before a `و` they
 * cannot tell from a list (`[مركز الملك سلمان للإغاثة] والأعمال الإنسانية`, `[وزارة الشؤون
 * الإسلامية والأوقاف والدعوة] والإرشاد`, `[اتحاد الأدباء] والمثقفين العرب`), while the archive
 * can: after `مركز الملك سلمان للإغاثة` the next word is `والأعمال` in 256 of 269 articles, after
 * `الأمم المتحدة` or `جامعة تبوك` a `و` word opens anything at all. For every run of words that
 * opens with an ORG head (org-heads.ts) the script counts the articles it occurs in; a run's
 * next word is a join where it is `و` + a definite word in at least `--min-articles` articles and in
 * at least `--min-share` of the run's own. The run before it must read as a name: two to five words,
 * each after the head definite (a `ل`/`و` glued to it is fine; no `ب` place, no verb, no title, no
 * given name). The join must be no second body (a definite head, a body or place the lists know,
 * `واللجنة`, `والهلال`), no title and no relative (`والتي`: the word after `و` has three letters
 * or more after its article). After a join, the name's stable next definite word (the same shares)
 * is kept too (`والأعمال [الإنسانية]`). So is a country's adjective that follows the name in most of its
 * articles, after a head whose names may end in one (name-heads.json countryInName: `مؤسسة النقد
 * العربي [السعودي]`, `مجلس الأمة [الكويتي]`; never after a ministry or a club, guide rule 4). Each entry is the whole name up to its last word, which the
 * rule (src/analyze/entities/learned-org-joins.ts) adds to an organisation that ends just before it.
 * Reads every SaudiNewsNet archive under ../shared/data/news and more/, less the JSONL sample the
 * gold is drawn from (`newsUnlabelledArticles`). Deterministic: files in name order, output sorted.
 *   npx tsx scripts/build-learned-org-joins.ts [--min-articles 5] [--min-share 0.5] [--out file] [--stats tsv]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newsUnlabelledArticles } from '../src/util/news-corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { dropArticle, endsWithNisba, opensWithArticle, startsWithProclitic } from '../src/text/clitics.ts';
import { wordTok } from '../src/analyze/entities/extract.ts';
import { base, conventions } from '../src/analyze/entities/conventions.ts';
import { isKnownVerb } from '../src/analyze/entities/verbs.ts';
import { nationality, titleAt, type WordTok } from '../src/analyze/entities/roles.ts';
import { isGivenName } from '../src/analyze/entities/family-names.ts';
import { lookupName } from '../src/analyze/entities/names.ts';
import { DEFAULT_LEXICON_DIR } from '../src/analyze/entities/resources.ts';
import { cliArg } from './learned-counts.ts';
import { definiteHead, orgHead } from './org-heads.ts';

const minArticles = Number(cliArg('--min-articles') ?? 5);
const minShare = Number(cliArg('--min-share') ?? 0.5);
const out = cliArg('--out') ?? path.join(DEFAULT_LEXICON_DIR, 'learned-org-joins.json');
const MAX_WORDS = 8;
const MAX_BEFORE_JOIN = 5;

/** Article counts of each run of up to MAX_WORDS words opening with an ORG head. */
const runs = new Map<string, number>();
let articles = 0;
const t0 = performance.now();
for (const a of newsUnlabelledArticles({ more: true })) {
  articles++;
  const ws = tokenize(`${a.title ?? ''}\n${a.content}`).map(wordTok);
  const seen = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!orgHead(w) && !definiteHead(w)) continue;
    let key = base(w);
    for (let j = i + 1; j < ws.length && j - i < MAX_WORDS; j++) {
      if (ws[j]!.kind !== 'word') break;
      key += ' ' + ws[j]!.fold;
      seen.add(key);
    }
  }
  for (const k of seen) runs.set(k, (runs.get(k) ?? 0) + 1);
}

const c = conventions();
const tok = (f: string): WordTok => wordTok({ start: 0, end: f.length, text: f, kind: 'word' });
/**
 * A word of a name after its head, before its first join: definite, or after `ل` (`للإغاثة`,
 * `لشؤون`); no verb, title or given name, and no `و` (a join learned only after a join: `جامعة
 * الدمام والصفا [والسيف]` lists districts).
 */
function nameWord(f: string): boolean {
  const w = tok(f);
  const lam = w.moff > 0 && startsWithProclitic(w.fold, 'lam');
  if (w.moff > 0 && !lam) return false;
  return (lam || opensWithArticle(w.mfold)) && !isKnownVerb(f) && !isKnownVerb(w.mfold) && !titleAt([w], 0, 1) && !isGivenName(w);
}
/** `و` + a definite word that is no second body, place, title or relative. */
function joinWord(f: string): boolean {
  const w = tok(f);
  if (w.moff !== 1 || !startsWithProclitic(w.fold, 'waw')) return false;
  const m = w.mfold;
  if (!opensWithArticle(m) || dropArticle(m).length < 3 || isKnownVerb(m) || nationality(m) !== undefined) return false;
  const other = (c.heads.get(dropArticle(m))?.type ?? 'MISC') !== 'MISC' || c.otherBodies.has(m) || c.otherBodies.has(dropArticle(m));
  // (a word only linked to a longer known name is no name alone: `الدعوة` of `حزب الدعوة الإسلامية`)
  const known = lookupName(m);
  return !other && !(known && !known.linkOnly) && !titleAt([w], 0, 1);
}
/**
 * An adjective that goes on after a join (`والأعمال [الإنسانية]`, `والادعاء [العام]`): no clitic, no
 * nationality (guide rule 4), no title (`… والإفتاء [الشيخ]`) and no other word (`[التابع]`).
 */
const tailWord = (f: string): boolean => {
  const w = tok(f);
  if (w.moff > 0 || !opensWithArticle(f) || dropArticle(f).length < 3 || nationality(f) !== undefined || titleAt([w], 0, 1)) return false;
  return endsWithNisba(f) || c.definiteAdjectives.has(f) || c.trailing.has(f);
};
/**
 * A country's adjective with no clitic, after a head whose names may end in one (name-heads.json
 * countryInName: `مجلس الغرف [السعودية]`, `مؤسسة النقد العربي [السعودي]`, `مجلس الأمة [الكويتي]`); not
 * after a ministry, a club, an agency or a paper, where it stays outside (guide rule 4).
 */
const nationalTail = (parts: readonly string[]): boolean =>
  tok(parts.at(-1)!).moff === 0 && nationality(parts.at(-1)!) !== undefined && c.countryNameHeads.has(opensWithArticle(parts[0]!) ? dropArticle(parts[0]!) : parts[0]!);
/** A place the lists know (`جامعة الدمام [والصفا]` lists places, `قناة السويس [والمشروعات]` goes on to other things). */
const place = (f: string): boolean => lookupName(base(tok(f)))?.type === 'LOC';
/** A definite head names a body only with an adjective of the name after it (`المؤسسة العامة`, not `النادي الكريم`). */
const headOk = (parts: readonly string[]): boolean =>
  !opensWithArticle(parts[0]!) || (tok(parts[1]!).moff === 0 && (endsWithNisba(parts[1]!) || c.definiteAdjectives.has(parts[1]!)));

const stable = (k: string, n: number): boolean => {
  const m = runs.get(k) ?? 0;
  return m >= minArticles && m >= minShare * n;
};
const kept: [string, number, number][] = [];
// prefixes shortest first, so that a name joined once may take its stable tail
const keys = [...runs.keys()].sort((x, y) => x.split(' ').length - y.split(' ').length || (x < y ? -1 : x > y ? 1 : 0));
const joined = new Set<string>();
for (const k of keys) {
  const n = runs.get(k)!;
  if (n < minArticles) continue;
  const parts = k.split(' ');
  const cut = k.lastIndexOf(' ');
  const prefix = k.slice(0, cut);
  const last = parts.at(-1)!;
  const p = runs.get(prefix) ?? 0;
  if (parts.length < 3 || !stable(k, p)) continue;
  const before = parts.slice(1, -1);
  if (joined.has(prefix) ? tailWord(last) || joinWord(last) : parts.length - 1 <= MAX_BEFORE_JOIN && (joinWord(last) || nationalTail(parts)) && before.every(nameWord) && headOk(parts) && !place(before.at(-1)!)) {
    joined.add(k);
    kept.push([k, n, p]);
  }
}
kept.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const json = {
  about:
    'Generated by scripts/build-learned-org-joins.ts (do not edit): names opening with an ORG head whose last word is ' +
    `و + a definite word (or a definite word after such a join, or a country's adjective after a countryInName head) that follows the rest in at least ${minArticles} articles ` +
    `and ${minShare} of the rest's own, over SaudiNewsNet less the JSONL sample. Folded, the head without its clitics. ` +
    'Used by the learned-join rule (rule:org/learned-join).',
  articles,
  minArticles,
  minShare,
  names: kept.map(([k]) => k),
};
writeFileSync(out, JSON.stringify(json, null, 1) + '\n');
const stats = cliArg('--stats');
if (stats) writeFileSync(stats, kept.map(([k, n, p]) => `${k}\t${n}\t${p}`).join('\n') + '\n');
console.log(`${articles} articles, ${runs.size} runs, ${kept.length} kept → ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
