/**
 * The news entity guide's span conventions, applied to the tagger's tags (after finish.ts) in the
 * entities stage. ANERcorp, on which the tagger learns, leaves generic heads outside names
 * (`وزارة [الخارجية]` is not marked, `منطقة [الجوف]` marks the place alone) and has no notion of
 * `المملكة` as a country; the news gold, like a reader, wants `وزارة الخارجية`, `منطقة الجوف`,
 * `مستشفى الملك فهد` whole and `المملكة` as Saudi Arabia. These rules run only here, not in
 * `marsad tag` or `train-ner` (whose scores follow ANERcorp's conventions), so cross-validation
 * neither sees nor judges them: the tune half of the news gold and the tests do.
 *
 * Word lists (heads, trailing adjectives, words that are never a complement, currencies, the
 * kingdom) live in src/lexicon/entities/name-heads.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasHamzaCarrier, stripMarks } from '../../text/normalize.ts';
import { dropGluedLam, endsWithAttachedPronoun, endsWithNisba, opensWithArticle, opensWithFutureImperfect, opensWithImperfectYa, opensWithLil } from '../../text/clitics.ts';
import { endsWithHaOrTaMarbuta, endsWithYaNun, hasTafilaShape } from '../../text/endings.ts';
import { isBareArabicWord } from '../../text/script.ts';
import { foldName, lexicons, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { nationality, titleAt, type WordTok } from './roles.ts';
import { isKnownVerb } from './verbs.ts';
import { editionAt } from './event-editions.ts';
import { seasonFestivalEnd } from './event-seasons.ts';
import { isNameWord } from './romanise.ts';
import { lookupName } from './names.ts';
import type { RuleSpan } from '../ner/finish.ts';
import { chunkEnd } from './chunks.ts';

export const HEAD_NOUN_RULE = 'rule:name/head-noun-complement';
export const KINGDOM_RULE = 'rule:loc/kingdom';
export const KNOWN_PLACE_RULE = 'rule:type/known-place-not-person';
export const ARTICLE_PLACE_RULE = 'rule:loc/common-place-named-in-article';
export const LEARNED_PLACE_RULE = 'rule:loc/place-named-in-article';
export const ARTICLE_BODY_RULE = 'rule:org/body-named-in-article';
export const QUOTED_OUTLET_RULE = 'rule:org/quoted-outlet';
export const QUOTED_EVENT_RULE = 'rule:misc/quoted-event';

/** src/lexicon/entities/name-heads.json (schema: NameHeadsSchema in lexicon-schema.ts). */
export interface NameHeads {
  note?: string;
  heads: { ar: string[]; type: 'ORG' | 'LOC' | 'MISC'; complement: boolean }[];
  definite: {
    note?: string;
    heads: string[];
    adjectives: string[];
    national: string[];
    competitions: string[];
    places: string[];
  };
  sport: { note?: string; min: number; words: string[] };
  bodies: { note?: string; words: string[] };
  trailing: string[];
  notComplements: string[];
  currencies: string[];
  notNames: { note?: string; words: string[] };
  personHeads: { note?: string; words: string[]; titles: string[] };
  countryInName: { note?: string; heads: string[]; adjectives: string[] };
  nationalCompetitions?: { note?: string; heads: string[]; adjectives: string[] };
  clubCities?: { note?: string; placeBefore: string[] };
  clubNotAfter?: { note?: string; words: string[] };
  titledHeads: { note?: string; org: string[]; loc: string[]; adjectives: Record<string, 'ORG' | 'LOC'> };
  nameAfter: {
    note?: string;
    heads: string[];
    indefiniteOnly: string[];
    definiteOnly?: string[];
    landforms?: string[];
    descriptive?: string[];
    withAdjective?: string[];
    placeBefore?: string[];
    notNames: string[];
  };
  readTails: { note?: string; lists: string[]; lines: string[] };
  commonHeads: { note?: string; phrases: string[]; verbs: string[]; noChain: string[]; notAfter: { head: string; words: string[] }[] };
  notAlone: { note?: string; words: string[] };
  notInConstruct?: { note?: string; words: string[] };
  otherBodies?: { note?: string; words: string[] };
  singularFields?: { note?: string; words: string[] };
  lamAfter: { note?: string; heads: string[]; indefinite: string[]; portfolios: string[]; notFirst: string[] };
  afterRole: { note?: string; heads: string[]; roles: string[] };
  productModels: { note?: string; products: string[]; words: string[] };
  directorates: { note?: string; words: string[] };
  quotedOutlets: { note?: string; before: string[]; heads: string[] };
  quotedEvents: { note?: string; heads: string[]; links: string[] };
  articlePlaces: { note?: string; words: string[] };
  complementAdjectives: { note?: string; endings: string[]; words: string[] };
  genericNational: {
    note?: string;
    heads: string[];
    also: string[];
    keep: string[];
    countryAdjectivesNote?: string;
    countryAdjectives: string[];
    countryAdjectiveKeep: string[];
  };
  nationalGivenNames?: { note?: string; words: string[]; notBefore: string[] };
  articleBodies?: { note?: string; heads: string[]; before: string[] };
  purposeVerbs?: { note?: string; words: string[] };
  nameLinks: { note?: string; words: string[]; sonOf: string[] };
  kingdom: { word: string; default: string; note?: string };
}

interface Conventions {
  heads: Map<string, { type: 'ORG' | 'LOC' | 'MISC'; complement: boolean }>;
  /** heads the lists spell with a hamza on a carrier (مؤسسة، إقليم) */
  hamzaHeads: Set<string>;
  sportWords: Set<string>;
  sportMin: number;
  /** one-word everyday names of clubs (clubs.json `common`) */
  clubWords: Set<string>;
  /** ids of the clubs and sports bodies of clubs.json (club-adjective.ts) */
  clubIds: Set<string>;
  /** words before a club's everyday name that make it a class of players (`درجة الشباب`), and the age groups written with لل (`للشباب`) */
  clubNotAfter: Set<string>;
  clubAgeWords: Set<string>;
  /** foreign clubs named after their city: folded city → the club's name (club-cities.ts) */
  clubCities: Map<string, string>;
  /** words before a city that make it the place, in an article about sport (name-heads.json clubCities) */
  clubCityPlaceBefore: Set<string>;
  definiteHeads: Set<string>;
  definiteAdjectives: Set<string>;
  nationalHeads: Set<string>;
  /** a national team's heads (name-heads.json teamFields): its field is team-fields.ts's, no other ل phrase */
  teamHeads: Set<string>;
  competitionHeads: Set<string>;
  /** competition heads whose name keeps a nationality after it (`كأس السوبر الإسباني`) */
  nationalCompetitions: Set<string>;
  /** continental and regional adjectives such a name keeps too (`كأس السوبر الأوروبي`) */
  competitionAdjectives: Set<string>;
  placeAdjectives: Set<string>;
  bodies: Set<string>;
  trailing: Set<string>;
  notComplements: Set<string>;
  currencies: Set<string>;
  notNames: Set<string>;
  /** words that are never a one-word name (`لي`, `ترأس`), as written (hamza kept: `تراس` is Truss) */
  notAlone: Set<string>;
  personHeads: Set<string>;
  /** nouns that head a name only before a title and a person (`مدينة الملك …`), with the name's type */
  titledHeads: Map<string, 'ORG' | 'LOC'>;
  /** titles read as such only after a personal head (`الإمام`) */
  headTitles: Set<string>;
  /** heads of Saudi bodies whose own names end in the kingdom's adjective, and that adjective */
  countryNameHeads: Set<string>;
  countryNameAdjectives: Set<string>;
  /** adjectives that end such a name and give its type (`الرياضية`: a stadium, LOC) */
  titledAdjectives: Map<string, 'ORG' | 'LOC'>;
  /** heads always followed by a proper name (`محافظة`), and the words after them that are none */
  nameAfterHeads: Set<string>;
  /** heads followed by a name no one knew only when it is indefinite and not in ة (`منطقة`) */
  nameAfterIndefinite: Set<string>;
  nameAfterDefinite: Set<string>;
  /** landform heads followed by a name no one knew without the article, a given name too (`جبل طارق`) */
  nameAfterLandforms: Set<string>;
  descriptiveHeads: Set<string>;
  adjectiveHeads: Set<string>;
  placeBefore: Set<string>;
  nameAfterNot: Set<string>;
  /** folded openings of furniture tails whose names are read: tag lists (`سمات`), lines (`رابط الخبر`) */
  tagLists: string[];
  readTails: string[];
  /** head + complement pairs that are everyday phrases (`هيئة التدريس`), folded, joined by a space */
  commonPhrases: Set<string>;
  /** heads also written as a past verb (`رأس`) */
  verbHeads: Set<string>;
  /** heads that never take a chain of nouns in construct (`حركة`) */
  noChain: Set<string>;
  /** words never in construct inside a name (`خلال`, `هذه`, `بعض`) */
  notInConstruct: Set<string>;
  /** plurals of heads and words for bodies (`مجالس`, `جهات`): after و, another body */
  otherBodies: Set<string>;
  /** fields after لل that end in ين and are no plural of people (`التأمين`) */
  singularFields: Set<string>;
  /** words (with the article) that open a ل phrase of the sentence, not of a name (`للعام`) */
  lamNotFirst: Set<string>;
  /** heads whose names take a ل phrase of their field, and those that take one in construct too */
  lamHeads: Set<string>;
  lamIndefinite: Set<string>;
  /** a role's portfolio after ل (`لشؤون`), not part of the body's name after a role */
  portfolios: Set<string>;
  /** head → words before it that make it an idiom (`عن طريق`) */
  notAfter: Map<string, Set<string>>;
  /** heads that name a unit only after a role that runs it (`مدير إدارة …`), and those roles (folded, joined by a space) */
  roleHeads: Set<string>;
  roles: Set<string>;
  /** ids of the product lines (events.json) that take a model designation, and its words */
  products: Set<string>;
  modelWords: Set<string>;
  /** everyday-word places that are the place throughout an article that names them once (`عسير`) */
  articlePlaces: Set<string>;
  /** a directorate's field before the place it serves (`صحة`, `تعليم`) */
  directorates: Set<string>;
  /** words, as written, before a quoted outlet (`لـ` in `لـ«الشرق الأوسط»`) */
  outletBefore: Set<string>;
  /** a newspaper's heads (`صحيفة`), folded: quoted words the lists know after one are that paper */
  outletHeads: string[];
  /** nouns before a quoted event's or a project's name (`عملية «…»`), and words between them */
  eventHeads: Set<string>;
  eventLinks: Set<string>;
  adjectiveEndings: string[];
  complementAdjectives: Set<string>;
  genericNationalHeads: Set<string>;
  countryAdjectives: Set<string>;
  countryAdjectiveKeep: Set<string>;
  genericNationalAlso: Set<string>;
  genericNationalKeep: Set<string>;
  nationalGivenNames: Set<string>;
  bodyHeads: Set<string>;
  bodyBefore: Set<string>;
  nationalNotBefore: Set<string>;
  /** words that link the parts of a person's name (`بن`, `آل`, `أبي`), and those of them that link to a father's (`بن`) */
  nameLinks: Set<string>;
  sonOf: Set<string>;
  kingdom: string;
  kingdomDefault: string;
}

/** The organisations of clubs.json (clubs and sports bodies). */
function clubs(): { id: string; names: string[]; common: string[] }[] {
  const raw = JSON.parse(readFileSync(path.join(entityResources().lexiconDir, 'clubs.json'), 'utf8')) as {
    id: string;
    type: string;
    names?: string[];
    common?: string[];
  }[];
  return raw.filter((e) => e.type === 'ORG').map((e) => ({ id: e.id, names: e.names ?? [], common: e.common ?? [] }));
}

/**
 * Foreign clubs named after their city, by the city's folded name: the club's name with its
 * country's adjective (`برشلونة الإسباني`), which names it for lookup. Clubs of the press's own
 * country are left out (`الخليج السعودي`): their city is more often the place.
 */
