/**
 * A participle of saying whose object runs past its short search before the أنّ clause or its own
 * preposition, and أكد/نفى whose unnamed subject a comma closes before the claim (issue 15; read off
 * more/2015-07-25 skip 170, 2015-07-31 skip 400, 2015-08-02 skip 50, 2015-08-07 skip 240 and
 * checked on more/2015-07-22 skip 300 and 2015-08-10 skip 150). The sentences are made up.
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

  it('على أنّ inside the object is no content clause of the participle', () => {
    expect(rows('وتحدث الوزير عن الاتفاق أمس، مؤكدا فشل الخطة القديمة في التعامل مع الأزمة على أنها أزمة عابرة.').filter((r) => r[2] === 'مؤكدا')).toEqual([]);
  });

  it('a comma between the participle and the far preposition', () => {
    expect(rows('وافتتح الوزير المعرض أمس، داعيا الشركات الصغيرة، وهي كثيرة في مدن المنطقة، إلى المشاركة.')).toEqual([]);
  });
});

describe('أكد/نفى + a subject nobody named, closed by a comma, + a claim as the object', () => {
  it('an unnamed subject and a time adjunct before the comma', () => {
    expect(rows('وأكد مسؤول في البلدية اليوم، إغلاق ثلاثة محلات مخالفة في السوق.')).toEqual([
      ['indirect', 'إغلاق ثلاثة محلات مخالفة في السوق', 'وأكد'],
    ]);
  });

  it('an adverb alone between commas is no claim: the claim after it is', () => {
    expect(rows('وأكدت مصادر في الوزارة، مجددا، تأجيل افتتاح الطريق إلى الأسبوع المقبل.')).toEqual([
      ['indirect', 'تأجيل افتتاح الطريق إلى الأسبوع المقبل', 'وأكدت'],
    ]);
  });

  it('nor is a word before an أنّ clause after the comma', () => {
    expect(rows('وأكدت مصادر في الوزارة، مجددا، أن الطريق سيفتح الأسبوع المقبل.')).toEqual([
      ['indirect', 'الطريق سيفتح الأسبوع المقبل', 'وأكدت'],
    ]);
  });

  it('an attribution phrase after the comma is no claim either', () => {
    // (The attribution phrase makes a quote of its own, not at issue here.)
    expect(rows('وأكد المدير، ووفقا لصحيفة محلية، أن المشروع تأخر شهرين.').filter((r) => r[2] === 'وأكد')).toEqual([
      ['indirect', 'المشروع تأخر شهرين', 'وأكد'],
    ]);
  });

  it('a connective after the comma opens the narrator\'s clause', () => {
    expect(quotes('وأكد المهندس خالد الركبان أهمية دور المستفيدين من الخدمات، إذ يعد مؤشرا مهما لدى الجهاز.')).toEqual([]);
  });
});
