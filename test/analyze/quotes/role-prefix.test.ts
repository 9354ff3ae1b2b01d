/**
 * A role written later in a shorter form (الوزير، المتحدث الرسمي) names the one person the article
 * gave that role with a name earlier (وزير الهجرة فلان، المتحدث الرسمي باسم الشرطة فلان), not the
 * person mentioned most. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/doc/types.ts';
import { analyse, entity } from './helpers.ts';

const speakers = (text: string, ents: (t: string) => Entity[]): (string | null)[] => analyse(text, ents).quotes.map((q) => q.speaker.entity);

describe('a shorter later form of a role names its holder', () => {
  const people = (t: string): Entity[] => [
    entity(t, 'p0', 'PER', 'سامي الخطيب', ['سامي الخطيب', 'الخطيب']),
    entity(t, 'p1', 'PER', 'ماهر الزين', ['ماهر الزين']),
  ];

  it('الوزير after وزير الهجرة فلان, though another person was mentioned more', () => {
    const text =
      'قال المفوض الأوروبي سامي الخطيب إن «الأمر واضح». وتوقع الخطيب حلا قريبا. ومن جانبه قال وزير الهجرة ماهر الزين إن بلاده ستستقبل ألف شخص، وأضاف الوزير أن «هذا لا يعني قبول الجميع».';
    expect(speakers(text, people)).toEqual(['p0', 'p1', 'p1']);
  });

  it('two holders of the same head (وزير الهجرة، وزير الداخلية) leave الوزير to the other rules', () => {
    const text =
      'قال وزير الداخلية سامي الخطيب إن «الأمر واضح». وتوقع الخطيب حلا قريبا. ومن جانبه قال وزير الهجرة ماهر الزين إن بلاده ستستقبل ألف شخص، وأضاف الوزير أن «هذا لا يعني قبول الجميع».';
    // Not the article's protagonist so far (named twice): a definite title without a name refers
    // back to the person who was speaking, the migration minister (speakers-titles-back.test.ts).
    expect(speakers(text, people).at(-1)).toBe('p1');
  });

  it('المتحدث الرسمي after the entities stage gave the full role to a named person', () => {
    const text =
      'أعلن المتحدث الرسمي باسم شرطة المدينة العقيد ماهر الزين القبض على المتهمين. وكان سامي الخطيب قد زار الموقع، وأكد الخطيب أن «الحق سيعود». وقال المتحدث الرسمي: «التحقيقات مستمرة».';
    const ents = (t: string): Entity[] => [
      entity(t, 'p0', 'PER', 'سامي الخطيب', ['سامي الخطيب', 'الخطيب']),
      entity(t, 'p1', 'PER', 'ماهر الزين', ['ماهر الزين'], ['المتحدث الرسمي باسم شرطة المدينة']),
    ];
    expect(speakers(text, ents).at(-1)).toBe('p1');
  });
});
