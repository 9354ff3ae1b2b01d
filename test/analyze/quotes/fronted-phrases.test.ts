/**
 * A phrase fronted before a verb of saying with no comma (issue 15, afterFrontedPhrase in find.ts):
 * و + a preposition at the sentence's start, then the verb, its own subject and an أنّ clause. Read
 * off the fourth tuning set and unlabelled days more/2015-08-04, 07-22 and 07-26. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

describe('a strict verb after a fronted phrase opens its clause', () => {
  it('وعن + a noun phrase, right after a full stop with no space', () => {
    expect(view(quotes('ارتفعت أسعار الخضار.وعن الباعة المخالفين ذكر البيان أن الرقابة ستشتد في الأسواق.'))).toEqual([
      { kind: 'indirect', text: 'الرقابة ستشتد في الأسواق', cue: 'ذكر', speaker: 'البيان' },
    ]);
  });
});

describe('no statement after a fronted phrase without a subject and a clause of its own', () => {
  it('a quote in marks after the verb is no clause', () => {
    expect(quotes('وعن الباعة المخالفين ذكر البيان «الرقابة»')).toEqual([]);
  });

  it('a verb inside the fronted phrase', () => {
    expect(quotes('وعن الباعة الذين خالفوا ذكر البيان أن الرقابة ستشتد.')).toEqual([]);
  });
});
