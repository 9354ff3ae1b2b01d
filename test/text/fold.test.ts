/**
 * The named foldings of src/text/normalize.ts: every profile on one fictional phrase, and the mark
 * sets, so a change to a profile is seen here rather than as a drift in some stage.
 */
import { describe, expect, it } from 'vitest';
import { doubleShadda, fold, isFoldSpace, normalize, SEARCH_NORMALIZATION, stripMarks } from '../../src/text/normalize.ts';
import { arabicRuns, isArabicWordForm } from '../../src/text/script.ts';

const PHRASE = 'إلى  مُؤْتَمَرِ الـمدينة\u200Fالكبرى ٢٠٢١ Rabat';

describe('fold(s, profile)', () => {
  it('name: marks, tatweel and zero-width controls dropped; alef, yaa, ta marbuta, hamza carriers folded; spaces collapsed', () => {
    expect(fold(PHRASE, 'name')).toBe('الي موتمر المدينهالكبري ٢٠٢١ Rabat');
    expect(fold(' رئيس   هيئة ', 'name')).toBe('رييس هييه');
  });

  it('calendar: alef, yaa and ta marbuta folded, marks dropped, hamza carriers and digits kept', () => {
    expect(fold('  جُمَادَى   الآخرة ', 'calendar')).toBe('جمادي الاخره');
    expect(fold('مؤتمر ٢٠٢١', 'calendar')).toBe('مؤتمر ٢٠٢١');
    // Any run of white space between words is one space: tabs, no-break, the typographic spaces.
    expect(fold('\t15\u00A0رمضان\u2003الجاري\u3000', 'calendar')).toBe('15 رمضان الجاري');
  });

  it('isFoldSpace: the white space the calendar folding collapses, and not the zero-width controls', () => {
    const spaces = [0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x3000];
    const others = [0x08, 0x0e, 0x1f, 0x21, 0x9f, 0xa1, 0x1fff, 0x200b, 0x200c, 0x200f, 0x202f, 0x2027, 0x202a, 0x2fff, 0x3001];
    expect(spaces.filter((c) => !isFoldSpace(c))).toEqual([]);
    expect(others.filter((c) => isFoldSpace(c))).toEqual([]);
  });

  it('search and match: the normaliser with their settings (match keeps Latin case)', () => {
    expect(fold(PHRASE, 'search')).toBe(normalize(PHRASE, SEARCH_NORMALIZATION));
    expect(fold('اجتماعة Rabat', 'match')).toBe('اجتماعه Rabat');
    expect(fold('اجتماعة Rabat', 'search')).toBe('اجتماعه rabat');
  });
});

describe('mark helpers', () => {
  it('strip the marks of each named set, and nothing else', () => {
    const w = 'عَمّـان\u0670\u200F';
    expect(stripMarks(w, 'harakatTatweel')).toBe('عمان\u0670\u200F');
    expect(stripMarks(w, 'vowelsTatweel')).toBe('عمّان\u0670\u200F');
    expect(stripMarks(w, 'marks')).toBe('عمان\u200F');
    expect(stripMarks(w, 'marksControls')).toBe('عمان');
    expect(stripMarks('\uFEFFقال\u06D6', 'contentHash')).toBe('قال');
  });

  it('doubleShadda writes a letter under shadda twice, except after the article', () => {
    expect(doubleShadda('عمّان')).toBe('عممان');
    // a vowel written before the shadda goes with it; one on an earlier letter stays
    expect(doubleShadda('عمَّان')).toBe('عممان');
    expect(doubleShadda('عَمّان')).toBe('عَممان');
    expect(doubleShadda('الشّمس')).toBe('الشمس');
    // the same assimilation with a vowel written before the shadda
    expect(doubleShadda('الشَّمس')).toBe('الشمس');
    expect(doubleShadda('محمد')).toBe('محمد');
  });

  it('arabicRuns and isArabicWordForm', () => {
    expect(arabicRuns('قالَ: نعم، 2021').filter(Boolean)).toEqual(['قالَ', 'نعم']);
    expect(isArabicWordForm('مُحـمد')).toBe(true);
    expect(isArabicWordForm('محمد2')).toBe(false);
  });
});
