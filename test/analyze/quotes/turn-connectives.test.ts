/**
 * A connective of the narrator with no comma after it (من جهة أخرى، في هذا السياق، إلى ذلك) opens
 * the clause of the verb of saying after it, a strict one too (ذكر، أفاد، بيّن), and ends the content
 * of a report before it in the same sentence (issue 15; read off the guard verb:strict-mid-clause on
 * seven study days; on more/2015-08-02 skip 170, 07-23 skip 90, 08-09 skip 240, 07-27 skip 50 and
 * 08-06 skip 400: 4 quotes found, 1 content end and 6 speakers mended, none lost). The sentences
 * are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null, q.speaker.text?.text ?? null]);

describe('a strict verb of saying right after a connective opens its clause', () => {
  it('من جهة أخرى ذكرت … أن', () => {
    expect(rows('وقال المدير إن الموسم جيد. من جهة أخرى ذكرت تقارير صحفية أن المدرب سيرحل قريبا.')).toEqual([
      ['indirect', 'الموسم جيد', 'وقال', 'المدير'],
      ['indirect', 'المدرب سيرحل قريبا', 'ذكرت', 'تقارير صحفية'],
    ]);
  });

  it('وفي هذا السياق بيّن … أن', () => {
    expect(rows('وفي هذا السياق بين المهندس أن الطريق سيفتح غدا.')).toEqual([['indirect', 'الطريق سيفتح غدا', 'بين', 'المهندس']]);
  });

  it('the report before it in the same sentence ends before the connective', () => {
    expect(rows('وأعلنت الوزارة أن الحصيلة ارتفعت إلى عشرة جرحى من جهة أخرى أفاد مصدر أمني بأن القوات بدأت عملية جديدة.')).toEqual([
      ['indirect', 'الحصيلة ارتفعت إلى عشرة جرحى', 'وأعلنت', 'الوزارة'],
      ['indirect', 'القوات بدأت عملية جديدة', 'أفاد', 'مصدر أمني'],
    ]);
  });
});
