// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { romanise } from '../../../src/analyze/entities/romanise.ts';
import { InstitutionGlossary } from '../../../src/analyze/translit/institutions.ts';

describe('institutions named by common nouns are translated', () => {
  it.each([
    ['البنك الزراعي', 'Agricultural Bank'],
    ['وزارة النقل', 'Ministry of Transport'],
    ['هيئة السياحة', 'Tourism Authority'],
    ['جامعة الملك خالد', 'King Khalid University'],
    ['المحكمة الجزائية', 'Criminal Court'],
    ['وزارة الشؤون البلدية والقروية', 'Ministry of Municipal and Rural Affairs'],
    ['المحكمة الجزائية المتخصصة', 'Specialised Criminal Court'],
    ['الهيئة العامة للسياحة', 'General Authority for Tourism'],
    ['مستشفى الأمير سلمان العام', 'Prince Salman General Hospital'],
    ['مجلس الوزراء', 'Council of Ministers'],
    ['الحرس الوطني', 'National Guard'],
    ['ديوان المظالم', 'Board of Grievances'],
  ])('%s → %s', (ar, en) => {
    expect(romanise(ar)).toBe(en);
  });
  it('romanises a name that holds a word the glossary cannot place', () => {
    // a person, and a head noun followed by a verb: no translation is made up
    expect(romanise('سامر الخطيب')).toMatch(/^Samer/);
    expect(romanise('وزارة النقل يعلن')).not.toMatch(/Ministry/);
  });
});

describe('word order, on a made-up glossary', () => {
  const g = new InstitutionGlossary({
    heads: [
      { ar: ['دار'], en: 'House', complement: 'of' },
      { ar: ['سوق'], en: 'Market', complement: 'before' },
    ],
    nouns: [
      { ar: ['كتب'], en: 'Books' },
      { ar: ['عطور'], en: 'Perfumes' },
    ],
    modifiers: [
      { ar: ['كبير', 'كبيرة'], en: 'Grand' },
      { ar: ['قديم', 'قديمة'], en: 'Old' },
      { ar: ['شرقي', 'شرقية'], en: 'Eastern' },
    ],
    titles: [{ ar: ['شيخ'], en: 'Sheikh' }],
    names: [{ ar: ['راشد'], en: 'Rashid' }],
  });
  const spell = (w: string) => `<${w}>`;
  it('puts adjectives before the head, farthest first', () => {
    expect(g.translate('السوق الكبير القديم', spell)).toBe('Old Grand Market');
  });
  it('follows the head with "of", or puts the complement before it, as the head prefers', () => {
    expect(g.translate('دار الكتب', spell)).toBe('House of Books');
    expect(g.translate('سوق العطور', spell)).toBe('Perfumes Market');
    expect(g.translate('سوق العطور الشرقية', spell)).toBe('Eastern Perfumes Market');
    expect(g.translate('سوق للعطور', spell)).toBe('Market for Perfumes');
  });
  it('keeps a titled name before the head, spelled by the names list or the caller', () => {
    expect(g.translate('سوق الشيخ راشد', spell)).toBe('Sheikh Rashid Market');
    expect(g.translate('سوق الشيخ مطلق القديم', spell)).toBe('Sheikh <مطلق> Old Market');
  });
  it('translates nothing that does not open with a head noun', () => {
    expect(g.translate('الكتب القديمة', spell)).toBeNull();
    expect(g.translate('', spell)).toBeNull();
  });
});
