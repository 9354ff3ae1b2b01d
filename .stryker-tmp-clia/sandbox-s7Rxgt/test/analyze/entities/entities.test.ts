// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { analyse, byName, checkSpans } from './helpers.ts';
import { entityKey, findEntityAt, resolveRolePhrase } from '../../../src/stages/entities.ts';
import { extractEntities } from '../../../src/analyze/entities/extract.ts';
import { analyzeClitics } from '../../../src/text/clitics.ts';
import { romanise } from '../../../src/analyze/entities/romanise.ts';

// Fictional news text written for these tests.
const CALL = `بايدن يتصل ببوتين

أجرى الرئيس الأميركي جو بايدن اتصالاً هاتفياً بنظيره الروسي فلاديمير بوتين، وفق ما أعلن البيت الأبيض.

وقال المتحدث باسم الكرملين، ديمتري بيسكوف، إن الاتصال تناول الوضع في أوكرانيا، وإن لبايدن وبوتين رؤى مختلفة والكرملين يتابع.

وأضاف الناطق باسم الكرملين أن موسكو وواشنطن ستواصلان الحوار.`;

const MINISTERS = `قال وزير الخارجية الأردني سامر الخطيب، اليوم الاثنين، إن بلاده ستستضيف اجتماعاً لوزراء الخارجية العرب.

وأضاف الخطيب في مؤتمر صحافي مع نظيره المصري حازم عبدالرحيم أن الاجتماع سيبحث الأوضاع في غزة.

من جهته، أكد عبدالرحيم أن القاهرة تدعم المبادرة، وكانت منظمة الدول المصدرة للنفط (أوبك) قد حذرت من تراجع الأسعار.`;

describe('mention offsets exclude proclitics', () => {
  const doc = analyse(CALL);
  it('keeps the article but drops و/ل/ب before a name', () => {
    checkSpans(doc);
    const biden = byName(doc, 'جو بايدن')!;
    const i = CALL.indexOf('لبايدن');
    expect(biden.mentions.some((m) => m.start === i + 1 && m.text === 'بايدن')).toBe(true);
    const kremlin = doc.entities.find((e) => e.key === 'ORG:kremlin')!;
    const j = CALL.indexOf('والكرملين');
    expect(kremlin.mentions.some((m) => m.start === j + 1 && m.text === 'الكرملين')).toBe(true);
    const putin = byName(doc, 'فلاديمير بوتين')!;
    const k = CALL.indexOf('ببوتين');
    expect(putin.mentions.some((m) => m.start === k + 1 && m.text === 'بوتين')).toBe(true);
  });
  it('agrees with the text layer on the clitic rule', () => {
    expect('والكرملين'.slice(analyzeClitics('والكرملين').mentionOffset)).toBe('الكرملين');
    expect('لبايدن'.slice(analyzeClitics('لبايدن').mentionOffset)).toBe('بايدن');
  });
});

describe('coreference', () => {
  it('joins spellings of one person into one entity', () => {
    const doc = analyse(CALL);
    const people = doc.entities.filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name).sort()).toEqual(['جو بايدن', 'ديمتري بيسكوف', 'فلاديمير بوتين']);
    expect(byName(doc, 'جو بايدن')!.mentions.length).toBe(3);
  });
  it('joins a surname to the full name for people no lexicon knows', () => {
    const doc = analyse(MINISTERS);
    checkSpans(doc);
    const khatib = byName(doc, 'سامر الخطيب');
    expect(khatib?.type).toBe('PER');
    expect(khatib!.mentions.map((m) => m.text)).toEqual(['سامر الخطيب', 'الخطيب']);
    const hazem = byName(doc, 'حازم عبدالرحيم')!;
    expect(hazem.mentions.map((m) => m.text)).toEqual(['حازم عبدالرحيم', 'عبدالرحيم']);
    expect(doc.entities.filter((e) => e.type === 'PER')).toHaveLength(2);
  });
  it('joins an acronym in parentheses to its long form', () => {
    const doc = analyse(MINISTERS);
    const opec = doc.entities.filter((e) => e.mentions.some((m) => m.text === 'أوبك'));
    expect(opec).toHaveLength(1);
    expect(opec[0]!.name).toBe('منظمة الدول المصدرة للنفط');
    expect(opec[0]!.en).toBe('OPEC');
  });
  it('resolves a role phrase to the person holding it in this article', () => {
    const doc = analyse(CALL);
    const peskov = byName(doc, 'ديمتري بيسكوف')!;
    const i = CALL.indexOf('الناطق باسم الكرملين');
    expect(resolveRolePhrase(doc, { start: i, end: i + 'الناطق باسم الكرملين'.length, text: '' })).toBe(peskov.id);
    const j = CALL.indexOf('البيت الأبيض');
    expect(resolveRolePhrase(doc, { start: j, end: j + 'البيت الأبيض'.length, text: '' })).toBeNull();
  });
});

