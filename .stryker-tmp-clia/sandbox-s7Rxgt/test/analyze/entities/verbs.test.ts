// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { isKnownVerb } from '../../../src/analyze/entities/verbs.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';

describe('verbs at the edge of a name', () => {
  it('knows finite verbs of meeting and saying, with و/ف and the future prefix', () => {
    for (const w of ['التقى', 'وقال', 'فأكدت', 'سيلتقي', 'ستستقبل', 'وسيجتمع'])
      expect(isKnownVerb(foldName(w)), w).toBe(true);
  });
  it('leaves names and participles alone, including names that start like a future verb', () => {
    for (const w of ['سيف', 'ستيفن', 'سيرغي', 'قائلا', 'وليد', 'فيصل', 'الحداد'])
      expect(isKnownVerb(foldName(w)), w).toBe(false);
  });
  it('keeps a verb after a name out of the person', () => {
    const text = 'أعلن المكتب أن الوزير سامي الحداد سيلتقي نظيره خالد العمري في عمّان الأسبوع المقبل.';
    const doc = analyzeText({ text }, { date: '2030-01-01' });
    const names = doc.entities.filter((e) => e.type === 'PER').map((e) => e.name);
    expect(names).toContain('سامي الحداد');
    expect(doc.entities.some((e) => e.mentions.some((m) => m.text.includes('سيلتقي')))).toBe(false);
  });
});
