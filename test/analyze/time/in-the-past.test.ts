/**
 * فيما سبق / فيما مضى ('in the past', 'formerly') are PAST_REF like سابقاً and في الماضي (session 16:
 * one in tuning set T3, 8 on study days 2015-07-21 and 2015-08-02, about 16 in nine days), unless
 * the verb takes a complement (فيما سبق للنادي أن…، فيما سبق من جرائم). Sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const all = (text: string): [string, string, string][] =>
  findTimes(text, { anchor: '2015-08-10' }).map((e) => [e.text, e.value, e.source]);

describe('فيما سبق / فيما مضى', () => {
  it('is the vague past', () => {
    expect(all('كانت القرية فيما مضى سوقا للقوافل.')).toEqual([['فيما مضى', 'PAST_REF', 'rule:time/vague']]);
    expect(all('رفض المصنع فيما سبق تصدير منتجاته.')).toEqual([['فيما سبق', 'PAST_REF', 'rule:time/vague']]);
  });

  it('not when the verb takes a complement', () => {
    expect(all('فيما سبق للنادي أن فاز بالكأس.')).toEqual([]);
    expect(all('لم يعاقب أحد فيما سبق من مخالفات.')).toEqual([]);
  });
});

describe('المدة as a stretch, like الفترة', () => {
  it('with a direction word is the vague past, present or future', () => {
    expect(all('وسع المتجر نشاطه خلال المدة الماضية.')).toEqual([['خلال المدة الماضية', 'PAST_REF', 'rule:time/vague-range']]);
    expect(all('تفتتح فروع جديدة خلال المدة المقبلة.')).toEqual([['خلال المدة المقبلة', 'FUTURE_REF', 'rule:time/vague-range']]);
  });

  it('not a set length', () => {
    expect(all('انتهت المدة المحددة للتسجيل.')).toEqual([]);
  });
});
