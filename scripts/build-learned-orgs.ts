/**
 * Rebuilds src/lexicon/entities/learned-orgs.json: institution names learned from recurrence over
 * unlabelled news (issue 14, "learning from unlabelled news"), for the learned-name rule
 * (src/analyze/entities/learned-orgs.ts). An institution is named verbatim again and again, and
 * its name has a stable end: after `المؤسسة العامة للتدريب التقني والمهني` the next word varies,
 * while after `المؤسسة العامة للتدريب` it is nearly always `التقني`. For every run of 2–7 words
 * that opens with an ORG head noun of name-heads.json (the head's clitics dropped, as headOf reads
 * it; not a head that takes no chain, `حركة`) the script counts the articles it occurs in, and for each the articles of its one-word
 * extensions. A run is kept when it occurs in at least `--min-articles` articles, no single next
 * word follows it in `--max-next` of them or more (a stable right end), it ends on a definite word
 * (not a verb, a number or a time word), and no word of it is a function word (a word in
 * `--max-df` of all articles or more: `في`, `من`, `التي`) or a verb the lists know. A run that goes
 * on past its body to a second one (`… ووزارة الزراعة`, `… والهيئة`, `… واليابان`) or to a person
 * (`… مبارك العصيمي`, the spokesman named after his ministry: a given name or a title of the lists)
 * is no name, nor one that ends on ب + a word that is no place (`… بالمنطقة`, `… بالاتحاد`: where,
 * or in a body named before). Runs that open with the head's definite form (`المؤسسة العامة …`;
 * session 15) are kept from three words on, with an adjective of the name second, which may be a
 * common word (`العامة`), and no bare indefinite word after a definite one (`اللجنة المحلية تراجع …`), nor a role's portfolio.
 * Reads every SaudiNewsNet archive under ../shared/data/news and more/, less the JSONL sample the
 * gold is drawn from (`newsUnlabelledArticles`). Deterministic: files in name order, output sorted.
 *   npx tsx scripts/build-learned-orgs.ts [--min-articles 5] [--max-next 0.5] [--max-df 0.05] [--out file] [--stats tsv]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newsUnlabelledArticles } from '../src/util/news-corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { dropArticle, endsWithAttachedPronoun, endsWithNisba, opensWithArticle, startsWithConjunction, startsWithProclitic } from '../src/text/clitics.ts';
import { endsWithHa } from '../src/text/endings.ts';
import { wordTok } from '../src/analyze/entities/extract.ts';
import { base, conventions } from '../src/analyze/entities/conventions.ts';
import { nameHeadsList } from '../src/analyze/entities/lexicon.ts';
import { isKnownVerb } from '../src/analyze/entities/verbs.ts';
import { nationality, titleAt, type WordTok } from '../src/analyze/entities/roles.ts';
import { isGivenName } from '../src/analyze/entities/family-names.ts';
import { lookupName } from '../src/analyze/entities/names.ts';
import { learnedPlace } from '../src/analyze/entities/learned-places.ts';
import { DEFAULT_LEXICON_DIR } from '../src/analyze/entities/resources.ts';
import { cliArg } from './learned-counts.ts';
import { definiteHead, orgHead } from './org-heads.ts';

const arg = cliArg;
const minArticles = Number(arg('--min-articles') ?? 5);
const maxNext = Number(arg('--max-next') ?? 0.5);
const maxDf = Number(arg('--max-df') ?? 0.05);
const out = arg('--out') ?? path.join(DEFAULT_LEXICON_DIR, 'learned-orgs.json');
const MAX_WORDS = 7;

/**
 * A noun that carries an attached pronoun, written ه and not ة (`بهيئته`, `أقواله`): a clause
 * about the body, never part of its name (`مجلس القضاء الأعلى بهيئته الدائمة`). Definite words
 * ending in ه (`الله`, `حزب الله`) carry none.
 */
