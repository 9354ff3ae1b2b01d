import { describe, expect, it } from 'vitest';
import { typedMentions as mentions } from './helpers.ts';

// Classes read off a hand-marked study sample of 14 unlabelled SaudiNewsNet articles from seven
// newspapers (more/2015-08-01.zip and 2015-08-02.zip, session 11, issue #14); the sentences are
// fictional, written for these tests.

describe('a generic head with only a nationality adjective is no name (name-heads.json genericNational, guide rule 4)', () => {
  it('a government, an army or occupation forces named by their country are not ORG, whoever spelled them', () => {
    expect(mentions('وقالت الحكومة الإسرائيلية إنها سترد، بينما أعلن الجيش العراقي تقدمه.')).toEqual([]);
    expect(mentions('وقصفت قوات الاحتلال الإسرائيلي الحي، ثم انسحب جيش الاحتلال منه.')).toEqual([]);
    expect(mentions('ودعت الحكومة اليمنية إلى الحوار مع المعارضة.')).toEqual([]);
  });

  it('a name with another word, or a party listed as kept, stays ORG', () => {
    expect(mentions('وقاتل الجيش السوري الحر قرب الحدود.')).toContain('ORG:الجيش السوري الحر');
    expect(mentions('وقال حزب القوات اللبنانية إن القوات اللبنانية ستشارك في الحكومة.')).toContain(
      'ORG:القوات اللبنانية',
    );
  });
});
