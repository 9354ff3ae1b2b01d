/**
 * A claim as the verb's object after a subject closed by a trailer with no comma (issue 15,
 * claim-trailers.ts): a parenthesis in dashes, a time word, the statement it was said in. Read
 * off unlabelled days more/2015-08-07 and 07-31 and the second tuning set. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const withPerson = (text: string) => view(analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الدوسري', ['سالم الدوسري'])]).quotes);

describe('the subject of a claim closed by a trailer', () => {
  it('an honorific with a pronoun, then a prayer in dashes', () => {
    expect(view(analyse('وأكد سموه - حفظه الله - حرص الدولة على رعاية أسر المتقاعدين.').quotes)).toEqual([
      { kind: 'indirect', text: 'حرص الدولة على رعاية أسر المتقاعدين', cue: 'وأكد', speaker: 'سموه' },
    ]);
  });

  it('a named subject, then a time word', () => {
    expect(withPerson('وأكد الوزير سالم الدوسري مساء أمس انتهاء أعمال الصيانة في الميناء.')).toEqual([
      { kind: 'indirect', text: 'انتهاء أعمال الصيانة في الميناء', cue: 'وأكد', speaker: 'سالم الدوسري' },
    ]);
  });

  it('a named subject, then the statement and a time word', () => {
    expect(withPerson('وأكد الوزير سالم الدوسري في تصريح صحفي أمس انتهاء أعمال الصيانة في الميناء.')).toEqual([
      { kind: 'indirect', text: 'انتهاء أعمال الصيانة في الميناء', cue: 'وأكد', speaker: 'سالم الدوسري' },
    ]);
  });
});

describe('no claim where the words after the statement describe it', () => {
  it('a bare statement noun goes on with its own clause', () => {
    expect(withPerson('وأكد الوزير سالم الدوسري في تصريح نقلته الصحف المحلية.')).toEqual([]);
  });
});
