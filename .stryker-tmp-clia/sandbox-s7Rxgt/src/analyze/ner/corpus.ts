/** Unlabelled Arabic text for the distributional classes: the news articles in ../shared. */
// @ts-nocheck

import { newsSampleArticles, newsZipArticles } from '../../util/news-corpus.ts';

/** Titles and bodies of every article in `../shared/data/news/*.zip` and the JSONL sample. */
export function* newsTexts(): Generator<string> {
  for (const a of newsZipArticles()) yield `${a.title ?? ''}\n${a.content}`;
  for (const a of newsSampleArticles()) yield `${a.title ?? ''}\n${a.content}`;
}
