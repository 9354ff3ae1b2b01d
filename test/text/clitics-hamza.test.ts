import { describe, expect, it } from 'vitest';
import { analyzeClitics } from '../../src/text/clitics.ts';

/**
 * A hamza on the alef after ب/ل/ك/و/ف keeps the article out: بألمانيا is ب + ألمانيا, not
 * ب + ال + مانيا, though search normalisation folds أ into the ا of ال. The session-12 mutation
 * run of clitics.ts found `isHamzaAlef` untested (every mutant of it survived: no test word had a
 * hamza alef before ل), the wasl-word shape (اCCاC…) untested against a word that lacks it, and
 * the three-letter floor after و/ف.
 */
const parts = (w: string) => {
  const a = analyzeClitics(w);
  return { proclitics: a.proclitics, article: a.article, stem: a.stem };
};

describe('analyzeClitics: hamza alef before lam', () => {
  it('a preposition before أل / إل / آل takes no article from the word', () => {
    expect(parts('بألمانيا')).toEqual({ proclitics: ['ب'], article: false, stem: 'ألمانيا' }); // U+0623
    expect(parts('لإلغاء')).toEqual({ proclitics: ['ل'], article: false, stem: 'إلغاء' }); // U+0625
    expect(parts('بآلاف')).toEqual({ proclitics: ['ب'], article: false, stem: 'آلاف' }); // U+0622
    // words the exception list does not hold
    expect(parts('بألعاب')).toEqual({ proclitics: ['ب'], article: false, stem: 'ألعاب' });
    expect(parts('لآلام')).toEqual({ proclitics: ['ل'], article: false, stem: 'آلام' });
  });

  it('a word that opens with أل / إل / آل has no article, alone or after و', () => {
    expect(parts('إلكترونية')).toEqual({ proclitics: [], article: false, stem: 'إلكترونية' });
    expect(parts('ألمانيا')).toEqual({ proclitics: [], article: false, stem: 'ألمانيا' });
    expect(parts('ألعاب')).toEqual({ proclitics: [], article: false, stem: 'ألعاب' });
    expect(parts('آلام')).toEqual({ proclitics: [], article: false, stem: 'آلام' });
    expect(parts('وإلكترونية')).toEqual({ proclitics: ['و'], article: false, stem: 'إلكترونية' });
    // the plain alef is the article
    expect(parts('بالكتاب')).toEqual({ proclitics: ['ب'], article: true, stem: 'كتاب' });
  });
});

describe('analyzeClitics: ب before a plain alef', () => {
  it('stays part of the word unless a wasl noun of the shape اCCاC… or a listed start follows', () => {
    expect(parts('باكستان').proclitics).toEqual([]); // ا ك س ت: no alef in fourth place
    expect(parts('بازار').proclitics).toEqual([]); // too short for the shape
    expect(parts('بارسال')).toEqual({ proclitics: ['ب'], article: false, stem: 'ارسال' });
  });
});

describe('analyzeClitics: و and ف before fewer than three letters', () => {
  it('stay part of a three-letter word, and split off a longer one', () => {
    // left(p + 1) >= MIN_AFTER_PROCLITIC survived as `true` and as `p - 1` in the same run
    expect(parts('ورد').proclitics).toEqual([]);
    expect(parts('فرض').proclitics).toEqual([]);
    expect(parts('وسعى')).toEqual({ proclitics: ['و'], article: false, stem: 'سعى' });
  });
});

describe('analyzeClitics: ب/ل before a hamza alef whose folded letters spell a listed word', () => {
  it('is the preposition: بأبها is ب + أبها, not the listed باب + ها (session 14)', () => {
    expect(parts('بأبها')).toEqual({ proclitics: ['ب'], article: false, stem: 'أبها' });
    expect(parts('وبأبها')).toEqual({ proclitics: ['و', 'ب'], article: false, stem: 'أبها' });
    expect(parts('بأبين')).toEqual({ proclitics: ['ب'], article: false, stem: 'أبين' });
  });

  it('the listed word written with its plain alef stays whole', () => {
    expect(parts('بابها')).toEqual({ proclitics: [], article: false, stem: 'بابها' });
    expect(parts('وبابها')).toEqual({ proclitics: ['و'], article: false, stem: 'بابها' });
  });
});
