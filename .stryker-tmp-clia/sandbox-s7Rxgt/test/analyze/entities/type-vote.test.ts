// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { voteTypes, voteTypesWindows } from '../../../src/analyze/ner/type-vote.ts';

// Fictional sentences written for these tests.
const doc = (lines: [string, string][]) => ({
  words: lines.map(([w]) => w.split(' ')),
  tags: lines.map(([, t]) => t.split(' ')),
});

describe('one name, one type per document', () => {
  it('the minority type takes the majority when it is outnumbered two to one', () => {
    const { words, tags } = doc([
      ['أعلنت نوران أرباحها', 'O B-ORG O'],
      ['وقالت النوران إن', 'O B-ORG O'],
      ['وتعمل نوران في المدينة', 'O B-LOC O O'],
    ]);
    const spans = voteTypes(words, tags);
    expect(spans).toEqual([{ s: 2, a: 1, b: 2 }]);
    expect(tags[2]).toEqual(['O', 'B-ORG', 'O', 'O']);
  });
  it('a tie, or two against two, changes nothing', () => {
    const { words, tags } = doc([
      ['أعلنت نوران أرباحها', 'O B-ORG O'],
      ['وتعمل نوران في المدينة', 'O B-LOC O O'],
    ]);
    expect(voteTypes(words, tags)).toEqual([]);
    expect(tags[1]![1]).toBe('B-LOC');
  });
  it('multiword names vote as a whole', () => {
    const { words, tags } = doc([
      ['زار سالم الراشد المصنع', 'O B-PERS I-PERS O'],
      ['وقال سالم الراشد إن', 'O B-PERS I-PERS O'],
      ['وشركة سالم الراشد للتجارة', 'O B-ORG I-ORG O'],
    ]);
    voteTypes(words, tags);
    expect(tags[2]).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
  });
  it('windows keep documents of a stream apart', () => {
    const { words, tags } = doc([
      ['أعلنت نوران أرباحها', 'O B-ORG O'],
      ['وقالت نوران إن', 'O B-ORG O'],
      ['وتعمل نوران في المدينة', 'O B-LOC O O'],
    ]);
    expect(voteTypesWindows(words, tags, 2)).toEqual([]);
    expect(voteTypesWindows(words, tags, 3)).toEqual([{ s: 2, a: 1, b: 2 }]);
  });
});
