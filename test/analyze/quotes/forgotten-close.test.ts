/**
 * A writer forgets the closing straight mark: the next quote's opening mark then seems to close
 * the first, and the pairing shifts by one from there (narrator.ts). Where the marks seem to
 * enclose the narrator speaking again, the quote ends there and that mark opens the next quote.
 * The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

describe('a quote whose closing mark was forgotten', () => {
  it('ends before و + a verb of saying that opens a sentence, and the next mark opens the next quote', () => {
    const text =
      'وقالت المديرة "نوزع الكتب على الطلاب في أول يوم من العام. وتابعت المديرة "نحرص على وصول الكتب إلى كل مدرسة قبل الموعد". وختمت حديثها بالشكر.';
    expect(view(quotes(text)).map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['direct', 'نوزع الكتب على الطلاب في أول يوم من العام', 'وقالت'],
      ['direct', 'نحرص على وصول الكتب إلى كل مدرسة قبل الموعد', 'وتابعت'],
    ]);
  });

  it('ends before a participle of saying after a comma when the mark after it opens a quote', () => {
    const text = 'وقال المدرب "لعبنا مباراة جيدة أمام فريق قوي، مضيفا "سنستعد للمباراة المقبلة بتركيز كبير". ثم غادر الملعب.';
    expect(view(quotes(text)).map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['direct', 'لعبنا مباراة جيدة أمام فريق قوي', 'وقال'],
      ['direct', 'سنستعد للمباراة المقبلة بتركيز كبير', 'مضيفا'],
    ]);
  });

  it('keeps a participle the writer closed inside the marks in the quote', () => {
    const text = 'وقال المدرب: "لعبنا مباراة جيدة أمام فريق قوي، مضيفا أن الفريق سيستعد جيدا". ثم غادر الملعب.';
    const found = view(quotes(text));
    expect(found[0]).toMatchObject({ kind: 'direct', text: 'لعبنا مباراة جيدة أمام فريق قوي، مضيفا أن الفريق سيستعد جيدا' });
  });
});
