import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Guide rules 2 and 15: a mountain or a valley is one LOC with its head (`جبل طويق`), also where no
// list knows its name (name-heads.json nameAfter.landforms; session 15, read on unlabelled news of
// more/2015-07-21, 07-25, 08-08). Fictional sentences.

const locs = (t: string) => typedMentions(t).filter((m) => m.startsWith('LOC:'));

describe('a mountain or a valley named by a word no list knows', () => {
  it('is one LOC with its head, a link and the name after it included', () => {
    expect(locs('صعد الشباب جبل سمحان صباح أمس.')).toEqual(['LOC:جبل سمحان']);
    expect(locs('جرت السيول في وادي بن مرعي طوال الليل.')).toEqual(['LOC:وادي بن مرعي']);
  });

  it('two mountains joined by و are two places', () => {
    expect(locs('دارت المعارك في جبل سمحان وجبل العرين أمس.')).toEqual(['LOC:جبل سمحان', 'LOC:جبل العرين']);
  });

  it('…but a preposition or a present verb after the head names nothing', () => {
    expect(locs('يحمل التاجر جبل من الديون منذ سنوات.')).toEqual([]);
    expect(locs('وصلنا إلى وادي يمتد بين جبلين.')).toEqual([]);
  });
});
