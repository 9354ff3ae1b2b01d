import { describe, expect, it } from 'vitest';
import { GROUP_NOUN_RULE, groupNounPersons } from '../../../src/analyze/entities/group-nouns.ts';
import { personChunks, taggedPersons } from './helpers.ts';

// Fictional sentences written for these tests (session 14: followers and staff taken for a
// person, read on unlabelled news of 2015-07-25, 2015-07-26 and 2015-07-22).

/** The person chunks left after the rule, the tagger having tagged `person` (words joined by spaces). */
function persons(text: string, person: string): string[] {
  const { ws, tags } = taggedPersons(text, [person]);
  const spans = groupNounPersons([ws], [tags]);
  expect(spans.every((s) => s.rule === GROUP_NOUN_RULE)).toBe(true);
  return personChunks(ws, tags);
}

describe('a plural noun of followers or staff', () => {
  it('is no person alone', () => {
    expect(persons('وقدم منسوبو الفرع هدية للمدير.', 'منسوبو')).toEqual([]);
    expect(persons('ودعا مؤيدو الحزب إلى التظاهر.', 'مؤيدو')).toEqual([]);
  });
  it('opens no person: the person is the name after it', () => {
    expect(persons('واشتبك الجيش مع المسلحين وأنصار ناجي أمس.', 'وأنصار ناجي')).toEqual(['ناجي']);
  });
  it('…and what follows it with the article is no name either', () => {
    expect(persons('وقاتلت جبهة أنصار الشريعة في الشمال.', 'أنصار الشريعة')).toEqual([]);
  });
  it('leaves other persons alone', () => {
    expect(persons('وقال ناجي الفلاني إن الوضع هادئ.', 'ناجي الفلاني')).toEqual(['ناجي الفلاني']);
  });
});
