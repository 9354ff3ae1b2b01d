/**
 * Speakers, session 14 (issue 15): a verb of saying right after a relative pronoun (…، الذي قال…)
 * with no subject after it speaks for the noun phrase before the pronoun, when the pronoun agrees
 * with the verb and that phrase names a person, a role, a body or a source; when the pronoun does
 * not agree (الخطط، والتي قال), the phrase is a thing and the verb continues the last speaker. Read
 * off unlabelled SaudiNewsNet days outside the sample (more/2015-07-27, 08-02, 08-06). The sentences
 * are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سامر الخطيب', ['سامر الخطيب']),
  entity(t, 'p2', 'PER', 'سلمى الحداد', ['سلمى الحداد']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('a relative pronoun before the verb: the phrase before it speaks', () => {
  it('…وزير الزراعة فلان، الذي قال إن…: the person the relative clause describes, not the last speaker', () => {
    const t = 'وقالت سلمى الحداد إن المعرض مفتوح للجميع. ووصل إلى المدينة وزير الزراعة سامر الخطيب، الذي قال إن الموسم سيكون جيدا.';
    expect(speakers(t).at(-1)).toEqual(['الموسم سيكون جيدا', 'سامر الخطيب']);
  });

  it('…النيابة العامة، التي قالت إن…: a body named before the pronoun speaks', () => {
    const t = 'وقال المحامي سامر الخطيب إن موكله بريء. وأحيلت القضية إلى النيابة العامة، التي قالت إنها ستحقق في الأمر.';
    expect(speakers(t).at(-1)).toEqual(['ستحقق في الأمر', 'النيابة العامة']);
  });

  it('…ممثل الشركة الذي قال: «…»: a role with no comma before the pronoun, in a direct quote', () => {
    const t = 'وأكد سامر الخطيب أن العقد وقع. وحضر الاجتماع ممثل الشركة الذي قال: «سنبدأ العمل الشهر المقبل».';
    expect(speakers(t).at(-1)).toEqual(['سنبدأ العمل الشهر المقبل', 'ممثل الشركة']);
  });
});

describe('a relative pronoun that does not agree with the verb: no speaker from before it', () => {
  it('…الخطط الجديدة، والتي قال إنها…: the thing described is no speaker; the verb continues the last one', () => {
    const t = 'وقال سامر الخطيب إن الخطط جاهزة. وعرض على الحضور الخطط الجديدة، والتي قال إنها ستنفذ قريبا.';
    expect(speakers(t).at(-1)).toEqual(['ستنفذ قريبا', 'سامر الخطيب']);
  });
});
