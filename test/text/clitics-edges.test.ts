import { describe, expect, it } from 'vitest';
import { analyzeClitics, cliticExceptionBase } from '../../src/text/clitics.ts';

const split = (w: string) => {
  const a = analyzeClitics(w);
  return { p: a.proclitics.join('+'), article: a.article, stem: a.stem };
};

describe('clitics before a hamza on alef', () => {
  it('ب and ل split off before أ، إ، آ (the hamza shows a new word), each form alone', () => {
    expect(split('لألمانيا')).toEqual({ p: 'ل', article: false, stem: 'ألمانيا' });
    expect(split('بإيران')).toEqual({ p: 'ب', article: false, stem: 'إيران' });
    expect(split('بآلاف')).toEqual({ p: 'ب', article: false, stem: 'آلاف' });
  });
  it('ب + أل… is not ب + the article (بألوان is ب + ألوان), while بالرياض is', () => {
    expect(split('بألوان')).toEqual({ p: 'ب', article: false, stem: 'ألوان' });
    expect(split('بالرياض')).toEqual({ p: 'ب', article: true, stem: 'رياض' });
  });
  it('before a plain alef ب stays part of the word', () => {
    expect(split('بالغ')).toEqual({ p: '', article: false, stem: 'بالغ' });
  });
});

describe('cliticExceptionBase: listed words with a suffix', () => {
  it('the ة written ت before a pronoun suffix (وكالتها → وكاله)', () => {
    expect(cliticExceptionBase('وكالتها')).toBe('وكاله');
    expect(cliticExceptionBase('وكالته')).toBe('وكاله');
  });
  it('plural and nisba endings, and the bare listed word', () => {
    expect(cliticExceptionBase('فلسطينيون')).toBe('فلسطين');
    expect(cliticExceptionBase('وزارات')).toBe('وزاره');
    expect(cliticExceptionBase('وكاله')).toBe('وكاله');
  });
  it('a word that is not listed has no base', () => {
    expect(cliticExceptionBase('مدرسه')).toBeNull();
  });
});
