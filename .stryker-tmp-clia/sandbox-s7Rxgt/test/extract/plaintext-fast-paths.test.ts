// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HEAD_CUT,
  anchoredAtStart,
  extractPlainText,
  foldedLowerUnit,
  foldedStartsWith,
  splitLines,
} from '../../src/extract/plaintext.ts';
import { foldArabic } from '../../src/text/dates.ts';
import { hostileText } from '../text/arbitraries.ts';

const PREFIXES = ['اقرا ايضا', 'المصدر :', 'copyright', '©', 'ال', 'شارك هذا'].map((p) =>
  foldArabic(p).toLowerCase(),
);

describe('plain-text structure fast paths', () => {
  it('foldedLowerUnit agrees with foldArabic + toLowerCase wherever it answers', () => {
    for (let c = 0; c < 0x10000; c++) {
      const f = foldedLowerUnit(c);
      if (f < 0) continue;
      expect(foldArabic(String.fromCharCode(c)).toLowerCase()).toBe(String.fromCharCode(f));
    }
  });

  it('property: foldedStartsWith agrees with folding the head of the line', () => {
    const line = fc.oneof(
      hostileText,
      fc.constantFrom('اقـرأ  أيضاً: خبر', 'المَصدر : واس', 'COPYRIGHT 2021', '© marsad', '\u0640ال', 'İ ال'),
    );
    fc.assert(
      fc.property(line, (l) => {
        const head = foldArabic(l.slice(0, HEAD_CUT)).toLowerCase();
        for (const p of PREFIXES) expect(foldedStartsWith(l, [p])).toBe(head.startsWith(p));
      }),
      { numRuns: 500 },
    );
  });

  it('tells patterns anchored at the start from the others', () => {
    expect(anchoredAtStart('^@[A-Za-z0-9_]{2,}$')).toBe(true);
    expect(anchoredAtStart('^(https?://|www\\.)\\S+$')).toBe(true);
    expect(anchoredAtStart('^[|a]b$')).toBe(true);
    expect(anchoredAtStart('^a\\|b')).toBe(true);
    expect(anchoredAtStart('^a|b')).toBe(false);
    expect(anchoredAtStart('a$')).toBe(false);
  });

  it('drops whole lines matching a furniture pattern, keeps lines that only contain one', () => {
    const body = 'وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الملفات المطروحة كلها.';
    for (const line of [
      '@marsad_news',
      'www.example.com/news/1',
      '12 تعليق',
      '+ الخط -',
      'news@example.com',
    ]) {
      const a = extractPlainText(`${body}\n${line}`);
      expect(a.boilerplate.map((b) => b.text)).toContain(line);
    }
    const kept = 'تابع الخبر على www.example.com';
    expect(extractPlainText(`${body}\n${kept}`).paragraphs.map((p) => p.text)).toContain(kept);
  });

  it('splits lines the same whatever the line breaks', () => {
    const lf = 'عنوان الخبر\n\nالرياض - واس\nنص الفقرة الأولى.\n';
    for (const sep of ['\r\n', '\r', '\u2028', '\u2029']) {
      const other = lf.replace(/\n/g, sep);
      const a = splitLines(lf);
      const b = splitLines(other);
      expect(b.blankBefore).toEqual(a.blankBefore);
      expect(b.lines.map((l) => l.text)).toEqual(a.lines.map((l) => l.text));
      for (const l of b.lines) expect(other.slice(l.start, l.end)).toBe(l.text);
    }
    expect(splitLines('a\r\n\r\nb').blankBefore).toEqual([false, true]);
    expect(splitLines('a\r\rb').blankBefore).toEqual([false, true]);
    expect(splitLines('').lines).toEqual([]);
  });

  it('reads furniture prefixes however the line starts (marks, tatweel, Latin case)', () => {
    const body = 'وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الملفات المطروحة كلها.';
    for (const first of ['اقرأ أيضا: خبر آخر', 'إقـرأ أيضاً: خبر آخر', 'COPYRIGHT 2021 marsad', '© marsad']) {
      const a = extractPlainText(`${body}\n${first}`);
      expect(a.boilerplate.map((b) => b.text)).toContain(first);
      expect(a.paragraphs.map((p) => p.text)).toEqual([body]);
    }
  });
});
