import { describe, expect, it } from 'vitest';
import { lightStem, searchTerms } from '../../src/text/stem.ts';

/**
 * light10's suffixes, by hand: each word below was stemmed on paper (clitics and ال off, ة read
 * as ه, then ها ان ات ون ين يه ه ي in that order, each only while three letters stay).
 */
const TABLE: Array<[string, string, string]> = [
  ['المعلمون', 'معلم', 'ون'],
  ['المعلمين', 'معلم', 'ين'],
  ['الطالبان', 'طالب', 'ان'],
  ['الحكومات', 'حكوم', 'ات'],
  ['الاقتصادية', 'اقتصاد', 'يه after ة → ه'],
  ['مدرسة', 'مدرس', 'ه from ة'],
  ['عالمي', 'عالم', 'ي'],
  ['شعبي', 'شعب', 'ي, three letters left'],
  ['مدرساتها', 'مدرس', 'ها then ات in one pass'],
  ['سكانها', 'سكان', 'ها; ان would leave two letters'],
  ['اللاعبون', 'لاعب', 'لل… then ون'],
  ['حالات', 'حال', 'ات leaves exactly three letters'],
  ['صفات', 'صفات', 'ات would leave two letters'],
  ['مكان', 'مكان', 'ان would leave two letters'],
];

describe('lightStem: suffixes', () => {
  it.each(TABLE)('%s → %s (%s)', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });
  it('index and query meet: a plural, a feminine and a suffixed form give one term', () => {
    const terms = (s: string) => searchTerms(s).map((t) => t.term);
    expect(terms('المعلمون والمعلمين ومعلمه')).toEqual(['معلم', 'معلم', 'معلم']);
  });
  it('a token with nothing left after stemming gives no term', () => {
    expect(searchTerms('ـ ـ')).toEqual([]);
    expect(searchTerms('ـ قال')).toEqual([{ term: 'قال', start: 2, end: 5 }]);
  });
});
