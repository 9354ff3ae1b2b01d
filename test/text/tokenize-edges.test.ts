import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.ts';
import { normalizationTable, tokenize, wordTable } from '../../src/text/tokenize.ts';

/**
 * The tokeniser at the edges its mutation run (session 11) found untested: the end of a range,
 * the bounds of the emoji and surrogate ranges, words that start with a mark or tatweel, Latin
 * runs through digits and other scripts, and the two code-unit tables the build writes into
 * dist/ (prebuilt.ts), which the sources compute at load and no other test reads.
 */
const spans = (text: string, start?: number, end?: number) =>
  tokenize(text, start, end).map((t) => `${t.kind}:${t.text}@${t.start}-${t.end}`);
const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize: the end of a range is the end of the text', () => {
  // Every construct that looks one unit ahead: emoji modifiers, ZWJ, flags, keycaps, the dots
  // of an ellipsis, an emoji-style selector after a mark or symbol, apostrophes and hyphens
  // inside Latin words, tatweel and ZWNJ before a letter, a surrogate pair.
  const texts = [
    '😀\uFE0F',
    '😀\u200D❤',
    '😀\u200D😀',
    '👍🏽',
    '🇸🇦🇪',
    '1\uFE0F\u20E3',
    '...',
    '‼\uFE0F',
    '©\uFE0F',
    "O'Brien",
    'al-Assad',
    'U.S.A.',
    'ـب',
    'ـ\u200Cب',
    'ـ\u200C\u200Cب',
    'مي\u200Cخواهم',
    '4ر16',
    '𝐀',
  ];

  it.each(texts)('tokenize(%j, 0, k) gives the tokens of its first k units', (text) => {
    for (let k = 0; k <= text.length; k++) expect(spans(text, 0, k), `k = ${k}`).toEqual(spans(text.slice(0, k)));
  });

  it('by example: nothing after the end joins the last token', () => {
    expect(spans('😀\u200D❤', 0, 3)).toEqual(['emoji:😀@0-2']);
    expect(spans('..', 0, 1)).toEqual(['punct:.@0-1']);
    expect(spans('1\uFE0F\u20E3', 0, 1)).toEqual(['number:1@0-1']);
    expect(spans('‼\uFE0F', 0, 1)).toEqual(['punct:‼@0-1']);
    expect(spans('©\uFE0F', 0, 1)).toEqual(['symbol:©@0-1']);
    expect(spans("O'Brien", 0, 2)).toEqual(['latin:O@0-1', "punct:'@1-2"]);
    expect(spans('ـب', 0, 1)).toEqual(['punct:ـ@0-1']);
    expect(spans('😀', 0, 1)).toEqual(['symbol:\uD83D@0-1']);
  });
});

describe('tokenize: emoji and surrogate bounds', () => {
  it('a BMP emoji is one unit, with a text or emoji selector after it, and joins after a ZWJ', () => {
    expect(kinds('❤ ب')).toEqual(['emoji:❤', 'word:ب']);
    expect(kinds('❤\uFE0E ب')).toEqual(['emoji:❤\uFE0E', 'word:ب']);
    expect(spans('😀\u200D❤ ب')).toEqual(['emoji:😀\u200D❤@0-4', 'word:ب@5-6']);
  });

  it('the pictographic planes run from U+1F000 to U+1FAFF; U+1FB00 is a symbol', () => {
    expect(kinds('\u{1F000} \u{1FAFF} \u{1FB00}')).toEqual(['emoji:\u{1F000}', 'emoji:\u{1FAFF}', 'symbol:\u{1FB00}']);
  });

  it('regional indicators from A to Z pair into flags', () => {
    expect(kinds('🇿🇦 🇦🇿')).toEqual(['emoji:🇿🇦', 'emoji:🇦🇿']);
  });

  it('skin tones up to U+1F3FF and tag characters from U+E0020 continue an emoji; other astral units do not', () => {
    expect(kinds('👍🏿😀')).toEqual(['emoji:👍🏿', 'emoji:😀']);
    expect(kinds('😀😀')).toEqual(['emoji:😀', 'emoji:😀']);
    expect(kinds('🏴\u{E0020}')).toEqual(['emoji:🏴\u{E0020}']);
    expect(kinds('😀\u{F0000}')).toEqual(['emoji:😀', 'symbol:\u{F0000}']);
  });

  it('surrogate pairs at both ends of the surrogate ranges are one symbol; a high surrogate before a non-low unit is alone', () => {
    expect(spans('\u{10000} \u{10FFFF}')).toEqual(['symbol:\u{10000}@0-2', 'symbol:\u{10FFFF}@3-5']);
    expect(spans('\uD83D\uE000')).toEqual(['symbol:\uD83D@0-1', 'symbol:\uE000@1-2']);
  });
});

