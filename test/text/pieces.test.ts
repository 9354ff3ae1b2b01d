import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/doc/types.ts';
import { CLASS, INVISIBLE, SPACE } from '../../src/text/charclass.ts';
import { fold } from '../../src/text/normalize.ts';
import { foldForMatch, piecesOf, tokensOfWholeText, type FoldedText } from '../../src/text/pieces.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { hostileText, newsText } from './arbitraries.ts';

/**
 * The oracle: what the time tagger cut before it read the shared tokens, one regex over the folded
 * text (letter runs, ASCII digit runs, any other character alone, white space skipped).
 */
function oracle(norm: string): Array<{ t: string; ns: number; ne: number; kind: string }> {
  return [...norm.matchAll(/\p{L}+|\d+|[^\s\p{L}\d]/gu)].map((m) => ({
    t: m[0],
    ns: m.index,
    ne: m.index + m[0].length,
    kind: /^\d/.test(m[0]) ? 'n' : /^\p{L}/u.test(m[0]) ? 'w' : 'p',
  }));
}

const shape = (ps: ReturnType<typeof piecesOf>) => ps.map(({ t, ns, ne, kind }) => ({ t, ns, ne, kind }));
const keys = (text: string) => piecesOf(foldForMatch(text), tokenize(text)).map((p) => p.t);

/** A text taken as already folded (identity map), to test the cutter on any character. */
function unfolded(s: string): FoldedText {
  return { src: s, norm: s, map: Int32Array.from({ length: s.length + 1 }, (_, i) => i) };
}

