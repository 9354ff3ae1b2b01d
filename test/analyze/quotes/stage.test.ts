import { describe, expect, it } from 'vitest';
import { quotesStage } from '../../../src/stages/quotes.ts';
import { STAGES } from '../../../src/pipeline/stages.ts';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';

describe('the quotes stage', () => {
  it('runs after entities and times and provides quotes', () => {
    expect(quotesStage.name).toBe('quotes');
    // needs what it reads (test/pipeline/declarations.test.ts): speakers link to the entities
    expect(quotesStage.needs).toEqual(expect.arrayContaining(['entities']));
    const names = STAGES.map((s) => s.name);
    expect(names.indexOf('quotes')).toBeGreaterThan(names.indexOf('entities'));
    expect(names.indexOf('quotes')).toBeGreaterThan(names.indexOf('times'));
  });

  it('fills doc.quotes in the pipeline, with spans that match the text', () => {
    const doc = analyzeText({ text: 'الرياض - قال المدير العام للمطار سامي الدوسري إن الصالة الجديدة ستفتح في الشتاء.' }, { date: '2020-01-01' });
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0]!;
    expect(q.text.text).toBe('الصالة الجديدة ستفتح في الشتاء');
    expect(doc.text.slice(q.text.start, q.text.end)).toBe(q.text.text);
  });

  it('survives text with no Arabic and empty text', () => {
    expect(analyzeText({ text: 'He said "hello" to everyone.' }, { date: '2020-01-01' }).quotes).toEqual([]);
    expect(quotesStage.run(analyzeText({ text: ' ' }, { date: '2020-01-01' }), { options: {} }).quotes).toEqual([]);
  });
});