function clubCities(clubList: readonly { names: string[] }[], home: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of clubList)
    for (const n of e.names) {
      const ws = n.split(' ');
      if (ws.length < 2) continue;
      const code = nationality(foldName(ws[ws.length - 1]!));
      if (code && code !== home) out.set(foldName(ws.slice(0, -1).join(' ')), n);
    }
  return out;
}

export function conventions(): Conventions {
  return entityResources().get(buildConventions);
}

function buildConventions(): Conventions {
  const raw = nameHeadsJson() as NameHeads;
  const clubList = clubs();
  // A cheap check at start-up; the full schema runs in lexicons:check and the tests.
  for (const k of ['heads', 'trailing', 'notComplements', 'currencies'] as const)
    if (!Array.isArray(raw?.[k]))
      throw new Error(`name-heads.json: ${k} must be a list (npm run lexicons:check says more)`);
  if (
    !raw.notNames?.words ||
    !raw.personHeads?.words ||
    !raw.titledHeads?.org ||
    !raw.countryInName?.heads ||
    !raw.bodies?.words ||
    !raw.readTails?.lists ||
    !raw.readTails?.lines ||
    !raw.nameAfter?.heads ||
    !Array.isArray(raw.commonHeads?.phrases) ||
    !Array.isArray(raw.commonHeads?.noChain) ||
    !Array.isArray(raw.commonHeads?.verbs) ||
    !Array.isArray(raw.lamAfter?.notFirst) ||
    !Array.isArray(raw.notAlone?.words) ||
    !Array.isArray(raw.lamAfter?.heads) ||
    !Array.isArray(raw.lamAfter?.indefinite) ||
    !Array.isArray(raw.lamAfter?.portfolios) ||
    !Array.isArray(raw.commonHeads?.notAfter) ||
    !Array.isArray(raw.afterRole?.heads) ||
    !Array.isArray(raw.productModels?.products) ||
    !Array.isArray(raw.articlePlaces?.words) ||
    !Array.isArray(raw.directorates?.words) ||
    !Array.isArray(raw.quotedOutlets?.before) ||
    !Array.isArray(raw.quotedEvents?.heads) ||
    !Array.isArray(raw.genericNational?.heads) ||
    !Array.isArray(raw.complementAdjectives?.endings) ||
    !Array.isArray(raw.nameLinks?.words) ||
    !Array.isArray(raw.nameLinks?.sonOf) ||
    typeof raw.kingdom?.word !== 'string'
  )
    throw new Error(
      'name-heads.json: notNames, personHeads, bodies, nameAfter, readTails, commonHeads, notAlone, lamAfter, afterRole, productModels, directorates, quotedOutlets, quotedEvents, articlePlaces, complementAdjectives, genericNational, nameLinks and kingdom are required (npm run lexicons:check says more)',
    );
  if (!Array.isArray(raw.definite?.heads) || !Array.isArray(raw.sport?.words))
    throw new Error('name-heads.json: definite and sport are required (npm run lexicons:check says more)');
  const heads = new Map<string, { type: 'ORG' | 'LOC' | 'MISC'; complement: boolean }>();
  for (const h of raw.heads)
    for (const a of h.ar) heads.set(foldName(a), { type: h.type, complement: h.complement });
  const set = (xs: string[]) => new Set(xs.map(foldName));
  return {
    heads,
    hamzaHeads: new Set(raw.heads.flatMap((h) => h.ar.filter(hasHamzaCarrier).map(foldName))),
    sportWords: set(raw.sport.words),
    sportMin: raw.sport.min,
    // definite ones only: `كاس` (CAS) and `كاف` are everyday words of sport (`كأس`)
    clubIds: new Set(clubList.map((e) => e.id)),
    clubCities: clubCities(clubList, nationality(foldName(raw.kingdom.default))),
    clubCityPlaceBefore: set(raw.clubCities?.placeBefore ?? []),
    clubNotAfter: set(raw.clubNotAfter?.words ?? []),
    clubAgeWords: set((raw as { teamFields?: { ages?: string[] } }).teamFields?.ages ?? []),
    teamHeads: set((raw as { teamFields?: { heads?: string[] } }).teamFields?.heads ?? []),
    clubWords: new Set(
      clubList
        .flatMap((e) => e.common.map(foldName))
        .filter((c) => !c.includes(' ') && definite(c)),
    ),
    definiteHeads: new Set([
      ...set(raw.definite.heads),
      ...[...heads].filter(([, h]) => h.type === 'ORG').map(([k]) => k),
    ]),
    definiteAdjectives: set(raw.definite.adjectives),
    nationalHeads: set(raw.definite.national),
    competitionHeads: set(raw.definite.competitions),
    nationalCompetitions: set(raw.nationalCompetitions?.heads ?? []),
    competitionAdjectives: set(raw.nationalCompetitions?.adjectives ?? []),
    placeAdjectives: set(raw.definite.places),
    bodies: set(raw.bodies.words),
    trailing: set(raw.trailing),
    notComplements: set(raw.notComplements),
    currencies: set(raw.currencies),
    notNames: set(raw.notNames.words),
    notAlone: new Set(raw.notAlone.words.map((w) => stripMarks(w, 'marks'))),
    personHeads: set(raw.personHeads.words),
    headTitles: set(raw.personHeads.titles),
    countryNameHeads: set(raw.countryInName.heads),
    countryNameAdjectives: set(raw.countryInName.adjectives),
    titledHeads: new Map([
      ...raw.titledHeads.org.map((w) => [foldName(w), 'ORG'] as const),
      ...raw.titledHeads.loc.map((w) => [foldName(w), 'LOC'] as const),
    ]),
    titledAdjectives: new Map(Object.entries(raw.titledHeads.adjectives).map(([w, t]) => [foldName(w), t] as const)),
    nameAfterHeads: set(raw.nameAfter.heads),
    nameAfterIndefinite: set(raw.nameAfter.indefiniteOnly ?? []),
    nameAfterLandforms: set(raw.nameAfter.landforms ?? []),
    nameAfterDefinite: set(raw.nameAfter.definiteOnly ?? []),
    descriptiveHeads: set(raw.nameAfter.descriptive ?? []),
    adjectiveHeads: set(raw.nameAfter.withAdjective ?? []),
    placeBefore: set(raw.nameAfter.placeBefore ?? []),
    nameAfterNot: set(raw.nameAfter.notNames),
    tagLists: raw.readTails.lists.map(foldName),
    readTails: [...raw.readTails.lists, ...raw.readTails.lines].map(foldName),
    commonPhrases: set(raw.commonHeads.phrases),
    verbHeads: set(raw.commonHeads.verbs),
    lamNotFirst: set(raw.lamAfter.notFirst),
    lamHeads: set(raw.lamAfter.heads),
    lamIndefinite: set(raw.lamAfter.indefinite),
    portfolios: set(raw.lamAfter.portfolios),
    noChain: set(raw.commonHeads.noChain),
    notInConstruct: set(raw.notInConstruct?.words ?? []),
    otherBodies: set(raw.otherBodies?.words ?? []),
    singularFields: set(raw.singularFields?.words ?? []),
    notAfter: new Map(raw.commonHeads.notAfter.map((x) => [foldName(x.head), set(x.words)])),
    roleHeads: set(raw.afterRole.heads),
    roles: set(raw.afterRole.roles),
    products: new Set(raw.productModels.products),
    modelWords: set(raw.productModels.words),
    articlePlaces: set(raw.articlePlaces.words),
    directorates: set(raw.directorates.words),
    outletBefore: new Set(raw.quotedOutlets.before),
    outletHeads: raw.quotedOutlets.heads.map(foldName),
    eventHeads: set(raw.quotedEvents.heads),
    eventLinks: set(raw.quotedEvents.links),
    adjectiveEndings: raw.complementAdjectives.endings.map(foldName),
    complementAdjectives: set(raw.complementAdjectives.words),
    genericNationalHeads: set(raw.genericNational.heads),
    genericNationalAlso: set(raw.genericNational.also),
    genericNationalKeep: set(raw.genericNational.keep),
    countryAdjectives: set(raw.genericNational.countryAdjectives),
    countryAdjectiveKeep: set(raw.genericNational.countryAdjectiveKeep),
    nationalGivenNames: set(raw.nationalGivenNames?.words ?? []),
    bodyHeads: set(raw.articleBodies?.heads ?? []),
    bodyBefore: set(raw.articleBodies?.before ?? []),
    nationalNotBefore: set(raw.nationalGivenNames?.notBefore ?? []),
    nameLinks: set(raw.nameLinks.words),
    sonOf: set(raw.nameLinks.sonOf),
    kingdom: foldName(raw.kingdom.word),
    kingdomDefault: raw.kingdom.default,
  };
}

/** The word without و/ف and a preposition (ب/ل/ك), the article restored after لل. */
export function base(w: WordTok): string {
  if (w.moff > 0 && opensWithLil(w.fold) && !opensWithArticle(w.mfold)) return 'ا' + w.mfold;
  return w.mfold;
}

function definite(f: string): boolean {
  return opensWithArticle(f) && f.length > 3;
}

/** An indefinite head noun (construct state: `وزارة`, not `الوزارة`). */
export function headOf(w: WordTok): { type: 'ORG' | 'LOC' | 'MISC'; complement: boolean } | undefined {
  if (w.kind !== 'word') return undefined;
  const c = conventions();
  const f = base(w);
  // a hamza the folding dropped inside the word makes another word: `وأدى` (and performed) is no
  // `وادي` (valley); a first alef written with one is only a spelling (`إستاد`, `إتحاد`)
  if (hasHamzaCarrier(w.text.slice(w.moff + 1)) && !c.hamzaHeads.has(f)) return undefined;
  return c.heads.get(f);
}

/** A directorate's field that opens a name with its place (`صحة` in `بصحة الباحة`): clitics stay outside. */
export function isDirectorate(w: WordTok): boolean {
  return w.kind === 'word' && conventions().directorates.has(base(w));
}

/**
 * A generic head with only nationality adjectives after it (`الحكومة اليمنية`، `قوات الاحتلال
 * الإسرائيلي`): no name under the guide's rule 4, whoever found it (name-heads.json
 * `genericNational`). The words are a candidate's, from its first word (clitics aside) to its last.
 */
export function isGenericNational(words: readonly WordTok[]): boolean {
  const c = conventions();
  if (words.length < 2 || words.some((w) => w.kind !== 'word')) return false;
  const head = base(words[0]!);
  if (!c.genericNationalHeads.has(definite(head) ? head.slice(2) : head)) return false;
  if (c.genericNationalKeep.has([head, ...words.slice(1).map((w) => w.fold)].join(' '))) return false;
  let adjectives = 0;
  for (const w of words.slice(1)) {
    if (nationality(w.fold)) adjectives++;
    else if (!c.genericNationalAlso.has(w.fold)) return false;
  }
  // (`جيش الاحتلال` alone is the same phrase without its adjective)
  return adjectives > 0 || definite(head) === false;
}

/**
 * A country whose name is also its feminine adjective (`السعودية`), written bare right after a
 * definite noun (`القوات السعودية`, `الحدود السعودية`): the adjective, no place (guide rule 4),
 * except after a word of its own name (`المملكة العربية السعودية`; name-heads.json
 * genericNational.countryAdjectives / countryAdjectiveKeep).
 */
export function isCountryAdjective(words: readonly WordTok[], a: number): boolean {
  const w = words[a];
  const prev = words[a - 1];
  if (!w || w.kind !== 'word' || w.moff !== 0 || !prev || prev.kind !== 'word') return false;
  const c = conventions();
  if (!c.countryAdjectives.has(w.fold)) return false;
  // (a definite noun has two letters or more after its article: إلى folds to الى; after لل the
  // article's alef is elided: `للقوات السعودية`, `للحكومة السعودية`)
  const p = base(prev);
  return opensWithArticle(p) && p.length >= 4 && !c.countryAdjectiveKeep.has(p);
}

/** A currency word, with or without the article (`ريال`، `الريالات`). */
export function isCurrency(folded: string): boolean {
  const c = conventions().currencies;
  return c.has(folded) || (opensWithArticle(folded) && c.has(folded.slice(2)));
}

