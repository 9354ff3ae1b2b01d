import { describe, expect, it } from 'vitest';
import {
  articleKeys,
  isKeyed,
  newsSampleArticles,
  newsUnlabelledArticles,
  newsZipArticles,
  type NewsRecord,
} from '../../../src/util/news-corpus.ts';
import { newsTexts } from '../../../src/analyze/ner/corpus.ts';
import { describeShared } from '../../helpers/shared.ts';

const rec = (url: string | null, title: string | null, content: string): NewsRecord => ({
  url,
  title,
  content,
  source: 'test',
  date_extracted: null,
});

describe('articleKeys / isKeyed', () => {
  const gold = [
    rec(
      'http://example.test/a/1',
      'افتتاح مكتبة عامة جديدة في حي النخيل بمدينة الواحة',
      'قال مدير البلدية إن المكتبة ستفتح أبوابها للزوار يوم الأحد المقبل بعد أعمال ترميم.',
    ),
    rec(null, 'خبر', 'نص قصير'),
  ];
  const keys = articleKeys(gold);

  it('recognises the same article by URL, by title or by body, white space aside', () => {
    expect(isKeyed(rec('http://example.test/a/1', null, ''), keys)).toBe(true);
    expect(
      isKeyed(rec('http://other.test/9', 'افتتاح مكتبة عامة جديدة في حي النخيل بمدينة الواحة', 'آخر'), keys),
    ).toBe(true);
    expect(
      isKeyed(
        rec(
          'http://other.test/9',
          'عنوان آخر تماما',
          '  قال مدير البلدية إن المكتبة\nستفتح أبوابها للزوار يوم الأحد المقبل بعد أعمال ترميم. ',
        ),
        keys,
      ),
    ).toBe(true);
  });

  it('keeps other articles, and does not match on a short title or body', () => {
    expect(
      isKeyed(
        rec('http://example.test/a/2', 'عنوان آخر تماما', 'قال المدير إن الحديقة ستفتح غدا للزوار.'),
        keys,
      ),
    ).toBe(false);
    // 'خبر' and 'نص قصير' are too short to identify an article
    expect(isKeyed(rec('http://example.test/a/3', 'خبر', 'نص قصير'), keys)).toBe(false);
  });
});

describeShared(
  'unlabelled news leaves the JSONL sample out',
  ['data', 'news', 'saudinewsnet-sample.jsonl'],
  () => {
    it('no text the tagger learns word classes or ordinary words from is a sample article', () => {
      const sample = [...newsSampleArticles()];
      expect(sample.length).toBeGreaterThan(100);
      const bodies = new Set(sample.map((a) => a.content.replace(/\s+/g, ' ').trim()));
      const texts = [...newsTexts()];
      // the ZIPs hold every sample article: the filter must have removed something
      const zip = [...newsZipArticles()];
      const inZip = zip.filter((a) => bodies.has(a.content.replace(/\s+/g, ' ').trim())).length;
      expect(inZip).toBeGreaterThanOrEqual(sample.length);
      expect(texts.length).toBeLessThanOrEqual(zip.length - sample.length);
      for (const t of texts) {
        const body = t
          .slice(t.indexOf('\n') + 1)
          .replace(/\s+/g, ' ')
          .trim();
        expect(bodies.has(body)).toBe(false);
      }
      const urls = new Set(sample.map((a) => a.url));
      for (const a of newsUnlabelledArticles()) expect(urls.has(a.url)).toBe(false);
    });
  },
);

describeShared('studyGoldArticle', ['data', 'news', 'more', '2015-07-23.zip'], () => {
  it('finds a study-day article by ZIP and URL, and refuses an unknown URL or a sample article', async () => {
    const { studyGoldArticle } = await import('../../../src/util/news-corpus.ts');
    const zip = 'more/2015-07-23.zip';
    const free = newsZipArticles([zip]).next().value as NewsRecord;
    expect(studyGoldArticle({ zip, url: free.url! }).content).toBe(free.content);
    expect(() => studyGoldArticle({ zip, url: 'http://example.test/none' })).toThrow(/not in/);
    // every sample article is also in a daily ZIP: reached that way it is refused
    const inSample = newsSampleArticles().next().value as NewsRecord;
    const zips = ['2015-08-10.zip', '2015-08-11.zip'];
    const at = zips.find((z) => [...newsZipArticles([z])].some((a) => a.url === inSample.url));
    expect(at).toBeDefined();
    expect(() => studyGoldArticle({ zip: at!, url: inSample.url! })).toThrow(/sample article/);
  });
});
