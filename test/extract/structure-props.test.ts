import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPlainText } from '../../src/extract/plaintext.ts';
import { findAbsoluteDates } from '../../src/text/dates.ts';
import type { ArticleStructure, SourcedSpan } from '../../src/doc/types.ts';

// Pieces that exercise every rule: line breaks of each kind, separators, credits, dates, furniture.
const PIECES = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  ' ',
  '\u00a0',
  '\u200f',
  '\u200e',
  '\u200d',
  'ـ',
  ' – ',
  ' - ',
  ': ',
  '،',
  '.',
  '(',
  ')',
  '«',
  '»',
  '"',
  'عين اليوم',
  'الرياض',
  'واس',
  'فرانس برس',
  'رغد عشميل',
  'كتب:',
  'تصوير:',
  '(Getty)',
  '+ الخط -',
  'المساهمون',
  'سمات',
  'اقرأ أيضاً',
  '26 مايو 2021',
  '( فرانس برس )',
  '(تصوير: رغد عشميل )',
  '( Getty)',
  '10 شوال 1436 هـ',
  'الموافق',
  '2021/05/26',
  '٢٦',
  'أعلن الوزير اليوم',
  'وقال إن المشروع سينتهي قريبا',
  'مُحَمَّد',
  '😀',
  '\ud800',
  'Next Previous',
  'abc',
  '1436',
  '31 فبراير 2021',
];

const arbText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((xs) => xs.join(''));

function spans(a: ArticleStructure): SourcedSpan[] {
  return [
    a.headline,
    a.published,
    a.caption,
    a.credit.photographer,
    a.credit.agency,
    a.byline,
    a.dateline,
    ...a.paragraphs,
    ...a.boilerplate,
  ].filter((s): s is SourcedSpan => s !== null);
}

describe('structure and dates on random and hostile text', () => {
  it('every span slices the text, is non-empty and trimmed; furniture never lies inside a paragraph', () => {
    fc.assert(
      fc.property(
        arbText,
        fc.option(fc.constantFrom('عنوان', 'رغد عشميل: مقال'), { nil: undefined }),
        (text, title) => {
          const a = extractPlainText(text, { title });
          for (const s of spans(a)) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.text.trim()).toBe(s.text);
            expect(s.source).toMatch(/^rule:/);
          }
          for (const b of a.boilerplate)
            for (const p of a.paragraphs) expect(b.start >= p.end || b.end <= p.start).toBe(true);
          for (let i = 1; i < a.paragraphs.length; i++)
            expect(a.paragraphs[i]!.start).toBeGreaterThanOrEqual(a.paragraphs[i - 1]!.end);
          if (a.published) expect(a.published.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('dates slice the text and carry valid values', () => {
    let dates = 0;
    fc.assert(
      fc.property(arbText, (text) => {
        for (const d of findAbsoluteDates(text)) {
          dates++;
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toMatch(/^(\d{4}|XXXX)-\d{2}(-\d{2})?$/);
          if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
            const t = new Date(d.value + 'T00:00:00Z');
            expect(t.toISOString().slice(0, 10)).toBe(d.value);
          }
        }
      }),
      { numRuns: 400 },
    );
    // the generator does make dates: the checks above ran on some
    expect(dates).toBeGreaterThan(0);
  });
});
