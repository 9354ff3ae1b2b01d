import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeInto } from '../../src/text/tokenize.ts';

/**
 * Token kinds, extents and normal forms for the rarer shapes news text carries: every number
 * separator, Latin runs with dots, hyphens and apostrophes, other scripts, addresses with their
 * trailing punctuation, astral symbols and emoji sequences, words around tatweel and ZWNJ.
 */
function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${t.kind}:${t.text}${t.norm !== t.text ? `=>${t.norm}` : ''}`);
}

describe('tokenize: numbers', () => {
  it('joins digits across every decimal and thousands separator, and normalises them', () => {
    expect(kinds('١٢٬٥٠٠ و٣٫٥ و10:30 و4ر16 و2,5')).toEqual([
      'number:١٢٬٥٠٠=>12,500',
      'word:و',
      'number:٣٫٥=>3.5',
      'word:و',
      'number:10:30',
      'word:و',
      'number:4ر16=>4.16',
      'word:و',
      'number:2,5',
    ]);
  });

  it('leaves a separator with no digit after it out of the number', () => {
    expect(kinds('3. و5, و7: و9٫')).toEqual([
      'number:3',
      'punct:.',
      'word:و',
      'number:5',
      'punct:,',
      'word:و',
      'number:7',
      'punct::',
      'word:و',
      'number:9',
      'punct:٫=>.',
    ]);
  });

  it('does not join two numbers across a space or a hyphen', () => {
    expect(kinds('2 3-4')).toEqual(['number:2', 'number:3', 'punct:-', 'number:4']);
  });

  it('a keycap is one emoji for a single digit or #, not for a longer number', () => {
    expect(kinds('#️⃣ 5️⃣')).toEqual(['emoji:#️⃣', 'emoji:5️⃣']);
    expect(tokenize('12️⃣').map((t) => t.kind)).toEqual(['number', 'symbol', 'symbol']);
  });
});

describe('tokenize: Latin and other scripts', () => {
  it('keeps dotted abbreviations, hyphenated words and curly apostrophes in one token', () => {
    expect(kinds('e.g. U.S.A. F-16 don’t al-Assad')).toEqual([
      'latin:e.g.',
      'latin:U.S.A.=>u.s.a.',
      'latin:F-16=>f-16',
      'latin:don’t',
      'latin:al-Assad=>al-assad',
    ]);
  });

  it('a dot between words that are not single letters ends the word', () => {
    expect(kinds('abc.def')).toEqual(['latin:abc', 'punct:.', 'latin:def']);
    expect(kinds('A.B')).toEqual(['latin:A.B=>a.b']);
    expect(kinds('U.S.2')).toEqual(['latin:U.S=>u.s', 'punct:.', 'number:2']);
  });

  it('a hyphen or apostrophe with no letter after it is punctuation', () => {
    expect(kinds("COVID- rock' x-")).toEqual([
      'latin:COVID=>covid',
      'punct:-',
      'latin:rock',
      "punct:'",
      'latin:x',
      'punct:-',
    ]);
  });

  it('reads Cyrillic, Greek, accented and full-width letters as Latin-kind words', () => {
    // Lowercasing is for Latin letters only (NormalizeOptions.lowercase).
    expect(kinds('Москва Αθήνα Zürich ÿ Ａ')).toEqual([
      'latin:Москва',
      'latin:Αθήνα',
      'latin:Zürich=>zürich',
      'latin:ÿ',
      'latin:Ａ',
    ]);
  });

  it('a Latin word followed by Arabic is two tokens', () => {
    expect(kinds('iPhoneجديد')).toEqual(['latin:iPhone=>iphone', 'word:جديد']);
  });
});

describe('tokenize: addresses', () => {
  it('leaves each kind of trailing sentence punctuation out of an address', () => {
    expect(kinds('http://x.com/path; a@b.co: ok! who@x.org? www.x.com/a, www.y.org،')).toEqual([
      'latin:http://x.com/path',
      'punct:;',
      'latin:a@b.co',
      'punct::',
      'latin:ok',
      'punct:!',
      'latin:who@x.org',
      'punct:?',
      'latin:www.x.com/a',
      'punct:,',
      'latin:www.y.org',
      'punct:،',
    ]);
  });

  it('a slash or @ after a plain word is not an address', () => {
    expect(kinds('ab/cd ab@')).toEqual(['latin:ab', 'punct:/', 'latin:cd', 'latin:ab', 'punct:@']);
  });

  it('an address stops at Arabic text and at guillemets', () => {
    expect(kinds('https://x.sa/a«نص»')).toEqual(['latin:https://x.sa/a', 'punct:«', 'word:نص', 'punct:»']);
    expect(kinds('https://x.sa/aنص')).toEqual(['latin:https://x.sa/a', 'word:نص']);
  });
});

describe('tokenize: symbols and emoji', () => {
  it('an astral letter that is not an emoji is one symbol of two code units', () => {
    const t = tokenize('𝐀 ب');
    expect(t.map((x) => [x.kind, x.start, x.end])).toEqual([
      ['symbol', 0, 2],
      ['word', 3, 4],
    ]);
  });

  it('keeps subdivision flags, skin tones and ZWJ sequences whole, and emoji-styled marks', () => {
    const england = '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(tokenize(`${england} 👍🏻 ‼️ ©️ © ™`).map((t) => `${t.kind}:${t.text}`)).toEqual([
      `emoji:${england}`,
      'emoji:👍🏻',
      'emoji:‼️',
      'emoji:©️',
      'symbol:©',
      'symbol:™',
    ]);
  });

  it('a ZWJ with no emoji after it is left out; with one it joins', () => {
    expect(tokenize('😀\u200D ب').map((t) => t.text)).toEqual(['😀', 'ب']);
    expect(tokenize('😀\u200D😀').map((t) => t.text)).toEqual(['😀\u200D😀']);
    expect(tokenize('😀\u200Dب').map((t) => t.text)).toEqual(['😀', 'ب']);
  });

  it('one regional indicator alone is an emoji; three make a flag and one more', () => {
    expect(tokenize('🇸').map((t) => t.kind)).toEqual(['emoji']);
    expect(tokenize('🇸🇦🇪').map((t) => t.text)).toEqual(['🇸🇦', '🇪']);
  });
});

describe('tokenize: Arabic words', () => {
  it('keeps tatweel and marks with the word, and normalises them away', () => {
    expect(kinds('كتبــ ـًكتب')).toEqual(['word:كتبــ=>كتب', 'word:ـًكتب=>كتب']);
  });

  it('a harakah before a word is a symbol of its own', () => {
    expect(kinds('\u064Bكتب')).toEqual(['symbol:\u064B=>', 'word:كتب']);
  });

  it('ZWNJ between letters stays in the word; a trailing ZWNJ falls into the gap', () => {
    expect(kinds('مي\u200C\u200Cخواهم')).toEqual(['word:مي\u200C\u200Cخواهم=>ميخواهم']);
    const t = tokenize('مي\u200C \u200C');
    expect(t.map((x) => [x.text, x.start, x.end])).toEqual([['مي', 0, 2]]);
  });

  it('a ZWNJ before a non-Arabic letter ends the word', () => {
    expect(kinds('مي\u200Cabc')).toEqual(['word:مي', 'latin:abc']);
  });

  it('normalises alef forms and alef maqsura in words', () => {
    expect(kinds('أحمد إلى آخر')).toEqual(['word:أحمد=>احمد', 'word:إلى=>الي', 'word:آخر=>اخر']);
  });

  it('clamps the range to the text, offsets included', () => {
    expect(tokenizeInto('أول ثاني', -5, 99, []).map((t) => t.text)).toEqual(['أول', 'ثاني']);
    for (const text of ['أول ثاني', 'أول 12', 'أول abc', 'أول «ثاني»'])
      expect(tokenizeInto(text, -5, text.length + 7, [])).toEqual(tokenize(text));
  });

  it('a word never runs past the end of the range, even through a ZWNJ before a letter', () => {
    const text = 'مي\u200Cخواهم كتب';
    const spans = (end: number) => tokenize(text, 0, end).map((x) => [x.text, x.start, x.end]);
    expect(spans(2)).toEqual([['مي', 0, 2]]);
    expect(spans(3)).toEqual([['مي', 0, 2]]);
    expect(spans(4)).toEqual([['مي\u200Cخ', 0, 4]]);
  });
});
