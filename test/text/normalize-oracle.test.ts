import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalize,
  normalizeDefault,
  normalizeWithMap,
  SEARCH_NORMALIZATION,
  type NormalizeOptions,
} from '../../src/text/normalize.ts';

/**
 * An independent oracle for `normalize`: the rules of `NormalizeOptions` as documented, written
 * the slow and obvious way (a table per option, NFKC for presentation forms, then one pass for ر
 * between digits). The normaliser has three fast paths (lookup table, slices, buffer with offset
 * map) chosen by length and options; each must agree with this on every option set.
 */
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k);
const MARKS = new Set([...range(0x064b, 0x065f), 0x0670, ...range(0x06d6, 0x06ed), ...range(0x08d3, 0x08ff)]);
MARKS.delete(0x08e2); // ARABIC DISPUTED END OF AYAH is a format character, not a mark
const INVISIBLES = new Set([
  ...range(0x200b, 0x200f),
  0x061c,
  ...range(0x202a, 0x202e),
  ...range(0x2060, 0x2064),
  ...range(0x2066, 0x2069),
  0xfeff,
  0x00ad,
]);
const ODD_SPACES = new Set([0x00a0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000]);

function fold(c: number, o: Required<NormalizeOptions>): number | null {
  if (MARKS.has(c)) return o.marks ? null : c;
  if (c === 0x0640) return o.tatweel ? null : c;
  if ([0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673].includes(c)) return o.alef ? 0x0627 : c;
  if (c === 0x0649 || c === 0x06cc) return o.yaa ? 0x064a : c;
  if (c === 0x06a9) return o.yaa ? 0x0643 : c;
  // Kurdish ae, heh with yeh above, heh goal, heh doachashmee: heh
  if (c === 0x06d5 || c === 0x06c0 || c === 0x06c1 || c === 0x06be) return o.yaa ? 0x0647 : c;
  if (c === 0x0629) return o.taMarbuta ? 0x0647 : c;
  if (c === 0x0624) return o.hamzaCarriers ? 0x0648 : c;
  if (c === 0x0626) return o.hamzaCarriers ? 0x064a : c;
  if (c >= 0x0660 && c <= 0x0669) return o.digits ? c - 0x0660 + 0x30 : c;
  if (c >= 0x06f0 && c <= 0x06f9) return o.digits ? c - 0x06f0 + 0x30 : c;
  if (c === 0x066b) return o.digits ? 0x2e : c;
  if (c === 0x066c) return o.digits ? 0x2c : c;
  if (INVISIBLES.has(c)) return o.invisibles ? null : c;
  if (ODD_SPACES.has(c)) return o.spaces ? 0x20 : c;
  if (o.lowercase && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f))) {
    const l = String.fromCharCode(c).toLowerCase();
    return l.length === 1 ? l.charCodeAt(0) : c;
  }
  return c;
}

const isPresentation = (c: number): boolean => (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;

function oracle(s: string, opts?: NormalizeOptions): string {
  const o: Required<NormalizeOptions> = {
    marks: true,
    tatweel: true,
    alef: true,
    yaa: true,
    taMarbuta: false,
    digits: true,
    invisibles: true,
    spaces: true,
    lowercase: true,
    hamzaCarriers: false,
    presentation: true,
    ...Object.fromEntries(Object.entries(opts ?? {}).filter(([, v]) => v !== undefined)),
  };
  // 1. each unit on its own (presentation forms through NFKC first)
  const units: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const parts = o.presentation && isPresentation(c) ? String.fromCharCode(c).normalize('NFKC') : String.fromCharCode(c);
    for (let k = 0; k < parts.length; k++) {
      const p = parts.charCodeAt(k);
      const m = fold(p, o);
      if (m !== null) units.push(m);
    }
  }
  // 2. ر between two digits of the output is a decimal sign
  if (o.digits) {
    for (let k = 1; k + 1 < units.length; k++) {
      if (units[k] === 0x0631 && isDigit(units[k - 1]) && isDigit(units[k + 1])) units[k] = 0x2e;
    }
  }
  return String.fromCharCode(...units);
}

/** Code units around every boundary the rules draw, and ordinary letters, digits and spaces. */
const POOL: number[] = [
  ...[0x0627, 0x0628, 0x0631, 0x0631, 0x0631, 0x0645, 0x064a, 0x0647, 0x0648, 0x0643],
  ...[0x064a, 0x064b, 0x0650, 0x065f, 0x0660, 0x0665, 0x0669, 0x066a, 0x066b, 0x066c, 0x066d, 0x066f, 0x0670],
  ...[0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0629, 0x0640, 0x0649, 0x0671, 0x0672, 0x0673, 0x0674],
  ...[0x06a9, 0x06cc, 0x06d5, 0x06c0, 0x06c1, 0x06be, 0x06d6, 0x06dd, 0x06ed, 0x06ee, 0x06ef, 0x06f0, 0x06f4, 0x06f9, 0x06fa, 0x061c],
  ...[0x08d2, 0x08d3, 0x08e2, 0x08ff, 0x0900],
  ...[0x30, 0x31, 0x35, 0x39, 0x2f, 0x3a, 0x2e, 0x2c, 0x20, 0x0a, 0x40, 0x41, 0x4d, 0x5a, 0x5b, 0x61, 0x7a],
  ...[0x00a0, 0x00ad, 0x00bf, 0x00c0, 0x00c9, 0x00d7, 0x00de, 0x00df, 0x0130, 0x0178, 0x024e, 0x024f, 0x0250],
  ...[0x1680, 0x1fff, 0x2000, 0x2005, 0x200a, 0x200b, 0x200c, 0x200d, 0x200f, 0x2010, 0x2029, 0x202a, 0x202e],
  ...[0x202f, 0x2030, 0x205f, 0x2060, 0x2064, 0x2065, 0x2066, 0x2069, 0x206a, 0x3000, 0xfeff, 0xfefd],
  ...[0xfb4f, 0xfb50, 0xfb8c, 0xfdf2, 0xfdfa, 0xfdfc, 0xfdff, 0xfe6f, 0xfe70, 0xfead, 0xfeae, 0xfefb, 0xfefc],
];

