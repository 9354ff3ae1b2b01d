/**
 * The time cursor keeps what the rules ask again and again at a piece (its clitic forms, whether
 * it stands beside the next piece, the number there): what it keeps must be what a fresh question
 * would get, at every piece and in whatever order the rules ask.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cursor, variants } from '../../../src/analyze/time/cursor.ts';
import { normText } from '../../../src/analyze/time/norm.ts';
import { number } from '../../../src/analyze/time/numbers.ts';
import { duration } from '../../../src/analyze/time/rules/durations.ts';
import { findTimes } from '../../../src/analyze/time/tagger.ts';
import { piecesOf } from '../../../src/text/pieces.ts';
import { tokenize } from '../../../src/text/tokenize.ts';
import { hostileText, newsText } from '../../text/arbitraries.ts';

const cursor = (text: string) => {
  const nt = normText(text);
  return new Cursor(nt, piecesOf(nt, tokenize(text)), null);
};

// Fictional sentences with numbers in words and digits, clitics and line breaks.
const SAMPLES = [
  'وبعد ثلاثة عشر يوماً من الاجتماع\nعاد الوفد في الحادي عشر من مايو',
  'استمرت الحملة لمدة ( 21 ) يوماً، ثم أحد عشر شهراً وللأسبوع الثاني على التوالي',
  'في الساعة العاشرة والنصف مساء الخميس 12/5/2015 وبالخمسة عشر',
];

describe('Cursor memo', () => {
  it('answers number(), near() and variantsAt() as a fresh cursor does, in any order of asking', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SAMPLES), hostileText, newsText), fc.array(fc.tuple(fc.integer({ min: -2, max: 40 }), fc.boolean()), { maxLength: 60 }), (text, asks) => {
        const kept = cursor(text);
        for (const [i, clitics] of asks) {
          const fresh = cursor(text);
          expect(number(kept, i, clitics)).toEqual(number(fresh, i, clitics));
          expect(kept.near(i)).toBe(fresh.near(i));
          expect(kept.variantsAt(i)).toEqual(variants(fresh.w(i)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('near() is true exactly where no line break separates a piece from the next', () => {
    const c = cursor(SAMPLES[0]!);
    const s = c.nt.norm;
    for (let i = -1; i <= c.toks.length; i++) {
      const a = c.toks[i];
      const b = c.toks[i + 1];
      expect(c.near(i)).toBe(!!a && !!b && !s.slice(a.ne, b.ns).includes('\n'));
    }
    expect(c.toks.some((_, i) => !c.near(i) && i < c.toks.length - 1)).toBe(true);
  });

  it('a rule asked twice at the same piece gives the same match (the kept number is not changed by its readers)', () => {
    const c = cursor('ويستمر التسجيل لمدة ( 21 ) يوماً');
    const at = c.toks.findIndex((t) => t.t === 'لمده');
    const first = duration(c, at);
    expect(first).toMatchObject({ value: 'P21D', end: c.toks.length });
    expect(duration(c, at)).toEqual(first);
    expect(findTimes('ويستمر التسجيل لمدة ( 21 ) يوماً', { anchor: null }).map((e) => e.value)).toEqual(['P21D']);
  });
});
