/**
 * أعرب عن أمله في أن…، معرباً عن اعتقاده أنّ…: a feeling or belief after عن with its own أنّ clause
 * reports what was said (the guide counts wishes and opinions; a feeling without an أنّ clause is
 * no quote). The guards marker:nominal-an / nominal-prep turned them down (issue 15; more/2015-08-02
 * skip 170, 07-23 skip 90, 08-09 skip 240, 07-27 skip 50 and 08-06 skip 400: 13 quotes found, 1 of
 * them doubtful (a survey's respondents), none lost). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null, q.speaker.text?.text ?? null]);

describe('عن + a feeling or belief + an أنّ clause', () => {
  it('عن اعتقاده أنّ…: the subject ends before عن', () => {
    expect(rows('وأعرب السياسي عن اعتقاده أنه لم يعد هناك مجال للتأجيل.')).toEqual([
      ['indirect', 'لم يعد هناك مجال للتأجيل', 'وأعرب', 'السياسي'],
    ]);
  });

  it('a participle: معرباً عن أمله في أن…', () => {
    expect(rows('وقال المدير إن الموسم جيد، معربا عن أمله في أن يتحسن الأداء.')).toEqual([
      ['indirect', 'الموسم جيد', 'وقال', 'المدير'],
      ['indirect', 'يتحسن الأداء', 'معربا', 'المدير'],
    ]);
  });
});

describe('no quote for a feeling without a clause of its own', () => {
  it('عن أسفه لأنّ… gives a reason', () => {
    expect(rows('وأعرب المدرب عن أسفه لأن الفريق خسر المباراة.')).toEqual([]);
  });

  it('عن سعادته بالفوز', () => {
    expect(rows('وأعرب المدرب عن سعادته بالفوز الكبير.')).toEqual([]);
  });
});
