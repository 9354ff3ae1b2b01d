/**
 * A claim as the object of نفى / أكد after subjects the rule did not read before (issue 15,
 * session 14, read off unlabelled days more/2015-07-26 and 07-31, checked on 07-22 and 08-08).
 * The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

describe('the subject before a claim object', () => {
  it('a subject closed by a comma, an adjunct in commas after it, and a participle with أنّ later', () => {
    const text = 'وأكد أمين المنطقة الدكتور سالم بن فهد الناصر، في تصريح صحفي، اكتمال الاستعدادات للموسم، مشيرا إلى أن الفرق جاهزة.';
    const qs = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم بن فهد الناصر', ['سالم بن فهد الناصر'])]).quotes;
    expect(view(qs).map((q) => [q.text, q.cue, q.speaker])).toEqual([
      ['اكتمال الاستعدادات للموسم', 'وأكد', 'سالم بن فهد الناصر'],
      ['الفرق جاهزة', 'مشيرا', 'سالم بن فهد الناصر'],
    ]);
  });

  it('a place named as the subject (نفت الدولة أي علاقة…)', () => {
    const text = 'ومنذ بدء المحاكمة، نفت الجزيرة الخضراء أي علاقة بالمتهم.';
    const qs = analyse(text, (t) => [entity(t, 'l1', 'LOC', 'الجزيرة الخضراء', ['الجزيرة الخضراء'])]).quotes;
    expect(view(qs)).toEqual([{ kind: 'indirect', text: 'أي علاقة بالمتهم', cue: 'نفت', speaker: 'الجزيرة الخضراء' }]);
  });

  it('not when the words in commas after the name describe it rather than frame the saying', () => {
    const text = 'وأكد الوزير سالم الناصر، الذي زار المدينة أمس، اكتمال الاستعدادات.';
    expect(analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes).toEqual([]);
  });
});
