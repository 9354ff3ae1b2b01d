import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// A club's short name in the spelling the press uses most: `سان جرمان` alone (Paris Saint-Germain)
// was typed as a place by the tagger 5 times in one tune3 article and about 40 times in the
// unlabelled days of more/ (clubs.json had only `سان جيرمان`), session 16, issue #14. So was
// Manchester United's nickname `الشياطين الحمر` (guide rule 26: a team's established nickname is
// the team), missed once on tune3 and 28 times written in more/. Fictional sentences.

describe('a club named by its short name alone', () => {
  it('سان جرمان is the club, not a place', () => {
    expect(typedMentions('لعب المهاجم موسمين مع سان جرمان قبل أن يرحل.')).toEqual(['ORG:سان جرمان']);
    expect(typedMentions('قال مدرب سان جرمان إن فريقه جاهز للموسم.')).toEqual(['ORG:سان جرمان']);
  });

  it('الشياطين الحمر is the club, in quotation marks too', () => {
    expect(typedMentions('لم ينجح الجناح في حجز مكانه مع «الشياطين الحمر» هذا الموسم.')).toEqual(['ORG:الشياطين الحمر']);
  });
});
