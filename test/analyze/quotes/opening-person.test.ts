/**
 * A person named at the sentence's start and described without commas up to the verb (issue 15,
 * session 13): الخبير فلان أستاذ … في جامعة … يقول إن…. The description is longer than the short
 * noun phrase a verb-second clause allows, so the verb found no subject and, not opening its
 * clause, no statement. Read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-26); the sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'ماهر السالم', ['ماهر السالم']),
  entity(t, 'o1', 'ORG', 'جامعة الرصيف', ['جامعة الرصيف']),
];
const found = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('a person opening the sentence, described up to the verb, is its speaker', () => {
  it('الخبير فلان أستاذ الاقتصاد في جامعة X يقول إن…', () => {
    const t = 'الخبير ماهر السالم أستاذ الاقتصاد في جامعة الرصيف يقول إن الأسعار سترتفع قريبا.';
    expect(found(t)).toEqual([['الأسعار سترتفع قريبا', 'ماهر السالم']]);
  });

  it('…يقول لـ"الصحيفة" «…»: the outlet addressed stands between the verb and a quotation', () => {
    const t = 'ماهر السالم أستاذ الاقتصاد في جامعة الرصيف يقول لـ"الرصيف" "الأسواق تنتظر قرار البنك".';
    expect(found(t)).toEqual([['الأسواق تنتظر قرار البنك', 'ماهر السالم']]);
  });

  it('not when a subject follows the verb (…التي يقول أعضاؤها إن…), nor across a comma or a verb of saying', () => {
    const t1 = 'ماهر السالم رئيس الجمعية التي يقول أعضاؤها إن الدعم تأخر.';
    expect(found(t1).map(([, s]) => s)).not.toContain('ماهر السالم');
    const t2 = 'ماهر السالم أستاذ الاقتصاد، وفي جامعة الرصيف طلاب يقولون إن الرسوم مرتفعة.';
    expect(found(t2).map(([, s]) => s)).not.toContain('ماهر السالم');
  });
});
