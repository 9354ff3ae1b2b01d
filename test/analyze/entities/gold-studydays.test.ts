/**
 * The entity gold drawn from the daily ZIPs (test/gold/entities-studydays.json, split tune3):
 * every article resolves by ZIP and URL to a study-day article that is not in the sample
 * (studyGoldArticle refuses those), and every mention sits inside its text at word boundaries,
 * as in the sample gold (docs/gold/entities-guide.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/util/shared.ts';
import { describeShared } from '../../helpers/shared.ts';
import { expectMentionSpans } from '../../helpers/entity-gold.ts';
import { studyArticleId } from '../../../scripts/gold/entity-offsets.ts';

interface StudyGoldArticle {
  zip: string;
  url: string;
  id: string;
  split: string;
  entities: { id: string; type: string; en?: string; mentions: [number, number][] }[];
}
const gold = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'test/gold/entities-studydays.json'), 'utf8'),
) as {
  _doc: string;
  field: string;
  articles: StudyGoldArticle[];
};
/** The days reserved for this set in session 16 (kept fresh: nobody studied them before it). */
const ZIPS = ['more/2015-07-26.zip', 'more/2015-08-06.zip'];

describe('study-day entity gold file', () => {
  it('holds the 14 tune3 articles, each once, named by ZIP, URL and a stable id', () => {
    expect(gold._doc).toContain('docs/gold/entities-guide.md');
    expect(gold.field).toBe('content');
    expect(gold.articles).toHaveLength(14);
    expect(new Set(gold.articles.map((a) => a.url)).size).toBe(14);
    for (const a of gold.articles) {
      expect(a.split).toBe('tune3');
      expect(ZIPS).toContain(a.zip);
      expect(a.id).toBe(studyArticleId(a.zip, a.url));
    }
  });

  it('gives every entity a type, a unique id and at least one mention', () => {
    for (const a of gold.articles) {
      const ids = a.entities.map((e) => e.id);
      expect(new Set(ids).size, a.id).toBe(ids.length);
      for (const e of a.entities) {
        expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(e.type);
        expect(e.mentions.length).toBeGreaterThan(0);
      }
    }
  });
});

describeShared('study-day entity gold against the ZIPs', ['data/news/more/2015-07-26.zip'], () => {
  it('resolves every article outside the sample, from at least 6 newspapers', async () => {
    const { studyGoldArticle } = await import('../../../src/util/news-corpus.ts');
    const papers = new Set(gold.articles.map((a) => studyGoldArticle({ zip: a.zip, url: a.url }).source));
    expect(papers.size).toBeGreaterThanOrEqual(6);
  });

  it('has every mention in range, at word boundaries, on one line, and no overlapping mentions', async () => {
    const { studyGoldArticle } = await import('../../../src/util/news-corpus.ts');
    let mentions = 0;
    for (const a of gold.articles) {
      const text = studyGoldArticle({ zip: a.zip, url: a.url }).content;
      mentions += expectMentionSpans(
        text,
        a.entities.flatMap((e) => e.mentions),
        a.id,
        (s, e, where) => expect(/[\n\r]/.test(text.slice(s, e)), where).toBe(false),
      );
    }
    expect(mentions).toBeGreaterThan(300);
  });
});
