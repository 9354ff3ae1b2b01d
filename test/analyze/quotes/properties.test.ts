import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '../../../src/analyze/quotes/index.ts';
import { newDocument } from '../../../src/pipeline/pipeline.ts';

// Pieces that exercise every path: cues, complementizers, attribution, names, every quotation mark.
const PIECES = [
  'وقال',
  'قالت',
  'مضيفاً',
  'قائلا',
  'أن',
  'إنّ',
  'أنه',
  'بحسب',
  'وفقاً لـ',
  'نقلاً عن',
  'ونقلت وكالة',
  'عن',
  'على',
  'إلى',
  'الوزير',
  'سالم',
  'العتيبي',
  'مصدر',
  'مطلع',
  'الكرملين',
  'المتحدث باسم',
  'الوزارة',
  'المشروع',
  'مهم',
  'جدا',
  'يذكر أن',
  '"',
  '“',
  '”',
  '«',
  '»',
  '„',
  '″',
  "'",
  ':',
  '،',
  ',',
  '.',
  '؟',
  '(',
  ')',
  '\n',
  '\n\n',
  ' ',
  ' ',
  ' ',
  'ـ',
  'ً',
  'ّ',
  'abc',
  '12',
];

describe('quote finding on arbitrary text', () => {
  it('never throws and every span matches the text it covers', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (parts) => {
        const text = parts.join(' ');
        const doc = newDocument({ text });
        for (const q of findQuotes(doc)) {
          found++;
          expect(['direct', 'indirect']).toContain(q.kind);
          expect(q.text.end).toBeGreaterThan(q.text.start);
          for (const s of [q.text, q.cue, q.speaker.text]) {
            if (!s) continue;
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(s.start, s.end)).toBe(s.text);
          }
          expect(q.source).toMatch(/^rule:quotes\//);
        }
      }),
      { numRuns: 300 },
    );
    // the pieces do make quotes: the checks above ran on some
    expect(found).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    const t = 'وقال الوزير سالم إن المشروع "مهم جدا".\nوأضاف أن العمل مستمر، مضيفاً: "سننتهي قريبا".';
    expect(findQuotes(newDocument({ text: t }))).toEqual(findQuotes(newDocument({ text: t })));
  });
});
