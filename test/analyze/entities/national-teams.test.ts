import { describe, expect, it } from 'vitest';
import { conventionChunks, typedMentions } from './helpers.ts';

// A national team named by منتخب and its country (guide rule 26), read on unlabelled news
// (more/2015-07-21, 07-23, 07-26, 08-01, 08-09, session 13, issue #14); fictional sentences.

describe('منتخب + a country is the national team, one ORG (name-heads.json heads)', () => {
  it('the head takes the place the tagger found after it', () => {
    const text = 'تعادل منتخب كرواتيا مع ضيفه';
    expect(conventionChunks(text, ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual(['ORG:منتخب كرواتيا']);
    expect(typedMentions('وفاز منتخب البرتغال على منتخب اليونان في المباراة الودية.')).toEqual(
      expect.arrayContaining(['ORG:منتخب البرتغال', 'ORG:منتخب اليونان']),
    );
  });

  it('…but never a chain of common nouns (name-heads.json commonHeads.noChain)', () => {
    expect(conventionChunks('انضم اللاعب إلى منتخب كرة القدم الشاطئية')).toEqual([]);
    expect(typedMentions('قال مدرب منتخب بلاده إن الفريق جاهز.')).toEqual([]);
  });
});