/** A word the news guide never marks as a name (`الله`, `القرآن`). */
export function isNotName(folded: string): boolean {
  return conventions().notNames.has(folded);
}

/** A head that only describes the place named after it (name-heads.json nameAfter.descriptive: مدينة، بلدة; guide rule 15). */
export function isDescriptiveHead(w: WordTok): boolean {
  return w.kind === 'word' && conventions().descriptiveHeads.has(base(w));
}

/**
 * A word that is never a name on its own (`لي` in `فقال لي`), though it may be part of one: the
 * word as written after its clitics, marks aside (the name folding would make `ترأس` Truss's `تراس`).
 */
export function isNotAlone(w: WordTok): boolean {
  return conventions().notAlone.has(stripMarks(w.text.slice(w.moff), 'marks'));
}

/**
 * Whether a furniture span is a tail the entity guide reads like text (rule 19): a tag list or the
 * link line that repeats the title (name-heads.json `readTails`).
 */
export function readTail(text: string): boolean {
  const f = foldName(text.trim());
  return conventions().readTails.some((w) => f.startsWith(w + ' ') || f.startsWith(w + ':'));
}

/** Whether a sentence is a tag list (`سمات …`): its first word opens one. */
export function isTagList(words: readonly WordTok[]): boolean {
  const w = words[0];
  return !!w && w.kind === 'word' && conventions().tagLists.includes(w.fold);
}

/** The lexicon name `المملكة` stands for in a document (see name-heads.json's kingdom note). */
export function kingdomDefault(): string {
  return conventions().kingdomDefault;
}


function setSpan(tags: string[], a: number, b: number, type: string): void {
  tags[a] = `B-${type}`;
  for (let k = a + 1; k < b; k++) tags[k] = `I-${type}`;
  // a chunk the span cut into keeps its own tail as a chunk of its own
  if (b < tags.length && tags[b]!.startsWith('I-')) tags[b] = `B-${tags[b]!.slice(2)}`;
}

/** A definite word that can continue an institution's complement. */
function complementWord(w: WordTok, c: Conventions): boolean {
  // a word with a preposition glued to it opens a phrase of its own (`للصحافيين`, `بالجامعة`)
  // (a conjunction is fine: `هيئة التحقيق والادعاء العام`)
  if (w.kind !== 'word' || (w.moff > 0 && !(w.moff === 1 && w.fold[0] === 'و'))) return false;
  const f = w.mfold;
  // a word in آ folds to one that looks definite (`آلية` → `اليه`) but has no article: `آلية جديدة`
  if (w.text[w.moff] === 'آ') return false;
  // after و, a head noun with the article opens another body: `لجنة المقابلة واللجنة الطبية`
  if (w.moff === 1 && (c.heads.has(f.slice(2)) || c.otherBodies.has(f.slice(2)))) return false;
  return definite(f) && !c.notComplements.has(f) && !nationality(f) && !isKnownVerb(f);
}

/**
 * Whether a definite word after a head's first definite complement continues the name: one with
 * و (`والادعاء`) or an adjective (name-heads.json `complementAdjectives`: `البلدية`، `المتحدة`),
 * not a noun, which cannot be in construct after a definite one (`أدانت وزارة الخارجية الحادث`).
 */
function laterComplement(w: WordTok, c: Conventions): boolean {
  if (w.moff > 0) return true;
  const f = w.fold;
  return (
    c.complementAdjectives.has(f) ||
    c.trailing.has(f) ||
    c.definiteAdjectives.has(f) ||
    c.adjectiveEndings.some((e) => f.endsWith(e))
  );
}

/**
 * Whether a title word at b ends a body's name: it does, unless it comes after the first
 * complement and name-heads.json `complementAdjectives` lists it as an adjective too (`لجنة المرصد
 * الإعلامي`: `الإعلامي` is a role in titles.json, "the media figure", and here the adjective "media").
 */
function titleEndsName(words: readonly WordTok[], b: number, first: boolean, c: Conventions): boolean {
  return !!titleAt(words, b, b + 1) && (first || !c.complementAdjectives.has(words[b]!.fold));
}

/** `و` + a definite relational adjective: `والقروية` in `وزارة الشؤون البلدية والقروية`. */
function coordinatedAdjective(w: WordTok, c: Conventions): boolean {
  if (w.kind !== 'word' || !w.fold.startsWith('وال')) return false;
  const f = w.fold.slice(1);
  // (`وإلى` folds to `والي`: too short for the article and a stem)
  // (or a listed adjective of a feminine name, joined to the one before it: `للطاقة الذرية [والمتجددة]`)
  if (definite(f) && f.endsWith('ه') && c.complementAdjectives.has(f)) return true;
  return definite(f) && (f.endsWith('يه') || f.endsWith('ي')) && !c.notComplements.has(f) && !nationality(f);
}

/**
 * `و` + a relational adjective joined to the adjective just before it, inside a name: `العربية
 * [والإسلامية]`, `التقني [والمهني]`, `الإغاثية [والإنسانية]` (read on unlabelled news, session 13,
 * more/2015-07-22, 07-27, 08-06); not a noun with its own adjective after it, which opens another
 * body (`صندوق النقد الدولي [والمفوضية الأوروبية]`).
 */
function coordinatedNisba(words: readonly WordTok[], tags: readonly string[], b: number, c: Conventions): boolean {
  const prev = words[b - 1];
  const w = words[b];
  const next = words[b + 1];
  if (!prev || !w || tags[b] !== 'O' || prev.kind !== 'word' || !endsWithNisba(prev.fold)) return false;
  if (!coordinatedAdjective(w, c)) return false;
  return !(next && next.kind === 'word' && next.moff === 0 && definite(next.fold) && endsWithNisba(next.fold));
}

/**
 * A noun in construct state (no article, no clitic) that can stand inside an institution's
 * name before its definite complement: `إيداع` in `مركز إيداع الأوراق المالية`. Relational
 * adjectives (`صحي`), verbs, given names, currencies and time words are not.
 */
function indefiniteNoun(
  words: readonly WordTok[],
  k: number,
  c: Conventions,
  w: WordTok = words[k]!,
  coordinated = false,
): boolean {
  if (w.kind !== 'word' || w.moff > 0 || w.fold.length < 3 || definite(w.fold)) return false;
  const f = w.fold;
  // a role (`مدير`) opens a person's title, a body (`مكتب`) another body: `هيئة الاتصالات ومكتب العمل`
  if (c.bodies.has(f) || titleAt(words, k, k + 1)) return false;
  // a word of the sentence (`خلال`, `هذه`, `بعض`) or a noun made definite by its pronoun (`تداولاتها`)
  if (c.notInConstruct.has(f) || endsWithAttachedPronoun(f)) return false;
  // (after و, a word in ية is a noun: `وتقنية المعلومات`; an adjective would not come before a definite noun;
  // nor is a verbal noun in تفعلة one right after a body's head: `صندوق [تنمية] الموارد البشرية`)
  const verbalNoun = hasTafilaShape(f) && k > 0 && headOf(words[k - 1]!)?.type === 'ORG';
  if ((!coordinated && endsWithNisba(f) && !verbalNoun) || !isBareArabicWord(f)) return false;
  return (
    !isKnownVerb(f) &&
    !givenNames().has(f) &&
    !isCurrency(f) &&
    !c.notComplements.has(f) &&
    !c.heads.has(f) &&
    !c.nameLinks.has(f) &&
    nationality(f) === undefined
  );
}

/** A title with a person after it (`اللواء [سالم …]`): the start of a person in apposition. */
function titleBeforePerson(words: readonly WordTok[], tags: readonly string[], k: number): boolean {
  const t = titleAt(words, k, k + 1);
  return !!t && (tags[k + t.len] === 'B-PERS' || personAfter(words, tags, k + t.len) > 0);
}

/** A place the lexicons know by a name that is also an everyday word (`عسير`): never matched alone. */
function commonPlace(w: WordTok): boolean {
  if (w.kind !== 'word' || w.moff > 0) return false;
  const k = lookupName(w.fold);
  return !!k && k.type === 'LOC' && !!k.linkOnly;
}

/**
 * An indefinite word no list knows as a name, then a definite noun (not an adjective in ي/ية): a
 * place named in construct (`وادي الدواسر`، `عين الدفلى`، `حفر الباطن`).
 */
function constructPlace(words: readonly WordTok[], tags: readonly string[], j: number, c: Conventions): boolean {
  const w = words[j]!;
  const x = words[j + 1];
  if (!x || tags[j + 1] !== 'O' || w.kind !== 'word' || definite(base(w))) return false;
  // a place known by that one word (`جدة`) is complete; one only linked to a longer name (`عين`) is not
  const known = lookupName(base(w));
  if (known && !known.linkOnly) return false;
  return complementWord(x, c) && x.moff === 0 && !endsWithNisba(x.fold) && !titleAt(words, j + 1, j + 2);
}

/** A word that can be a place's name after a head that always takes one (`أملج`، `الدرب`). */
function placeName(w: WordTok, c: Conventions): boolean {
  if (w.kind !== 'word' || w.moff > 0 || w.fold.length < 3 || !isBareArabicWord(w.fold)) return false;
  const f = w.fold;
  return (
    !c.nameAfterNot.has(f) &&
    !c.notComplements.has(f) &&
    !isKnownVerb(f) &&
    nationality(f) === undefined &&
    !isCurrency(f) &&
    !c.heads.has(f)
  );
}

/**
 * After a company-like head (name-heads.json `lamAfter.indefinite`: شركة، بنك، مؤسسة …), one word no
 * list knows is the body's own name when a ل phrase of its field follows it (`شركة الزامل للاستثمار`،
 * `بنك الواحة للتنمية`): an everyday company is not named by its field after one word. Not an
 * adjective agreeing with the head (`شركة عالمية …`, a word in ة or ية), a verb, a nationality, a
 * currency or another head.
 */
function ownNameBeforeField(words: readonly WordTok[], tags: readonly string[], i: number, c: Conventions): boolean {
  const hf = base(words[i]!);
  const w = words[i + 1];
  if (!c.lamIndefinite.has(hf) || !w || tags[i + 1] !== 'O' || !placeName(w, c)) return false;
  if (!definite(w.fold) && (endsWithHaOrTaMarbuta(w.fold) || givenNames().has(w.fold))) return false;
  // only `لل` + a field (`للملاحة`, `للخدمات`): ل + an indefinite noun is as often a purpose
  // (`لإنجاز المشروع`), and a plural in ين the people served (`للمشتركين`)
  const f = words[i + 2];
  if (!f || f.kind !== 'word' || !opensWithLil(f.fold)) return false;
  // (a field in ين is no plural of people: `للتأمين`, name-heads.json singularFields)
  if (endsWithYaNun(f.fold) && !c.singularFields.has(dropGluedLam(f.fold))) return false;
  return fieldPhrase(words, tags, i + 2, c, false, i > 0 && !!titleAt(words, i - 1, i)) > 0;
}

/**
 * After a head that takes no plain complement (`شركة`، `مركز`), a definite noun no one marked is
 * the body's field when an adjective of the name follows it (name-heads.json `definite.adjectives`,
 * not a nationality): `شركة المياه الوطنية`، `مركز الملك عبدالله المالي` stays the tagger's.
 */
function fieldAndAdjective(words: readonly WordTok[], tags: readonly string[], i: number, c: Conventions): boolean {
  const x = words[i + 1];
  const y = words[i + 2];
  if (!x || !y || tags[i + 1] !== 'O' || tags[i + 2] !== 'O' || x.moff > 0 || !complementWord(x, c)) return false;
  return y.kind === 'word' && y.moff === 0 && c.definiteAdjectives.has(y.fold) && nationality(y.fold) === undefined;
}

/**
 * A head, one or two nouns in construct, then what they are in construct with: definite
 * complements (`مركز تطوير القدرات النسائية`) or a place or organisation the tagger found
 * (`شركة أسمنت [نجران]`). Returns the end of the name, or `i + 1` for none.
 */
