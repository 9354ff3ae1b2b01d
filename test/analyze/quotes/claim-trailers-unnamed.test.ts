/**
 * A claim as the verb's object after a trailer (claim-trailers.ts) that closes a subject the
 * entities stage did not name: a hidden subject, the trailer right after the verb (وأكد في تصريح
 * صحفي حرص…), or one to three definite words (وأكدت الوزارة في بيان لها اليوم مواصلة…). Issue 15,
 * the held-out count of object claims after a cue verb; read off the guard marker:none/limit-30 on
 * more/2015-08-09 skip 300 and 07-27 skip 120 (2 found, none lost; no change on more/2015-08-04
 * skip 60, 07-23 skip 220 and 2015-08-10, 750 articles). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const withPerson = (text: string) => view(analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الدوسري', ['سالم الدوسري'])]).quotes);

describe('a trailer closing a subject nobody named', () => {
  it('a hidden subject, then the statement it was said in', () => {
    const qs = withPerson('وزار الوزير سالم الدوسري الميناء. وأكد في تصريح صحفي انتهاء أعمال الصيانة في الأرصفة.');
    expect(qs.map((q) => [q.text, q.cue])).toEqual([['انتهاء أعمال الصيانة في الأرصفة', 'وأكد']]);
  });

  it('a definite subject, then the statement and a time word', () => {
    expect(view(analyse('وأكدت الهيئة في بيان لها اليوم استمرار أعمال الصيانة في الأرصفة.').quotes)).toEqual([
      { kind: 'indirect', text: 'استمرار أعمال الصيانة في الأرصفة', cue: 'وأكدت', speaker: 'الهيئة' },
    ]);
  });
});

describe('what stays no claim', () => {
  it('a time word before the subject: the word after it is the subject, and the أنّ clause the content', () => {
    expect(view(analyse('وأكد أمس مدير الميناء أن الصيانة انتهت.').quotes).map((q) => q.text)).toEqual(['الصيانة انتهت']);
  });

  it('a definite subject of four words before the trailer', () => {
    expect(view(analyse('وأكدت الهيئة العامة الجديدة للموانئ اليوم استمرار أعمال الصيانة.').quotes)).toEqual([]);
  });
});
