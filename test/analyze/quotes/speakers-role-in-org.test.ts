/**
 * Speakers, session 15 (issue 15): a role held in an organisation with no name after it (وأضاف
 * مدير الكرة بنادي فلان، قال رئيس البرلمان الألماني) was resolved to the organisation the entities
 * stage found inside the phrase. The speaker is the person holding the role: one given that role
 * before, else the person who was speaking (not for a member, a spokesman or an unnamed source),
 * else the role phrase. Read off unlabelled SaudiNewsNet days outside the sample (more/2015-07-22,
 * 07-31, 08-06). The sentences and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.ts';

const known = (t: string) => [
  entity(t, 'o1', 'ORG', 'نادي الشروق', ['نادي الشروق']),
  entity(t, 'o2', 'ORG', 'مجلس الثقافة', ['مجلس الثقافة']),
  entity(t, 'p1', 'PER', 'سامي العبدالله', ['سامي العبدالله']),
  entity(t, 'p2', 'PER', 'كمال الراشد', ['كمال الراشد']),
];
const last = (t: string) => {
  const { doc, quotes } = analyse(t, known);
  const q = quotes.at(-1)!;
  return { entity: doc.entities.find((e) => e.id === q.speaker.entity)?.name ?? null, text: q.speaker.text?.text ?? null };
};

describe('a role in an organisation is a person, not the organisation', () => {
  it('وأوضح مدير الكرة بنادي فلان أن…: the role phrase, no organisation', () => {
    expect(last('وأوضح مدير الكرة بنادي الشروق أن الفريق سيخوض أربع مباريات ودية في المعسكر.')).toEqual({ entity: null, text: 'مدير الكرة بنادي الشروق' });
  });

  it('وأكد المدير التنفيذي لمجلس فلان أن…: the person given a longer form of that role before', () => {
    const t = 'وقال المدير التنفيذي لمجلس الثقافة في المنطقة الشرقية سامي العبدالله إن المعرض ناجح. وأكد المدير التنفيذي لمجلس الثقافة أن الزوار تجاوزوا عشرة آلاف في اليوم الأول.';
    expect(last(t).entity).toBe('سامي العبدالله');
  });
});

describe('an unresolved role in an organisation describes the person who was speaking', () => {
  it('وقال فلان إن…. وأضاف مدير الكرة بنادي فلان أن…: the last speaker', () => {
    const t = 'وقال كمال الراشد إن المعسكر يبدأ الأحد. وأضاف مدير الكرة بنادي الشروق أن الفريق سيخوض أربع مباريات ودية.';
    expect(last(t).entity).toBe('كمال الراشد');
  });

  it('a member of a body is one of several, not the last speaker', () => {
    const t = 'وقال كمال الراشد إن المعسكر يبدأ الأحد. وأضاف عضو مجلس الثقافة أن المعرض سيفتتح الشهر المقبل.';
    expect(last(t)).toEqual({ entity: null, text: 'عضو مجلس الثقافة' });
  });

  it('an unnamed source in a body is not the last speaker', () => {
    const t = 'وقال كمال الراشد إن المعسكر يبدأ الأحد. وأضاف مسؤول كبير في مجلس الثقافة أن المعرض سيفتتح الشهر المقبل.';
    expect(last(t).entity).toBeNull();
  });
});
