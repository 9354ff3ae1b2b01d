import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropArticle,
  dropConjArticle,
  dropHaSuffix,
  endsWithNisba,
  dropGluedLam,
  firstLamAt,
  dropProclitic,
  endsWithAttachedPronoun,
  hasFutureVerbShape,
  hasProcliticLetter,
  hasProcliticOf,
  isProcliticLetter,
  isDefiniteNisba,
  opensWithArticle,
  opensWithBaOfVerbalNoun,
  opensWithFaInna,
  opensWithFutureImperfect,
  opensWithImperfectYa,
  opensWithLamOfPurpose,
  opensWithPrepArticle,
  opensWithArticleOrLil,
  opensWithLil,
  startsDefinite,
  startsWithArticle,
  startsWithConjArticle,
  startsWithFuturePrefix,
  startsWithProclitic,
} from '../../src/text/clitics.ts';
import { hasStopMark, isClauseTrailer, lastStopBeforeSpace } from '../../src/text/sentences.ts';

// The key helpers the quote rules use instead of their own clitic classes (issue #18): each on
// folded words, with the letter sets named.
describe('leading letters of folded keys', () => {
  it('drops one letter of the named set, and only of it', () => {
    expect(dropProclitic('بالوزارة', 'prep')).toBe('الوزارة');
    expect(dropProclitic('لوزارة', 'prep')).toBe('وزارة');
    expect(dropProclitic('وزارة', 'prep')).toBe('وزارة');
    expect(dropProclitic('وزارة', 'conjPrep')).toBe('زارة');
    expect(dropProclitic('كتاب', 'conjPrep')).toBe('كتاب');
    expect(dropProclitic('كتاب', 'conjPrepKaf')).toBe('تاب');
    expect(dropProclitic('بان', 'conjBa')).toBe('ان');
    expect(dropProclitic('لان', 'conjBa')).toBe('لان');
    expect(dropProclitic('', 'conjPrepKaf')).toBe('');
    expect(startsWithProclitic('كالعادة', 'prepKaf')).toBe(true);
    expect(startsWithProclitic('وزير', 'prepKaf')).toBe(false);
    expect(['وقال', 'فقال', 'بقوله', 'لقوله', ''].map((w) => [startsWithProclitic(w, 'waw'), startsWithProclitic(w, 'ba'), startsWithProclitic(w, 'lam')])).toEqual([
      [true, false, false],
      [false, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, false],
    ]);
  });

  it('tells the article itself from the article after و/ف', () => {
    expect(['الوزير', 'والوزير', 'فالوزير', 'ال', 'وزير', 'آل', ''].map(opensWithArticle)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('drops the article only where the word opens with it', () => {
    expect(['الوزير', 'والوزير', 'ال', 'وزير', 'آل', 'لل', ''].map(dropArticle)).toEqual(['وزير', 'والوزير', '', 'وزير', 'آل', 'لل', '']);
    expect(['الوزارة', 'للوزارة', 'والوزارة', 'بالوزارة', 'لوزارة', 'ل', 'ال', ''].map(opensWithArticleOrLil)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('tells a noun carrying a third-person pronoun, with enough stem before it', () => {
    expect(['تداولاتها', 'تنفذها', 'ابرزهما', 'موظفيهم', 'زميلاتهن'].map(endsWithAttachedPronoun)).toEqual([true, true, true, true, true]);
    // too little stem before it: a word that only ends in those letters (مها، اسهم، مساهم)
    expect(['مها', 'لها', 'اسهم', 'مساهم', 'تداول', 'مركزه'].map(endsWithAttachedPronoun)).toEqual([false, false, false, false, false, false]);
  });

  it('finds a letter of the named set anywhere among the letters glued before a name', () => {
    expect(['ب', 'وب', 'ول', 'فك', 'و', 'ف', '', 'بِ'].map((g) => hasProcliticLetter(g, 'prepKaf'))).toEqual([
      true, true, true, true, false, false, false, true,
    ]);
    expect(hasProcliticLetter('وف', 'conj')).toBe(true);
    expect(hasProcliticLetter('بل', 'conj')).toBe(false);
    // the reading of /[بلك]/ that the entity rule wrote, over strings of the letters around it
    const letter = fc.constantFrom('ب', 'ل', 'ك', 'و', 'ف', 'ا', '\u0650', 'x');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 4 }).map((xs) => xs.join('')), (g) => {
        expect(hasProcliticLetter(g, 'prepKaf')).toBe(/[بلك]/.test(g));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the shape of a verb after the future prefix', () => {
    expect(['سيعلن', 'ستزور', 'سنعمل', 'ساعمل', 'سيع', 'سلام', 'يعلن', 'سيعلن2', 'وسيعلن'].map(hasFutureVerbShape)).toEqual([
      true, true, true, true, false, false, false, false, false,
    ]);
  });

  it('reads the quote rules\' openings: لل/بال, ب of a verbal noun, ف before إنّ, a glued ل', () => {
    expect(['للوزارة', 'بالوزارة', 'الوزارة', 'وبالوزارة', 'بوزارة', 'كالوزارة'].map(opensWithPrepArticle)).toEqual([
      true, true, false, false, false, false,
    ]);
    expect(['بالسماح', 'بإصلاح', 'بتأجيل', 'بكري', 'باسل', 'وبإصلاح'].map(opensWithBaOfVerbalNoun)).toEqual([
      true, true, true, false, false, false,
    ]);
    expect(['فان', 'فانه', 'فانها', 'فاز', 'وان', 'ان'].map(opensWithFaInna)).toEqual([true, true, true, false, false, false]);
    expect(['لوزارة', 'للوزارة', 'وزارة', 'لل', 'ل'].map(dropGluedLam)).toEqual(['وزارة', 'الوزارة', 'وزارة', 'ال', '']);
  });

  it('agrees with the regexes the quote rules wrote', () => {
    const letter = fc.constantFrom('ا', 'ل', 'ب', 'ف', 'ن', 'إ', 'ت', 'و', '\u064E', 'x');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 5 }).map((xs) => xs.join('')), (w) => {
        expect(opensWithPrepArticle(w)).toBe(/^(لل|بال)/.test(w));
        expect(opensWithBaOfVerbalNoun(w)).toBe(/^ب(ال|إ|ت)/.test(w));
        expect(opensWithFaInna(w)).toBe(/^فان/.test(w));
        expect(dropGluedLam(w)).toBe(w.replace(/^لل/, 'ال').replace(/^ل/, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads one letter against a named set, and the prefixes of a future or purpose verb', () => {
    expect(['ب', 'ل', 'ف', 'و', 'ك', '', undefined].map((c) => isProcliticLetter(c, 'prepFa'))).toEqual([
      true, true, true, false, false, false, false,
    ]);
    expect(isProcliticLetter('ك', 'prepKaf')).toBe(true);
    expect(['سيلتقي', 'ستزور', 'سنعمل', 'ساعمل', 'سلمان', 'يلتقي', 'س'].map(opensWithFutureImperfect)).toEqual([
      true, true, true, false, false, false, false,
    ]);
    expect(['ليرأس', 'لتعلن', 'لنعمل', 'ليلى', 'يرأس', 'ل'].map(opensWithLamOfPurpose)).toEqual([true, true, false, true, false, false]);
  });

  it('reads a token\'s proclitics against a named set, and the imperfect ي', () => {
    expect(hasProcliticOf(['و', 'س'], 'sin')).toBe(true);
    expect(hasProcliticOf(['و', 'ب'], 'sin')).toBe(false);
    expect(hasProcliticOf(['و', 'ب'], 'ba')).toBe(true);
    expect(hasProcliticOf([], 'ba')).toBe(false);
    expect(['يستمر', 'تستمر', ''].map(opensWithImperfectYa)).toEqual([true, false, false]);
    expect(['الوزير', 'والوزير', 'وزير', 'لل'].map(firstLamAt)).toEqual([1, 2, -1, 0]);
  });

  it('agrees with the letter strings the entity rules wrote', () => {
    const letter = fc.constantFrom('س', 'ل', 'ي', 'ت', 'ن', 'ا', 'ب', 'ف', 'و');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 4 }).map((xs) => xs.join('')), (w) => {
        expect(isProcliticLetter(w[0], 'prepFa')).toBe(w.length > 0 && 'بلف'.includes(w[0]!));
        expect(opensWithFutureImperfect(w)).toBe(w[0] === 'س' && w.length > 1 && 'يتن'.includes(w[1]!));
        expect(opensWithLamOfPurpose(w)).toBe(w[0] === 'ل' && w.length > 1 && 'يت'.includes(w[1]!));
      }),
      { numRuns: 1000 },
    );
  });

  it('drops a final ه and only it', () => {
    expect(['اوردته', 'نشره', 'نشرها', 'ه', '', 'نشر'].map(dropHaSuffix)).toEqual(['اوردت', 'نشر', 'نشرها', '', '', 'نشر']);
  });

  it('agrees with the regexes the quote and entity rules used to write (/^ال/, /^(ال|لل)/)', () => {
    // strings over the letters that matter here, with marks, so the regexes' exact reading is kept
    const letter = fc.constantFrom('ا', 'ل', 'و', 'ف', 'ب', 'آ', 'أ', 'ه', 'ي', '\u064E', 'x', ' ');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 6 }).map((xs) => xs.join('')), (w) => {
        expect(opensWithArticle(w)).toBe(/^ال/.test(w));
        expect(dropArticle(w)).toBe(w.replace(/^ال/, ''));
        expect(opensWithArticleOrLil(w)).toBe(/^(ال|لل)/.test(w));
        expect(dropHaSuffix(w)).toBe(w.replace(/ه$/, ''));
        expect(endsWithNisba(w)).toBe(/يه?$/.test(w));
        expect(opensWithLil(w)).toBe(/^لل/.test(w));
        expect(startsWithProclitic(w, 'waw')).toBe(/^و/.test(w));
        expect(startsWithProclitic(w, 'lam')).toBe(/^ل/.test(w));
        expect(startsWithProclitic(w, 'ba')).toBe(/^ب/.test(w));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a definite nisba adjective, the feminine only where asked', () => {
    const words = ['الوطني', 'الوطنيه', 'وطني', 'والوطني', 'الي', 'اليه', 'الثاني', 'الوطنية', 'ال2ي', 'الكبير'];
    expect(words.map((w) => isDefiniteNisba(w))).toEqual([true, false, false, false, false, false, true, false, false, false]);
    expect(words.map((w) => isDefiniteNisba(w, true))).toEqual([true, true, false, false, false, false, true, false, false, false]);
  });

  it('reads the article after an optional و/ف, and definite forms with ب/ك/للـ', () => {
    expect(['الوزير', 'والوزير', 'فالوزير', 'بالوزير', 'وزير'].map(startsWithArticle)).toEqual([true, true, true, false, false]);
    expect(['الوزير', 'والوزير', 'فالوزير', 'وزير'].map(startsWithConjArticle)).toEqual([false, true, true, false]);
    expect(['الوزارة', 'والوزارة', 'وزارة', 'وال'].map(dropConjArticle)).toEqual(['وزارة', 'وزارة', 'وزارة', '']);
    expect(['الوزير', 'بالمدينة', 'كالعادة', 'والوزير', 'للوزارة', 'فالوزير', 'لوزارة'].map(startsDefinite)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(['سيعلن', 'يعلن'].map(startsWithFuturePrefix)).toEqual([true, false]);
  });
});

describe('clause marks', () => {
  it('a stop mark is . ! ? ؟, not ؛ or a line break', () => {
    expect(['.', '!', '?', '؟', '؛', '\n', '،'].map(hasStopMark)).toEqual([true, true, true, true, false, false, false]);
  });

  it('the last stop with a space after it is . ؟ or !, not ? … or a stop inside a number', () => {
    expect(lastStopBeforeSpace('قال. ثم سأل؟ وأجاب! ثم 2.5 كيلو')).toBe(18);
    expect(lastStopBeforeSpace('قال. ثم')).toBe(3);
    expect(lastStopBeforeSpace('قال? ثم… و2.5')).toBe(-1);
    expect(lastStopBeforeSpace('')).toBe(-1);
  });

  it('a clause trailer is a space, a stop, a comma, a colon or a dash', () => {
    expect([' ', '.', '،', ',', '؛', ';', ':', '!', '؟', '?', '-', '–', '»', 'ب'].map(isClauseTrailer)).toEqual([
      ...Array(12).fill(true),
      false,
      false,
    ]);
  });
});
