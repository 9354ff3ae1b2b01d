import { describe, expect, it } from 'vitest';
import { isRelatedHeading } from '../../../src/extract/html/furniture.ts';

// Fictional headings written for these tests.

describe('a short block that opens a list of related links (html-furniture.json relatedHeadings)', () => {
  it('is found in any spelling the folding joins, anywhere in a short block', () => {
    for (const t of ['اقرأ أيضاً', 'إقرأ ايضا:', 'أخبار ذات صلة', 'الأكثر قراءة', 'الاكثر مشاهدة اليوم', 'آخر الأخبار', 'شاهد أيضا', 'اقرأ المزيد »'])
      expect(isRelatedHeading(t), t).toBe(true);
  });
  it('is not a heading of the article, nor a long paragraph that mentions one', () => {
    expect(isRelatedHeading('افتتاح معرض الكتاب في المدينة')).toBe(false);
    expect(isRelatedHeading('اقرأ')).toBe(false);
    const long = 'وقال المدير إن الزوار يمكنهم أن يجدوا في الموقع آخر الأخبار عن المعرض وبرنامجه الكامل';
    expect(isRelatedHeading(long)).toBe(false);
    expect(isRelatedHeading('عناوين '.repeat(6) + 'ذات صلة')).toBe(false);
  });
});
