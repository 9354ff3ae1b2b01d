// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { analyzeText, checkOrder } from '../../src/pipeline/pipeline.ts';
import { emptyArticle } from '../../src/doc/types.ts';
import type { Stage } from '../../src/pipeline/stage.ts';

describe('pipeline', () => {
  it('rejects a stage whose needs come later', () => {
    const a: Stage = { name: 'a', needs: ['entities'], provides: ['quotes'], run: () => ({}) };
    const b: Stage = { name: 'b', needs: ['text'], provides: ['entities'], run: () => ({}) };
    expect(() => checkOrder([a, b])).toThrow(/"a" needs "entities"/);
    expect(() => checkOrder([b, a])).not.toThrow();
  });

  it('uses --date as the reference date when the article has none, and warns', () => {
    const doc = analyzeText({ text: 'نص قصير بلا تاريخ' }, { date: '2020-01-02' });
    expect(doc.meta.referenceDate).toBe('2020-01-02');
    const bare = analyzeText({ text: 'نص قصير بلا تاريخ' });
    expect(bare.meta.referenceDate).toBeNull();
    expect(bare.meta.warnings.map((w) => w.code)).toContain('no-publication-date');
  });

  it('resolves relative dates against the date of a handed-over structure, over --date', () => {
    const text = 'التقى الوزير نظيره أمس الثلاثاء في العاصمة.';
    const article = { ...emptyArticle(), paragraphs: [{ start: 0, end: text.length, text, source: 'test' }] };
    const dated = {
      ...article,
      published: { start: 0, end: 0, text: '', value: '2031-03-05', source: 'test' },
    };
    const doc = analyzeText({ text, article: dated }, { date: '2020-01-02' });
    expect(doc.meta.referenceDate).toBe('2031-03-05');
    expect(doc.times.find((t) => t.text.includes('أمس'))?.value).toBe('2031-03-04');
    const undated = analyzeText({ text, article });
    expect(undated.meta.referenceDate).toBeNull();
    expect(undated.meta.warnings.map((w) => w.code)).toContain('no-publication-date');
    expect(analyzeText({ text, article }, { date: '2020-01-02' }).meta.referenceDate).toBe('2020-01-02');
  });

  it('flags text with no Arabic letters', () => {
    const doc = analyzeText({ text: 'Only English here.' }, { date: '2020-01-02' });
    expect(doc.meta.arabicRatio).toBe(0);
    expect(doc.meta.warnings.map((w) => w.code)).toContain('no-arabic');
  });
});