const unit = fc.constantFrom(...POOL);
const shortText = fc.array(unit, { maxLength: 24 }).map((a) => String.fromCharCode(...a));
const longText = fc.array(unit, { minLength: 65, maxLength: 200 }).map((a) => String.fromCharCode(...a));
const optionSet: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    marks: fc.boolean(),
    tatweel: fc.boolean(),
    alef: fc.boolean(),
    yaa: fc.boolean(),
    taMarbuta: fc.boolean(),
    digits: fc.boolean(),
    invisibles: fc.boolean(),
    spaces: fc.boolean(),
    lowercase: fc.boolean(),
    hamzaCarriers: fc.boolean(),
    presentation: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('normalize against an independent oracle', () => {
  it('the oracle reads the documented examples as documented', () => {
    expect(oracle('أَحْمَدُ إلى ٱلمَـكتبة')).toBe('احمد الي المكتبة');
    expect(oracle('4ر16 و٣٫٥ و٢٬٥٠٠ وArabic')).toBe('4.16 و3.5 و2,500 وarabic');
    expect(oracle('مسؤول رئيس مدرسة', SEARCH_NORMALIZATION)).toBe('مسوول رييس مدرسه');
  });

  it('property: default settings, short and long text', () => {
    fc.assert(
      fc.property(fc.oneof(shortText, longText), (s) => {
        const want = oracle(s);
        expect(normalize(s)).toBe(want);
        expect(normalizeDefault(s)).toBe(want);
        expect(normalizeWithMap(s).norm).toBe(want);
      }),
      { numRuns: 400 },
    );
  });

  it('property: search settings (the frozen object and an equal copy), short and long text', () => {
    fc.assert(
      fc.property(fc.oneof(shortText, longText), (s) => {
        const want = oracle(s, SEARCH_NORMALIZATION);
        expect(normalize(s, SEARCH_NORMALIZATION)).toBe(want);
        expect(normalize(s, { ...SEARCH_NORMALIZATION })).toBe(want);
        expect(normalizeWithMap(s, SEARCH_NORMALIZATION).norm).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('property: every combination of options, short and long text', () => {
    fc.assert(
      fc.property(fc.oneof(shortText, longText), optionSet, (s, o) => {
        const want = oracle(s, o);
        expect(normalize(s, o)).toBe(want);
        expect(normalizeWithMap(s, o).norm).toBe(want);
      }),
      { numRuns: 600 },
    );
  });
});

describe('normalize: ر as a decimal sign', () => {
  it('only between digits of the output, whatever lies between them in the input', () => {
    expect(normalize('4ر16')).toBe('4.16');
    expect(normalize('4\u200Fر\u064E5')).toBe('4.5');
    expect(normalize('٤ر١٦')).toBe('4.16');
    expect(normalize('4ر')).toBe('4ر');
    expect(normalize('ر5')).toBe('ر5');
    expect(normalize('4رر5')).toBe('4رر5');
    expect(normalize('4ر16', { digits: false })).toBe('4ر16');
    expect(normalize(`${'ب'.repeat(70)} 4ر16`)).toBe(`${'ب'.repeat(70)} 4.16`);
    expect(normalize(`${'ب'.repeat(70)} 4\u200Fر5`)).toBe(`${'ب'.repeat(70)} 4.5`);
  });

  it('a presentation-form reh between digits is a decimal sign too', () => {
    expect(normalize('4\uFEAD5')).toBe('4.5');
    expect(normalize('4\uFEAD')).toBe('4ر');
  });
});

describe('normalizeWithMap', () => {
  it('maps each output unit to the input unit that made it, through drops and expansions', () => {
    const s = 'أَ\u200Dب ﷺ.';
    const { norm, map } = normalizeWithMap(s);
    expect(norm).toBe('اب صلي الله عليه وسلم.');
    expect([...map.slice(0, 4)]).toEqual([0, 3, 4, 5]);
    expect(map[norm.length - 1]).toBe(s.indexOf('.'));
    expect(map[norm.length]).toBe(s.length);
  });

  it('works on text longer than its first buffer', () => {
    const s = 'أَ'.repeat(3000);
    const { norm, map } = normalizeWithMap(s);
    expect(norm).toBe('ا'.repeat(3000));
    expect(map[2999]).toBe(5998);
    expect(map[3000]).toBe(6000);
    expect(normalize(s)).toBe(norm);
  });
});
