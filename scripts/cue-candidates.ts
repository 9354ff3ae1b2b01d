/**
 * Reading aid for issue 15 (print-only, nothing generated is committed): which words stand right
 * before a content clause (أن، إن، بأن… as the quote lexicon lists them, with their pronoun
 * suffixes) or before a colon followed by a quotation mark, over the unlabelled archive (never
 * the gold sample), and are not forms the quote lexicon knows. The words counted are the one
 * right before and the one two before (a verb is often followed by its subject: وأوضح المدير أن).
 * Counted once per article. Usage: npx tsx scripts/cue-candidates.ts [--top 60] [--max N]
 */
import { newsUnlabelledArticles } from '../src/util/news-corpus.ts';
import { tokens, stripConj, isQuoteChar, type Tok } from '../src/analyze/quotes/text.ts';
import { LEX } from '../src/analyze/quotes/lexicon.ts';
import { cliArg } from './learned-counts.ts';

const top = Number(cliArg('--top') ?? 60);
const max = Number(cliArg('--max') ?? Infinity);
const known = (n: string): boolean => stripConj(n).some((k) => LEX.forms.has(k));

const counts = new Map<string, number>();
const context = new Map<string, string>();
let articles = 0;
for (const a of newsUnlabelledArticles({ more: true })) {
  if (articles >= max) break;
  articles++;
  const text = a.content;
  const ts = tokens(text);
  const seen = new Set<string>();
  const opensContent = (i: number): boolean => {
    const t = ts[i]!;
    if (t.word) return LEX.complementizers.has(t.n);
    return t.text === ':' && i + 1 < ts.length && isQuoteChar(ts[i + 1]!.text);
  };
  for (let i = 1; i < ts.length; i++) {
    if (!opensContent(i)) continue;
    for (const back of [1, 2]) {
      const w: Tok | undefined = ts[i - back];
      if (!w?.word || known(w.n) || (back === 2 && !ts[i - 1]!.word)) continue;
      const key = w.n;
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!context.has(key)) context.set(key, text.slice(Math.max(0, w.start - 30), ts[i]!.end + 30).replace(/\s+/g, ' '));
    }
  }
}
const rows = [...counts].sort((x, y) => y[1] - x[1]).slice(0, top);
console.log(`${articles} articles; words before a content clause not in the quote lexicon:`);
for (const [w, c] of rows) console.log(`${String(c).padStart(6)}  ${w}  …${context.get(w)}…`);
