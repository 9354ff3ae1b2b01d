/**
 * A bare attribution phrase whose source is the information a report rests on (معلومات، تقديرات،
 * بيانات، دراسات، تحقيقات، شهادات، مشاهدات): a plausible source, as the tuning gold counts
 * ووفقاً لأرقام رسمية فإن… and بحسب تقارير… (issue 15; read off the guard
 * attribution:implausible-source on more/2015-08-09, 07-21 skip 200 and 08-02 skip 100: 21
 * phrases taken, all reporting). A plan or a rule after the phrase stays no source. The sentences
 * are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null]);

describe('information as the source of a bare attribution', () => {
  it('sentence-initial وحسب معلومات …، فإن: the content follows', () => {
    expect(rows('وحسب معلومات متداولة في الحي، فإن المخبز سيغلق أبوابه الشهر المقبل.')).toEqual([
      ['indirect', 'المخبز سيغلق أبوابه الشهر المقبل', 'وحسب'],
    ]);
  });

  it('…، بحسب تقديرات + a body at the sentence end: the clause before is attributed', () => {
    expect(rows('وارتفع عدد زوار الحديقة إلى ثلاثة آلاف زائر في الأسبوع، بحسب تقديرات البلدية.')).toEqual([
      ['indirect', 'وارتفع عدد زوار الحديقة إلى ثلاثة آلاف زائر في الأسبوع', 'بحسب'],
    ]);
  });

  it('…، وفقا لتحقيقات + a body: the glued ل is dropped before the noun', () => {
    expect(rows('وكان الحارس قد فتح البوابة قبل الحادث بساعة، وفقا لتحقيقات الشرطة.').map((r) => r[2])).toEqual(['وفقا ل']);
  });
});

describe('a plan or a rule is still no source', () => {
  it('…، وفق خطة زمنية', () => {
    expect(quotes('وسيستمر العمل في الجسر وفق خطة زمنية وضعتها البلدية.')).toEqual([]);
  });
});
