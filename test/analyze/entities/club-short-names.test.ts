import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// A club's short name in the spelling the press uses most: `سان جرمان` alone (Paris Saint-Germain)
// was typed as a place by the tagger 5 times in one tune3 article and about 40 times in the
// unlabelled days of more/ (clubs.json had only `سان جيرمان`), session 16, issue #14. Fictional sentences.

describe('a club named by its short name alone', () => {
  it('سان جرمان is the club, not a place', () => {
    expect(typedMentions('لعب المهاجم موسمين مع سان جرمان قبل أن يرحل.')).toEqual(['ORG:سان جرمان']);
    expect(typedMentions('قال مدرب سان جرمان إن فريقه جاهز للموسم.')).toEqual(['ORG:سان جرمان']);
  });
});
