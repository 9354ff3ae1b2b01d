import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cursor } from '../../../src/analyze/time/cursor.ts';
import { normText } from '../../../src/analyze/time/norm.ts';
import { piecesOf } from '../../../src/text/pieces.ts';
import { tokenize } from '../../../src/text/tokenize.ts';
import { hostileText, newsText } from '../../text/arbitraries.ts';

const cursor = (text: string) => {
  const nt = normText(text);
  return new Cursor(nt, piecesOf(nt, tokenize(text)), null);
};

describe('Cursor.wordsIn', () => {
  it('gives the words of a stretch of the folded text, cut where the stretch cuts them', () => {
    const c = cursor('قال الوزيرُ: سيزور 12 دولة');
    const s = c.nt.norm;
    expect(c.wordsIn(0, s.length)).toEqual(['قال', 'الوزير', 'سيزور', 'دوله']);
    expect(c.wordsIn(s.indexOf('وزير'), s.indexOf('سيزور') + 2)).toEqual(['وزير', 'سي']);
    expect(c.wordsIn(s.indexOf('12'), s.indexOf('12') + 2)).toEqual([]);
  });

  it('agrees with a letter-run regex over the slice, on any text and stretch', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), fc.nat(), fc.nat(), (text, x, y) => {
        const c = cursor(text);
        const n = c.nt.norm.length;
        const a = Math.min(x, y) % (n + 1);
        const b = Math.min(n, a + (Math.max(x, y) % 80));
        expect(c.wordsIn(a, b)).toEqual([...c.nt.norm.slice(a, b).matchAll(/\p{L}+/gu)].map((m) => m[0]));
      }),
      { numRuns: 500 },
    );
  });
});
