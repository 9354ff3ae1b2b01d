import { describe, expect, it } from 'vitest';
import { analyzeText, checkOrder } from '../../src/pipeline/pipeline.ts';
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

  it('flags text with no Arabic letters', () => {
    const doc = analyzeText({ text: 'Only English here.' }, { date: '2020-01-02' });
    expect(doc.meta.arabicRatio).toBe(0);
    expect(doc.meta.warnings.map((w) => w.code)).toContain('no-arabic');
  });
});
