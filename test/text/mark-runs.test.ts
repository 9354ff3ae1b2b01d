/**
 * The quote finder's cut (src/text/mark-runs.ts) is the cut the regex it replaced made (issue 18:
 * the scan classifies each character once instead of running two regexes per token): the same
 * tokens, offsets, words and keys, over hostile text, with and without a range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norm, tokens } from '../../src/analyze/quotes/text.ts';
import { markRuns } from '../../src/text/mark-runs.ts';
import { hostileText, newsText } from './arbitraries.ts';

/** The tokeniser before the scan, as it was written. */
function byRegex(text: string, start = 0, end = text.length) {
  const TOKEN = /[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const out: { start: number; end: number; text: string; n: string; word: boolean }[] = [];
  TOKEN.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const w = /[\p{L}\p{N}]/u.test(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], n: w ? norm(m[0]) : m[0], word: w });
  }
  return out;
}

describe('markRuns: the quote tokens', () => {
  it('cuts a fictional sentence with its marks, tatweel, digits and quotation marks apart', () => {
    const text = 'قالَ المـديرُ: «سنفتح 3 فروع» (غداً)…';
    const cut: [string, boolean][] = [];
    markRuns(text, 0, text.length, (a, b, w) => cut.push([text.slice(a, b), w]));
    expect(cut).toEqual([
      ['قالَ', true],
      ['المـديرُ', true],
      [':', false],
      ['«', false],
      ['سنفتح', true],
      ['3', true],
      ['فروع', true],
      ['»', false],
      ['(', false],
      ['غداً', true],
      [')', false],
      ['…', false],
    ]);
  });

  it('gives what the regex gave, over the whole text and over any range of it, asked again and again', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), fc.nat(), fc.nat(), (text, x, y) => {
        expect(tokens(text)).toEqual(byRegex(text));
        const a = text.length ? x % (text.length + 1) : 0;
        const b = a + (text.length - a ? y % (text.length - a + 1) : 0);
        expect(tokens(text, a, b)).toEqual(byRegex(text, a, b));
      }),
      { numRuns: 500 },
    );
  });
});
