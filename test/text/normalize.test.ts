import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalize,
  normalizeDefault,
  normalizeWithMap,
  originalRange,
  NORMALIZER_VERSION,
  SEARCH_NORMALIZATION,
  type NormalizeOptions,
} from '../../src/text/normalize.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { hostileText, newsText } from './arbitraries.ts';

const OPTION_SETS: Array<NormalizeOptions | undefined> = [
  undefined,
  SEARCH_NORMALIZATION,
  { marks: false },
  { digits: false, invisibles: false },
  { alef: false, yaa: false, taMarbuta: true, lowercase: false },
  { spaces: false, tatweel: false, presentation: false, hamzaCarriers: true },
];

describe('normalize', () => {
  it('strips harakat, Quranic marks and tatweel', () => {
    expect(normalize('مُحَمَّدٌ الـــرئيس رَحْمٰنِ ذٰلِكَ')).toBe('محمد الرئيس رحمن ذلك');
    expect(normalize('قَالَ\u06D6')).toBe('قال');
  });

  it('folds alef forms and alef maqsura, keeps ta marbuta unless asked', () => {
    expect(normalize('أحمد إلى آخر ٱلله')).toBe('احمد الي اخر الله');
    expect(normalize('مدرسة')).toBe('مدرسة');
    expect(normalize('مدرسة', { taMarbuta: true })).toBe('مدرسه');
  });

  it('folds hamza carriers only when asked (search)', () => {
    expect(normalize('مسؤول رئيس')).toBe('مسؤول رئيس');
    expect(normalize('مسؤول رئيس', SEARCH_NORMALIZATION)).toBe('مسوول رييس');
  });

  it('maps Arabic-Indic and Persian digits and the Arabic separators', () => {
    expect(normalize('٢٠٢١ ۱۴۰۰ ٣٫٥ ١٬٠٠٠ 4ر16 ٤ر١٦')).toBe('2021 1400 3.5 1,000 4.16 4.16');
    expect(normalize('رجال 3ر')).toBe('رجال 3ر');
    expect(normalize('٢٠٢١', { digits: false })).toBe('٢٠٢١');
  });

  it('drops invisible controls and maps odd spaces', () => {
    expect(normalize('\u200Fمي\u200Cخواهم\u200E\u202B\u2067x\u2069\uFEFF')).toBe('ميخواهمx');
    expect(normalize('a\u00A0b\u2009c\u202Fd')).toBe('a b c d');
    expect(normalize('a\u00A0b', { spaces: false })).toBe('a\u00A0b');
  });

  it('lowercases Latin, including accented letters', () => {
    expect(normalize('NATO Élysée')).toBe('nato élysée');
    expect(normalize('NATO', { lowercase: false })).toBe('NATO');
  });

  it('unfolds presentation forms', () => {
    expect(normalize('ﻻ ﷺ')).toBe('لا صلي الله عليه وسلم');
  });

  it('returns the same string when nothing changes', () => {
    const s = 'نص عادي بلا تشكيل';
    expect(normalize(s)).toBe(s);
  });

  it('has a version and search settings to record in the store', () => {
    expect(NORMALIZER_VERSION).toMatch(/\S/);
    expect(SEARCH_NORMALIZATION.taMarbuta).toBe(true);
    expect(SEARCH_NORMALIZATION.hamzaCarriers).toBe(true);
  });

  it('maps norm offsets back to the original', () => {
    const s = 'وَالكُرْمْلِين ٤ر١٦';
    const { norm, map } = normalizeWithMap(s);
    expect(norm).toBe('والكرملين 4.16');
    expect(map.length).toBe(norm.length + 1);
    const a = norm.indexOf('الكرملين');
    expect(s.slice(map[a]!, map[a + 'الكرملين'.length]!)).toBe('الكُرْمْلِين');
    const n = norm.indexOf('4.16');
    expect(s.slice(map[n]!, map[n + 4]!)).toBe('٤ر١٦');
  });

  it('property: normalizeDefault is normalize with the default settings, short words and long text alike', () => {
    const piece = fc.constantFrom(
      '4',
      '٤',
      'ر',
      'أ',
      'ى',
      '\u064E',
      'ـ',
      '\u200F',
      'ﻻ',
      'ﷺ',
      '.',
      ' ',
      'A',
      'ب',
    );
    const short = fc.array(piece, { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText, short), (s) => {
        expect(normalizeDefault(s)).toBe(normalize(s));
        expect(normalizeDefault(s)).toBe(normalizeWithMap(s).norm);
      }),
      { numRuns: 2000 },
    );
    expect(normalizeDefault('4ر16 أمير')).toBe('4.16 امير');
  });

  it('property: idempotent under every option set', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), fc.constantFrom(...OPTION_SETS), (s, o) => {
        const once = normalize(s, o);
        expect(normalize(once, o)).toBe(once);
      }),
      { numRuns: 800 },
    );
  });

  it('property: normalizeWithMap agrees with normalize; its map is monotonic and ends at s.length', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), fc.constantFrom(...OPTION_SETS), (s, o) => {
        const { norm, map } = normalizeWithMap(s, o);
        expect(norm).toBe(normalize(s, o));
        expect(map.length).toBe(norm.length + 1);
        expect(map[norm.length]).toBe(s.length);
        for (let k = 1; k < map.length; k++) expect(map[k]!).toBeGreaterThanOrEqual(map[k - 1]!);
        for (let k = 0; k < norm.length; k++) expect(map[k]!).toBeLessThan(s.length);
      }),
      { numRuns: 500 },
    );
  });

  it('widens a range that ends inside an expanded ligature to the whole ligature', () => {
    const s = 'x ﷺ y';
    const { norm, map } = normalizeWithMap(s);
    const a = norm.indexOf('صلي');
    expect(originalRange(map, a, a + 3)).toEqual({ start: 2, end: 3 });
    const b = norm.indexOf('الله');
    expect(originalRange(map, b, b + 4)).toEqual({ start: 2, end: 3 });
    const y = norm.indexOf('y');
    expect(originalRange(map, y, y + 1)).toEqual({ start: 4, end: 5 });
  });

  it('property: a token found in norm maps back to text that normalises to it', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), (s) => {
        const { norm, map } = normalizeWithMap(s);
        // Tokens of norm map back onto original text whose normalisation is the token again.
        for (const t of tokenize(norm)) {
          const r = originalRange(map, t.start, t.end);
          expect(r.end).toBeGreaterThan(r.start);
          // With one normalised character of context each side: ر becomes `.` only between digits (`19ر0`).
          const ctx = originalRange(map, Math.max(0, t.start - 1), Math.min(norm.length, t.end + 1));
          expect(normalize(s.slice(ctx.start, ctx.end))).toContain(t.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('presentation forms and original ranges, by example', () => {
  // The match profile's settings have no lookup table, so these go through the general path.
  const MATCH_LIKE: NormalizeOptions = { taMarbuta: true, lowercase: false };

  it('expands presentation forms on every path, with a presentation-form reh after digits as the decimal sign', () => {
    for (const o of [undefined, MATCH_LIKE, SEARCH_NORMALIZATION]) {
      expect(normalize('ﻻ بد', o)).toBe('لا بد');
      expect(normalize('ﻷ', o)).toBe('لا');
      expect(normalize('قال ﷺ', o)).toBe('قال صلي الله عليه وسلم');
      expect(normalize('3ر5 ﻻ', o)).toBe('3.5 لا');
      // only a reh is a decimal sign between digits, a presentation-form letter is not
      expect(normalize('3ﺏ5', o)).toBe('3ب5');
    }
  });

  it('originalRange widens a range inside an expanded form to the whole form and keeps the marks after a letter', () => {
    const s = 'قال ﷺ اليوم';
    const { norm, map } = normalizeWithMap(s);
    const allah = norm.indexOf('الله');
    expect(originalRange(map, allah, allah + 4)).toEqual({ start: 4, end: 5 });
    expect(originalRange(map, 4, norm.indexOf(' اليوم'))).toEqual({ start: 4, end: 5 });
    const day = norm.indexOf('اليوم');
    expect(originalRange(map, day, day + 5)).toEqual({ start: 6, end: s.length });
    // empty and reversed ranges are empty at their start
    expect(originalRange(map, 2, 2)).toEqual({ start: 2, end: 2 });
    expect(originalRange(map, 5, 3)).toEqual({ start: 4, end: 4 });

    const v = normalizeWithMap('قَالَ');
    expect(v.norm).toBe('قال');
    expect(originalRange(v.map, 0, 3)).toEqual({ start: 0, end: 5 }); // the last fatha with its letter
    expect(originalRange(v.map, 1, 2)).toEqual({ start: 2, end: 3 });
    expect(originalRange(v.map, 0, 1)).toEqual({ start: 0, end: 2 });

    // the first letter of an expanded form with a mark after it: the whole form and the mark
    const l = normalizeWithMap('ﻻَ بد');
    expect(l.norm).toBe('لا بد');
    expect(originalRange(l.map, 0, 1)).toEqual({ start: 0, end: 2 });
  });
});
