/**
 * طالب / نصح / ناشد + the subject (and the one asked) + بـ and a verbal noun of the simple verb
 * (بصرف، بنشر، بوضع), which has no shape of its own, unlike بالسماح، بإصلاح، بتأجيل (issue 15;
 * read off more/2015-08-02 skip 170, 2015-07-23 skip 90 and 2015-08-09 skip 240, 300 articles each:
 * 6 quotes found or their content mended, one of them with the one asked as speaker, none lost).
 * The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null]);

describe('a directive verb opening its clause takes بـ + a simple verbal noun after its subject', () => {
  it('after an indefinite subject', () => {
    expect(rows('وطالب محتجون بنشر صور الحادث كاملة.')).toEqual([['indirect', 'بنشر صور الحادث كاملة', 'وطالب']]);
  });

  it('after a comma, past the subject and the one asked', () => {
    expect(rows('من جهة أخرى، طالب المدرب اللاعبين بقطع مسافات طويلة في التدريب.')).toEqual([
      ['indirect', 'بقطع مسافات طويلة في التدريب', 'طالب'],
    ]);
  });
});

describe('a ب-word that is no directive content', () => {
  it('طالب after إنّ is the noun "student": the colon quote keeps its words', () => {
    expect(rows('وقالت وسائل إعلام محلية: إن طالب هندسة شابا أدهش لجنة التحكيم بمشروعه.')).toEqual([
      ['direct', 'إن طالب هندسة شابا أدهش لجنة التحكيم بمشروعه', 'وقالت'],
    ]);
  });

  it('a conjunction or adverbial that opens with ب (بسبب، بعدما) is not the content', () => {
    expect(rows('وطالب الأهالي بسبب الزحام بتوسعة الطريق.')).toEqual([['indirect', 'بتوسعة الطريق', 'وطالب']]);
  });

  it('an adjunct (بمناسبة) after the subject is not the content', () => {
    expect(rows('وطالبت الجمعية بمناسبة اليوم العالمي للصحة.')).toEqual([]);
  });
});
