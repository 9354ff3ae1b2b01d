import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Athletics as a team's or a competition's field (name-heads.json teamFields: لألعاب + القوى, guide
// rules 21 and 26): the name was cut before `لألعاب القوى` once on tune3 and 7 times in the
// unlabelled days of more/ (session 16, issue #14). Fictional sentences.

describe('لألعاب القوى belongs to the team or competition before it', () => {
  it('a national team with athletics', () => {
    expect(typedMentions('فاز عداء المنتخب الكويتي لألعاب القوى بالمركز الثاني.')).toEqual(['ORG:المنتخب الكويتي لألعاب القوى']);
  });

  it('a competition with athletics, and its age group after it', () => {
    expect(typedMentions('تأهل العداء إلى نهائي بطولة العالم لألعاب القوى للناشئين.')).toEqual(['MISC:بطولة العالم لألعاب القوى للناشئين']);
  });
});
