import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.ts';
import { normalize } from '../../src/text/normalize.ts';
import { hostileText, newsText } from './arbitraries.ts';

const GAP =
  /^[\s\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\u061C\u00AD\u0000-\u001F\u007F-\u009F]*$/u;

function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${t.kind}:${t.text}`);
}

describe('tokenize', () => {
  it('keeps words with harakat, tatweel and ZWNJ whole', () => {
    expect(kinds('قالَ الرئيـــسُ مي\u200Cخواهم')).toEqual([
      'word:قالَ',
      'word:الرئيـــسُ',
      'word:مي\u200Cخواهم',
    ]);
  });

  it('reads numbers with Arabic and Latin separators as one token', () => {
    expect(kinds('بلغ 4ر16 و2,5 و2.5 و١٥ عام ٢٠٢١ الساعة 10:30 و٣٫٥ و1,000,000')).toEqual([
      'word:بلغ',
      'number:4ر16',
      'word:و',
      'number:2,5',
      'word:و',
      'number:2.5',
      'word:و',
      'number:١٥',
      'word:عام',
      'number:٢٠٢١',
      'word:الساعة',
      'number:10:30',
      'word:و',
      'number:٣٫٥',
      'word:و',
      'number:1,000,000',
    ]);
  });

  it('normalises number tokens to ASCII with a decimal point for ر and ٫', () => {
    const t = tokenize('4ر16 ١٥ ٣٫٥ ۲۰');
    expect(t.map((x) => x.norm)).toEqual(['4.16', '15', '3.5', '20']);
  });

  it('does not take ر or a full stop as a separator unless a digit follows', () => {
    expect(kinds('3رجال عام 2021.')).toEqual(['number:3', 'word:رجال', 'word:عام', 'number:2021', 'punct:.']);
  });

  it('gives the percent sign its own token', () => {
    expect(kinds('15% و٢٠٪')).toEqual(['number:15', 'symbol:%', 'word:و', 'number:٢٠', 'symbol:٪']);
  });

  it('makes each punctuation mark its own token', () => {
    const marks = [
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
      ':',
      '!',
      '…',
    ];
    const text = marks.join('');
    expect(tokenize(text).map((t) => [t.kind, t.text])).toEqual(marks.map((m) => ['punct', m]));
    expect(kinds('«نعم»، قال؟!')).toEqual([
      'punct:«',
      'word:نعم',
      'punct:»',
      'punct:،',
      'word:قال',
      'punct:؟',
      'punct:!',
    ]);
  });

  it('keeps an ellipsis of dots together', () => {
    expect(kinds('انتظر... ثم')).toEqual(['word:انتظر', 'punct:...', 'word:ثم']);
  });

  it('reads Latin words, acronyms and initials', () => {
    expect(kinds("قالت U.S. و NATO وCOVID-19 وO'Brien وJ. Smith")).toEqual([
      'word:قالت',
      'latin:U.S.',
      'word:و',
      'latin:NATO',
      'word:و',
      'latin:COVID-19',
      'word:و',
      "latin:O'Brien",
      'word:و',
      'latin:J',
      'punct:.',
      'latin:Smith',
    ]);
  });

  it('keeps emoji sequences, flags and keycaps whole', () => {
    expect(kinds('👨‍👩‍👧 🇸🇦🇪🇬 1️⃣ 👍🏽 ❤️')).toEqual([
      'emoji:👨‍👩‍👧',
      'emoji:🇸🇦',
      'emoji:🇪🇬',
      'emoji:1️⃣',
      'emoji:👍🏽',
      'emoji:❤️',
    ]);
  });

  it('turns a lone surrogate into a symbol token instead of crashing', () => {
    expect(kinds('a\uD83Db \uDE00')).toEqual(['latin:a', 'symbol:\uD83D', 'latin:b', 'symbol:\uDE00']);
  });

  it('reads a tatweel dash as punctuation', () => {
    expect(kinds('القاهرة ـ «الشرق»')).toEqual([
      'word:القاهرة',
      'punct:ـ',
      'punct:«',
      'word:الشرق',
      'punct:»',
    ]);
  });

  it('leaves bidi marks around words in the gaps', () => {
    const t = tokenize('\u200Fمرحبا\u200F \u202Bعالم\u202C');
    expect(t.map((x) => x.text)).toEqual(['مرحبا', 'عالم']);
  });

  it('tokenizes only inside [start, end)', () => {
    const text = 'أول ثاني ثالث';
    const t = tokenize(text, 4, 8);
    expect(t.map((x) => x.text)).toEqual(['ثاني']);
    expect(t[0]!.start).toBe(4);
  });

  it('property: tokens plus the gaps rebuild the text, gaps are only whitespace and invisible controls', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, newsText), (text) => {
        const tokens = tokenize(text);
        let pos = 0;
        let rebuilt = '';
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(pos);
          expect(t.end).toBeGreaterThan(t.start);
          const gap = text.slice(pos, t.start);
          expect(gap).toMatch(GAP);
          rebuilt += gap + t.text;
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.norm).toBe(normalize(t.text));
          pos = t.end;
        }
        expect(text.slice(pos)).toMatch(GAP);
        rebuilt += text.slice(pos);
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 600 },
    );
  });

  it('property: tokenizing a range gives the tokens of that range', () => {
    let seen = 0;
    fc.assert(
      fc.property(newsText, fc.nat(), fc.nat(), (text, a, b) => {
        const s = Math.min(a, b) % (text.length + 1);
        const e = Math.max(s, Math.max(a, b) % (text.length + 1));
        const tokens = tokenize(text, s, e);
        // a range with a letter in it has a token
        if (/\p{L}/u.test(text.slice(s, e))) expect(tokens.length).toBeGreaterThan(0);
        seen += tokens.length;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(s);
          expect(t.end).toBeLessThanOrEqual(e);
          expect(t.text).toBe(text.slice(t.start, t.end));
        }
      }),
      { numRuns: 200 },
    );
    expect(seen).toBeGreaterThan(0);
  });
});

describe('tokenize addresses', () => {
  it('keeps web and e-mail addresses whole, without trailing punctuation', () => {
    expect(
      kinds('راجع https://example.com/a?b=1. أو www.example.sa، أو راسل info.desk@example.org.'),
    ).toEqual([
      'word:راجع',
      'latin:https://example.com/a?b=1',
      'punct:.',
      'word:أو',
      'latin:www.example.sa',
      'punct:،',
      'word:أو',
      'word:راسل',
      'latin:info.desk@example.org',
      'punct:.',
    ]);
  });

  it('keeps an e-mail address whole when its local part holds _ % or +, and leaves C++ and a_b apart', () => {
    expect(kinds('راسل info_desk@example.org أو a+b%c@mail.co.sa، ولغة C++ و a_b')).toEqual([
      'word:راسل',
      'latin:info_desk@example.org',
      'word:أو',
      'latin:a+b%c@mail.co.sa',
      'punct:،',
      'word:ولغة',
      'latin:C',
      'symbol:+',
      'symbol:+',
      'word:و',
      'latin:a',
      'punct:_',
      'latin:b',
    ]);
  });

  it('leaves a plain word before a colon alone', () => {
    expect(kinds('Note: ok')).toEqual(['latin:Note', 'punct::', 'latin:ok']);
  });
});
