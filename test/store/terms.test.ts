/**
 * The search terms the index and the query side share (src/store/terms.ts), checked on their own:
 * they were reached only through whole searches and snippets. Fictional text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, findTerms, indexSettings, termsOf, termString } from '../../src/store/terms.ts';
import { NORMALIZER_VERSION, SEARCH_NORMALIZATION } from '../../src/text/normalize.ts';
import { hostileText, newsText } from '../text/arbitraries.ts';

const anyText = fc.oneof(newsText, hostileText);

const forms = (text: string) => termsOf(text).map((t) => [t.term, text.slice(t.start, t.end)]);

describe('termsOf', () => {
  it('gives one term per word with the offsets of the original word, clitics and marks included', () => {
    const text = 'وَالمدينةُ  للمدينة\nبالمدينة ٢٠٢١';
    const city = termsOf('مدينة')[0]!.term;
    expect(forms(text)).toEqual([
      [city, 'وَالمدينةُ'],
      [city, 'للمدينة'],
      [city, 'بالمدينة'],
      ['2021', '٢٠٢١'],
    ]);
    expect(termsOf('')).toEqual([]);
    expect(termsOf(' \n\t ')).toEqual([]);
  });

  it('joins hyphenated and apostrophe words into one token FTS5 and tsquery read as one word', () => {
    expect(forms("e-mail co-op's don't")).toEqual([
      ['email', 'e-mail'],
      ['coops', "co-op's"],
      ['dont', "don't"],
    ]);
  });

  it('never hands the index a term holding a character FTS5 or tsquery would read as syntax', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const t of termsOf(text)) {
          expect(t.term).not.toMatch(/[\s"'()*:^\-+|&!<>\\]/);
          expect(t.term.length).toBeGreaterThan(0);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).not.toMatch(/\s/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is the same word by word as on the whole text (the per-word cache changes nothing)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const whole = termsOf(text);
        const byWord: typeof whole = [];
        for (const m of text.matchAll(/\S+/g))
          for (const t of termsOf(m[0])) byWord.push({ term: t.term, start: t.start + m.index, end: t.end + m.index });
        expect(byWord).toEqual(whole);
        expect(termsOf(text)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe('findTerms and termString', () => {
  it('findTerms gives exactly the wanted terms of termsOf, in order, with their offsets', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), (text, pick) => {
        const all = termsOf(text);
        const wanted = new Set(all.filter((_, i) => (i + pick) % 3 === 0).map((t) => t.term));
        expect(findTerms(text, wanted)).toEqual(all.filter((t) => wanted.has(t.term)));
        expect(findTerms(text, new Set())).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect(findTerms('', new Set(['x']))).toEqual([]);
  });

  it('termString is the terms joined by single spaces', () => {
    const city = termsOf('مدينة')[0]!.term;
    expect(termString('بالمدينة  e-mail\n٢٠٢١')).toBe(`${city} email 2021`);
    expect(termString('')).toBe('');
  });
});

describe('contentHash', () => {
  it('hashes re-wrapped, re-encoded and re-marked copies of one text alike', () => {
    const base = contentHash('انعقدت القمة في الواحة أمس');
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    for (const copy of [
      '  انعقدت القمة\n\nفي الواحة\tأمس  ',
      'انعقدتْ القمّةُ في الواحـــة أمس',
      '\uFEFFانعقدت القمة في الواحة أمس\u200F',
      'انعقدت القمة في الواحة أمس'.normalize('NFD'),
    ])
      expect(contentHash(copy)).toBe(base);
  });

  it('tells different words apart, and does not depend on the stemmer', () => {
    const base = contentHash('انعقدت القمة في الواحة أمس');
    expect(contentHash('انعقدت القمة في الواحة اليوم')).not.toBe(base);
    // Same search terms, different text: still different content.
    expect(termString('بالمدينة')).toBe(termString('للمدينة'));
    expect(contentHash('بالمدينة')).not.toBe(contentHash('للمدينة'));
    expect(contentHash('القمة الواحة')).not.toBe(contentHash('القمةالواحة'));
  });
});

describe('indexSettings', () => {
  it('records the normaliser version, its search options and a fingerprint of the stemmer', () => {
    const s = indexSettings();
    expect(s.normalizer).toBe(`text-layer:${NORMALIZER_VERSION}`);
    expect(s.search.startsWith(`${JSON.stringify(SEARCH_NORMALIZATION)} probe:`)).toBe(true);
    expect(s.search).toMatch(/ probe:[0-9a-f]{12}$/);
    expect(indexSettings()).toEqual(s);
  });
});
