/**
 * The full schemas (zod) of the entity lexicons and the consistency checks `npm run
 * lexicons:check` and the tests run: duplicate ids, a spelling listed twice, one spelling with two
 * types. Not on the start-up path: lexicon.ts loads the files with a cheap check of the shape the
 * code relies on; these schemas say everything else a file must be.
 */
import { z } from 'zod';
import { ARABIC_NAME_SPELLING } from '../../text/script.ts';
import {
  ENTITY_FILES,
  foldName,
  LEXICON_DIR,
  readJson,
  type EntityEntry,
  type HeadEntry,
  type NationalityEntry,
  type TitleEntry,
} from './lexicon.ts';
import type { NameHeads } from './conventions.ts';
import type { Territory } from './kb.ts';
import type { Institutions } from '../translit/institutions.ts';

/**
 * A lexicon object: exactly its own keys, and beside them a free-text `note` saying why the list
 * is as it is (every object of the entity lexicons may carry one).
 */
const noted = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, note: z.string().optional() }).strict();

const arabic = z
  .string()
  .regex(ARABIC_NAME_SPELLING, 'Arabic letters, spaces and hyphens only')
  .refine((s) => s === s.trim() && !/\s\s/.test(s), 'no stray spaces');

export const EntityEntrySchema = noted({
  /** Stable id: the cross-article key uses it (`per:putin`). Lower-case ASCII. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  /** Full-name spellings; the first is the canonical Arabic name. */
  names: z.array(arabic).min(1),
  /** Short forms that refer to the same entity on their own: surnames, acronyms (بوتين، الناتو). */
  aliases: z.array(arabic).default([]),
  /**
   * Spellings that are also everyday words (الأهلي "the national", النصر "victory"): they link a
   * mention the tagger found to this entry, and feed the tagger's gazetteer, but are never
   * matched in text on their own.
   */
  common: z.array(arabic).default([]),
  en: z.string().min(1),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  /** the country of a club, league or country (ISO 3166, lower case): shared club names go by it */
  country: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
});

export const TitleEntrySchema = z
  .object({
    ar: z.array(arabic).min(1),
    en: z.string().min(1),
    /** title: heads a name (الرئيس بوتين); role: a function held in an organisation (المتحدث باسم…). */
    kind: z.enum(['title', 'role', 'honorific']),
  })
  .strict();

export const HeadEntrySchema = z
  .object({
    ar: z.array(arabic).min(1),
    en: z.string().min(1),
    type: z.enum(['ORG', 'LOC']),
  })
  .strict();

export const NationalityEntrySchema = z
  .object({
    /** masculine, feminine and plural forms with the article (الروسي، الروسية، الروس) */
    ar: z.array(arabic).min(1),
    en: z.string().min(1),
    /** ISO 3166 alpha-2 code of the country, upper case */
    country: z.string().regex(/^[A-Z]{2}$/),
  })
  .strict();

export const GivenNamesSchema = noted({ male: z.array(arabic), female: z.array(arabic) });

export const AmbiguousSchema = noted({
  names: z.array(arabic),
  personOrPlace: z
    .array(z.object({ name: arabic, place: z.string().regex(/^[a-z0-9][a-z0-9-]*$/) }).strict())
    .default([]),
  placePrepositions: z.array(arabic).default([]),
});

export const LEXICON_FILES = {
  'people.json': z.array(EntityEntrySchema),
  'orgs.json': z.array(EntityEntrySchema),
  'places.json': z.array(EntityEntrySchema),
  'agencies.json': z.array(EntityEntrySchema),
  'people-world.json': z.array(EntityEntrySchema),
  'places-world.json': z.array(EntityEntrySchema),
  'clubs.json': z.array(EntityEntrySchema),
  'companies.json': z.array(EntityEntrySchema),
  'media.json': z.array(EntityEntrySchema),
  'parties.json': z.array(EntityEntrySchema),
  'titles.json': z.array(TitleEntrySchema),
  'org-heads.json': z.array(HeadEntrySchema),
  'nationalities.json': z.array(NationalityEntrySchema),
  'given-names.json': GivenNamesSchema,
  'ambiguous.json': AmbiguousSchema,
} as const;

