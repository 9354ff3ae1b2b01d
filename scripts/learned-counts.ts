/**
 * The counting the learned-list builds share (build-learned-families.ts, build-learned-places.ts):
 * over the unlabelled SaudiNewsNet archive (less the JSONL sample the gold is drawn from), in how
 * many articles each word occurs, and in how many it follows a cue word (a given name, a place
 * head). A word is counted once per article, so one article that repeats a name cannot make it.
 */
import { writeFileSync } from 'node:fs';
import { newsUnlabelledArticles } from '../src/util/news-corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { wordTok } from '../src/analyze/entities/extract.ts';
import type { WordTok } from '../src/analyze/entities/roles.ts';

export interface FollowerCounts {
  articles: number;
  /** word key → articles it occurs in */
  total: Map<string, number>;
  /** word key → articles where it follows a cue */
  after: Map<string, number>;
  seconds: number;
}

export interface FollowerKeys {
  /** the key a word is counted under in `total`, or null when it is not counted */
  occurs(w: WordTok): string | null;
  /** the key a word is counted under in `after` when it follows `prev`, or null */
  follows(w: WordTok, prev: WordTok | null): string | null;
}

export function countFollowers(keys: FollowerKeys): FollowerCounts {
  const total = new Map<string, number>();
  const after = new Map<string, number>();
  let articles = 0;
  const t0 = performance.now();
  for (const a of newsUnlabelledArticles({ more: true })) {
    articles++;
    const inArticle = new Set<string>();
    const named = new Set<string>();
    let prev: WordTok | null = null;
    for (const t of tokenize(`${a.title ?? ''}\n${a.content}`)) {
      const w = wordTok(t);
      const k = keys.occurs(w);
      if (k !== null) inArticle.add(k);
      const f = keys.follows(w, prev);
      if (f !== null) named.add(f);
      prev = w;
    }
    for (const f of inArticle) total.set(f, (total.get(f) ?? 0) + 1);
    for (const f of named) after.set(f, (after.get(f) ?? 0) + 1);
  }
  return { articles, total, after, seconds: (performance.now() - t0) / 1000 };
}

/** The `--name value` argument of the command line, if given. */
export function cliArg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Writes a learned list (`words`, sorted) with its provenance and thresholds, and with `--stats
 * file` every word that followed a cue in two articles or more (word, after, total: for choosing
 * the thresholds).
 */
export function writeLearned(out: string, about: string, counts: FollowerCounts, minArticles: number, minShare: number, words: string[]): void {
  const json = { about, articles: counts.articles, minArticles, minShare, words: [...words].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)) };
  writeFileSync(out, JSON.stringify(json, null, 1) + '\n');
  const stats = cliArg('--stats');
  if (stats) {
    const rows = [...counts.after].filter(([, n]) => n >= 2).map(([f, n]) => `${f}\t${n}\t${counts.total.get(f) ?? n}`);
    writeFileSync(stats, rows.sort().join('\n') + '\n');
  }
}
