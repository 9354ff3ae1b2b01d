/**
 * Cited verses in brackets (src/analyze/quotes/cited.ts), a class of the blind fourth tuning set
 * (test/gold/quotes-saudinewsnet-tuning4.json) that official statements and sermons repeat daily:
 * قال الله تعالى (…) and وقال تعالى {…} are direct quotes of their citation, not asides or the
 * narrator's reported speech. Every sentence here is made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

describe('a verse in brackets after a word of praise', () => {
  it('is a direct quote of the citation, in round brackets or braces', () => {
    const v = view(quotes('وفيما يلي نص البيان: قال الله تعالى (إن في الصبر خيرا كثيرا). وقد تم القبض على الجاني.'));
    // Read as an aside, the إنّ inside the verse made it reported speech with no speaker.
    expect(v).toEqual([{ kind: 'direct', text: 'إن في الصبر خيرا كثيرا', cue: 'قال', speaker: 'الله تعالى' }]);
    const w = view(quotes('وذكر الخطيب أن الصدق منجاة، وقال تعالى {وقولوا للناس قولا طيبا}. وأضاف أن الكلمة الطيبة صدقة.'));
    expect(w.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['indirect', 'الصدق منجاة', 'الخطيب'],
      ['direct', 'وقولوا للناس قولا طيبا', 'تعالى'],
      // The citation speaks for nobody after it: the preacher goes on.
      ['indirect', 'الكلمة الطيبة صدقة', 'الخطيب'],
    ]);
  });

  it('takes the words inside a doubled bracket, after a colon too, once', () => {
    const v = view(quotes('قال الله تعالى: ((وقولوا للناس قولا طيبا)). وأضاف الخطيب أن الكلمة الطيبة صدقة.'));
    expect(v.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['direct', 'وقولوا للناس قولا طيبا', 'الله تعالى'],
      ['indirect', 'الكلمة الطيبة صدقة', 'الخطيب'],
    ]);
  });

  it('leaves the participle after it to the person who cited', () => {
    const v = view(quotes('وذكر الخطيب أن الصدق منجاة، وقال تعالى «وقولوا للناس قولا طيبا»، مبينا أن الكلمة الطيبة صدقة.'));
    expect(v.map((q) => [q.cue, q.speaker])).toEqual([
      ['وذكر', 'الخطيب'],
      ['وقال', 'تعالى'],
      ['مبينا', 'الخطيب'],
    ]);
  });

  it('does not cut short the reported speech it ends', () => {
    const v = view(quotes('وأكد الشيخ أن هذه الفئة ضلت طريقها وأفسدت في الأرض قال تعالى {ولا تفسدوا في الأرض}.'));
    expect(v.map((q) => [q.kind, q.cue])).toEqual([
      ['indirect', 'وأكد'],
      ['direct', 'قال'],
    ]);
  });
});

describe('brackets that cite nothing', () => {
  it('stay asides of the speaker, and a prayer to God keeps its hidden subject', () => {
    expect(view(quotes('وقال الوزير إن المشروع (الأول من نوعه) سيفتتح غدا.'))).toEqual([
      { kind: 'indirect', text: 'المشروع (الأول من نوعه) سيفتتح غدا', cue: 'وقال', speaker: 'الوزير' },
    ]);
    const v = view(quotes('وأثنى المدير على جهود الفريق، داعيا الله تعالى أن يوفق الجميع.'));
    expect(v.map((q) => [q.cue, q.text])).toEqual([['داعيا', 'يوفق الجميع']]);
    expect(v[0]!.speaker).not.toContain('تعالى');
  });
});