/** src/lexicon/entities/name-heads.json, read by conventions.ts. */
export const NameHeadsSchema = z.object({
  note: z.string().optional(),
  heads: z.array(
    z
      .object({
        ar: z.array(z.string()).min(1),
        type: z.enum(['ORG', 'LOC', 'MISC']),
        complement: z.boolean(),
      })
      .strict(),
  ),
  definite: noted({
    heads: z.array(z.string()),
    adjectives: z.array(z.string()),
    national: z.array(z.string()),
    competitions: z.array(z.string()),
    places: z.array(z.string()),
  }),
  sport: noted({ min: z.number().int().min(1), words: z.array(z.string()) }),
  bodies: noted({ words: z.array(z.string()) }),
  trailing: z.array(z.string()),
  notComplements: z.array(z.string()),
  currencies: z.array(z.string()),
  notNames: noted({ words: z.array(z.string()) }),
  personHeads: noted({ words: z.array(z.string()), titles: z.array(z.string()) }),
  countryInName: noted({ heads: z.array(z.string()), adjectives: z.array(z.string()) }),
  titledHeads: noted({
    org: z.array(z.string()),
    loc: z.array(z.string()),
    adjectives: z.record(z.string(), z.enum(['ORG', 'LOC'])),
  }),
  nameAfter: noted({
    heads: z.array(z.string()),
    indefiniteOnly: z.array(z.string()),
    definiteOnly: z.array(z.string()).optional(),
    landforms: z.array(z.string()).optional(),
    descriptive: z.array(z.string()).optional(),
    withAdjective: z.array(z.string()).optional(),
    placeBefore: z.array(z.string()).optional(),
    notNames: z.array(z.string()),
  }),
  readTails: noted({ lists: z.array(z.string()), lines: z.array(z.string()) }),
  commonHeads: noted({
    phrases: z.array(z.string()),
    verbs: z.array(z.string()),
    noChain: z.array(z.string()),
    notAfter: z.array(z.object({ head: z.string(), words: z.array(z.string()) }).strict()),
  }),
  formulae: noted({ before: z.array(z.string()) }).optional(),
  newsAgencies: noted({
    heads: z.array(z.string()),
    definite: z.array(z.string()),
    indefinite: z.array(z.string()),
  }).optional(),
  singularFields: noted({ words: z.array(z.string()) }).optional(),
  otherBodies: noted({ words: z.array(z.string()) }).optional(),
  companyRepeats: noted({ heads: z.array(z.string()) }).optional(),
  notInConstruct: noted({ words: z.array(z.string()) }).optional(),
  notAlone: noted({ words: z.array(z.string()) }),
  lamAfter: noted({
    heads: z.array(z.string()),
    indefinite: z.array(z.string()),
    portfolios: z.array(z.string()),
    notFirst: z.array(z.string()),
  }),
  afterRole: noted({ heads: z.array(z.string()), roles: z.array(z.string()) }),
  productModels: noted({ products: z.array(z.string()), words: z.array(z.string()) }),
  directorates: noted({ words: z.array(z.string()) }),
  quotedOutlets: noted({ before: z.array(z.string()), heads: z.array(z.string()) }),
  quotedEvents: noted({ heads: z.array(z.string()), links: z.array(z.string()) }),
  articlePlaces: noted({ words: z.array(z.string()) }),
  districts: noted({ heads: z.array(z.string()), fields: z.array(z.string()) }).optional(),
  quotedPlaces: noted({ heads: z.array(z.string()) }).optional(),
  learnedPlaces: noted({
    heads: z.array(z.string()),
    withHead: z.array(z.string()).optional(),
    withHeadNote: z.string().optional(),
  }).optional(),
  placePrefixes: noted({ words: z.array(z.string()) }).optional(),
  foreignParticles: noted({ words: z.array(z.string()) }).optional(),
  eventSeasons: noted({ heads: z.array(z.string()), words: z.array(z.string()) }).optional(),
  namedForums: noted({ heads: z.array(z.string()), adjectives: z.array(z.string()) }).optional(),
  eventEditions: noted({
    heads: z.array(z.string()),
    ordinals: z.array(z.string()),
    teens: z.array(z.string()),
  }).optional(),
  descriptiveAfterName: noted({ words: z.array(z.string()) }).optional(),
  nationalCompetitions: noted({ heads: z.array(z.string()), adjectives: z.array(z.string()) }).optional(),
  clubCities: noted({ placeBefore: z.array(z.string()) }).optional(),
  clubNotAfter: noted({ words: z.array(z.string()) }).optional(),
  stockLists: noted({
    heads: z.array(z.string()),
    links: z.array(z.string()),
    ends: z.array(z.string()),
  }).optional(),
  coordinatedPlaces: noted({ pluralHeads: z.array(z.string()), words: z.array(z.string()) }).optional(),
  complementAdjectives: noted({ endings: z.array(z.string()), words: z.array(z.string()) }),
  articleBodies: noted({ heads: z.array(z.string()), before: z.array(z.string()) }).optional(),
  nationalBodies: noted({
    adjectives: z.array(z.string()),
    names: z.array(z.string()).optional(),
  }).optional(),
  competitionFields: noted({
    heads: z.array(z.string()),
    adjectives: z.array(z.string()),
    fields: z.array(z.string()),
  }).optional(),
  ministryAdjective: noted({ heads: z.array(z.string()) }).optional(),
  embassyPlaces: noted({ heads: z.array(z.string()), links: z.array(z.string()) }).optional(),
  coordinatedPersons: noted({ notGiven: z.array(z.string()) }).optional(),
  committeeSubjects: noted({
    heads: z.array(z.string()),
    subjects: z.array(z.string()),
    links: z.array(z.string()),
    ends: z.array(z.string()),
  }).optional(),
  teamNicknames: noted({
    names: z.array(z.string()),
    constructs: z.array(z.string()),
    withBefore: z.array(z.string()),
    notBefore: z.array(z.string()),
  }).optional(),
  teamFields: noted({
    heads: z.array(z.string()),
    ranks: z.array(z.string()),
    ages: z.array(z.string()),
    links: z.array(z.string()),
    sports: z.array(z.string()),
    single: z.array(z.string()),
    ours: z.array(z.string()).optional(),
    oursQualifiers: z.array(z.string()).optional(),
    groups: z.array(z.string()).optional(),
  }).optional(),
  nationalGivenNames: noted({ words: z.array(z.string()), notBefore: z.array(z.string()) }).optional(),
  purposeVerbs: noted({ words: z.array(z.string()) }).optional(),
  nameLinks: noted({ words: z.array(z.string()).min(1), sonOf: z.array(z.string()).min(1) }).refine(
    (l) => l.sonOf.every((w) => l.words.includes(w)),
    'nameLinks: every sonOf word is in words too',
  ),
  personGroups: noted({ words: z.array(z.string()) }).optional(),
  unknownGiven: noted({ groupTitles: z.array(z.string()) }).optional(),
  personAfterRole: noted({
    closers: z.array(z.string()),
    notNames: z.array(z.string()),
    familyNotEndings: z.array(z.string()),
  }).optional(),
  genericNational: noted({
    heads: z.array(z.string()),
    also: z.array(z.string()),
    keep: z.array(z.string()),
    countryAdjectivesNote: z.string().optional(),
    countryAdjectives: z.array(z.string()),
    countryAdjectiveKeep: z.array(z.string()),
  }),
  kingdom: noted({ word: z.string(), default: z.string() }),
});

