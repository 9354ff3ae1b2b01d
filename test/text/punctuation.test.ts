import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditBeforeDash,
  endsAfterSentenceClose,
  endsWithClauseMark,
  endsWithStopOrQuote,
  firstOfJoinedNames,
  foldPhraseLoose,
  hasClauseMark,
  hasClauseMarkOrColon,
  hasDashOrColon,
  isParagraphClose,
  SENTENCE_CLOSE_CLASS,
  separators,
  trimEndSeparators,
  trimSeparators,
} from '../../src/text/punctuation.ts';
import { dropGregorianMark, joinsEquivalentDates } from '../../src/text/dates.ts';

// The punctuation sets the structure analysis wrote itself until issue 18; each helper is checked
// on lines written here, and against the regex it replaced over strings of the characters that matter.
const around = (chars: string[], maxLength = 8) =>
  fc.array(fc.constantFrom(...chars), { maxLength }).map((xs) => xs.join(''));

describe('sentence and clause marks of a line', () => {
  it('a line ends after a sentence when a stop or a closer ends it, spaces allowed', () => {
    expect(['قال الوزير.', 'قال «نعم»  ', 'هل جاء؟', 'انتهى…', 'قال الوزير', 'قال،', ''].map(endsAfterSentenceClose)).toEqual([
      true, true, true, true, false, false, false,
    ]);
    expect(new RegExp(`^${SENTENCE_CLOSE_CLASS}$`, 'u').test('؟')).toBe(true);
    expect(new RegExp(`^${SENTENCE_CLOSE_CLASS}$`, 'u').test('،')).toBe(false);
  });

  it('clause marks are the stops and the Arabic comma, the colon only where asked', () => {
    expect(['سالم، كاتب', 'كتب: سالم', 'سالم الكاتب', 'لماذا؟'].map(hasClauseMark)).toEqual([true, false, false, true]);
    expect(['سالم، كاتب', 'كتب: سالم', 'سالم الكاتب'].map(hasClauseMarkOrColon)).toEqual([true, true, false]);
    expect(['جدة - سبق', 'قال الوزير.', 'قال،', 'قال:', ''].map(endsWithClauseMark)).toEqual([false, true, true, false, false]);
    expect(['قال «نعم»', 'قال.', 'قال:', 'قال)', ''].map(endsWithStopOrQuote)).toEqual([true, true, false, false, false]);
    expect([...'.:)»؟،x'].map((c) => isParagraphClose(c.charCodeAt(0)))).toEqual([true, true, true, true, true, false, false]);
    expect(isParagraphClose(NaN)).toBe(false);
  });

  it('agrees with the sets the structure rules wrote', () => {
    const chars = ['.', '،', '؟', '!', '?', ':', '»', '"', '”', '…', ')', ' ', 'س', ','];
    fc.assert(
      fc.property(around(chars), (s) => {
        expect(endsAfterSentenceClose(s)).toBe(/[.!؟?»”"…)]\s*$/u.test(s));
        expect(hasClauseMark(s)).toBe(/[.،؟!]/u.test(s));
        expect(hasClauseMarkOrColon(s)).toBe(/[.،؟!:]/u.test(s));
        expect(endsWithClauseMark(s)).toBe(/[.،؟!]$/u.test(s));
        expect(endsWithStopOrQuote(s)).toBe(/[.!؟?"”»]$/u.test(s));
        expect(isParagraphClose(s.charCodeAt(0))).toBe(/^[.!؟?:"”»)]/u.test(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('separators of a credit line', () => {
  it('cuts byline pieces at spaced dashes, tatweel and colons, not at a dash inside a word', () => {
    const line = 'الرياض - واس: سالم ـ جدة';
    expect(separators(line, 'pieces').map((m) => m.text)).toEqual([' - ', ': ', ' ـ ']);
    expect(separators('أبو-ظبي', 'pieces')).toEqual([]);
    expect(separators('سالم، فهد', 'pieces')).toEqual([]);
  });

  it('cuts credit names at commas too, and at a run of two tatweels', () => {
    expect(separators('سالم، فهد ـــ جدة', 'names')).toEqual([
      { index: 4, text: '، ' },
      { index: 9, text: ' ـــ ' },
    ]);
    expect(separators('سالمــفهد', 'names').map((m) => m.text)).toEqual(['ــ']);
    expect(separators('سالمــفهد', 'pieces')).toEqual([]);
  });

  it('agrees with the separators the byline and entity rules wrote', () => {
    const old = {
      pieces: /\s*[–—]\s*|\s+-\s*|\s*-\s+|\s+ـ+\s*|\s*ـ+\s+|\s*[:：]\s*/gu,
      names: /\s*[–—:：،,]\s*|\s+-\s*|\s*-\s+|\s*ـ{2,}\s*|\s+ـ\s*|\s*ـ\s+/gu,
    };
    const chars = [' ', '-', '–', 'ـ', ':', '،', ',', 'س', 'ل'];
    fc.assert(
      fc.property(around(chars, 10), (s) => {
        for (const kind of ['pieces', 'names'] as const) {
          const want = [...s.matchAll(old[kind])].map((m) => ({ index: m.index, text: m[0] }));
          expect(separators(s, kind)).toEqual(want);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('furniture phrases and credit names', () => {
  it('folds a phrase with its hamza seats and punctuation away', () => {
    expect(foldPhraseLoose('اقرأ أيضاً:')).toBe('اقرا ايضا');
    expect(foldPhraseLoose('«شؤون» - المسائل')).toBe('شوون المسايل');
    expect(foldPhraseLoose('  مواضيع/ذات صلة  ')).toBe('مواضيع ذات صله');
  });

  it('keeps the first of several joined names', () => {
    expect(firstOfJoinedNames('أحمد سالم و علي حسن')).toBe('أحمد سالم');
    expect(firstOfJoinedNames('أحمد سالم - رويترز')).toBe('أحمد سالم');
    expect(firstOfJoinedNames('أحمد سالم')).toBe('أحمد سالم');
    expect(firstOfJoinedNames('أحمد-سالم')).toBe('أحمد-سالم');
  });
});

describe('between two dates', () => {
  it('joins a date to its equivalent only across separators, the Hijri mark and الموافق', () => {
    expect([' هـ الموافق ', ' - ', 'هـ / ', ' الموافق لـ ', ' والموافق ', ' في ', ' ثم '].map(joinsEquivalentDates)).toEqual([
      true, true, true, true, false, false, false,
    ]);
  });

  it('drops a Gregorian mark glued to the agency, not a word in م', () => {
    expect(dropGregorianMark('مواس')).toBe('واس');
    expect(dropGregorianMark('م .واس')).toBe('واس');
    expect(dropGregorianMark('.واس')).toBe('واس');
    expect(dropGregorianMark('م')).toBe('م');
    expect(dropGregorianMark('واس')).toBe('واس');
  });
});

describe('the separators around a dateline', () => {
  it('finds a dash, colon or tatweel, trims separators off one end or both', () => {
    expect(['جدة: قال', 'الرياض - واس', 'القاهرة ـ قال', 'جدة، قال', 'أبو ظبي'].map(hasDashOrColon)).toEqual([true, true, true, false, false]);
    expect(trimEndSeparators('بريدة ، - ')).toBe('بريدة');
    expect(trimEndSeparators('- بريدة')).toBe('- بريدة');
    expect(trimSeparators(' - (واس) ')).toBe('واس');
    expect(trimSeparators('«سبق»،')).toBe('سبق');
  });

  it('reads the short name that opens a text before its dash', () => {
    expect(creditBeforeDash(' (واس) - قال الوزير')).toEqual({ name: 'واس', length: 6 });
    expect(creditBeforeDash('«سبق»: قال')).toEqual({ name: 'سبق', length: 5 });
    expect(creditBeforeDash('واس ـ قال')).toEqual({ name: 'واس', length: 3 });
    expect(creditBeforeDash('قال الوزير إن الاجتماع الذي عقد أمس في المدينة كان ناجحا - بحسب')).toBeNull();
    expect(creditBeforeDash('قال الوزير')).toBeNull();
  });

  it('agrees with the regexes the dateline rules wrote', () => {
    const chars = [' ', '-', '–', 'ـ', ':', '،', '(', ')', '«', '»', 'و', 'س', '\n'];
    fc.assert(
      fc.property(around(chars, 10), (s) => {
        expect(hasDashOrColon(s)).toBe(/[:：–—\-ـ]/u.test(s));
        expect(trimEndSeparators(s)).toBe(s.replace(/[\s،,:\-–—ـ]+$/u, ''));
        expect(trimSeparators(s)).toBe(s.replace(/^[\s\-–—ـ،,:(«]+|[\s\-–—ـ،,:)»]+$/gu, ''));
        const m = /^\s*[(«]?\s*([^()«»\-–—ـ:\n]{1,30}?)\s*[)»]?\s*[-–—ـ:]/u.exec(s);
        expect(creditBeforeDash(s)).toEqual(m ? { name: m[1], length: m[0].replace(/\s*[-–—ـ:]$/u, '').length } : null);
      }),
      { numRuns: 2000 },
    );
  });
});
