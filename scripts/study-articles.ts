/**
 * The articles the study scripts (entities-, quotes-, times-study, quotes-guards) read: those of one
 * SaudiNewsNet ZIP that are not in the gold sample — whose held-out halves nobody tuning may read —
 * and have text, after the first `skip` of them, at most `n`. One walk for all four, so none of
 * them can forget the sample (times-study did).
 */
import type { MarsadDocument } from '../src/doc/types.ts';
import { analyzeText } from '../src/pipeline/pipeline.ts';
import { articleKeys, isKeyed, newsSampleArticles, newsZipArticles, type NewsRecord } from '../src/util/news-corpus.ts';

export function* studyArticles(zip: string, skip: number, n: number): Generator<NewsRecord> {
  const sample = articleKeys(newsSampleArticles());
  let seen = 0;
  let read = 0;
  for (const a of newsZipArticles([zip])) {
    if (read >= n) return;
    if (isKeyed(a, sample) || !a.content?.trim()) continue;
    if (seen++ < skip) continue;
    read++;
    yield a;
  }
}

/** The whole pipeline over a study article, dated by its publication day. */
export function analyzeStudyArticle(a: NewsRecord): MarsadDocument {
  return analyzeText(
    { text: a.content, meta: { url: a.url ?? null, title: a.title ?? null } },
    { date: (a.date_extracted ?? '').slice(0, 10) || null },
  );
}