describe('piecesOf', () => {
  it('cuts numbers from the letters glued to them, and numbers at their separators', () => {
    expect(keys('في 2015م وبـ2016')).toEqual(['في', '2015', 'م', 'وب', '2016']);
    expect(keys('الساعة 7.15 و10:30')).toEqual(['الساعه', '7', '.', '15', 'و', '10', ':', '30']);
    expect(keys('٢٠١٥/٨/٣')).toEqual(['2015', '/', '8', '/', '3']);
    expect(keys('انتظر...')).toEqual(['انتظر', '.', '.', '.']);
    expect(keys('COVID-19')).toEqual(['COVID', '-', '19']);
  });

  it('keys pieces by the match folding: marks and tatweel dropped, ة as ه, Latin case kept', () => {
    expect(keys('السَّاعةُ الـــثالثة GMT')).toEqual(['الساعه', 'الثالثه', 'GMT']);
    // a word's key is its folding under the `match` profile, as word lists are folded
    for (const w of ['السَّاعةُ', 'الـــثالثة', 'إحدى', 'بعدَ', 'GMT']) expect(keys(w)).toEqual([fold(w, 'match')]);
  });

  it('names the token each piece starts in, and -1 for a control between tokens', () => {
    const text = 'يوم 12\u0001مايو';
    const tokens = tokenize(text);
    const ps = piecesOf(foldForMatch(text), tokens);
    expect(ps.map((p) => [p.t, p.tok])).toEqual([
      ['يوم', 0],
      ['12', 1],
      ['\u0001', -1],
      ['مايو', 2],
    ]);
  });

  it('joins letters or digits that touch across a token boundary', () => {
    const text = 'القاهرة 2015';
    // tokens cut inside the word and inside the number, as a block boundary might
    const tokens = [...tokenize(text, 0, 4), ...tokenize(text, 4, 10), ...tokenize(text, 10)];
    expect(tokens.length).toBe(4);
    const ps = piecesOf(foldForMatch(text), tokens);
    expect(ps.map((p) => [p.t, p.tok])).toEqual([
      ['القاهره', 0],
      ['2015', 2],
    ]);
  });

  it('classes every BMP character as the regex does (letters, digits, white space, the rest)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `x${String.fromCharCode(c)}1`;
      if (JSON.stringify(shape(piecesOf(unfolded(s), []))) !== JSON.stringify(oracle(s))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('cuts any text as the regex over its folded copy does, whatever tokens it is given', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), fc.nat(), fc.nat(), (text, x, y) => {
        const folded = foldForMatch(text);
        const want = oracle(folded.norm);
        expect(shape(piecesOf(folded, tokenize(text)))).toEqual(want);
        // tokens of one block only, the rest covered by tokensOfWholeText
        const a = Math.min(x, y) % (text.length + 1);
        const b = a + ((Math.max(x, y) - Math.min(x, y)) % (text.length - a + 1));
        expect(shape(piecesOf(folded, tokensOfWholeText(text, tokenize(text, a, b))))).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });
});

/** Characters around astral ones: letters (CJK Extension B, mathematical), emoji, lone halves. */
const astralChar = fc.constantFrom(
  'ب',
  'ال',
  '7',
  ' ',
  '.',
  'x',
  '\u{20000}',
  '\u{2A6D6}',
  '\u{1D49C}',
  '\u{1D7CE}',
  '\u{1F600}',
  '\u{E0001}',
  // the first and last low halves: U+10000 is a letter (Linear B), U+103FF is not
  '\u{10000}',
  '\u{103FF}',
  '\uD800',
  '\uDC00',
);
const astralText = fc.array(astralChar, { maxLength: 24 }).map((a) => a.join(''));

describe('piecesOf, astral characters', () => {
  it('reads a surrogate pair as one character: a letter joins letter runs, anything else is a piece', () => {
    const cases = ['ب\u{20000}ب', '\u{1D49C}ال 7\u{20000}', 'ب\u{1F600}ب', 'ب\uD800', '\uDC00ب', 'ب\uD800ب', '\u{20000}\u{1D49C}', 'ب\u{10000}', '\u{103FF}ب'];
    for (const s of cases) expect(shape(piecesOf(unfolded(s), [])), s).toEqual(oracle(s));
    expect(shape(piecesOf(unfolded('ب\u{20000}ب'), [])).map((p) => p.kind)).toEqual(['w']);
    expect(shape(piecesOf(unfolded('ب\u{1F600}ب'), [])).map((p) => p.kind)).toEqual(['w', 'p', 'w']);
  });

  it('cuts as the regex does when tokens, or a block boundary, fall inside a pair', () => {
    fc.assert(
      fc.property(astralText, fc.nat(), fc.nat(), (text, x, y) => {
        const folded = unfolded(text);
        const want = oracle(text);
        expect(shape(piecesOf(folded, tokenize(text)))).toEqual(want);
        const a = Math.min(x, y) % (text.length + 1);
        const b = a + ((Math.max(x, y) - Math.min(x, y)) % (text.length - a + 1));
        const blocks = [...tokenize(text, 0, a), ...tokenize(text, a, b), ...tokenize(text, b)];
        expect(shape(piecesOf(folded, blocks))).toEqual(want);
        expect(shape(piecesOf(folded, tokensOfWholeText(text, tokenize(text, a, b))))).toEqual(want);
      }),
      { numRuns: 600 },
    );
  });
});

describe('tokensOfWholeText', () => {
  it('tokenises what the given tokens leave out, keeping them as they are', () => {
    const text = 'الرياض - واس\nقال الوزير أمس';
    const start = text.indexOf('قال');
    const block = tokenize(text, start);
    const all = tokensOfWholeText(text, block);
    expect(all.map((t) => t.text)).toEqual(['الرياض', '-', 'واس', 'قال', 'الوزير', 'أمس']);
    expect(all.slice(3)).toEqual(block);
    expect(all[3]).toBe(block[0]);
  });

  it('returns the same array when nothing but white space is left out', () => {
    const text = ' قال \u200F الوزير ';
    const tokens = tokenize(text);
    expect(tokensOfWholeText(text, tokens)).toBe(tokens);
  });

  it('covers every character that is not white space or a control, in order, whatever block is given', () => {
    fc.assert(
      fc.property(newsText, fc.nat(), fc.nat(), (text, x, y) => {
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.min(text.length, a + (Math.max(x, y) % 50));
        const all: readonly Token[] = tokensOfWholeText(text, tokenize(text, a, b));
        const covered = new Uint8Array(text.length);
        let last = 0;
        for (const t of all) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          for (let i = t.start; i < t.end; i++) covered[i] = 1;
          last = t.end;
        }
        const left: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const k = CLASS[text.charCodeAt(i)];
          if (!covered[i] && k !== SPACE && k !== INVISIBLE) left.push(i);
        }
        expect(left).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