function constructChain(
  words: readonly WordTok[],
  tags: readonly string[],
  i: number,
  c: Conventions,
): number {
  let b = i + 1;
  while (b < words.length && b - i <= 2 && tags[b] === 'O' && indefiniteNoun(words, b, c)) b++;
  if (b === i + 1 || b >= words.length) return i + 1;
  // (an organisation there is another body: `مجلس إدارة [شركة …]`)
  if (tags[b] === 'B-LOC') return chunkEnd(tags as string[], b);
  const k = b;
  while (
    b < words.length &&
    b - i <= 5 &&
    tags[b] === 'O' &&
    complementWord(words[b]!, c) &&
    (b === k || laterComplement(words[b]!, c)) &&
    !titleEndsName(words, b, b === k, c)
  )
    b++;
  return b === k ? i + 1 : b;
}

/** `و` + a noun in construct + a definite complement, inside an institution's name. */
function coordinatedConstruct(
  words: readonly WordTok[],
  tags: readonly string[],
  k: number,
  c: Conventions,
): boolean {
  const w = words[k];
  const x = words[k + 1];
  if (!w || !x || tags[k] !== 'O' || tags[k + 1] !== 'O' || w.kind !== 'word') return false;
  if (w.fold[0] !== 'و' || w.moff !== 1 || definite(w.mfold) || c.otherBodies.has(w.mfold)) return false;
  const bare = { ...w, fold: w.mfold, moff: 0 };
  return (
    indefiniteNoun(words, k, c, bare, true) && complementWord(x, c) && !titleBeforePerson(words, tags, k + 1)
  );
}

const UNIT = { type: 'ORG', complement: true } as const;

/**
 * A head that names a unit only after a role that runs it (name-heads.json `afterRole`): `مدير
 * [إدارة العلاقات العامة]`, `ومدير عام [إدارة سجون …]`; elsewhere `إدارة` is as often 'the
 * management of' (`إدارة الأعمال`). The head written with no clitic, the role just before it.
 */
function roleHead(words: readonly WordTok[], i: number, c: Conventions): typeof UNIT | undefined {
  const w = words[i]!;
  if (w.kind !== 'word' || w.moff > 0 || !c.roleHeads.has(w.fold) || i === 0) return undefined;
  const bare = (x: WordTok | undefined) =>
    x && x.kind === 'word' ? (x.moff === 1 && x.fold[0] === 'و' ? x.fold.slice(1) : x.moff === 0 ? x.fold : '') : '';
  const one = bare(words[i - 1]);
  if (c.roles.has(one)) return UNIT;
  const two = i >= 2 && words[i - 1]!.moff === 0 ? `${bare(words[i - 2])} ${words[i - 1]!.fold}` : '';
  return two && c.roles.has(two) ? UNIT : undefined;
}

/**
 * Institutions and places named by a head noun: the head plus the name the tagger found after it
 * (`جامعة [الملك خالد]`, `منطقة [الجوف]`), or, for heads that take one, plus up to four definite
 * nouns the tagger left out (`وزارة الشؤون البلدية والقروية`), then one trailing adjective of the
 * name (`العام`, `الجوية`). A person found after the head becomes part of the institution.
 */
/**
 * A noun that heads a name only when a title and the person it names follow, found by the tagger
 * or the lists (`مدينة الملك [عبدالعزيز]`, `حديقة [الملك فهد]`): the person is inside the name.
 */
function titledHead(
  words: readonly WordTok[],
  tags: readonly string[],
  i: number,
  c: Conventions,
): { type: 'ORG' | 'LOC'; complement: boolean } | undefined {
  const type = words[i]!.kind === 'word' ? c.titledHeads.get(base(words[i]!)) : undefined;
  if (!type || tags[i] !== 'O') return undefined;
  const t = nameTitleAt(words, i + 1, c);
  if (!t) return undefined;
  // the lists may have marked the person with the title (`[الملك فهد]`), the tagger without it
  const person = tags[i + 1] === 'B-PERS' || (tags[i + 1] === 'O' && tags[i + 1 + t.len] === 'B-PERS');
  return person || titledPersonEnd(words, tags, i + 1) > 0 ? { type, complement: false } : undefined;
}

const HEAD_TITLE = { entry: -1, kind: 'title' };

/**
 * A title at `k` (roles.ts), or one that titles a person only inside the name of what a personal
 * head names (name-heads.json `personHeads.titles`: `مسجد الإمام [الصادق]`).
 */
function nameTitleAt(words: readonly WordTok[], k: number, c: Conventions, end = words.length): ReturnType<typeof titleAt> {
  const t = titleAt(words, k, end);
  if (t || k >= end) return t;
  const w = words[k];
  return w && w.kind === 'word' && w.moff === 0 && c.headTitles.has(w.fold) ? { len: 1, info: HEAD_TITLE } : null;
}

/** A definite relational adjective that names no country: `العالمي`, `الثقافي`, `الإسلامية`. */
function relationalAdjective(w: WordTok | undefined, tag: string | undefined): boolean {
  if (!w || w.kind !== 'word' || w.moff !== 0 || tag !== 'O') return false;
  return definite(w.fold) && endsWithNisba(w.fold) && nationality(w.fold) === undefined;
}

/** The kingdom's adjective at `k`, unmarked or read alone as the country: `[السعودية]`. */
function countryOfName(words: readonly WordTok[], tags: readonly string[], k: number, c: Conventions): boolean {
  const w = words[k];
  if (!w || w.kind !== 'word' || w.moff !== 0 || !c.countryNameAdjectives.has(w.fold)) return false;
  // (a second nationality after it names the sides of a bilateral body: `مجلس الأعمال السعودي المصري`)
  const next = words[k + 1];
  if (next?.kind === 'word' && next.moff === 0 && nationality(next.fold) !== undefined) return false;
  return tags[k] === 'O' || (tags[k] === 'B-LOC' && tags[k + 1] !== 'I-LOC');
}

/** Where a title at `k` and the given names after it that the tagger left unmarked end, or 0. */
function titledPersonEnd(words: readonly WordTok[], tags: readonly string[], k: number): number {
  const t = tags[k] === 'O' ? nameTitleAt(words, k, conventions()) : null;
  const n = t ? personAfter(words, tags, k + t.len) : 0;
  return n ? k + t!.len + n : 0;
}

