import { describe, expect, it } from 'vitest';
import { analyse, typedMentions as mentions } from './helpers.ts';
import { HEAD_NOUN_RULE, LEARNED_PLACE_RULE } from '../../../src/analyze/entities/conventions.ts';

// Classes read off a hand-marked study sample of 14 unlabelled SaudiNewsNet articles from seven
// newspapers (more/2015-08-01.zip and 2015-08-02.zip, session 11, issue #14); the sentences are
// fictional, written for these tests.

describe('a generic head with only a nationality adjective is no name (name-heads.json genericNational, guide rule 4)', () => {
  it('a government, an army or occupation forces named by their country are not ORG, whoever spelled them', () => {
    expect(mentions('وقالت الحكومة الإسرائيلية إنها سترد، بينما أعلن الجيش العراقي تقدمه.')).toEqual([]);
    expect(mentions('وقصفت قوات الاحتلال الإسرائيلي الحي، ثم انسحب جيش الاحتلال منه.')).toEqual([]);
    expect(mentions('ودعت الحكومة اليمنية إلى الحوار مع المعارضة.')).toEqual([]);
  });

  it('a name with another word, or a party listed as kept, stays ORG', () => {
    expect(mentions('وقاتل الجيش السوري الحر قرب الحدود.')).toContain('ORG:الجيش السوري الحر');
    expect(mentions('وقال حزب القوات اللبنانية إن القوات اللبنانية ستشارك في الحكومة.')).toContain(
      'ORG:القوات اللبنانية',
    );
  });
});

describe("a head's definite complement is followed only by adjectives of the name (name-heads.json complementAdjectives)", () => {
  it('the object after a verb is not part of the body that is its subject', () => {
    const a = mentions('وأدانت وزارة الخارجية الحادث، ونصحت هيئة الطيران المدني المسافرين بالانتظار.');
    expect(a).toContain('ORG:وزارة الخارجية');
    expect(a).toContain('ORG:هيئة الطيران المدني');
    expect(a.some((m) => m.includes('الحادث') || m.includes('المسافرين'))).toBe(false);
  });

  it('relational and listed adjectives, and words after و, still continue the name', () => {
    const a = mentions('وقالت وزارة الشؤون البلدية والقروية إن هيئة التحقيق والادعاء العام ستتابع القضية.');
    expect(a).toContain('ORG:وزارة الشؤون البلدية والقروية');
    expect(a).toContain('ORG:هيئة التحقيق والادعاء العام');
    // (with its host city: one ORG, embassy-places.ts)
    expect(mentions('واحتفلت سفارة خادم الحرمين الشريفين في فيينا باليوم الوطني.')).toContain(
      'ORG:سفارة خادم الحرمين الشريفين في فيينا',
    );
  });
});

describe('groups, unions, leagues and coalitions are named by their head (جماعة، نقابة، رابطة، ائتلاف)', () => {
  it('the head and its complement are one ORG', () => {
    const a = mentions('وتبنت جماعة أنصار الحق الهجوم، بينما أدانته نقابة المعلمين ورابطة الكتاب.');
    expect(a).toContain('ORG:جماعة أنصار الحق');
    expect(a).toContain('ORG:نقابة المعلمين');
    expect(a).toContain('ORG:رابطة الكتاب');
  });

  it('the head alone, before a relational adjective or a preposition, names nothing', () => {
    expect(mentions('وهاجمت جماعة إرهابية القرية، ثم فرت جماعة من المسلحين.')).toEqual([]);
  });
});

describe('a place head, a name no one knew and an adjective of the name make a place the whole article names (learnedPlaces)', () => {
  it('قاعدة + an unknown definite name + العسكرية is one LOC, and so are its later mentions with and without the head', () => {
    const doc = analyse(
      'وصلت القوات إلى قاعدة الشويمة العسكرية فجرا. وقال قائد ميداني إن قاعدة الشويمة سقطت، وإن المسلحين في الشويمة فروا.',
    );
    const locs = doc.entities
      .filter((e) => e.type === 'LOC')
      .flatMap((e) => e.mentions.map((m) => [m.text, m.source]));
    expect(locs).toEqual([
      ['قاعدة الشويمة العسكرية', HEAD_NOUN_RULE],
      ['قاعدة الشويمة', LEARNED_PLACE_RULE],
      ['الشويمة', LEARNED_PLACE_RULE],
    ]);
  });

  it('without the adjective the head names nothing new, and an everyday phrase stays one', () => {
    expect(mentions('وقال إن قاعدة البيانات الجديدة جاهزة، وإن قاعدة الشويمة بعيدة.')).toEqual([]);
  });
});

describe('a republican or revolutionary guard is named by its definite head and adjective (name-heads.json definite.adjectives)', () => {
  it('الحرس الجمهوري is one ORG; the adjective after a person noun or a palace names nothing', () => {
    expect(mentions('وتدرب عناصر الحرس الجمهوري قرب العاصمة.')).toEqual(['ORG:الحرس الجمهوري']);
    expect(mentions('وانتقد المرشح الجمهوري زيارة القصر الجمهوري.')).toEqual([]);
  });
});

describe('a descriptive head (مدينة، بلدة) before a definite word no one knew names that place, the head outside (name-heads.json nameAfter.descriptive)', () => {
  it('the word is a place, and so is its bare mention after a word of place', () => {
    const doc = analyse('دخلت القوات مدينة الزبيرة فجرا. وقال سكان في الزبيرة إن الاشتباكات توقفت.');
    const locs = doc.entities
      .filter((e) => e.type === 'LOC')
      .flatMap((e) => e.mentions.map((m) => [m.text, m.source]));
    expect(locs).toEqual([
      ['الزبيرة', LEARNED_PLACE_RULE],
      ['الزبيرة', LEARNED_PLACE_RULE],
    ]);
  });

  it('an everyday word after the head, a title or a word read without a place word before it is no place', () => {
    expect(mentions('وافتتحت مدينة الألعاب ومدينة ألعاب للأطفال.')).toEqual([]);
    const a = mentions('وقرأ رواية مدينة الضباب، ثم تحدث عن التجارة في منطقة التجارة الكبرى.');
    expect(a).toEqual([]);
  });
});
