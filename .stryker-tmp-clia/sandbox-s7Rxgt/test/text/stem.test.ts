// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lightStem, searchTerms } from '../../src/text/stem.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { hostileText, newsText } from './arbitraries.ts';

describe('searchTerms', () => {
  it('gives one term per word with the word offsets', () => {
    const text = 'وصل الرئيسُ إلى الكرملين، وقال: «NATO 2021».';
    const terms = searchTerms(text);
    expect(terms.map((t) => t.term)).toEqual(['وصل', 'رييس', 'الي', 'كرملين', 'قال', 'nato', '2021']);
    for (const t of terms) expect(text.slice(t.start, t.end)).not.toMatch(/\s/);
    expect(text.slice(terms[3]!.start, terms[3]!.end)).toBe('الكرملين');
  });

  it('gives the query and the text the same terms', () => {
    const indexed = searchTerms('والكرملين يرحب بالاتفاق مع أوروبا');
    const query = searchTerms('الكِرْمِلين اتفاق اوروبا');
    const has = new Set(indexed.map((t) => t.term));
    for (const q of query) expect(has.has(q.term), q.term).toBe(true);
  });

  it('maps Arabic-Indic digits to the same term as ASCII', () => {
    expect(searchTerms('عام ٢٠٢١')[1]!.term).toBe(searchTerms('عام 2021')[1]!.term);
  });

  it('property: terms are non-empty, normalised and lie on word tokens', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, hostileText), (text) => {
        const words = new Map(tokenize(text).map((t) => [t.start, t]));
        for (const t of searchTerms(text)) {
          const tok = words.get(t.start);
          expect(tok).toBeDefined();
          expect(tok!.end).toBe(t.end);
          expect(t.term.length).toBeGreaterThan(0);
          expect(t.term).not.toMatch(/[\u064B-\u065F\u0670\u0640أإآىة]/);
          if (tok!.kind === 'word') expect(t.term).toBe(lightStem(tok!.text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
