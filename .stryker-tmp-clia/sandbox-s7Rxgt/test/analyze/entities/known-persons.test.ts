// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { completeKnownPersons, KNOWN_PERSON_RULE } from '../../../src/analyze/ner/finish.ts';
import { nerModel } from '../../../src/analyze/ner/tagger.ts';

// Fictional sentences around public figures' names that the gazetteer lists in full.
const run = (s: string, tags: string[]) => {
  const ws = s.split(' ');
  const t = [tags];
  const spans = completeKnownPersons(nerModel(), [ws], t);
  return { tags: t[0]!, spans };
};

describe('a person the gazetteer knows in full', () => {
  it('is tagged in full when the tagger found only the surname', () => {
    const { tags, spans } = run('وقال أنطونيو غوتيريش إن', ['O', 'O', 'B-PERS', 'O']);
    expect(tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(spans).toEqual([{ s: 0, a: 1, b: 3, rule: KNOWN_PERSON_RULE }]);
  });
  it('or only the last two of three words', () => {
    const { tags } = run('وقال بان كي مون إن', ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
    expect(tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  });
  it('is left alone when the tagger found nothing, or a name of another type inside', () => {
    expect(run('وقال أنطونيو غوتيريش إن', ['O', 'O', 'O', 'O']).spans).toEqual([]);
    const { tags, spans } = run('وقال أنطونيو غوتيريش إن', ['O', 'B-LOC', 'B-PERS', 'O']);
    expect(spans).toEqual([]);
    expect(tags).toEqual(['O', 'B-LOC', 'B-PERS', 'O']);
  });
  it("is left alone when the tagger's chunk runs past the phrase", () => {
    const tags = ['O', 'O', 'B-PERS', 'I-PERS'];
    expect(run('وقال أنطونيو غوتيريش الثاني', tags).spans).toEqual([]);
    expect(tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS']);
  });
});
