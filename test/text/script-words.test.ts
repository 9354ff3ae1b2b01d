import { describe, expect, it } from 'vitest';
import { arabicRatio, arabicRuns, ARABIC_NAME_SPELLING, hasArabicBlockUnit, isArabicBlockText, isArabicWordForm, isBareArabicWord, isPlainArabicLetterWord, isTatweel, plainLetterVariants } from '../../src/text/script.ts';

/**
 * `arabicRuns` (the NER trainer's word source) and `isArabicWordForm` (the byline and plain-text
 * name checks) had one example each (fold.test.ts); the mutation run of script.ts in session 12
 * left their ranges, anchors and repetition unpinned. Each range is checked unit by unit against
 * the sets their documentation names.
 */
const inRange = (c: number, ...ranges: [number, number][]): boolean => ranges.some(([a, b]) => c >= a && c <= b);

describe('arabicRuns', () => {
  it('splits at anything but the letters ء–ي and the harakat U+064B–U+065F, every BMP unit checked', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate is no character to split at
      const kept = arabicRuns(`ب${String.fromCharCode(c)}ت`).length === 1;
      if (kept !== inRange(c, [0x0621, 0x064a], [0x064b, 0x065f])) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('gives one piece per run, with the empty strings at the ends', () => {
    expect(arabicRuns('قالَ،  نعمْ')).toEqual(['قالَ', 'نعمْ']);
    expect(arabicRuns('(سلام) 12')).toEqual(['', 'سلام', '']);
    expect(arabicRuns('كتاب')).toEqual(['كتاب']);
    expect(arabicRuns('٢٠٢١ ٱلعام')).toEqual(['', 'لعام']); // ٱ (U+0671) is no letter of the run
  });
});

describe('isArabicWordForm', () => {
  it('takes ء–ي, ٱ–ۓ, tatweel and U+064B–U+0652 only, every BMP unit checked', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ok = isArabicWordForm(`ب${String.fromCharCode(c)}`);
      if (ok !== inRange(c, [0x0621, 0x064a], [0x0671, 0x06d3], [0x0640, 0x0640], [0x064b, 0x0652])) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('is the whole word or nothing', () => {
    expect(isArabicWordForm('مُحـمد')).toBe(true);
    expect(isArabicWordForm('ک')).toBe(true); // U+06A9, inside ٱ–ۓ
    expect(isArabicWordForm('')).toBe(false);
    expect(isArabicWordForm('xسمير')).toBe(false);
    expect(isArabicWordForm('سميرx')).toBe(false);
    expect(isArabicWordForm('سمير نادر')).toBe(false);
  });
});

describe('arabicRatio after a lone high surrogate', () => {
  it('reads the next unit on its own: a tatweel there is still no letter', () => {
    // the pair test `d >= 0xdc00 && d <= 0xdfff` survived as `true` (session 12): the lone high
    // and the tatweel were then read as one pair, and \p{L} counted the tatweel as a letter
    expect(arabicRatio('ب\uD800\u0640')).toBe(1);
    expect(arabicRatio('\uD800ab')).toBe(0);
  });
});

describe('plainLetterVariants', () => {
  it('reads the wasla alef, the Persian kaf and yehs and the Maghrebi qaf as plain letters, and only them', () => {
    expect(plainLetterVariants('ٱلکریم')).toBe('الكريم');
    expect(plainLetterVariants('ېڨ')).toBe('يق');
    // hamza seats, ة and ى tell how a name sounds: kept
    expect(plainLetterVariants('أسامة موسى إيناس')).toBe('أسامة موسى إيناس');
  });

  it('changes nothing but those five code units, every BMP unit checked', () => {
    const from = 'ٱکیېڨ';
    const to = 'اكييق';
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const k = from.indexOf(ch);
      expect(plainLetterVariants(ch)).toBe(k >= 0 ? to[k] : ch);
    }
  });
});

describe('script ranges the entity, NER and transliteration code tests words against', () => {
  it('reads each on words written here', () => {
    expect(['سالم', 'سالـم', 'سالِم', 'سالم2', 'پارس', ''].map(isBareArabicWord)).toEqual([true, true, false, false, false, false]);
    expect(['سالم', 'پارس', 'گل', 'سالـم', 'سالِم', 'ٱلكريم'].map(isPlainArabicLetterWord)).toEqual([true, true, true, false, false, false]);
    expect(['سالم علي', 'سالم ٢', 'Salem سالم', ''].map(isArabicBlockText)).toEqual([true, true, false, false]);
    expect(['Salem سالم', 'Salem', '؟'].map(hasArabicBlockUnit)).toEqual([true, false, true]);
    expect(["عبد الله", "أبو-ظبي", "سالم 2", "Salem", " سالم"].map((n) => ARABIC_NAME_SPELLING.test(n))).toEqual([true, true, true, false, false]);
  });

  it('every BMP unit: ء–ي (tatweel among them) for a bare word; no tatweel, ؛–؟ gap or marks for the model', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      expect(isBareArabicWord(ch)).toBe(c >= 0x0621 && c <= 0x064a);
      expect(isPlainArabicLetterWord(ch)).toBe(
        (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || [0x067e, 0x0686, 0x06a4, 0x06af].includes(c),
      );
      expect(hasArabicBlockUnit(ch)).toBe(c >= 0x0600 && c <= 0x06ff);
    }
  });
});

describe('isTatweel', () => {
  it('is a lone tatweel only', () => {
    expect(['ـ', 'ـــ', 'هـ', '-', ''].map(isTatweel)).toEqual([true, false, false, false, false]);
  });
});
