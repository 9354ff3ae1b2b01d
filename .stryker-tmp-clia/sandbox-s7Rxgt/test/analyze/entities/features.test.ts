// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { extractFeatures, foldWord, prepare, stripAll, stripArticle, GAZ } from '../../../src/analyze/ner/features.ts';
import { GazBuilder, GazIndex } from '../../../src/analyze/ner/gazetteer.ts';
import { fnv1a } from '../../../src/analyze/ner/hash.ts';

function feats(words: string[], gaz = GazIndex.empty()) {
  const f = extractFeatures(prepare(words, gaz));
  return words.map((_, i) => new Set(f.feats.subarray(f.offs[i]!, f.offs[i + 1]!)));
}

describe('feature folding and clitic stripping', () => {
  it('folds harakat, tatweel, alef and yaa forms, taa marbuta and digits', () => {
    expect(foldWord('أَحْمَد')).toBe('احمد');
    expect(foldWord('إيـــران')).toBe('ايران');
    expect(foldWord('مصطفى')).toBe('مصطفي');
    expect(foldWord('مدرسة')).toBe('مدرسه');
    expect(foldWord('٢٠٢١')).toBe('0000');
    expect(foldWord('2021')).toBe('0000');
  });
  it('strips a conjunction and the article but keeps names that start with clitic letters', () => {
    expect(stripArticle(foldWord('والكرملين'))).toBe('كرملين');
    expect(stripArticle(foldWord('بالرياض'))).toBe('رياض');
    expect(stripArticle(foldWord('للولايات'))).toBe('ولايات');
    expect(stripArticle('بوتين')).toBe('بوتين');
    expect(stripArticle('لبنان')).toBe('لبنان');
    expect(stripAll('لبايدن')).toBe('بايدن');
  });
});

describe('feature extraction', () => {
  it('is deterministic and depends on the word and its context', () => {
    const a = feats(['قال', 'الوزير', 'سليم', 'حداد']);
    const b = feats(['قال', 'الوزير', 'سليم', 'حداد']);
    expect([...a[2]!]).toEqual([...b[2]!]);
    const c = feats(['قال', 'المدير', 'سليم', 'حداد']);
    // same word, different left neighbour: some features shared, some not
    const shared = [...a[2]!].filter((h) => c[2]!.has(h)).length;
    expect(shared).toBeGreaterThan(10);
    expect(shared).toBeLessThan(a[2]!.size);
  });
  it('gives a clitic-prefixed word the stem features of the bare word', () => {
    const [bare] = feats(['الكرملين']);
    const [prefixed] = feats(['والكرملين']);
    const shared = [...bare!].filter((h) => prefixed!.has(h)).length;
    expect(shared).toBeGreaterThanOrEqual(3);
  });
  it('marks gazetteer words and phrases, also behind clitics', () => {
    const g = new GazBuilder();
    g.add('الرئيس', 'TITLE');
    g.add('مجلس التعاون الاقليمي', 'ORG');
    const gaz = g.build();
    const p = prepare(['وقال', 'والرئيس', 'إن', 'لمجلس', 'التعاون', 'الإقليمي', 'دورا'], gaz);
    expect(p.gaz[1]! & GAZ.TITLE).toBeTruthy();
    expect(p.gaz[0]).toBe(0);
    expect(Array.from(p.phrase)).toEqual([-1, -1, -1, -1, -1, -1, -1].map((v, i) => (i === 3 ? 4 : i === 4 || i === 5 ? 5 : v)));
    // gazetteer features differ from the same sentence without a gazetteer
    const withGaz = feats(['والرئيس'], gaz)[0]!;
    const without = feats(['والرئيس'])[0]!;
    expect(withGaz.size).toBeGreaterThan(without.size);
  });
  it('hashes strings with FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});
