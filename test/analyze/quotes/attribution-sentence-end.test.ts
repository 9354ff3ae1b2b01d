/**
 * A bare attribution phrase with no comma before it whose source ends the sentence (… في سبتمبر
 * وفقا لعدة مصادر.): the clause before is attributed, as after a comma (issue 15; the tuning gold's
 * … وفق المصادر الثلاثة التي طلبت عدم الكشف عن هويتها.; read off the guard
 * attribution:mid-clause on more/2015-08-09, 07-21 skip 200 and 08-02 skip 100: 14 phrases taken,
 * 12 reporting, one a heading, one a position (بحسب موقع الناقد)). The source must open with
 * the source itself and hold no figure: … المصارف بحسب التقديرات أكثر من 200 مليون دولار. ends
 * the clause it qualifies. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null]);

describe('a bare attribution ending the sentence without a comma', () => {
  it('بحسب + an unnamed source + a nisba', () => {
    expect(rows('وقتل في القرية نحو عشرين شخصا بحسب مصادر طبية.')).toEqual([['indirect', 'وقتل في القرية نحو عشرين شخصا', 'بحسب']]);
  });

  it('وفقا ل + a count + an unnamed source', () => {
    expect(rows('وستجتمع اللجنة في الخريف المقبل وفقا لعدة مصادر.')).toEqual([['indirect', 'وستجتمع اللجنة في الخريف المقبل', 'وفقا ل']]);
  });

  it('وفق + a source with a relative clause to the sentence end', () => {
    expect(rows('وارتفع سعر الصرف مساء أمس وفق المصادر الثلاثة التي طلبت إخفاء أسمائها.').map((r) => r[2])).toEqual(['وفق']);
  });
});

describe('what still qualifies the clause', () => {
  it('a figure after the phrase', () => {
    expect(quotes('وكلف الحريق أصحاب المتاجر بحسب التقديرات أكثر من 200 مليون ريال.')).toEqual([]);
  });

  it('a plan after the phrase', () => {
    expect(quotes('وسيستمر العمل في الجسر وفق خطة البلدية.')).toEqual([]);
  });
});
