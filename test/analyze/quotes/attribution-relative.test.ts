/**
 * An attribution phrase after its content whose source goes on in a relative clause with a verb of
 * saying (…، حسب الهيئة التي قالت إن…؛ … بحسب ما أكد مدربه فلان الذي قال: …): the verb describes
 * the source, it does not take the attribution over (issue 15; read off the guard
 * attribution:verb-follows on more/2015-07-27 skip 50 and 2015-08-06 skip 400: 2 quotes found, none
 * lost; none changed on 2015-08-02 skip 170, 07-23 skip 90, 08-09 skip 240). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null]);

describe('a relative clause after the source of a content-first attribution', () => {
  it('a bare حسب + a source + التي قالت: the clause before is attributed, and so is the أنّ clause', () => {
    expect(rows('لكن المكتبة ما زالت تجذب القراء حسب هيئة الثقافة التي قالت إن الزوار تضاعفوا هذا العام.')).toEqual([
      ['indirect', 'لكن المكتبة ما زالت تجذب القراء', 'حسب'],
      ['indirect', 'الزوار تضاعفوا هذا العام', 'قالت'],
    ]);
  });

  it('بحسب ما أكد + a source + الذي قال:', () => {
    const qs = rows('لكن الحارس لم يلحق بالحافلة بحسب ما أكد مدربه الذي قال: "سمعت أنه مريض".');
    expect(qs[0]).toEqual(['indirect', 'لكن الحارس لم يلحق بالحافلة', 'بحسب ما أكد']);
  });
});

describe('a verb of saying that is not in a relative clause still carries the quote', () => {
  it('بحسب + an agency + a verb with its own subject', () => {
    expect(rows('وبحسب وكالة الأنباء قالت الوزارة إن الصادرات ارتفعت.')).toEqual([['indirect', 'الصادرات ارتفعت', 'قالت']]);
  });
});