const withPronoun = (w: WordTok): boolean =>
  !opensWithArticle(w.mfold) && w.mfold.length > 3 && (endsWithHa(w.text) || endsWithAttachedPronoun(w.mfold));

const descriptive = nameHeadsList('descriptiveAfterName', 'words');

/** Article counts of each run (up to MAX_WORDS + 1 words, to see what follows a 7-word run). */
const runs = new Map<string, number>();
const df = new Map<string, number>();
let articles = 0;
const t0 = performance.now();
for (const a of newsUnlabelledArticles({ more: true })) {
  articles++;
  const ws = tokenize(`${a.title ?? ''}\n${a.content}`).map(wordTok);
  const seen = new Set<string>();
  const words = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.kind === 'word') words.add(w.fold);
    if (!orgHead(w) && !definiteHead(w)) continue;
    let key = base(w);
    // a run stops at anything not a word (a comma, a number, a quote), at a noun with a pronoun
    // and at a nationality, which the guide leaves outside a complete name (`نادي الوصل الإماراتي`)
    for (let j = i + 1; j < ws.length && j - i <= MAX_WORDS; j++) {
      if (ws[j]!.kind !== 'word' || withPronoun(ws[j]!) || nationality(ws[j]!.fold)) break;
      key += ' ' + ws[j]!.fold;
      seen.add(key);
    }
  }
  for (const k of seen) runs.set(k, (runs.get(k) ?? 0) + 1);
  for (const f of words) df.set(f, (df.get(f) ?? 0) + 1);
}

// the most frequent next word of each run, in articles
const bestNext = new Map<string, number>();
for (const [k, n] of runs) {
  const cut = k.lastIndexOf(' ');
  const prefix = k.slice(0, cut);
  if (prefix.includes(' ') && n > (bestNext.get(prefix) ?? 0)) bestNext.set(prefix, n);
}
const c = conventions();
const functionWord = (f: string): boolean => (df.get(f) ?? 0) >= maxDf * articles;
/**
 * A word a name may end on: definite (after its clitics), no time word (`الماضي`), no function
 * word, no adjective that describes the body after its complete name and stays outside it (guide
 * rule 4: `جماعة الحوثي المسلحة`, name-heads.json descriptiveAfterName; such a word stays a next
 * word of the shorter run, which keeps it from looking stable where it is the name's, as in
 * `القوات المسلحة`).
 */
function endsName(f: string): boolean {
  const w = wordTok({ start: 0, end: f.length, text: f, kind: 'word' });
  if (descriptive.has(f)) return false;
  return opensWithArticle(w.mfold) && w.mfold.length > 3 && !c.notComplements.has(w.mfold) && !c.notComplements.has(f);
}
/** A word that runs past the body's name: another body's head, a given name or a title. */
function beyondBody(f: string): boolean {
  const w = wordTok({ start: 0, end: f.length, text: f, kind: 'word' });
  // (or, after و, a head with the article, or a place or body the lists know that is no adjective:
  // `الاتحاد الأوروبي [واليابان]` lists two; a definite head in construct is the name's, `ديوان الإمارة`)
  const joined = w.moff > 0 && startsWithConjunction(w.fold);
  const other = c.otherBodies.has(w.mfold) || c.otherBodies.has(dropArticle(w.mfold));
  const listed = joined && (definiteHead(w) || other || (!!lookupName(w.mfold) && !endsWithNisba(w.mfold)));
  return orgHead(w) || listed || isGivenName(w) || !!titleAt([w], 0, 1);
}
/** An adjective of a name after a definite head (`العامة`, `الخيرية`, `الأوروبي`), which may be a common word. */
const nameAdjective = (f: string): boolean =>
  !c.notComplements.has(f) && (c.definiteAdjectives.has(f) || c.trailing.has(f) || (opensWithArticle(f) && endsWithNisba(f)));