describe('tokenize: words that start with tatweel or an Arabic-script mark', () => {
  it('a run of tatweel is one dash; a Quranic mark alone, or after tatweel, is a symbol', () => {
    expect(kinds('ــــ')).toEqual(['punct:ــــ']);
    expect(kinds('\u06D6')).toEqual(['symbol:\u06D6']);
    expect(kinds('ـ\u06D6')).toEqual(['symbol:ـ\u06D6']);
  });

  it('ZWNJ after tatweel stays in the word when a letter follows, and falls into the gap when not', () => {
    expect(kinds('ـ\u200Cكتب ـ\u200C\u200Cقلم')).toEqual(['word:ـ\u200Cكتب', 'word:ـ\u200C\u200Cقلم']);
    expect(spans('ـ\u200C ب ـ\u200Cx')).toEqual(['punct:ـ@0-1', 'word:ب@3-4', 'punct:ـ@5-6', 'latin:x@7-8']);
  });

  it('only an invisible control lets a letter after a space or a mark join: tatweel, then a space or comma, then a word, are apart', () => {
    expect(kinds('ـ ب ـ،ب')).toEqual(['punct:ـ', 'word:ب', 'punct:ـ', 'punct:،', 'word:ب']);
  });
});

describe('tokenize: Latin runs', () => {
  it('ASCII digits continue a Latin word, 0 and 9 included', () => {
    expect(kinds('MP3 G20 B9')).toEqual(['latin:MP3', 'latin:G20', 'latin:B9']);
  });

  it('a combining mark continues a Latin word', () => {
    expect(kinds('cafe\u0301 ok')).toEqual(['latin:cafe\u0301', 'latin:ok']);
  });

  it('an apostrophe or hyphen joins letters of other scripts too', () => {
    expect(kinds("м'ясо Ростов-на-Дону")).toEqual(["latin:м'ясо", 'latin:Ростов-на-Дону']);
  });

  it('a dot after a hyphenated or apostrophised word is no acronym dot', () => {
    expect(kinds("B-52.Then d'Or.Then")).toEqual([
      'latin:B-52',
      'punct:.',
      'latin:Then',
      "latin:d'Or",
      'punct:.',
      'latin:Then',
    ]);
  });

  it('a colon, exclamation or question mark right after a web address is left out of it', () => {
    expect(kinds('http://x.sa/a: http://x.sa/b! http://x.sa/c?')).toEqual([
      'latin:http://x.sa/a',
      'punct::',
      'latin:http://x.sa/b',
      'punct:!',
      'latin:http://x.sa/c',
      'punct:?',
    ]);
  });
});

describe('tokenize: one-unit tokens', () => {
  it('around the Arabic and general punctuation blocks, a one-unit token is that unit', () => {
    const units = [...Array(0x30).keys()].flatMap((k) => [0x05f0 + k, 0x06f0 + k, 0x1ff0 + k, 0x2060 + k]);
    let seen = 0;
    for (const c of units) {
      const text = String.fromCharCode(c);
      for (const t of tokenize(text)) {
        expect(t.text, c.toString(16)).toBe(text);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(kinds('\u2070')).toEqual(['symbol:\u2070']);
  });
});

describe('the code-unit tables the build keeps', () => {
  it('normalizationTable marks every unit that the default normalisation changes on its own, ر aside', () => {
    const t = normalizationTable();
    let changing = 0;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (c !== 0x0631 && normalize(s) !== s) {
        changing++;
        expect(t[c], c.toString(16)).toBe(1);
      }
    }
    expect(changing).toBeGreaterThan(500);
    // units no rule touches are left 0, so their tokens skip normalize
    for (const s of ['ر', 'ب', 'ا', 'a', '1', ' ', '«']) expect(t[s.charCodeAt(0)], s).toBe(0);
    for (const s of ['أ', 'ى', 'ـ', '\u064E', '\u200C', 'A', '٣', '\uFEFB']) expect(t[s.charCodeAt(0)], s).toBe(1);
  });

  it('wordTable: 0 ends a word, 1 a letter kept as it is, 2 a letter normalised, 3 a mark or tatweel, 4 an invisible control', () => {
    const t = wordTable();
    const at = (s: string) => t[s.charCodeAt(0)];
    expect(['ب', 'ر', 'ا', 'ک'].map(at)).toEqual([1, 1, 1, 2]);
    expect(['أ', 'ى', 'ة'].map(at)).toEqual([2, 2, 1]);
    expect(['\u064E', '\u0651', '\u06D6', 'ـ'].map(at)).toEqual([3, 3, 3, 3]);
    expect(['\u200C', '\u200F', '\u061C'].map(at)).toEqual([4, 4, 4]);
    expect([' ', 'a', '1', '٣', '،', '«', '\uD83D'].map(at)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(t.length).toBe(0x10000);
  });
});
