import { describe, expect, it } from 'vitest';
import {
  defaultUnitTable,
  MATCH_NORMALIZATION,
  normalize,
  normalizeDefault,
  normalizeWithMap,
  SEARCH_NORMALIZATION,
} from '../../src/text/normalize.ts';

/**
 * What the mutation run of normalize.ts lines 130–336 (session 11) found untested: the look-ahead
 * that decides whether ر between digits is a decimal sign, when the next unit is a presentation
 * form or a character that NFKC alone would turn into a digit; and output longer than the
 * 4,096 units the buffer is turned into a string by at once.
 */
const pad = `${'ب'.repeat(70)} `; // past the 64-unit threshold of the short-string paths
const paths: [string, (s: string) => string][] = [
  ['normalize', (s) => normalize(s)],
  ['normalizeDefault', normalizeDefault],
  ['options other than the default', (s) => normalize(s, { taMarbuta: true })],
  ['search', (s) => normalize(s, SEARCH_NORMALIZATION)],
  ['match', (s) => normalize(s, MATCH_NORMALIZATION)],
  ['normalizeWithMap', (s) => normalizeWithMap(s).norm],
];

describe('ر between digits, looking past what normalisation drops', () => {
  const cases: [string, string][] = [
    // tatweel + fathatan in one presentation form: both dropped, so a digit follows in the output
    ['4ر\uFE715', '4.5'],
    ['٤ر\uFE71٥', '4.5'],
    ['4ر\uFE71', '4ر'],
    // a presentation-form letter is a letter: no decimal sign
    ['4ر\uFE8D5', '4را5'],
    // superscript and full-width digits are no digits here (only presentation forms go through NFKC)
    ['4ر²', '4ر²'],
    ['4ر\uFF14', '4ر\uFF14'],
    // a NUL is kept, so it stands between ر and the digit
    ['4ر\u00005', '4ر\u00005'],
  ];

  it.each(paths)('%s', (_name, f) => {
    for (const [s, want] of cases) {
      expect(f(s), JSON.stringify(s)).toBe(want);
      expect(f(pad + s), JSON.stringify(s)).toBe(f(pad) + want);
    }
  });
});

describe('output longer than 4,096 units', () => {
  it('is whole on every path that goes through the buffer', () => {
    const s = 'أَ'.repeat(5000);
    const want = 'ا'.repeat(5000);
    for (const [name, f] of paths) expect(f(s) === want, name).toBe(true);
    const { map } = normalizeWithMap(s);
    expect(map[4999]).toBe(9998);
    expect(map[5000]).toBe(10000);
  });

  it('grows the buffer as presentation forms expand (ﷺ is 18 units): many of them in a row are all there', () => {
    const one = normalize('ﷺ');
    expect(one).toBe('صلي الله عليه وسلم');
    const s = 'ﷺ'.repeat(5000);
    for (const [name, f] of paths) expect(f(s) === one.repeat(5000), name).toBe(true);
  });
});

describe('the default unit table the build keeps (prebuilt.ts)', () => {
  it('gives, for every code unit, what normalize makes of it alone; -2 for ر and the presentation forms', () => {
    const t = defaultUnitTable();
    expect(t.length).toBe(0x10000);
    let context = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c === 0x0631 || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
        expect(t[c], c.toString(16)).toBe(-2);
        context++;
      } else if (t[c] === -1) expect(normalize(ch), c.toString(16)).toBe('');
      else expect(String.fromCharCode(t[c]!), c.toString(16)).toBe(normalize(ch));
    }
    expect(context).toBe(1 + (0xfdff - 0xfb50 + 1) + (0xfefc - 0xfe70 + 1));
  });
});

describe('the match folding by table (lists and time words)', () => {
  it('folds every code unit, and a mixed phrase, as the general path folds the same options', () => {
    const opts = { taMarbuta: true, lowercase: false }; // a fresh object: flags computed from it
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = normalizeWithMap(ch, opts).norm;
      if (normalize(ch, MATCH_NORMALIZATION) !== want) expect(normalize(ch, MATCH_NORMALIZATION), c.toString(16)).toBe(want);
    }
    const phrase = 'مدرسةُ الـمستقبل Al-Noor ٢٠٢٠ إلى';
    expect(normalize(phrase, MATCH_NORMALIZATION)).toBe(normalizeWithMap(phrase, opts).norm);
    expect(normalize(phrase, MATCH_NORMALIZATION)).toBe('مدرسه المستقبل Al-Noor 2020 الي');
  });
});