/**
 * A last word with ب that names no place (session 15): `… بالمنطقة`, `… بالاتحاد`, `… بالقيمة` say
 * where or in which body, named before, and are no part of a name, unlike a branch's town
 * (`جمعية الثقافة والفنون بالطائف`: a place the lists know or one learned after place heads).
 */
function placeAfterBa(f: string): boolean {
  const w = wordTok({ start: 0, end: f.length, text: f, kind: 'word' });
  if (w.moff === 0 || !startsWithProclitic(w.fold, 'ba')) return true;
  const b = base(w);
  return lookupName(b)?.type === 'LOC' || learnedPlace(b) || learnedPlace(dropArticle(b));
}
/**
 * Whether every bare word without the article stands right after another indefinite word, as a
 * noun in construct does (`لتصحيح أوضاع الجالية`): after a definite word such a word is the
 * sentence's (`اللجنة المحلية [تراجع] الطلبات`, a verb; `للأدوية [خطوة] مهمة`).
 */
function inConstruct(parts: readonly string[]): boolean {
  const ws = parts.map((f) => wordTok({ start: 0, end: f.length, text: f, kind: 'word' }));
  return ws.every((w, k) => k === 0 || w.moff > 0 || opensWithArticle(w.mfold) || !opensWithArticle(base(ws[k - 1]!)));
}
function portfolio(f: string): boolean {
  const w = wordTok({ start: 0, end: f.length, text: f, kind: 'word' });
  const b = base(w);
  return w.moff > 0 && opensWithArticle(b) && c.portfolios.has(b);
}
const kept: [string, number, number][] = [];
for (const [k, n] of runs) {
  const parts = k.split(' ');
  if (n < minArticles || parts.length > MAX_WORDS) continue;
  const next = bestNext.get(k) ?? 0;
  if (next >= maxNext * n) continue;
  if (c.commonPhrases.has(parts.slice(0, 2).join(' '))) continue;
  // a definite head names a body only with an adjective of the name right after it (`المؤسسة
  // العامة …`; not `الوزارة والأمانات`, `المستشفى لتلقي العلاج`), and from three words on (definiteHead);
  // that adjective may be a common word
  const definite = opensWithArticle(parts[0]!);
  if (definite && (parts.length < 3 || !nameAdjective(parts[1]!))) continue;
  if (definite && !inConstruct(parts)) continue;
  // a role's portfolio after the body (`مساعد رئيس الديوان الملكي [للشؤون التنفيذية]`, name-heads.json
  // lamAfter.portfolios): ل + the article + a portfolio word is the role's, not the name's
  if (parts.some(portfolio)) continue;
  const common = (f: string, k: number): boolean => functionWord(f) && !(definite && k === 0 && nameAdjective(f));
  if (!endsName(parts.at(-1)!) || !placeAfterBa(parts.at(-1)!) || parts.slice(1).some((f, k) => common(f, k) || isKnownVerb(f) || beyondBody(f))) continue;
  kept.push([k, n, next]);
}
kept.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const json = {
  about:
    'Generated by scripts/build-learned-orgs.ts (do not edit): runs of 2–7 words opening with an ORG head of ' +
    'name-heads.json (3–7 words with the head definite, an adjective of the name after it), ' +
    `in at least ${minArticles} articles, no next word in ${maxNext} of them or more, ending on a ` +
    `definite word (with ب only a place), no word in ${maxDf} of all articles or more, over SaudiNewsNet less the JSONL sample. ` +
    'Folded, the head without its clitics. Used by the learned-name rule (rule:org/learned-name).',
  articles,
  minArticles,
  maxNext,
  maxDf,
  names: kept.map(([k]) => k),
};
writeFileSync(out, JSON.stringify(json, null, 1) + '\n');
const stats = arg('--stats');
if (stats) writeFileSync(stats, kept.map(([k, n, nx]) => `${k}\t${n}\t${nx}`).join('\n') + '\n');
console.log(
  `${articles} articles, ${runs.size} runs, ${kept.length} kept → ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