function headNouns(
  words: readonly WordTok[],
  tags: string[],
  s: number,
  out: RuleSpan[],
  learned: LearnedPlace[] = [],
): void {
  const c = conventions();
  // right to left, so that a head takes a name another head made: `إمارة [منطقة عسير]`
  for (let i = words.length - 2; i >= 0; i--) {
    const h = headOf(words[i]!) ?? roleHead(words, i, c) ?? titledHead(words, tags, i, c);
    if (!h) continue;
    // the head must be outside any name, or open one (the tagger may have found `مجلس الشورى`)
    if (tags[i] !== 'O' && !tags[i]!.startsWith('B-')) continue;
    const hf = base(words[i]!);
    const titled = c.titledHeads.has(hf);
    const next = words[i + 1]!;
    const prev = words[i - 1];
    // an everyday phrase (`هيئة التدريس`) or an idiom (`عن طريق`): no name, and none the tagger began there
    const phrase = next.kind === 'word' && next.moff === 0 && c.commonPhrases.has(`${hf} ${next.fold}`);
    const idiom = words[i]!.moff === 0 && !!prev && prev.kind === 'word' && !!c.notAfter.get(hf)?.has(prev.fold);
    if (phrase || idiom) {
      if (tags[i]!.startsWith('B-')) {
        const e = chunkEnd(tags, i);
        if (phrase) tags.fill('O', i, e);
        else {
          tags[i] = 'O';
          if (e > i + 1) tags[i + 1] = `B-${tags[i + 1]!.slice(2)}`;
        }
      }
      continue;
    }
    const personal = c.personHeads.has(hf) || titled;
    // a head that is also a verb, before a title or a person, is the verb: `رأس الأمير …` ('the prince chaired')
    if (c.verbHeads.has(hf) && tags[i] === 'O' && (titleAt(words, i + 1) || tags[i + 1] === 'B-PERS')) continue;
    // a title between the head and the name the tagger found: `مستشفى الملك [فهد]`
    let j = i + 1;
    const t = personal && tags[j] === 'O' ? nameTitleAt(words, j, c) : null;
    if (t && tags[j + t.len]?.startsWith('B-')) j += t.len;
    let b: number;
    let cup: ReturnType<typeof titleAt> = null;
    // (a head the tagger marked alone is read as if unmarked: `[جامعة] الملك [عبدالعزيز]`)
    if (tags[i]!.startsWith('B-') && chunkEnd(tags, i) > i + 1) {
      b = chunkEnd(tags, i);
    } else if (tags[j]!.startsWith('B-')) {
      // a body of another body is two names: `مجلس [لجنة التنمية]`
      if (c.bodies.has(base(words[i]!)) && tags[j] === 'B-ORG' && headOf(words[j]!)?.type === 'ORG') continue;
      b = chunkEnd(tags, j);
      // a place the lexicon knows, run on into a person by the tagger: `منطقة [عسير سليمان …]`
      if (tags[j] === 'B-PERS' && b - j > 1 && lookupName(base(words[j]!))?.type === 'LOC') {
        tags[j + 1] = 'B-PERS';
        b = j + 1;
      }
      // a place named in construct that the tagger cut after its first word: `محافظة [وادي] الدواسر`
      if (h.type === 'LOC' && b === j + 1 && constructPlace(words, tags, j, c)) b++;
    } else if (j === i + 1 && tags[j] === 'O' && commonPlace(words[j]!)) {
      // a place whose name is also an everyday word, which the head makes a name: `إمارة عسير`
      b = j + 1;
    } else if (h.type === 'MISC' && (b = seasonFestivalEnd(words, tags, i, hf, (w) => placeName(w, c) && !c.notInConstruct.has(w.fold))) > 0) {
      // a season's festival of a place the tagger left unmarked: `مهرجان صيف ينبع`
    } else if (
      h.type === 'MISC' &&
      (cup = titleAt(words, i + 1)) &&
      (cup.len > 1 || tags[i + 2] === 'B-PERS' || personAfter(words, tags, i + 2) > 0)
    ) {
      // a cup or an award named by a title, with the person it names if any: `كأس ولي العهد`,
      // `كأس الأمير [سالم]` (the tagger may have read `العهد` as the Lebanese club)
      b = i + 1 + cup.len;
      if (tags[b] === 'B-PERS') b = chunkEnd(tags, b);
      else b += personAfter(words, tags, b);
    } else if (c.nameAfterHeads.has(hf) && tags[i + 1] === 'O' && placeName(words[i + 1]!, c)) {
      // a head always followed by a name, where no one knew the name: `محافظة أملج`
      b = i + 2;
    } else if (
      c.nameAfterLandforms.has(hf) &&
      tags[i + 1] === 'O' &&
      placeName(words[i + 1]!, c) &&
      !definite(words[i + 1]!.fold) &&
      // (a present verb the verb list lacks: `وادي يمتد …`)
      !opensWithImperfectYa(words[i + 1]!.fold)
    ) {
      // a mountain's or a valley's name no one knew, without the article: `جبل طويق`, `وادي حنيفة`,
      // over a link of a name to the word after it: `وادي بن هشبل`
      b = i + 2;
      const next = words[i + 2];
      if (isNameLink(words[i + 1]!.fold) && next && tags[i + 2] === 'O' && placeName(next, c)) b = i + 3;
    } else if (
      c.nameAfterIndefinite.has(hf) &&
      tags[i + 1] === 'O' &&
      placeName(words[i + 1]!, c) &&
      !definite(words[i + 1]!.fold) &&
      !endsWithHaOrTaMarbuta(words[i + 1]!.fold) &&
      !givenNames().has(words[i + 1]!.fold)
    ) {
      // a region's name no one knew, without the article: `منطقة دمر` (not `منطقة عازلة`)
      b = i + 2;
    } else if (
      c.nameAfterDefinite.has(hf) &&
      tags[i + 1] === 'O' &&
      placeName(words[i + 1]!, c) &&
      definite(words[i + 1]!.fold) &&
      !endsWithHaOrTaMarbuta(words[i + 1]!.fold)
    ) {
      // a club's name no one knew, with the article: `نادي الترجي` (not `نادي القراءة`, `نادي جديد`)
      b = i + 2;
    } else if (
      c.adjectiveHeads.has(hf) &&
      tags[i + 1] === 'O' &&
      tags[i + 2] === 'O' &&
      definite(words[i + 1]!.fold) &&
      placeName(words[i + 1]!, c) &&
      !!words[i + 2] &&
      words[i + 2]!.kind === 'word' &&
      words[i + 2]!.moff === 0 &&
      c.trailing.has(words[i + 2]!.fold)
    ) {
      // a place head, a definite word no one knew, then an adjective of the name: `قاعدة العند
      // العسكرية`, `ميناء الحديدة البحري`; the article's other mentions follow (learnedPlaces)
      b = i + 2;
      learned.push({ s, a: i, head: hf, name: words[i + 1]!.fold });
    } else if (personal && !h.complement && (b = titledPersonEnd(words, tags, i + 1)) > 0) {
      // a title and the person it names, which the tagger missed, after a head that takes no plain
      // complement: `مركز الأمير سلطان …`, `مدينة الملك عبدالله …`
    } else if (h.complement && !indefiniteNoun(words, i + 1, c)) {
      b = i + 1;
      while (b < words.length && b - i <= 4 && tags[b] === 'O') {
        // a title and the person it names, which the tagger missed: `مستشفى الأمير سلمان`
        const t2 = personal && b === i + 1 ? nameTitleAt(words, b, c) : null;
        const n = t2 ? personAfter(words, tags, b + t2.len) : 0;
        if (n) b += t2!.len + n;
        // a title opens the person in apposition (`وزارة الداخلية [اللواء] …`), and one after و
        // a role of its own (`وزارة المالية [والرئيس التنفيذي]`): neither continues the name of a
        // body; a cup is named by a title alone (`كأس الملك`)
        else if (
          complementWord(words[b]!, c) &&
          (b === i + 1 || h.type === 'MISC' || laterComplement(words[b]!, c)) &&
          // (a place's name does not go on over و: `وادي الدواسر والسليل` lists two places)
          !(h.type === 'LOC' && b > i + 1 && words[b]!.moff > 0) &&
          (h.type === 'MISC' ? !titleBeforePerson(words, tags, b) : !titleEndsName(words, b, b === i + 1, c))
        )
          b++;
        else break;
      }
      while (b < words.length && b - i <= 5 && tags[b] === 'O' && coordinatedAdjective(words[b]!, c)) b++;
      if (b === i + 1) continue;
    } else {
      b = c.noChain.has(hf) ? i + 1 : constructChain(words, tags, i, c);
      // a company's own name no one knew, told by the field after it: `شركة الراجحي للتقسيط`
      if (b === i + 1 && ownNameBeforeField(words, tags, i, c)) b = i + 2;
      // …or by its field and an adjective of the name: `شركة المياه الوطنية`
      if (b === i + 1 && h.type === 'ORG' && !c.noChain.has(hf) && fieldAndAdjective(words, tags, i, c)) b = i + 3;
      if (b === i + 1) continue;
    }
    // the tagger may have closed the name on a title: `[مستشفى الأمير] [سلمان]`
    if (personal && b < words.length && tags[b]!.startsWith('B-') && nameTitleAt(words, b - 1, c, b))
      b = chunkEnd(tags, b);
    // a nationality after a complete name stays outside it (guide rule 4): `[شرطة مقاطعة لويس] الأمريكية`,
    // unless the lists know the whole name with it (`هيئة الهلال الأحمر السعودي`)
    const knownWhole = lookupName(words.slice(i, b).map((w) => w.mfold).join(' '))?.type === 'ORG';
    // …not after a competition named by a common word, where it tells one cup from another: `كأس
    // السوبر [الإسباني]` (name-heads.json nationalCompetitions); after a proper name it only
    // describes (`بطولة ويمبلدون الإنجليزية`)
    // (nor a cup named inside a championship, which keeps its own span: `بطولة [الدوري السعودي]`)
    const inner = base(words[i + 1]!);
    const competition =
      h.type === 'MISC' &&
      c.nationalCompetitions.has(hf) &&
      b - i >= 2 &&
      definite(words[b - 1]!.fold) &&
      !c.nationalCompetitions.has(inner) &&
      !(definite(inner) && c.competitionHeads.has(inner.slice(2)));
    const adj = words[b];
    if (competition && tags[b] === 'O' && adj?.kind === 'word' && adj.moff === 0 && (nationality(adj.fold) !== undefined || c.competitionAdjectives.has(adj.fold))) b++;
    while (
      !knownWhole &&
      !competition &&
      b - i > 2 &&
      words[b - 1]!.kind === 'word' &&
      words[b - 1]!.moff === 0 &&
      nationality(words[b - 1]!.fold) !== undefined &&
      !c.definiteAdjectives.has(words[b - 1]!.fold)
    )
      b--;
    // …but a Saudi body's own name that ends in the kingdom's adjective keeps it (guide rule 4,
    // name-heads.json `countryInName`): `هيئة المساحة الجيولوجية السعودية`, `مجلس الغرف السعودية`
    if (c.countryNameHeads.has(hf) && b - i >= 2 && countryOfName(words, tags, b, c)) b++;
    // a relational adjective after the person a name is named after is the name's own, as no
    // person takes one: `مركز الملك عبدالله [العالمي]`, `جامعة الإمام محمد بن سعود [الإسلامية]`
    // (one that tells what a titled name names is read below: `مدينة الملك عبدالله [الرياضية]`)
    if (personal && b - i >= 3 && nameTitleAt(words, i + 1, c) && relationalAdjective(words[b], tags[b]) && !c.titledAdjectives.has(words[b]!.fold))
      b++;
    // …but a pair of them names the two sides of a bilateral body: `مجلس الأعمال السعودي الأمريكي`
    const sides = (k: number) =>
      tags[k] === 'O' && words[k]?.kind === 'word' && words[k]!.moff === 0 && nationality(words[k]!.fold) !== undefined;
    if (h.type === 'ORG' && b - i >= 2 && sides(b) && sides(b + 1)) b += 2;
    // `و` + a noun in construct with a definite one: `هيئة الاتصالات وتقنية المعلومات`
    if (h.type === 'ORG' && b - i >= 2 && b - i <= 4 && coordinatedConstruct(words, tags, b, c)) b += 2;
    // (an adjective has no clitic: `[هيئة …] للعام المالي` is a time)
    if (b < words.length && tags[b] === 'O' && words[b]!.kind === 'word' && words[b]!.moff === 0 && c.trailing.has(base(words[b]!)))
      b++;
    // an event's edition, before its field or after it: `مهرجان البيرة الرابع للفلكلور`, `… للتسوق الـ17`
    const edition = h.type === 'MISC' ? editionAt(words, tags, hf, b) : 0;
    b += edition;
    // و + an adjective joined to the name's last one, where the tagger or the complement rule
    // closed the name before it: `مركز الدراسات العربية [والإسلامية]`
    while (h.type === 'ORG' && b - i >= 2 && b - i <= 6 && coordinatedNisba(words, tags, b, c)) b++;
    // the field of an institution after ل: `شركة سامسونج [للإلكترونيات]`, `منظمة الدول المصدرة [للبترول]`
    // (a name the lists know whole with its nationality is complete: `هيئة الهلال الأحمر السعودي
    // [للتسجيل]` is a purpose; `شركة سامسونج للإلكترونيات` still takes its field)
    const national = words[b - 1]!.kind === 'word' && nationality(words[b - 1]!.fold) !== undefined;
    if (c.lamHeads.has(hf) && !(knownWhole && national)) {
      const lam = fieldPhrase(words, tags, b, c, c.lamIndefinite.has(hf), i > 0 && !!titleAt(words, i - 1, i));
      if (lam) {
        b += lam;
        if (b < words.length && tags[b] === 'O' && words[b]!.kind === 'word' && c.trailing.has(base(words[b]!)))
          b++;
        if (!edition && h.type === 'MISC') b += editionAt(words, tags, hf, b);
      }
    }
    let type = h.type;
    // an adjective that tells what a titled name names: `مدينة الملك عبدالله [الرياضية]` is a stadium
    const told = titled && tags[b] === 'O' && words[b]?.kind === 'word' && words[b]!.moff === 0 ? c.titledAdjectives.get(words[b]!.fold) : undefined;
    if (told) {
      type = told;
      b++;
    }
    const same = tags[i] === `B-${type}` && chunkEnd(tags, i) === b;
    if (!same) {
      setSpan(tags, i, b, type);
      out.push({ s, a: i, b, rule: HEAD_NOUN_RULE });
    }
  }
  // a definite place head before a one-word place adjective: `المنطقة [الشرقية]`, also where the
  // tagger found nothing and the adjective is one of the regions' (`المنطقة الشرقية`)
  for (let i = 0; i + 1 < words.length; i++) {
    // cheap tests first: this looks at every word
    if (tags[i] !== 'O' || tags[i + 2] === 'I-LOC') continue;
    const next = words[i + 1]!;
    const region =
      tags[i + 1] === 'O' && next.kind === 'word' && next.moff === 0 && c.placeAdjectives.has(next.fold);
    if (tags[i + 1] !== 'B-LOC' && !region) continue;
    const f = base(words[i]!);
    if (!definite(f) || c.heads.get(f.slice(2))?.type !== 'LOC' || !endsWithNisba(next.fold)) continue;
    setSpan(tags, i, i + 2, 'LOC');
    out.push({ s, a: i, b: i + 2, rule: HEAD_NOUN_RULE });
  }
}

/**
 * How many words from `k` make a ل phrase that completes an institution's name: `للانتخابات`,
 * `لحقوق الإنسان`, `لأمانة العاصمة المقدسة` (a ل word, then up to three definite complements).
 */
function lamPhrase(
  words: readonly WordTok[],
  tags: readonly string[],
  k: number,
  c: Conventions,
  afterRole = false,
): number {
  const w = words[k];
  if (!w || w.kind !== 'word' || w.fold[0] !== 'ل' || w.fold.length < 4) return 0;
  // a role's portfolio: `مساعد مدير الأمن العام [للشؤون الأمنية]`
  if (afterRole && c.portfolios.has(opensWithLil(w.fold) ? 'ا' + w.fold.slice(1) : w.fold.slice(1))) return 0;
  // an institution a head made already: `المجلس البلدي [لأمانة المدينة المنورة]`
  if (tags[k] === 'B-ORG' || tags[k] === 'B-LOC') return chunkEnd(tags as string[], k) - k;
  if (tags[k] !== 'O') return 0;
  const rest = w.fold.slice(1);
  let n = 1;
  // `لل` + noun is the article after ل; `ل` + an indefinite noun needs a definite complement
  const needs = !opensWithLil(w.fold) && !opensWithArticle(rest);
  while (k + n < words.length && n <= 3 && (tags[k + n] === 'O' || tags[k + n]!.startsWith('B-'))) {
    const x = words[k + n]!;
    if (tags[k + n] !== 'O') {
      // a place or an organisation the tagger found is the complement's end: `لأمانة [جدة]`; after
      // و it is the next item of a list (`للسياحة والآثار [ومحافظة الطائف]`), after ب where the body
      // is (`للثقافة والفنون [بأبها]`: a branch by its region is branches')
      if (tags[k + n] === 'B-PERS' || x.moff > 0) break;
      n = chunkEnd(tags as string[], k + n) - k;
      break;
    }
    // و + a noun in construct with a definite one ends the field: `للأرصاد [وحماية البيئة]`; not
    // after an adjective, where it opens another phrase (`للدراسات الإسلامية [وأصحاب السمو]`)
    const afterAdjective = n > 1 && endsWithNisba(words[k + n - 1]!.fold);
    if (!afterAdjective && coordinatedConstruct(words, tags, k + n, c) && !(needs && n === 1)) {
      n += 2;
      break;
    }
    if (!complementWord(x, c) && !coordinatedAdjective(x, c)) break;
    // after an adjective of the name, و opens another phrase: `لأمانة العاصمة المقدسة [والمجالس البلدية]`
    // (one joined to that adjective goes on: `للتدريب التقني [والمهني]`)
    if (x.fold[0] === 'و' && n > 1 && endsWithNisba(words[k + n - 1]!.fold) && !coordinatedNisba(words, tags, k + n, c)) break;
    // after `لل` + noun only a relational adjective (`للحياة الفطرية`) or a noun joined by و
    // (`للثقافة والفنون`) goes on; a plain noun is the sentence's (`اللجنة العامة للانتخابات النتائج`)
    if (!needs && !endsWithNisba(x.fold) && !x.fold.startsWith('وال')) break;
    n++;
  }
  return needs && n === 1 ? 0 : n;
}

