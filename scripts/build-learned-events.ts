/**
 * Rebuilds src/lexicon/entities/learned-events.json: names of events, competitions and awards
 * learned from recurrence over unlabelled news (issue 14, MISC recall; session 16), for the
 * learned-event rule (src/analyze/entities/learned-events.ts). As with institutions
 * (build-learned-orgs.ts), a named event is written verbatim again and again with a stable end:
 * after `مهرجان أبها يجمعنا` the next word varies, while after `مهرجان أبها` it is nearly always
 * `يجمعنا`. For every run of 3–7 words that opens with an event head (the MISC heads of
 * name-heads.json `heads` and the forum heads of `namedForums`, without the article) the script counts the articles it occurs in, and for each the
 * articles of its one-word extensions. A run is kept when it occurs in at least `--min-articles`
 * articles, no single next word follows it in `--max-next` of them or more (a stable right end),
 * no word of it is a function word (a word in `--max-df` of all articles or more), a number, a
 * verb the lists know, a given name or a title (the run went on to a person), no noun with a
 * pronoun, no indefinite adjective second (`مؤتمر صحافي مشترك`: a kind of event), not only
 * definite words after the head (`معرض الأسر المنتجة`: a plain description), and it does not
 * end on a nationality, a place after ب or a word the lists never take for a
 * complement.
 * Reads every SaudiNewsNet archive under ../shared/data/news and more/, less the JSONL sample the
 * gold is drawn from and less the days kept fresh for this session's tuning gold (the RESERVED
 * list below: no rule may learn from them). Deterministic: files in name order, output sorted.
 *   npx tsx scripts/build-learned-events.ts [--min-articles 5] [--max-next 0.5] [--max-df 0.05] [--out file] [--stats tsv]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleKeys, isKeyed, newsSampleArticles, newsZipArticles, newsZipNames } from '../src/util/news-corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { endsWithAttachedPronoun, endsWithNisba, opensWithArticle, startsDefinite, startsWithArticle, startsWithProclitic } from '../src/text/clitics.ts';
import { endsWithHa } from '../src/text/endings.ts';
import { wordTok } from '../src/analyze/entities/extract.ts';
import { base, conventions, headOf } from '../src/analyze/entities/conventions.ts';
import { nameHeadsList } from '../src/analyze/entities/lexicon.ts';
import { isKnownVerb } from '../src/analyze/entities/verbs.ts';
import { nationality, titleAt, type WordTok } from '../src/analyze/entities/roles.ts';
import { isGivenName } from '../src/analyze/entities/family-names.ts';
import { DEFAULT_LEXICON_DIR } from '../src/analyze/entities/resources.ts';
import { cliArg } from './learned-counts.ts';

const minArticles = Number(cliArg('--min-articles') ?? 5);
const maxNext = Number(cliArg('--max-next') ?? 0.5);
const maxDf = Number(cliArg('--max-df') ?? 0.05);
const out = cliArg('--out') ?? path.join(DEFAULT_LEXICON_DIR, 'learned-events.json');
const MIN_WORDS = 3;
const MAX_WORDS = 7;
/** Days the annotators of session 16 draw fresh tuning gold from: nothing is learned from them. */
const RESERVED = ['2015-07-22', '2015-07-26', '2015-07-31', '2015-08-03', '2015-08-06', '2015-08-08'];

const forums = nameHeadsList('namedForums', 'heads');
const isHead = (f: string): boolean => headOf({ ...wordTok({ start: 0, end: f.length, text: f, kind: 'word' }) })?.type === 'MISC' || forums.has(f);
/**
 * An event head without the article (its clitics dropped, as headOf reads it). With the article
 * the runs are descriptions more often than names (`المؤتمر الأمني السنوي (بلاك هات)`, more/2015-08-09).
 */
const eventHead = (w: WordTok): boolean => w.kind === 'word' && isHead(base(w));

/** A noun that carries an attached pronoun, written ه and not ة (as build-learned-orgs.ts reads it). */
const withPronoun = (w: WordTok): boolean =>
  !opensWithArticle(w.mfold) && w.mfold.length > 3 && (endsWithHa(w.text) || endsWithAttachedPronoun(w.mfold));

const sample = articleKeys(newsSampleArticles());
const days = [...newsZipNames(), ...newsZipNames('more')].filter((n) => !RESERVED.some((d) => n.endsWith(`${d}.zip`)));

