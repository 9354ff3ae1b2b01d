/**
 * Normal forms the transliterator reads and writes. The Arabic side keeps what tells a reader how
 * a name sounds (hamza seats, ة, ى: أ/إ/آ at the start choose a/i/aa, ة and ى a final -a), and
 * drops only what never changes the spelling (harakat, tatweel, invisible marks). The Latin side
 * is plain lower-case a-z and the apostrophe.
 */
import { stripMarks } from '../../text/normalize.ts';
import { isPlainArabicLetterWord, plainLetterVariants } from '../../text/script.ts';

/** One Arabic word as the model reads it, or null when it holds anything but Arabic letters. */
export function arabicForModel(word: string): string | null {
  const w = plainLetterVariants(stripMarks(word, 'marksControls'));
  return w && isPlainArabicLetterWord(w) ? w : null;
}

const LATIN_MAP: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  '’': "'",
  '‘': "'",
  ʻ: "'",
  ʿ: "'",
  ʾ: "'",
  ʼ: "'",
  '`': "'",
};

/** One Latin word in the form the model learns (a-z and '), or null when it holds anything else. */
export function latinForModel(word: string): string | null {
  const w = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøłđðßæœþ’‘ʻʿʾʼ`]/g, (c) => LATIN_MAP[c] ?? c)
    .replace(/^'+|'+$/g, '');
  return /^[a-z][a-z']*$/.test(w) ? w : null;
}

/** 32-bit FNV-1a: a split key that does not depend on the order files are read in. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