/**
 * The ل phrase of an institution's field after its name (name-heads.json `lamAfter`): a ل phrase
 * that does not open with a word of the sentence's (`للعام`, `للموظفين`) or a body named before
 * (`للصندوق`), ل + a noun in construct only after heads that take one (`indefinite`), and a place or
 * body after ل only where it has a head of its own (`لأمانة جدة`, not `لرويترز`). Returns its
 * length, or 0.
 */
function fieldPhrase(
  words: readonly WordTok[],
  tags: readonly string[],
  k: number,
  c: Conventions,
  indefinite: boolean,
  afterRole: boolean,
): number {
  const w = words[k];
  if (!w || w.kind !== 'word' || w.fold[0] !== 'ل') return 0;
  if (tags[k] !== 'O' && !headOf(w)) return 0;
  const withArticle = opensWithLil(w.fold);
  if (!withArticle && !indefinite && tags[k] === 'O') return 0;
  const first = withArticle ? 'ا' + w.fold.slice(1) : w.fold.slice(1);
  if (c.lamNotFirst.has(first) || c.notComplements.has(first) || (withArticle && c.heads.has(first.slice(2)))) return 0;
  return lamPhrase(words, tags, k, c, afterRole);
}

/**
 * Institutions named by a definite head and an adjective of the name: `المحكمة العليا`,
 * `الأمن العام`, `الجمارك السعودية`, `اللجنة العامة للانتخابات`. The tagger (ANERcorp) marks
 * few of them; the news guide wants them whole.
 */
function definiteHeads(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  const c = conventions();
  for (let i = 0; i + 1 < words.length; i++) {
    // (the tagger may have marked the head alone: `[البنك] السعودي للتسليف`)
    const alone = tags[i] === 'B-ORG' && tags[i + 1] !== 'I-ORG';
    if (tags[i] !== 'O' && !alone) continue;
    // a country's name that is also the adjective may come tagged as a place: `الجمارك [السعودية]`
    const placeAdj = tags[i + 1] === 'B-LOC' && tags[i + 2] !== 'I-LOC';
    if (tags[i + 1] !== 'O' && !placeAdj) continue;
    const h = base(words[i]!);
    if (!definite(h)) continue;
    const adj = words[i + 1]!;
    if (adj.kind !== 'word' || adj.moff > 0) continue;
    if (placeAdj && nationality(adj.fold) === undefined) continue;
    // a league by its country: `الدوري الإسباني` (MISC, like any named competition)
    if (c.competitionHeads.has(h.slice(2)) && nationality(adj.fold) !== undefined) {
      setSpan(tags, i, i + 2, 'MISC');
      out.push({ s, a: i, b: i + 2, rule: HEAD_NOUN_RULE });
      i++;
      continue;
    }
    if (!c.definiteHeads.has(h.slice(2))) continue;
    const national = nationality(adj.fold) !== undefined && !c.definiteAdjectives.has(adj.fold);
    if (!national && !c.definiteAdjectives.has(adj.fold)) continue;
    // a second adjective of the name before its ل phrase: `الجمعية العربية السعودية للثقافة`
    let k = i + 2;
    const w2 = words[k];
    if (
      w2 &&
      w2.kind === 'word' &&
      w2.moff === 0 &&
      nationality(w2.fold) !== undefined &&
      (tags[k] === 'O' || (tags[k] === 'B-LOC' && tags[k + 1] !== 'I-LOC')) &&
      lamPhrase(words, tags, k + 1, c)
    )
      k++;
    // (a team takes no ل phrase here: its age group and sport are team-fields.ts's, and any other
    // is the sentence's, `المنتخب السعودي [للفوز]`, `[لتحقيق] اللقب`)
    const lam = c.teamHeads.has(h.slice(2)) ? 0 : lamPhrase(words, tags, k, c, i > 0 && !!titleAt(words, i - 1, i));
    if (national && !lam && !c.nationalHeads.has(h.slice(2))) continue;
    const b = k + lam;
    setSpan(tags, i, b, 'ORG');
    out.push({ s, a: i, b, rule: HEAD_NOUN_RULE });
    i = b - 1;
  }
}

export const PRODUCT_MODEL_RULE = 'rule:misc/product-model';

/**
 * Where a product line's mention ends with its model designation (name-heads.json
 * `productModels`, guide rule 13): `آيفون [6 بلس]`, `جالكسي [أس 6 إيدج]`, `ويندوز [10]`. Up to
 * four tokens: a number of one or two digits, a short Latin token (`S6`, `Pro`) or a model word
 * (`نوت`, `بلس`). Returns `b` for none.
 */
export function modelEnd(words: readonly WordTok[], b: number, id: string): number {
  const c = conventions();
  if (!c.products.has(id)) return b;
  let end = b;
  for (let k = b; k < words.length && k - b < 4; k++) {
    const w = words[k]!;
    const code = (w.kind === 'number' && /^\d{1,2}$/.test(w.text)) || (w.kind === 'latin' && w.text.length <= 4);
    if (code) end = k + 1;
    else if (!(w.kind === 'word' && w.moff === 0 && c.modelWords.has(w.fold))) break;
    else end = k + 1;
  }
  return end;
}

export const CLUB_RULE = 'rule:org/club-in-sport';

/** An article about sport: one with enough different sport words (name-heads.json `sport`). */
export function isSportArticle(words: readonly (readonly WordTok[])[]): boolean {
  const c = conventions();
  // asked by three rules of the same article: read its words once (per sentence list and lists)
  const known = sportArticles.get(words);
  if (known && known.of === c) return known.sport;
  const seen = new Set<string>();
  for (const ws of words)
    for (const w of ws) if (w.kind === 'word' && c.sportWords.has(base(w))) seen.add(base(w));
  const sport = seen.size >= c.sportMin;
  sportArticles.set(words, { of: c, sport });
  return sport;
}
const sportArticles = new WeakMap<readonly (readonly WordTok[])[], { of: object; sport: boolean }>();

/**
 * A club's everyday name (`الأهلي`, `للهلال`) the tagger left out, in an article about sport:
 * an article with enough different sport words (name-heads.json `sport`).
 */
function clubsInSport(words: readonly (readonly WordTok[])[], tags: string[][], out: RuleSpan[]): void {
  const c = conventions();
  if (!isSportArticle(words)) return;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    ws.forEach((w, k) => {
      if (t[k] !== 'O' || w.kind !== 'word' || !c.clubWords.has(base(w))) return;
      // an age group or a class of players, not the club: `درجة الشباب`, `لرعاية الشباب`, and
      // `للشباب` after a definite word (`المنتخب الوطني للشباب`; `انضم حديثًا للشباب` is the club)
      const prev = ws[k - 1];
      const afterDefinite = !!prev && prev.kind === 'word' && definite(prev.fold);
      if ((afterDefinite && c.clubAgeWords.has(w.fold)) || (prev && prev.kind === 'word' && (c.clubNotAfter.has(prev.fold) || c.clubNotAfter.has(prev.mfold)))) return;
      t[k] = 'B-ORG';
      out.push({ s, a: k, b: k + 1, rule: CLUB_RULE });
    });
  });
}

/** `المملكة` alone (not `المملكة المتحدة`, `المملكة العربية السعودية`) is a place. */
function kingdom(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  const c = conventions();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word' || base(w) !== c.kingdom) continue;
    const next = words[i + 1];
    if (next && next.kind === 'word' && definite(next.fold) && endsWithNisba(next.fold)) continue;
    if (tags[i] === 'B-LOC' && tags[i + 1] !== 'I-LOC') continue;
    if (tags[i] !== 'O' || (i + 1 < tags.length && tags[i + 1]!.startsWith('I-'))) continue;
    tags[i] = 'B-LOC';
    out.push({ s, a: i, b: i + 1, rule: KINGDOM_RULE });
  }
}

/** Whether a word ends a person's name: a verb in the future (`سيترأس`) that no name list knows. */
function futureVerb(w: WordTok): boolean {
  const f = w.fold;
  if (isKnownVerb(f)) return true;
  return f.length >= 5 && opensWithFutureImperfect(f) && !isNameWord(f) && !isNameWord(f.slice(1));
}

/** How many words from `k` make a person's name no one tagged: a given name, then name words. */
function personAfter(words: readonly WordTok[], tags: readonly string[], k: number): number {
  const w = words[k];
  if (!w || w.kind !== 'word' || tags[k] !== 'O' || !givenNames().has(base(w))) return 0;
  let n = 1;
  while (k + n < words.length && n < 4 && tags[k + n] === 'O') {
    const f = words[k + n]!.fold;
    if (isNameLink(f) || givenNames().has(f)) n++;
    else break;
  }
  return n;
}

/** A head noun with the article, standing for an institution named before: `المنظمة`, `الهيئة`. */
function genericHead(w: WordTok): boolean {
  const f = base(w);
  return definite(f) && conventions().heads.has(f.slice(2));
}

const foldedGivenNames = (): Set<string> => new Set(lexicons().givenNames.map(foldName));
function givenNames(): Set<string> {
  return entityResources().get(foldedGivenNames);
}

/**
 * `و` glued to a given name the lists know, where the whole word is no name: `وسالم` in
 * `أحمد وسالم` starts a second person (`وديع` is a name of its own).
 */
function conjoinedName(fold: string): boolean {
  if (fold[0] !== 'و' || fold.length < 4) return false;
  const given = givenNames();
  const rest = fold.slice(1);
  return (given.has(rest) || isNameWord(rest)) && !given.has(fold) && !isNameWord(fold);
}

/**
 * Whether a word can be a family name: one definite word written alone (no clitic), long enough,
 * that is no nationality, title, head noun, verb, word the guide never marks nor a place or body the
 * lists know. Shared by the name rules here and in family-names.ts.
 */
export function familyNameShape(w: WordTok): boolean {
  const f = w.fold;
  if (w.kind !== 'word' || w.moff !== 0 || !opensWithArticle(f) || f.length < 5) return false;
  return nameShapedWord(w);
}

/** A word's spelling → its folds and nameShapedWord's answer, for the running pipeline's lexicons. */
const newNameShapes = () => new Map<string, { fold: string; mfold: string; ok: boolean }>();
const NAME_SHAPES_MAX = 100_000;

/**
 * Whether a word written alone (no clitic) may be a name: no nationality, title, head noun, verb or
 * word the guide never marks, nor a place or body the lists know. The person rules ask it of most
 * words of every article (familyNameShape, bareNameWord in family-names.ts) and the answer depends
 * on the spelling alone, so it is kept per spelling: one lookup instead of seven.
 */
export function nameShapedWord(w: WordTok): boolean {
  const memo = w.kind === 'word' && w.moff === 0 ? entityResources().get(newNameShapes) : null;
  const hit = memo?.get(w.text);
  // (a caller may hand over a word with its folds changed: the answer kept is for the token's own)
  if (hit && hit.fold === w.fold && hit.mfold === w.mfold) return hit.ok;
  const f = w.fold;
  let ok: boolean;
  if (nationality(f) || titleAt([w], 0, 1) || headOf(w) || isKnownVerb(f) || isNotName(f)) ok = false;
  else {
    const known = lookupName(f);
    ok = !known || known.type === 'PER';
  }
  if (memo && !hit) {
    if (memo.size >= NAME_SHAPES_MAX) memo.clear();
    memo.set(w.text, { fold: w.fold, mfold: w.mfold, ok });
  }
  return ok;
}

