import { describe, expect, it } from 'vitest';
import { conventionChunks, typedMentions } from './helpers.ts';

// ORG names whose last adjective is joined to another by و (more/2015-07-22, 07-27, 07-31, 08-06,
// session 13, issue #14); the sentences are fictional, written for these tests.

describe('و + a relational adjective joined to the adjective before it stays in the name', () => {
  it('after a ل phrase of the field', () => {
    expect(conventionChunks('أعلنت الهيئة العامة للتعليم الفني والمهني نتائج القبول')).toEqual(['ORG:الهيئة العامة للتعليم الفني والمهني']);
  });

  it('where the tagger closed the name on the first adjective', () => {
    const text = 'نظم معهد الدراسات الأدبية والتاريخية ندوة';
    const tags = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'];
    expect(conventionChunks(text, tags)).toEqual(['ORG:معهد الدراسات الأدبية والتاريخية']);
  });

  it('through the whole pipeline', () => {
    expect(typedMentions('وقالت المؤسسة العامة للتدريب الزراعي والبيطري إن القبول بدأ.')).toContain(
      'ORG:المؤسسة العامة للتدريب الزراعي والبيطري',
    );
  });

  it('a noun with its own adjective after و opens another body, and و + a preposition ends the name', () => {
    const text = 'تحدث ممثلو معهد الدراسات الأدبية والهيئة الوطنية عن الخطة';
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O'];
    expect(conventionChunks(text, tags)[0]).toBe('ORG:معهد الدراسات الأدبية');
    const text2 = 'دعا حزب الشباب الوطني وإلى جانبه نقابة المعلمين إلى الحوار';
    expect(conventionChunks(text2).find((c) => c.includes('حزب'))).toBe('ORG:حزب الشباب الوطني');
  });
});
