import { describe, expect, it } from 'vitest';
import { analyzeClitics } from '../../src/text/clitics.ts';
import { lightStem } from '../../src/text/stem.ts';
import table from './clitics-table.json' with { type: 'json' };

interface Row {
  word: string;
  proclitics: string[];
  article: boolean;
  mention: string;
  stem: string;
  term: string;
  note?: string;
}

const rows = (table as { rows: Row[] }).rows;

describe('clitic analysis and light stemming over the word-form table', () => {
  it('has at least 150 word forms', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.word)).size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.word, r] as const))('%s', (_w, r) => {
    const a = analyzeClitics(r.word);
    const got = {
      proclitics: a.proclitics,
      article: a.article,
      mention: r.word.slice(a.mentionOffset),
      stem: a.stem,
      term: lightStem(r.word),
    };
    expect(got).toEqual({
      proclitics: r.proclitics,
      article: r.article,
      mention: r.mention,
      stem: r.stem,
      term: r.term,
    });
    expect(a.stem).toBe(r.word.slice(a.stemOffset));
    expect(a.mentionOffset).toBeLessThanOrEqual(a.stemOffset);
  });
});

describe('analyzeClitics', () => {
  it('gives the offsets named in the contract', () => {
    expect(analyzeClitics('والكرملين')).toMatchObject({
      proclitics: ['و'],
      article: true,
      mentionOffset: 1,
      stemOffset: 3,
      stem: 'كرملين',
    });
    expect(analyzeClitics('لبايدن')).toMatchObject({
      proclitics: ['ل'],
      article: false,
      mentionOffset: 1,
      stemOffset: 1,
      stem: 'بايدن',
    });
    expect(analyzeClitics('للولايات')).toMatchObject({
      proclitics: ['ل'],
      article: true,
      mentionOffset: 1,
      stemOffset: 2,
      stem: 'ولايات',
    });
  });

  it('takes ب/ل off a listed two-letter noun only (clitic-exceptions.json shortAfterPreposition)', () => {
    expect(analyzeClitics('بحي')).toMatchObject({ proclitics: ['ب'], mentionOffset: 1, stem: 'حي' });
    expect(analyzeClitics('وبحي')).toMatchObject({ proclitics: ['و', 'ب'], mentionOffset: 2, stem: 'حي' });
    // (وحي is also the noun revelation; other three-letter words stay whole)
    expect(analyzeClitics('وحي')).toMatchObject({ proclitics: [], mentionOffset: 0 });
    expect(analyzeClitics('بحر')).toMatchObject({ proclitics: [], mentionOffset: 0 });
  });

  it('leaves non-Arabic and empty words alone', () => {
    expect(analyzeClitics('NATO')).toMatchObject({
      proclitics: [],
      article: false,
      mentionOffset: 0,
      stemOffset: 0,
      stem: 'NATO',
    });
    expect(analyzeClitics('')).toMatchObject({ proclitics: [], stem: '' });
  });
});

describe('lightStem', () => {
  it('gives the same term for a diacritised query and undiacritised text', () => {
    expect(lightStem('الكُرْمْلِين')).toBe(lightStem('الكرملين'));
    expect(lightStem('مُحَمَّد')).toBe(lightStem('محمد'));
  });

  it('gives the same term for كرملين, والكرملين, للكرملين', () => {
    const t = lightStem('كرملين');
    expect(lightStem('والكرملين')).toBe(t);
    expect(lightStem('للكرملين')).toBe(t);
    expect(lightStem('بالكرملين')).toBe(t);
  });

  it('folds alef variants and ta marbuta', () => {
    expect(lightStem('أوروبا')).toBe(lightStem('اوروبا'));
    expect(lightStem('إدارة')).toBe(lightStem('ادارة'));
    expect(lightStem('مدرسة')).toBe(lightStem('مدرسه'));
  });

  it('keeps stems of at least three letters', () => {
    expect(lightStem('مكان')).toBe('مكان');
    expect(lightStem('سنة')).toBe('سنه');
  });
});
