import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';
import {
  buildKnowledgeBase,
  kbForKey,
  kbLinkName,
  kbType,
  knowledgeBase,
  loadTerritories,
} from '../../../src/analyze/entities/kb.ts';
import { lookupName } from '../../../src/analyze/entities/names.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';
import { englishName } from '../../../src/analyze/entities/romanise.ts';

// Fictional sentences written for these tests.
const mentionsOf = (doc: MarsadDocument, text: string) =>
  doc.entities.filter((e) => e.mentions.some((m) => m.text === text));

describe('knowledge base', () => {
  it('gives every record a stable id, type, English name and Arabic names; Wikidata ids from the lexicons and territories', () => {
    const kb = knowledgeBase();
    const sa = kb.byId.get('saudi-arabia')!;
    expect(sa).toMatchObject({ type: 'LOC', en: 'Saudi Arabia', wikidata: 'Q851' });
    expect(sa.names[0]).toBe('المملكة العربية السعودية');
    // a curated place without a Wikidata id gets the territory's, linked by a shared spelling
    expect(kb.byId.get('oman')!.wikidata).toBe('Q842');
    // a country only CLDR names keeps its cc: id (the cross-article key) and gains the territory's id
    expect(kb.byId.get('cc:qa')).toMatchObject({ type: 'LOC', wikidata: 'Q846' });
    // a territory's long form is a spelling of the same record
    expect(kbLinkName('دولة قطر', 'LOC')!.id).toBe('cc:qa');
    expect(kbLinkName('دولة قطر', 'PER')).toBeNull();
    // an ambiguous spelling (Oman and Amman) is never linked by a territory's spelling
    expect(kbLinkName('عمان', 'LOC')).toBeNull();
    expect(kbForKey('PER:donald-trump')!.wikidata).toMatch(/^Q\d+$/);
    expect(kbForKey('PER:نتاليا كوليسنيكوفا')).toBeNull();
  });

  it('is built the same way twice and links a region by Wikidata id only, never by its capital city’s spelling', () => {
    const t = loadTerritories();
    const a = buildKnowledgeBase(t);
    const b = buildKnowledgeBase(t);
    expect([...a.byId.values()]).toEqual([...b.byId.values()]);
    const region = t.find((x) => !x.country && x.names.some((n) => lookupName(n)?.type === 'LOC'));
    expect(region).toBeDefined();
    const city = lookupName(region!.names.find((n) => lookupName(n)?.type === 'LOC')!)!;
    expect(a.byId.get(city.id)!.wikidata ?? '').not.toBe(region!.wikidata);
  });
});

describe('one entity across spellings and articles', () => {
  it('merges the long and short forms of a country in one article, with its Wikidata id', () => {
    const doc = analyse(
      'وصل الوزير إلى المملكة العربية السعودية مساء الأحد. وقالت السعودية إن المملكة ترحب بالضيوف.',
    );
    checkSpans(doc);
    const sa = doc.entities.filter((e) => e.key === 'LOC:saudi-arabia');
    expect(sa).toHaveLength(1);
    expect(sa[0]!.mentions.map((m) => m.text)).toEqual(['المملكة العربية السعودية', 'السعودية', 'المملكة']);
    expect(sa[0]!.kb).toEqual({ id: 'saudi-arabia', wikidata: 'Q851' });
  });

  it('gives the same key to the same country in two articles written differently', () => {
    const one = analyse('أعلنت دولة الإمارات العربية المتحدة مشاركتها في المعرض الزراعي.');
    const two = analyse('قال مسؤول إن الإمارات ستشارك في المعرض الزراعي.');
    const k1 = mentionsOf(one, 'الإمارات العربية المتحدة')[0]!;
    const k2 = mentionsOf(two, 'الإمارات')[0]!;
    expect(k1.key).toBe(k2.key);
    expect(k1.kb?.wikidata).toBe('Q878');
    const q1 = analyse('وصل وفد من دولة قطر إلى المدينة.');
    const q2 = analyse('وقالت قطر إنها ترحب بالوفد.');
    expect(mentionsOf(q1, 'قطر')[0]!.key).toBe(mentionsOf(q2, 'قطر')[0]!.key);
  });
});