/** A family name after a given name that is also a nationality: `تركي [اليوسف]`, not `تركي [الأحد]` nor `تركي [الجنسية]`. */
function familyNameWord(w: WordTok): boolean {
  return familyNameShape(w) && !conventions().nationalNotBefore.has(w.fold);
}

/** A given name that is also a nationality (`تركي`, `وتركي`: name-heads.json nationalGivenNames), before a word that may be a family name (not `الجنسية`). */
export function isNationalGivenName(w: WordTok, next: WordTok | undefined): boolean {
  const c = conventions();
  return w.kind === 'word' && c.nationalGivenNames.has(base(w)) && !!next && !c.nationalNotBefore.has(next.fold);
}

/** A word that links the parts of a name (`بن`, `آل`, `أبي`; name-heads.json nameLinks): the word after it is a name. */
export function isNameLink(fold: string): boolean {
  return conventions().nameLinks.has(fold);
}

/** A word that links a given name to a father's (`بن`, `بنت`, `ابن`; name-heads.json nameLinks.sonOf). */
export function isSonOfLink(fold: string): boolean {
  return conventions().sonOf.has(fold);
}

/** `و`/`ف` glued to a name particle: `وبن`, `فبنت`. */
export function conjoinedParticle(fold: string): boolean {
  return (fold[0] === 'و' || fold[0] === 'ف') && isNameLink(fold.slice(1));
}

/**
 * The person chunk that a known person's name `[a, b)` sits in, when the chunk only adds name
 * links around it: ancestors after `بن`/`آل` (`[سلمان بن عبدالعزيز] آل سعود`, the same person)
 * or a son before `بن` (`تركي بن محمد بن [فهد بن عبدالعزيز]`, another person). Null when the
 * chunk is the name itself or adds anything else.
 */
export function particleChain(
  words: readonly WordTok[],
  tags: readonly string[],
  a: number,
  b: number,
): { a: number; b: number } | null {
  if (!tags[a]?.endsWith('-PERS')) return null;
  let i = a;
  while (i > 0 && tags[i] === 'I-PERS') i--;
  let j = b;
  while (j < tags.length && tags[j] === 'I-PERS') j++;
  if (tags[i] !== 'B-PERS' || (i === a && j === b)) return null;
  for (let k = a; k < b; k++) if (k > a && tags[k] !== 'I-PERS') return null;
  if (i < a && !isNameLink(words[a - 1]!.fold)) return null;
  if (j > b && !isNameLink(words[b]!.fold)) return null;
  return { a: i, b: j };
}

/**
 * Fragments of persons: a chunk that runs over `و` + `بن` holds two names (`سالم الكعبي وبن
 * ناصر`): cut before it; a head noun or a title the chunk starts with is not part of the name
 * (`المنظمة هالة السويدي`); a verb it ends on neither (`سالم الكعبي سيترأس`). A person the
 * lexicon knows as a place is a place (`رأس الغدير` cannot be a person).
 */
function persons(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  const given = givenNames();
  for (let a = 0; a < words.length; a++) {
    // an organisation made of a generic definite head and a given name is a person after a head
    // noun used as an anaphor: `[المنظمة هالة السويدي]` → `المنظمة [هالة السويدي]`
    if (
      tags[a] === 'B-ORG' &&
      tags[a + 1] === 'I-ORG' &&
      genericHead(words[a]!) &&
      given.has(base(words[a + 1]!))
    ) {
      const b = chunkEnd(tags, a);
      tags[a] = 'O';
      setSpan(tags, a + 1, b, 'PERS');
      continue;
    }
    // `آل` before a one-word name the tagger gave another type (`آل [كركمان]`): a family name
    if (
      tags[a] === 'O' &&
      words[a]!.fold === 'ال' &&
      a + 1 < words.length &&
      (tags[a + 1] === 'B-LOC' || tags[a + 1] === 'B-ORG') &&
      chunkEnd(tags, a + 1) === a + 2 &&
      words[a + 1]!.moff === 0 &&
      !lookupName(words[a + 1]!.fold)
    ) {
      tags[a] = 'B-PERS';
      tags[a + 1] = 'I-PERS';
    }
    if (tags[a] !== 'B-PERS') continue;
    let b = chunkEnd(tags, a);
    // a name goes on over بن/آل/أبو + a word, and into a person chunk right after it
    // (`[صالح بن شعيل] [الأحمدي]`, `[سلمان بن عبدالعزيز] آل سعود`)
    for (;;) {
      if (
        b + 1 < words.length &&
        tags[b] === 'O' &&
        isNameLink(words[b]!.fold) &&
        words[b + 1]!.kind === 'word' &&
        tags[b + 1] === 'O'
      ) {
        tags[b] = 'I-PERS';
        tags[b + 1] = 'I-PERS';
        b += 2;
      } else if (
        isNameLink(words[b - 1]!.fold) &&
        b < words.length &&
        words[b]!.kind === 'word' &&
        tags[b] === 'O'
      ) {
        tags[b++] = 'I-PERS';
      } else if (
        // آل/بن before a person chunk: the chunk is the family name (`[حمد بن سالم] آل [مبارك]`)
        b + 1 < words.length &&
        tags[b] === 'O' &&
        isNameLink(words[b]!.fold) &&
        tags[b + 1] === 'B-PERS'
      ) {
        tags[b] = 'I-PERS';
        tags[b + 1] = 'I-PERS';
        b = chunkEnd(tags, a);
      } else if (
        b < words.length &&
        tags[b] === 'B-PERS' &&
        !conjoinedParticle(words[b]!.fold) &&
        words[b]!.fold[0] !== 'و'
      ) {
        tags[b] = 'I-PERS';
        b = chunkEnd(tags, a);
      } else if (
        // the family name after بن/آل the tagger took for a place or a body: `[جلوي بن محمد آل] [كركمان]`
        isNameLink(words[b - 1]!.fold) &&
        b < words.length &&
        tags[b]!.startsWith('B-') &&
        chunkEnd(tags, b) === b + 1 &&
        words[b]!.moff === 0
      ) {
        tags[b++] = 'I-PERS';
      } else break;
    }
    for (let k = a + 1; k < b; k++) {
      if (conjoinedParticle(words[k]!.fold) || conjoinedName(words[k]!.fold)) {
        tags[k] = 'B-PERS';
        b = k;
        break;
      }
    }
    // after بن/أبو the word is a name even where it spells a verb (`علي بن أبي طالب`)
    while (b - a > 1 && futureVerb(words[b - 1]!) && !isNameLink(words[b - 2]!.fold)) tags[--b] = 'O';
    while (b - a > 1) {
      // a nationality before the name (`القرغيزي سالم …`) or God's name (no name starts with it)
      // is not part of it either
      const f = base(words[a]!);
      // …but a word before بن is the person's own name, whatever else it spells (`تركي بن …`), and
      // so is a given name that is also a nationality before a family name (`تركي اليوسف`)
      const named =
        isNameLink(words[a + 1]!.fold) ||
        (conventions().nationalGivenNames.has(f) && a + 2 === b && familyNameWord(words[a + 1]!));
      if (
        !genericHead(words[a]!) &&
        !titleAt(words, a, a + 1) &&
        !(nationality(f) && !named) &&
        !isNotName(f)
      )
        break;
      tags[a] = 'O';
      tags[++a] = 'B-PERS';
    }
    const h = headOf(words[a]!);
    const text = words
      .slice(a, b)
      .map((w, k) => (k === 0 ? base(w) : w.fold))
      .join(' ');
    const known = lookupName(text);
    if ((known && known.type === 'LOC') || (h && h.type === 'LOC' && b - a > 1)) {
      setSpan(tags, a, b, 'LOC');
      out.push({ s, a, b, rule: KNOWN_PLACE_RULE });
    }
    a = b - 1;
  }
}

/** Runs the conventions over string tags (rewritten in place); returns the spans they set. */
/**
 * A body named with the region it serves, after ب (guide rule 20): `[قوة الأمن الخاصة] [بمنطقة
 * تبوك]` is one ORG. Only for a body named by a head noun, of two words or more, and a region
 * written with its head (`بمنطقة`، `بمحافظة`): `[مستشفى الملك فهد] [بجدة]` may only say where the
 * hospital is.
 */
/** A place head with the article (`بالمنطقة` of `بالمنطقة الشرقية`): a region named by its head. */
function definiteRegionHead(w: WordTok): boolean {
  const f = base(w);
  return w.kind === 'word' && definite(f) && conventions().heads.get(f.slice(2))?.type === 'LOC';
}

/**
 * A body named only by a definite head and an adjective (`الهيئة الملكية`، `المحكمة الجزائية`),
 * which says which one it is by the one-word place after it (guide rule 1: `المحكمة الجزائية
 * بالرياض`), unlike a body with a name of its own (`[مستشفى الملك فهد] بجدة`).
 */
function generic(words: readonly WordTok[], a: number, b: number, tags: readonly string[]): boolean {
  const c = conventions();
  const h = base(words[a]!);
  const adj = words[a + 1]!;
  return (
    b - a === 2 &&
    definite(h) &&
    c.definiteHeads.has(h.slice(2)) &&
    adj.kind === 'word' &&
    adj.moff === 0 &&
    c.definiteAdjectives.has(adj.fold) &&
    tags[b + 1] !== 'I-LOC'
  );
}

function branches(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  for (let a = 0; a < words.length; a++) {
    if (tags[a] !== 'B-ORG') continue;
    const b = chunkEnd(tags, a);
    const w = words[b];
    const h = base(words[a]!);
    // (or a body the lists know by two words or more: `[قوة الطوارئ الخاصة] بمنطقة عسير`)
    const headed =
      headOf(words[a]!)?.type === 'ORG' ||
      conventions().definiteHeads.has(h.slice(2)) ||
      (b - a >= 2 && lookupName(words.slice(a, b).map((x) => x.mfold).join(' '))?.type === 'ORG');
    // the place named with its own head (`بمنطقة`, `بمحافظة`, or definite: `بالمنطقة الشرقية`):
    // `بالرياض` may only say where the body is, unless the body is named by a generic head
    // (`الهيئة الملكية بينبع`), where a place the lists know will do though the tagger missed it
    const gen = !!w && generic(words, a, b, tags);
    const region = !!w && (headOf(w)?.type === 'LOC' || definiteRegionHead(w) || gen);
    const known = gen && tags[b] === 'O' && lookupName(base(w!))?.type === 'LOC';
    if (!w || (tags[b] !== 'B-LOC' && !known) || b - a < 2 || !headed || !region || w.moff !== 1 || w.text[0] !== 'ب') {
      a = b - 1;
      continue;
    }
    const e = known ? b + 1 : chunkEnd(tags, b);
    setSpan(tags, a, e, 'ORG');
    out.push({ s, a, b: e, rule: HEAD_NOUN_RULE });
    a = e - 1;
  }
}

/** A place a head and an adjective of the name made known in an article (`قاعدة العند العسكرية`). */
interface LearnedPlace {
  s: number;
  a: number;
  /** the head, clitics aside, and the name, folded */
  head: string;
  name: string;
}

/**
 * The other mentions of a place the article named with its head and an adjective of the name
 * (`[قاعدة العند العسكرية]`): the head and the name without the adjective (`قاعدة العند`), and the
 * name alone (`المتواجدة في العند`), where nothing else was found there.
 */
