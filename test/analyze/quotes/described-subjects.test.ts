/**
 * A named subject whose description runs up to a verb followed right away by أنّ, longer than the
 * short subject walk sees (svo.ts describedSubjectBefore): الدكتور فلان أستاذ … في جامعة … يعتبر
 * أنّ…، لكن فلان المختص في … يرى أنّ…، أما مدير الجامعة الدكتور فلان أكد أنّ…. Issue 15, the
 * held-out count of verb:strict-mid-clause; read off the guard on more/2015-08-07 skip 250 (3
 * quotes found, one continuation's speaker mended) and checked on more/2015-08-04 skip 60, 07-23
 * skip 220, 2015-08-10 (1 found, none lost) and 2015-08-11 skip 100 (2 found, one with a body
 * first). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const withPerson = (text: string) => view(analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الدوسري', ['سالم الدوسري']), entity(t, 'o1', 'ORG', 'هيئة الموانئ', ['هيئة الموانئ'])]).quotes);

describe('a described subject before a verb and its أنّ', () => {
  it('a title, the name and a long description at the sentence start, a strict verb', () => {
    expect(withPerson('ما مستقبل السوق؟ الدكتور سالم الدوسري أستاذ الاقتصاد في جامعة الملك سعود يعتبر أن الأسعار ستنخفض.')).toEqual([
      { kind: 'indirect', text: 'الأسعار ستنخفض', cue: 'يعتبر', speaker: 'سالم الدوسري' },
    ]);
  });

  it('after لكن, the name then its description', () => {
    expect(withPerson('وزار الوفد الميناء. لكن سالم الدوسري المختص في النقل البحري يرى أن الرسوم مرتفعة.')).toEqual([
      { kind: 'indirect', text: 'الرسوم مرتفعة', cue: 'يرى', speaker: 'سالم الدوسري' },
    ]);
  });

  it('after أما with no stop before it, a role and a title before the name, a verb that is not strict', () => {
    expect(withPerson('المعرض في خدمة الطلاب أما مدير جامعة الملك سعود الدكتور سالم الدوسري أكد أن المعرض سيستمر أسبوعا.').map((q) => q.speaker)).toEqual(['سالم الدوسري']);
  });
});

describe('a body named first', () => {
  it('the body speaks, not a name in the words joined to it', () => {
    const qs = withPerson('وتتباين الروايات. لكن هيئة الموانئ وأنصار سالم الدوسري على وسائل التواصل ذكروا أن السفينة غادرت.');
    expect(qs.map((q) => [q.cue, q.speaker])).toEqual([['ذكروا', 'هيئة الموانئ']]);
  });
});

describe('what is no described subject', () => {
  it('a name inside the content of another statement, with a verb of its own before the cue', () => {
    const qs = withPerson('وقال سالم الدوسري إن هيئة الموانئ اتجهت إلى خبراء أجانب يرون أن الرسوم مرتفعة.');
    expect(qs.map((q) => [q.cue, q.speaker])).toEqual([['وقال', 'سالم الدوسري']]);
  });
});
