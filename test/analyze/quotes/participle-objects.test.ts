/**
 * A participle of saying whose object runs past its short search before the أنّ clause or its own
 * preposition (issue 15; read off more/2015-07-25 skip 170 and more/2015-08-07 skip 240). The
 * sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null]);

describe('a participle after a comma reaches past a long object', () => {
  it('داعياً + an object of several words + its own إلى', () => {
    expect(rows('وافتتح الوزير المعرض أمس، داعيا الشركات الصغيرة في مدن المنطقة الشرقية إلى المشاركة في الدورة المقبلة.')).toEqual([
      ['indirect', 'إلى المشاركة في الدورة المقبلة', 'داعيا'],
    ]);
  });

  it('داعياً المولى عز وجل أن…', () => {
    expect(rows('وزار المحافظ المصابين في المستشفى، داعيا المولى عز وجل لهم أن يمن عليهم بالشفاء.')).toEqual([
      ['indirect', 'يمن عليهم بالشفاء', 'داعيا'],
    ]);
  });
});

describe('no quote where the participle is no cue or the content belongs to another clause', () => {
  it('a participle after a word (an adjective) does not search far', () => {
    expect(quotes('سجلت الشركة نموا لافتا في مبيعات الربع الثاني من العام مقارنة بالعام الماضي إلى جانب أرباحها.')).toEqual([]);
  });

  it('a comma between the participle and the far preposition', () => {
    expect(rows('وافتتح الوزير المعرض أمس، داعيا الشركات الصغيرة، وهي كثيرة في مدن المنطقة، إلى المشاركة.')).toEqual([]);
  });
});