function learnedPlaces(
  words: readonly (readonly WordTok[])[],
  tags: string[][],
  learned: readonly LearnedPlace[],
  out: RuleSpan[],
): void {
  if (!learned.length) return;
  const c = conventions();
  const names = new Set(learned.map((l) => l.name));
  const heads = new Set(learned.map((l) => `${l.head} ${l.name}`));
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      if (t[i] !== 'O' || ws[i]!.kind !== 'word') continue;
      const next = ws[i + 1];
      const pair = !!next && t[i + 1] === 'O' && next.kind === 'word' && next.moff === 0 && heads.has(`${base(ws[i]!)} ${next.fold}`);
      // (the name alone after a word of place only: `في العند`, `صوب الحوطة`)
      const prev = ws[i - 1];
      const alone =
        names.has(base(ws[i]!)) && ws[i]!.moff === 0 && !!prev && prev.kind === 'word' && c.placeBefore.has(prev.fold);
      const b = pair ? i + 2 : alone ? i + 1 : i;
      if (b === i) continue;
      setSpan(t, i, b, 'LOC');
      out.push({ s, a: i, b, rule: LEARNED_PLACE_RULE });
      i = b - 1;
    }
  });
}

/**
 * A party, group or ministry the article named in full (`[حزب الفجر]`, `[وزارة الأوقاف]`: a head of
 * name-heads.json articleBodies and one definite word) and writes bare later (`قادة الفجر`,
 * `وأوضحت الأوقاف`): the bare word is that body after a verb of saying or meeting or a word of
 * articleBodies.before, where it cannot be the common noun it spells; the entities stage joins it
 * to the full name.
 */
function articleBodies(words: readonly (readonly WordTok[])[], tags: string[][], out: RuleSpan[]): void {
  const c = conventions();
  if (!c.bodyHeads.size) return;
  // the bare word of each body and where its full name first is (sentence, word)
  const first = new Map<string, [number, number]>();
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a + 1 < ws.length; a++) {
      if (t[a] !== 'B-ORG' || t[a + 1] !== 'I-ORG' || t[a + 2] === 'I-ORG') continue;
      const h = ws[a]!;
      const x = ws[a + 1]!;
      if (!c.bodyHeads.has(base(h)) || x.moff !== 0 || !opensWithArticle(x.fold) || x.fold.length < 5) continue;
      if (!first.has(x.fold)) first.set(x.fold, [s, a + 1]);
    }
  });
  if (!first.size) return;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i]!;
      const at = first.get(w.fold);
      if (!at || t[i] !== 'O' || w.kind !== 'word' || w.moff !== 0) continue;
      if (s < at[0] || (s === at[0] && i <= at[1])) continue;
      const prev = ws[i - 1]!;
      if (prev.kind !== 'word' || t[i - 1] !== 'O' || !(c.bodyBefore.has(prev.fold) || isKnownVerb(prev.fold))) continue;
      // (a definite word after it makes a noun phrase of it: `قادة الفجر الجديد`)
      if (ws[i + 1]?.kind === 'word' && opensWithArticle(ws[i + 1]!.fold) && t[i + 1] === 'O') continue;
      t[i] = 'B-ORG';
      out.push({ s, a: i, b: i + 1, rule: ARTICLE_BODY_RULE });
    }
  });
}

/**
 * A place named after a descriptive head (name-heads.json `nameAfter.descriptive`): `مدينة
 * [الحوطة]`, the head outside the name (guide rule 15), where the word is definite, no one marked
 * it and the lists do not know it (a known word is the tagger's and the lists' to read: `المدينة`,
 * `الملك …`); the article's bare mentions follow (learnedPlaces).
 */
function descriptivePlaces(
  words: readonly WordTok[],
  tags: string[],
  s: number,
  out: RuleSpan[],
  learned: LearnedPlace[],
): void {
  const c = conventions();
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (tags[i] !== 'O' || w.kind !== 'word' || !c.descriptiveHeads.has(base(w))) continue;
    const x = words[i + 1]!;
    // (the article as written: the folding makes `ألعاب` look like `العاب`)
    if (tags[i + 1] !== 'O' || tags[i + 2]?.startsWith('I-') || !opensWithArticle(x.text) || !placeName(x, c)) continue;
    // (a place the lists know only by an everyday spelling is the place here: `مدينة الوجه`)
    const known = lookupName(x.fold);
    if ((known && known.type !== 'LOC') || titleAt(words, i + 1, i + 2) || c.trailing.has(x.fold)) continue;
    tags[i + 1] = 'B-LOC';
    out.push({ s, a: i + 1, b: i + 2, rule: LEARNED_PLACE_RULE });
    learned.push({ s, a: i + 1, head: '', name: x.fold });
  }
}

export function applyConventions(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  const learned: LearnedPlace[] = [];
  clubsInSport(words, tags, out);
  words.forEach((ws, s) => {
    const t = tags[s]!;
    // heads first: a person right after a head belongs to the institution (`مستشفى الملك فهد`)
    headNouns(ws, t, s, out, learned);
    definiteHeads(ws, t, s, out);
    branches(ws, t, s, out);
    directorates(ws, t, s, out);
    descriptivePlaces(ws, t, s, out, learned);
    quotedOutlets(ws, t, s, out);
    quotedEvents(ws, t, s, out);
    persons(ws, t, s, out);
    kingdom(ws, t, s, out);
  });
  articlePlaces(words, tags, out);
  learnedPlaces(words, tags, learned, out);
  articleBodies(words, tags, out);
  return out;
}

/**
 * A ministry's regional directorate named by its field and the place it serves (name-heads.json
 * `directorates`): `[صحة الباحة]`, `ب[تعليم حائل]`, with a one-word place the tagger found or the
 * lexicons know (also one known only as an everyday word: `حائل`).
 */
function directorates(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  const c = conventions();
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (tags[i] !== 'O' || w.kind !== 'word' || !c.directorates.has(base(w))) continue;
    const x = words[i + 1]!;
    if (x.kind !== 'word' || x.moff > 0) continue;
    // the directorate's head written before it: `[إدارة تعليم حائل]`, `من [إدارة مرور الطائف]`
    const prev = words[i - 1];
    const a = i > 0 && tags[i - 1] === 'O' && prev!.kind === 'word' && w.moff === 0 && c.roleHeads.has(base(prev!)) ? i - 1 : i;
    // a place named with its own head, which the tagger or the head rule found whole: `بلدية [محافظة أبو عريش]`
    if (tags[i + 1] === 'B-LOC' && tags[i + 2] === 'I-LOC' && headOf(x)?.type === 'LOC') {
      const e = chunkEnd(tags, i + 1);
      setSpan(tags, a, e, 'ORG');
      out.push({ s, a, b: e, rule: HEAD_NOUN_RULE });
      i = e - 1;
      continue;
    }
    if (tags[i + 2]?.startsWith('I-')) continue;
    // (a place known only as an everyday word, only where that sense is rare: `حائل`, not `جديدة`)
    const k = tags[i + 1] === 'O' && x.fold !== c.kingdom ? lookupName(x.fold) : null;
    const known = k?.type === 'LOC' && (!k.linkOnly || c.articlePlaces.has(x.fold));
    if (tags[i + 1] !== 'B-LOC' && !known) continue;
    setSpan(tags, a, i + 2, 'ORG');
    out.push({ s, a, b: i + 2, rule: HEAD_NOUN_RULE });
    i++;
  }
}

export const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”', '„']);

/**
 * The outlet a source spoke to, in quote marks after `لـ` (name-heads.json `quotedOutlets`):
 * `قال لـ«[الشرق الأوسط]»` is the newspaper, not the region. The quoted words are one name the
 * tagger or the lists found (not a person's), or up to three words no one marked (`لـ«المدينة»`).
 */
function quotedOutlets(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  const c = conventions();
  for (let q = 0; q + 2 < words.length; q++) {
    if (!QUOTE_MARKS.has(words[q]!.text)) continue;
    const a = q + 1;
    let b = a;
    while (b < words.length && b - a < 4 && words[b]!.kind === 'word') b++;
    if (b === a || b >= words.length || !QUOTE_MARKS.has(words[b]!.text)) continue;
    const phrase = words
      .slice(a, b)
      .map((x) => x.fold)
      .join(' ');
    const paper = c.outletHeads.some((h) => lookupName(`${h} ${phrase}`)?.type === 'ORG');
    const w = words[q - 1];
    if (!paper && !(w && w.kind === 'word' && c.outletBefore.has(w.text))) continue;
    const t = tags[a]!;
    const one = t.startsWith('B-') && chunkEnd(tags, a) === b && t !== 'B-PERS';
    // (words no one marked: the outlet's own spelling, `لـ«المدينة»`, unless the lists know a person by it)
    const bare = tags.slice(a, b).every((x) => x === 'O') && b - a <= 3;
    if (!paper && !one && !(bare && lookupName(phrase)?.type !== 'PER')) continue;
    if (paper && !one && !bare) continue;
    setSpan(tags, a, b, 'ORG');
    out.push({ s, a, b, rule: QUOTED_OUTLET_RULE });
    q = b;
  }
}

/**
 * A quoted name right after a noun for an event, an operation, an initiative, an app or a ship
 * (name-heads.json `quotedEvents`): `عملية «[السهم الذهبي]»`, `مهرجان «[صيف دبي]»`, with up to
 * six words; a place or a person the tagger found inside is part of the name (`صيف [دبي]`), a
 * name that fills the quotes as an organisation or a MISC already stays.
 */
function quotedEvents(words: readonly WordTok[], tags: string[], s: number, out: RuleSpan[]): void {
  const c = conventions();
  for (let q = 1; q + 2 < words.length; q++) {
    // (parentheses too after an indefinite head, a name opening on a word: `مهرجان (الوجه وجهتنا)`;
    // not `العملية (22)`, a count, nor `الدوري (25 مرة)`)
    const paren = words[q]!.text === '(';
    if (!QUOTE_MARKS.has(words[q]!.text) && !paren) continue;
    const closes = (x: WordTok) => (paren ? x.text === ')' : QUOTE_MARKS.has(x.text));
    let h = q - 1;
    if (h > 0 && words[h]!.kind === 'word' && c.eventLinks.has(words[h]!.fold)) h--;
    const w = words[h]!;
    if (w.kind !== 'word' || tags[h] !== 'O') continue;
    const f = base(w);
    if (!c.eventHeads.has(f) && !(!paren && definite(f) && c.eventHeads.has(f.slice(2)))) continue;
    const a = q + 1;
    let b = a;
    while (b < words.length && b - a < 6 && !closes(words[b]!)) b++;
    if (b === a || b >= words.length || !closes(words[b]!)) continue;
    if (!words.slice(a, b).some((x) => x.kind === 'word') || (paren && words[a]!.kind !== 'word')) continue;
    // (a chunk the tagger ran across a quote mark is not inside the name)
    if (tags[a]!.startsWith('I-') || tags[b]!.startsWith('I-')) continue;
    const whole = tags[a] !== 'O' && chunkEnd(tags, a) === b && !tags[a]!.endsWith('LOC') && !tags[a]!.endsWith('PERS');
    if (!whole) {
      setSpan(tags, a, b, 'MISC');
      out.push({ s, a, b, rule: QUOTED_EVENT_RULE });
    }
    q = b;
  }
}

/**
 * A place whose one-word name is an everyday word (name-heads.json `articlePlaces`: `عسير`،
 * `حائل`) is the place wherever the article writes it bare, once the article has written it inside
 * a name (`[منطقة عسير]`, `[إمارة حائل]`) or the tagger found it: `تفجير عسير`، `وصوله حائل`.
 */
function articlePlaces(words: readonly (readonly WordTok[])[], tags: string[][], out: RuleSpan[]): void {
  const c = conventions();
  if (!c.articlePlaces.size) return;
  const named = new Set<string>();
  words.forEach((ws, s) =>
    ws.forEach((w, i) => {
      const t = tags[s]![i]!;
      if (t === 'O' || t.endsWith('PERS') || t.endsWith('MISC') || w.kind !== 'word') return;
      const f = base(w);
      if (c.articlePlaces.has(f)) named.add(f);
    }),
  );
  if (!named.size) return;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    ws.forEach((w, i) => {
      if (t[i] !== 'O' || w.kind !== 'word' || !named.has(base(w))) return;
      t[i] = 'B-LOC';
      out.push({ s, a: i, b: i + 1, rule: ARTICLE_PLACE_RULE });
    });
  });
}