describe('roles', () => {
  it('reads titles before names and appositions', () => {
    const doc = analyse(CALL);
    expect(byName(doc, 'جو بايدن')!.roles.map((r) => r.text)).toEqual(['الرئيس الأميركي']);
    expect(byName(doc, 'فلاديمير بوتين')!.roles.map((r) => r.text)).toEqual(['نظيره الروسي']);
    expect(byName(doc, 'ديمتري بيسكوف')!.roles.map((r) => r.text)).toEqual(['المتحدث باسم الكرملين']);
    const doc2 = analyse(MINISTERS);
    expect(byName(doc2, 'سامر الخطيب')!.roles.map((r) => r.text)).toEqual(['وزير الخارجية الأردني']);
    expect(byName(doc2, 'حازم عبدالرحيم')!.roles.map((r) => r.text)).toEqual(['نظيره المصري']);
  });
  it('reads a role in apposition after the name', () => {
    const doc = analyse('وصل سامي الحلبي، المتحدث باسم وزارة الصحة، إلى المستشفى.');
    const p = doc.entities.find((e) => e.type === 'PER');
    expect(p?.roles.map((r) => r.text)).toEqual(['المتحدث باسم وزارة الصحة']);
    expect(p?.roles[0]!.source).toBe('rule:role/apposition');
  });
});

describe('English names and keys', () => {
  it('takes English names from the lexicon, from CLDR, else romanises', () => {
    const doc = analyse(CALL + '\n\nوزار وفد من سويسرا العاصمة.');
    expect(byName(doc, 'جو بايدن')!).toMatchObject({ en: 'Joe Biden', enSource: 'lexicon' });
    expect(doc.entities.find((e) => e.name === 'سويسرا')).toMatchObject({ en: 'Switzerland', enSource: 'intl' });
    const doc2 = analyse(MINISTERS);
    expect(byName(doc2, 'سامر الخطيب')!.enSource).toBe('translit');
    expect(byName(doc2, 'سامر الخطيب')!.en).toMatch(/^Samer .*Khatib$/);
    expect(romanise('عبدالرحيم')).toBe('Abd al-Rahim');
  });
  it('gives the same key to the same entity in two articles, whatever the spelling', () => {
    const a = analyse('التقى الرئيس بايدن وزير الخارجية في واشنطن.');
    const b = analyse('قال جو بايدين إن المحادثات كانت مثمرة.');
    const ka = a.entities.find((e) => e.type === 'PER')!.key;
    const kb = b.entities.find((e) => e.type === 'PER')!.key;
    expect(ka).toBe(kb);
    expect(entityKey('PER', 'بايدين')).toBe(ka);
    expect(entityKey('LOC', 'أمريكا')).toBe(entityKey('LOC', 'أميركا'));
    expect(entityKey('PER', 'سامر الخطيب')).toBe(entityKey('PER', 'سامر الخطيب'));
    expect(entityKey('PER', 'سامر الخطيب')).not.toBe(entityKey('ORG', 'سامر الخطيب'));
  });
});

describe('lookups', () => {
  it('findEntityAt finds the entity under a span', () => {
    const doc = analyse(CALL);
    const i = CALL.indexOf('ديمتري بيسكوف');
    expect(findEntityAt(doc, i, i + 6)?.name).toBe('ديمتري بيسكوف');
    const v = CALL.indexOf('يتصل');
    expect(findEntityAt(doc, v, v + 4)).toBeNull();
    // an overlapping span falls back to the entity it overlaps most
    expect(findEntityAt(doc, i - 2, i + 3)?.name).toBe('ديمتري بيسكوف');
  });
  it('runs on the lexicons alone when no tagger is given', () => {
    const doc = analyse(CALL);
    const { entities } = extractEntities({ ...doc, entities: [] }, null);
    expect(entities.map((e) => e.key)).toContain('PER:joe-biden');
    expect(entities.every((e) => e.source !== 'model:ner-perceptron')).toBe(true);
  });
  it('does not crash on text without Arabic or without names', () => {
    expect(analyse('Hello world.').entities).toEqual([]);
    expect(analyse('').entities).toEqual([]);
    expect(analyse('ذهب إلى السوق صباحاً.').entities).toEqual([]);
  });
});