describe('types constrained by the knowledge base', () => {
  const place = lookupName('الرياض')!;
  const person = lookupName('ترامب')!;
  it('retypes a known place tagged as a person or an organisation, and a known person tagged as a place', () => {
    expect(place.type).toBe('LOC');
    expect(kbType('PER', place, 'الرياض')).toBe('LOC');
    expect(kbType('ORG', place, 'الرياض')).toBe('LOC');
    expect(kbType('LOC', place, 'الرياض')).toBeNull();
    expect(kbType('LOC', person, 'ترامب')).toBe('PER');
    expect(kbType('PER', null, 'سامر الخطيب')).toBeNull();
  });

  it('leaves a given name that is also a place, or an ambiguous entry, to the context', () => {
    const bechar = lookupName('بشار')!;
    expect(bechar.type).toBe('LOC');
    expect(kbType('PER', bechar, 'بشار')).toBeNull();
    const doc = analyse('قال بشار إن الطريق إلى القرية مغلق منذ يومين.');
    const e = mentionsOf(doc, 'بشار')[0]!;
    expect(e.type).toBe('PER');
    expect(e.kb).toBeUndefined();
    // and takes nothing from the place's entry
    expect(e.en).not.toBe(bechar.en);
  });
});

describe('English names say where they come from', () => {
  it('marks an institution translated from the glossary as glossary, a romanised name as translit', () => {
    expect(englishName('البنك الزراعي')).toEqual({ en: 'Agricultural Bank', source: 'glossary' });
    expect(englishName('سامر الخطيب').source).toBe('translit');
    const doc = analyse('وأعلنت وزارة النقل عن خطة جديدة، وقالت أرامكو إن الإنتاج ارتفع.');
    expect(mentionsOf(doc, 'وزارة النقل')[0]).toMatchObject({
      en: 'Ministry of Transport',
      enSource: 'glossary',
    });
    // a company the lexicon knows by its short form
    expect(mentionsOf(doc, 'أرامكو')[0]).toMatchObject({
      en: 'Saudi Aramco',
      enSource: 'lexicon',
      key: 'ORG:aramco',
    });
  });
});

// Session 7: names the knowledge base reads two ways, decided by the article (fictional sentences).
describe('names with two readings, decided by the article', () => {
  const typeOf = (doc: MarsadDocument, text: string) => mentionsOf(doc, text).map((e) => e.type);

  it('a given name the tagger took for a country is the woman the article names with it', () => {
    const doc = analyse('قالت هند الشمري إن المعرض ناجح. وتحدثت هند عن تجربتها مع الزوار.');
    checkSpans(doc);
    const hind = mentionsOf(doc, 'هند');
    expect(hind.map((e) => e.type)).toEqual(['PER']);
    expect(hind[0]!.name).toBe('هند الشمري');
    expect(hind[0]!.kb).toBeUndefined();
    // the country, written with its article, stays the country
    const india = analyse('وقعت الهند والسعودية اتفاقية للتجارة.');
    expect(mentionsOf(india, 'الهند')[0]).toMatchObject({ type: 'LOC', kb: { id: 'cc:in' } });
  });

  it('عرفات after a preposition is the place of the pilgrimage, else the person', () => {
    const place = analyse('وقف الحجاج بعرفات أمس، ثم نفروا من عرفات إلى مزدلفة.');
    checkSpans(place);
    expect(typeOf(place, 'عرفات')).toEqual(['LOC']);
    expect(mentionsOf(place, 'عرفات')[0]!.kb?.id).toBe('mount-arafat');
    const person = analyse('وقال عرفات في كلمته إن المفاوضات ستستمر.');
    expect(mentionsOf(person, 'عرفات')[0]).toMatchObject({ type: 'PER', kb: { id: 'yasser-arafat' } });
  });

  it("a club name several clubs share is the club of the article's country", () => {
    const saudi = analyse(
      'فاز الأهلي على الهلال في مباراة الدوري أمس بهدفين، وقال مدرب الأهلي إن الفريق قدم مباراة كبيرة في جدة.',
    );
    expect(mentionsOf(saudi, 'الأهلي')[0]!.kb?.id).toBe('al-ahli-saudi');
    const egypt = analyse(
      'فاز الأهلي على الزمالك في مباراة الدوري المصري أمس بهدفين في القاهرة، وقال مدرب الأهلي إن الفريق قدم مباراة كبيرة.',
    );
    expect(mentionsOf(egypt, 'الأهلي')[0]!.kb?.id).toBe('al-ahly-egypt');
  });

  it('a currency is never a club, beside a club the article names', () => {
    const doc = analyse('بلغت قيمة عقد اللاعب مليون ريال، وقال مدرب الهلال إن المباراة صعبة والدوري طويل.');
    expect(mentionsOf(doc, 'ريال')).toEqual([]);
  });
});
