import { AR_LETTER, CLASS, HIGH, LATIN, OTHER_LETTER } from './charclass.ts';

const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Share of letters (Arabic or Latin) in `text` that are Arabic, in [0, 1]; 0 for no letters. */
export function arabicRatio(text: string): number {
  // One pass with the shared class table: a regex per letter cost more than the whole text layer.
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    // Tatweel (Lm, script Common) is not counted: it stretches letters, it is not one.
    if (k === AR_LETTER) {
      arabic++;
      letters++;
    } else if (k === LATIN || k === OTHER_LETTER) {
      letters++;
    } else if (k === HIGH && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Letters outside the BMP (Arabic mathematical letters among them): rare enough for a regex.
        const pair = text.slice(i, i + 2);
        if (LETTER.test(pair)) {
          letters++;
          if (ARABIC.test(pair)) arabic++;
        }
        i++;
      }
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** The runs of Arabic letters (ء–ي) and harakat in `s`, split at anything else (empty strings included). */
export function arabicRuns(s: string): string[] {
  return s.split(/[^\u0621-\u064A\u064B-\u065F]+/);
}

const FATHATAN = 0x064b;
const KASRATAN = 0x064d;

/**
 * Whether `w` carries the tanween of the accusative or the genitive (ً ٍ): an adverb or an object
 * (أخيراً، رسمياً، كثيراً), never a sentence's subject, which takes the nominative.
 */
export function hasNonNominativeTanween(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === FATHATAN || c === KASRATAN) return true;
  }
  return false;
}

/** Whether `w` carries tanween (ً ٌ ٍ, U+064B–U+064D), the mark of an indefinite word. */
export function hasTanween(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= FATHATAN && c <= KASRATAN) return true;
  }
  return false;
}

/** True when `w` is written in Arabic letters (ء–ي, ٱ–ۓ), tatweel and tashkeel only. */
export function isArabicWordForm(w: string): boolean {
  return /^[\u0621-\u064A\u0671-\u06D3\u0640\u064B-\u0652]+$/u.test(w);
}

/**
 * The letter variants a name may be typed with, read as the plain Arabic letter: alef wasla ٱ → ا,
 * the Persian kaf ک → ك, the Persian and Pashto yehs ی ې → ي, the Maghrebi qaf ڨ → ق. Nothing
 * else changes (the transliterator keeps hamza seats, ة and ى: they tell how a name sounds).
 */
export function plainLetterVariants(s: string): string {
  return s.replace(/ٱ/g, 'ا').replace(/ک/g, 'ك').replace(/[یې]/g, 'ي').replace(/ڨ/g, 'ق');
}

/** Whether `w` is made of the code units ء–ي only (tatweel among them; no harakat, Persian letters or digits). */
export function isBareArabicWord(w: string): boolean {
  return /^[\u0621-\u064A]+$/.test(w);
}

/**
 * Whether `w` is made of the letters ء–غ, ف–ي and the Persian پ چ ڤ گ only: no tatweel, marks or
 * digits (the letters the transliteration model reads).
 */
export function isPlainArabicLetterWord(w: string): boolean {
  return /^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u06A4\u06AF]+$/.test(w);
}

/** Whether `s` holds a code unit of the Arabic block (U+0600–U+06FF). */
export function hasArabicBlockUnit(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}

/** Whether `s` is made of code units of the Arabic block (U+0600–U+06FF) and white space only. */
export function isArabicBlockText(s: string): boolean {
  return /^[\u0600-\u06FF\s]+$/.test(s);
}

/**
 * An entity lexicon's Arabic name: a unit of the Arabic block, then more of them, white space,
 * hyphens, apostrophes, dots and ASCII digits (the lexicon schema's check).
 */
export const ARABIC_NAME_SPELLING = /^[\u0600-\u06FF][\u0600-\u06FF\s\-'.0-9]*$/u;

const TATWEEL = '\u0640';

/** Whether `s` is a lone tatweel (the stretch after the Hijri mark هـ, cut off as a piece of its own). */
export function isTatweel(s: string): boolean {
  return s === TATWEEL;
}
