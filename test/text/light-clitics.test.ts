/**
 * The light proclitic forms and rough clause stops the time tagger reads through src/text
 * (issue #18: no clitic list or sentence-end set outside the text layer). Folded words, as the
 * tagger's text is folded (ة → ه).
 */
import { describe, expect, it } from 'vitest';
import { lightProcliticForms, spanProcliticLength, startsWithConjunction } from '../../src/text/clitics.ts';
import { firstRoughStop, hasRoughStop, lastRoughStop } from '../../src/text/sentences.ts';

describe('lightProcliticForms', () => {
  it('cuts و/ف, then ب/ل/ك, counting the letters cut', () => {
    expect(lightProcliticForms('وبعام')).toEqual([
      ['وبعام', 0],
      ['بعام', 1],
      ['عام', 2],
    ]);
    expect(lightProcliticForms('فالعام')).toEqual([
      ['فالعام', 0],
      ['العام', 1],
    ]);
    expect(lightProcliticForms('كيوم')).toEqual([
      ['كيوم', 0],
      ['يوم', 1],
    ]);
  });

  it('reads لل as the article, with nothing cut', () => {
    expect(lightProcliticForms('للعام')).toEqual([
      ['للعام', 0],
      ['العام', 0],
    ]);
    expect(lightProcliticForms('وللعام')).toEqual([
      ['وللعام', 0],
      ['للعام', 1],
      ['العام', 1],
    ]);
  });

  it('leaves short words whole: a preposition needs four letters, a conjunction three', () => {
    expect(lightProcliticForms('بعد')).toEqual([['بعد', 0]]);
    expect(lightProcliticForms('وف')).toEqual([['وف', 0]]);
    expect(lightProcliticForms('وبه')).toEqual([
      ['وبه', 0],
      ['به', 1],
    ]);
  });
});

describe('the first letters of a span', () => {
  it('و، ب and a lone ل stay outside a date; ف، ك and لل do not', () => {
    expect(['وعام', 'بعام', 'لعام', 'للعام', 'فعام', 'كعام', 'عام'].map(spanProcliticLength)).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });

  it('a conjunction is و or ف', () => {
    expect(['وقال', 'فقال', 'بقال', ''].map(startsWithConjunction)).toEqual([true, true, false, false]);
  });
});

describe('rough clause stops', () => {
  it('. ؟ ! and a line break, not ? ؛ or a comma', () => {
    expect(['أ. ب', 'أ؟ ب', 'أ! ب', 'أ\nب', 'أ? ب', 'أ؛ ب', 'أ، ب'].map(hasRoughStop)).toEqual([true, true, true, true, false, false, false]);
  });

  it('first and last', () => {
    expect(firstRoughStop('قال. ثم! ذهب')).toBe(3);
    expect(lastRoughStop('قال. ثم! ذهب')).toBe(7);
    expect(firstRoughStop('لا شيء')).toBe(-1);
    expect(lastRoughStop('لا شيء')).toBe(-1);
  });
});