/** Article counts of each run (up to MAX_WORDS + 1 words, to see what follows a 7-word run). */
const runs = new Map<string, number>();
const df = new Map<string, number>();
let articles = 0;
const t0 = performance.now();
for (const a of newsZipArticles(days)) {
  if (isKeyed(a, sample)) continue;
  articles++;
  const ws = tokenize(`${a.title ?? ''}\n${a.content}`).map(wordTok);
  const seen = new Set<string>();
  const words = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.kind === 'word') words.add(w.fold);
    if (!eventHead(w)) continue;
    let key = base(w);
    // a run stops at anything not a word (a comma, a number, a quote) and at a noun with a
    // pronoun, a clause about the event (`جائزة مالية قدرها`)
    for (let j = i + 1; j < ws.length && j - i <= MAX_WORDS; j++) {
      if (ws[j]!.kind !== 'word' || withPronoun(ws[j]!)) break;
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
  const prefix = k.slice(0, k.lastIndexOf(' '));
  if (prefix.includes(' ') && n > (bestNext.get(prefix) ?? 0)) bestNext.set(prefix, n);
}
const c = conventions();
const tok = (f: string): WordTok => wordTok({ start: 0, end: f.length, text: f, kind: 'word' });
const functionWord = (f: string): boolean => (df.get(f) ?? 0) >= maxDf * articles;
/** A word no event's name runs over: a verb, a given name or a title (the run went on to a person). */
const beyond = (f: string): boolean => isKnownVerb(f) || isGivenName(tok(f)) || !!titleAt([tok(f)], 0, 1);
/** A last word the name may end on: none the lists never take for a complement, no time word. */
function endsName(parts: readonly string[]): boolean {
  const last = tok(parts.at(-1)!);
  if (c.notComplements.has(last.mfold) || c.notComplements.has(last.fold)) return false;
  // a nationality after a proper name describes it (guide rule 4: `بطولة ويمبلدون [الإنجليزية]`)
  // a nationality: after a proper name it describes (guide rule 4: `بطولة ويمبلدون [الإنجليزية]`),
  // after a common word the competition rules take it where it belongs to the name (`كأس السوبر
  // الإيطالي`), and a festival's is no part of its name (`مهرجان العسل [البريطاني]`)
  if (nationality(last.fold) !== undefined) return false;
  // …nor a place after ب, which says where (`مهرجان التمور [ببريدة]`, `كأس السوبر [بلندن]`)
  return !(last.moff > 0 && startsWithProclitic(last.fold, 'ba'));
}
/** A head with an indefinite adjective is a kind of event, not one (`مؤتمر صحافي`, `جائزة مالية`). */
const describedKind = (second: string): boolean => !opensWithArticle(second) && endsWithNisba(second);
/**
 * A head with only definite common words after it is a plain description (guide rule 21: `معرض
 * الأسر المنتجة`, `جائزة التصوير الضوئي`, which tune2 leaves unmarked); the names the lists and the
 * competition rules know this way (`كأس الأمم الأفريقية`) need no learning.
 */
const plainDescription = (parts: readonly string[]): boolean =>
  parts.slice(1).every((f) => startsDefinite(f) || startsWithArticle(f));

const kept: [string, number, number][] = [];
for (const [k, n] of runs) {
  const parts = k.split(' ');
  if (n < minArticles || parts.length < MIN_WORDS || parts.length > MAX_WORDS) continue;
  const next = bestNext.get(k) ?? 0;
  if (next >= maxNext * n) continue;
  if (describedKind(parts[1]!) || plainDescription(parts)) continue;
  if (!endsName(parts) || parts.slice(1).some((f) => functionWord(f) || beyond(f))) continue;
  kept.push([k, n, next]);
}
kept.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const json = {
  about:
    'Generated by scripts/build-learned-events.ts (do not edit): runs of 3–7 words opening with an event head of ' +
    "name-heads.json (the MISC heads and namedForums', without the article), " +
    `in at least ${minArticles} articles, no next word in ${maxNext} of them or more, ` +
    `no word in ${maxDf} of all articles or more, no verb, given name or title, over SaudiNewsNet less the JSONL sample ` +
    `and the days ${RESERVED.join(', ')}. Folded, the head without its clitics. Used by the learned-event rule (rule:misc/learned-event).`,
  articles,
  minArticles,
  maxNext,
  maxDf,
  names: kept.map(([k]) => k),
};
writeFileSync(out, JSON.stringify(json, null, 1) + '\n');
const stats = cliArg('--stats');
if (stats) writeFileSync(stats, kept.map(([k, n, nx]) => `${k}\t${n}\t${nx}`).join('\n') + '\n');
console.log(`${articles} articles, ${runs.size} runs, ${kept.length} kept → ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
