/**
 * Speakers, session 13 round 2 (issue 15): a word of time or a clause of its own taken as the
 * speaker spread to every continuation after it (وقال، وأضاف). Read off unlabelled SaudiNewsNet
 * days outside the sample (more/2015-07-24, 08-07, 08-09). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سامر الخطيب', ['سامر الخطيب']),
  entity(t, 'p2', 'PER', 'سلمى الحداد', ['سلمى الحداد']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('a word of time is no speaker', () => {
  it('واليوم الأربعاء قال…: the day opens an adjunct; the verb and the وقال after it continue the last speaker', () => {
    const t = 'تحدث الفنان سامر الخطيب عن معرضه الجديد. واليوم الأربعاء قال إنه سيعود إلى بلده. وقال: «أنا سعيد جدا بهذا».';
    expect(speakers(t).slice(-2)).toEqual([
      ['سيعود إلى بلده', 'سامر الخطيب'],
      ['أنا سعيد جدا بهذا', 'سامر الخطيب'],
    ]);
  });

  it('لاحقاً قال: «…»: the adverb before the verb is no subject', () => {
    const t = 'رفض المخرج سامر الخطيب العرض الأول. لاحقًا قال: «لو قبلت لتغير كل شيء».';
    expect(speakers(t)).toEqual([['لو قبلت لتغير كل شيء', 'سامر الخطيب']]);
  });

  it('تقول الآن «…»: the adverb after the verb is no subject either', () => {
    const t = 'أكدت الوزيرة سلمى الحداد أن الخطة جاهزة. لكن الوزيرة تقول الآن «إنها تريد حلولا جديدة للمشكلة».';
    expect(speakers(t).at(-1)).toEqual(['إنها تريد حلولا جديدة للمشكلة', 'سلمى الحداد']);
  });

  it('بات الرئيس فلان يقول الآن إن…: the reported speech is still found, and its speaker is the sentence\'s person', () => {
    const t = 'ولذلك بات الرئيس سامر الخطيب يقول الآن إن الأزمة انتهت.';
    expect(speakers(t)).toEqual([['الأزمة انتهت', 'سامر الخطيب']]);
  });
});

describe('a clause after a role and a comma is no name in apposition', () => {
  it('ووصف المفتي الحادث…، ونتج عنه «…». وقال: the clause with عنه is not the speaker the وقال continues', () => {
    const t = 'ووصف المفتي الحادث الأليم الذي وقع في السوق، ونتج عنه «خسائر» كبيرة. وقال: «هذا عمل مرفوض».';
    for (const [, speaker] of speakers(t)) expect(speaker).not.toContain('عنه');
  });
});