const InstitutionEntry = z.object({ ar: z.array(z.string().min(1)).min(1), en: z.string().min(1) }).strict();
/** src/lexicon/entities/institutions.json, read by translit/institutions.ts. */
export const InstitutionsSchema = noted({
  heads: z.array(InstitutionEntry.extend({ complement: z.enum(['of', 'before']) }).strict()),
  nouns: z.array(InstitutionEntry.extend({ of: z.boolean().optional() }).strict()),
  modifiers: z.array(InstitutionEntry),
  titles: z.array(InstitutionEntry),
  names: z.array(InstitutionEntry),
});

/** src/lexicon/entities/territories.json, read by kb.ts (scripts/build-territories.ts writes it). */
export const TerritorySchema = z
  .object({
    code: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)?$/),
    wikidata: z.string().regex(/^Q\d+$/),
    en: z.string().min(1),
    country: z.boolean(),
    names: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** Files checked against their schema only (their own code reads them; no cross-file checks). */
export const SCHEMA_ONLY_FILES = {
  'name-heads.json': NameHeadsSchema,
  'institutions.json': InstitutionsSchema,
  'territories.json': z.array(TerritorySchema),
} as const;

/** The schemas' output is the loader's types: a change to one that the other misses fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [
  Same<z.infer<typeof EntityEntrySchema>, EntityEntry>,
  Same<z.infer<typeof TitleEntrySchema>, TitleEntry>,
  Same<z.infer<typeof HeadEntrySchema>, HeadEntry>,
  Same<z.infer<typeof NationalityEntrySchema>, NationalityEntry>,
  Same<z.infer<typeof NameHeadsSchema>, NameHeads>,
  Same<z.infer<typeof InstitutionsSchema>, Institutions>,
  Same<z.infer<typeof TerritorySchema>, Territory>,
] = [true, true, true, true, true, true, true];
void typesAgree;

export interface LexiconProblem {
  file: string;
  message: string;
}

/** Schema errors, duplicate ids, duplicate spellings within a list and one spelling with two types. */
export function validateLexicons(dir = LEXICON_DIR): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const ids = new Map<string, string>();
  const spelling = new Map<string, { type: string; id: string; file: string; common?: string | undefined }>();
  /** The file's data when it reads and passes its schema; else its problems are recorded. */
  const parsed = (file: string, schema: z.ZodType): { data: unknown } | null => {
    let json: unknown;
    try {
      json = readJson(dir, file);
    } catch (e) {
      problems.push({ file, message: `cannot read: ${(e as Error).message}` });
      return null;
    }
    const r = schema.safeParse(json);
    if (r.success) return { data: r.data };
    for (const i of r.error.issues.slice(0, 20))
      problems.push({ file, message: `${i.path.join('.')}: ${i.message}` });
    return null;
  };
  for (const [file, schema] of Object.entries(SCHEMA_ONLY_FILES)) parsed(file, schema as z.ZodType);
  for (const [file, schema] of Object.entries(LEXICON_FILES)) {
    const r = parsed(file, schema as z.ZodType);
    if (!r) continue;
    if ((ENTITY_FILES as readonly string[]).includes(file)) {
      for (const e of r.data as EntityEntry[]) {
        const prev = ids.get(e.id);
        if (prev) problems.push({ file, message: `duplicate id "${e.id}" (also in ${prev})` });
        ids.set(e.id, file);
        const own = new Set<string>();
        for (const s of [...e.names, ...e.aliases, ...e.common]) {
          const k = foldName(s);
          if (own.has(k)) problems.push({ file, message: `${e.id}: spelling "${s}" listed twice` });
          own.add(k);
          const other = spelling.get(k);
          // an everyday name clubs of different countries share (الأهلي) is resolved by the
          // article's country (extract.ts): allowed where both entries say their country
          const shared = e.common.includes(s) && e.country && other?.common && other.common !== e.country;
          if (other && other.id !== e.id && !shared) {
            const what = other.type !== e.type ? `conflicting types ${other.type}/${e.type}` : 'two entries';
            problems.push({
              file,
              message: `"${s}" belongs to ${other.id} (${other.file}) and ${e.id}: ${what}`,
            });
          } else if (!other)
            spelling.set(k, {
              type: e.type,
              id: e.id,
              file,
              common: e.common.includes(s) ? e.country : undefined,
            });
        }
      }
    } else if (file === 'given-names.json' || file === 'ambiguous.json') {
      const g = r.data as { male?: string[]; female?: string[]; names?: string[] };
      const seen = new Set<string>();
      for (const s of [...(g.male ?? []), ...(g.female ?? []), ...(g.names ?? [])]) {
        const k = foldName(s);
        if (seen.has(k)) problems.push({ file, message: `"${s}" listed twice` });
        seen.add(k);
      }
    } else {
      const seen = new Map<string, number>();
      (r.data as { ar: string[] }[]).forEach((e, idx) => {
        for (const s of e.ar) {
          const k = foldName(s);
          if (seen.has(k)) problems.push({ file, message: `"${s}" in entries ${seen.get(k)} and ${idx}` });
          seen.set(k, idx);
        }
      });
    }
  }
  return problems;
}
