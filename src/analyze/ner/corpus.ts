/** Unlabelled Arabic text for the distributional classes: the news articles in ../shared. */
import { newsUnlabelledArticles } from '../../util/news-corpus.ts';

/**
 * Titles and bodies of the articles in `../shared/data/news/*.zip`, without those of the JSONL
 * sample (the news gold's articles; see `newsUnlabelledArticles`).
 */
export function* newsTexts(): Generator<string> {
  for (const a of newsUnlabelledArticles()) yield `${a.title ?? ''}\n${a.content}`;
}
