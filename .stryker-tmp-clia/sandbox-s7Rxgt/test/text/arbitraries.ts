/** fast-check generators of hostile Arabic-news-like text, shared by the text-layer tests. */
// @ts-nocheck

import fc from 'fast-check';

const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ';
const MARKS = '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u06D6\u06E1';
const SPECIAL = [
  '\u0640', // tatweel
  '\u200C', // ZWNJ
  '\u200D', // ZWJ
  '\u200B', // ZWSP
  '\u200E', // LRM
  '\u200F', // RLM
  '\u061C', // ALM
  '\u202B', // RLE
  '\u202C', // PDF
  '\u2067', // RLI
  '\u2069', // PDI
  '\uFEFF', // BOM
  '\u00A0', // NBSP
  '\u2009', // thin space
  '\u202F',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '\t',
  '،',
  '؛',
  '؟',
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  '-',
  '–',
  '—',
  '/',
  '.',
  '...',
  ':',
  '!',
  '…',
  '%',
  '٪',
  '٫',
  '٬',
  ',',
  '😀',
  '👨‍👩‍👧',
  '🇸🇦',
  '1️⃣',
  '👍🏽',
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  'ﻻ',
  'ﷺ',
  'ﺭ',
  'د.',
  'U.S.',
  'COVID-19',
  'é',
  'İ',
  'ß',
  'Ж',
  '中',
];

/** One "character" of hostile text: Arabic letters and marks, digits of three scripts, controls, emoji, surrogates. */
export const hostileChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ARABIC_LETTERS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹') },
  { weight: 1, arbitrary: fc.constantFrom('ر', 'ر', 'و', 'ال', 'لل', 'ب') },
  { weight: 1, arbitrary: fc.constantFrom(...'abcXYZ') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);

export const hostileText: fc.Arbitrary<string> = fc
  .array(hostileChar, { maxLength: 120 })
  .map((a) => a.join(''));

/** Words of fictional news prose, for texts that look like articles. */
const WORDS = [
  'قال',
  'وقال',
  'الرئيس',
  'والكرملين',
  'للولايات',
  'المتحدة',
  'بايدن',
  'لبوتين',
  'وزير',
  'الخارجية',
  'في',
  'بيان',
  'إن',
  'القمة',
  'ستعقد',
  'سيزور',
  'جنيف',
  'يوم',
  'الأربعاء',
  '16',
  'يونيو/حزيران',
  '2021',
  '٢٠٢١',
  '4ر16',
  '2,5',
  'مليار',
  'دولار',
  'د.',
  'أحمد',
  'ش.م.ع',
  'U.S.',
  'NATO',
  'مُحَمَّدٌ',
  'الـــرياض',
  'كالعادة',
  'بالرياض',
  '«',
  '»',
  '،',
  '.',
  '؟',
  '!',
  '…',
  ':',
  '"',
  '(',
  ')',
  '-',
  '\n',
  '\n\n',
  '😀',
  '🇸🇦',
];

export const newsText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: hostileChar }),
    { maxLength: 80 },
  )
  .map((a) => a.join(' '));
