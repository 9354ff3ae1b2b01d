// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { romanise } from '../../../src/analyze/entities/romanise.ts';

describe('romanise: the shadda', () => {
  it('doubles the consonant under a shadda (عمّان is Amman, not Aman)', () => {
    expect(romanise('عمّان')).toBe('Amman');
    // with a fatha before the shadda, as vocalised text often writes it
    expect(romanise('عَمَّان')).toBe('Amman');
  });
  it('without the shadda the letters alone are all it has', () => {
    expect(romanise('عمان')).toBe('Aman');
  });
  it('a shadda on the sun letter after the article is not doubled', () => {
    expect(romanise('الشّمري')).toBe(romanise('الشمري'));
  });
  it('keeps one word per word, and drops marks that are not letters', () => {
    expect(romanise('  سامر\u200f   الخطيب ')).toBe('Samer Khatib');
    expect(romanise('كَرِيم')).toBe(romanise('كريم'));
  });
});
