/**
 * The curated entity lexicons in `src/lexicon/entities/*.json`: their types, loading and the
 * folding that compares spellings. Loading runs at every start, so it checks only the shape the
 * code relies on (a cheap walk, no zod: importing and running zod cost more than the rest of a
 * one-article start); the full schemas and the consistency checks (`npm run lexicons:check`, the
 * tests) live in lexicon-schema.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LEXICON_DIR, entityResources, type EntityResources } from './resources.ts';
import { fold } from '../../text/normalize.ts';

/**
 * The shipped lexicons. The analysis reads those of its pipeline (`entityResources().lexiconDir`,
 * which the CLI points at another copy with MARSAD_LEXICON_DIR).
 */
export const LEXICON_DIR = DEFAULT_LEXICON_DIR;

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One entry of the entity lists (schema: EntityEntrySchema in lexicon-schema.ts). */
export interface EntityEntry {
  /** Stable id: the cross-article key uses it (`per:putin`). Lower-case ASCII. */
  id: string;
  type: EntityType;
  /** Full-name spellings; the first is the canonical Arabic name. */
  names: string[];
  /** Short forms that refer to the same entity on their own: surnames, acronyms (بوتين، الناتو). */
  aliases: string[];
  /**
   * Spellings that are also everyday words (الأهلي "the national", النصر "victory"): they link a
   * mention the tagger found to this entry, and feed the tagger's gazetteer, but are never
   * matched in text on their own.
   */
  common: string[];
  en: string;
  wikidata?: string;
  /**
   * ISO 3166 code of the country a club, league or country belongs to: an everyday name several
   * clubs share (الأهلي) is the one of the article's country.
   */
  country?: string;
  note?: string;
}

export interface TitleEntry {
  ar: string[];
  en: string;
  /** title: heads a name (الرئيس بوتين); role: a function held in an organisation (المتحدث باسم…). */
  kind: 'title' | 'role' | 'honorific';
}

export interface HeadEntry {
  ar: string[];
  en: string;
  type: 'ORG' | 'LOC';
}

export interface NationalityEntry {
  /** masculine, feminine and plural forms with the article (الروسي، الروسية، الروس) */
  ar: string[];
  en: string;
  /** ISO 3166 alpha-2 code of the country, upper case */
  country: string;
}

export const ENTITY_FILES = [
  'people.json',
  'orgs.json',
  'places.json',
  'agencies.json',
  'people-world.json',
  'places-world.json',
  'clubs.json',
  'companies.json',
  'media.json',
  'parties.json',
  'events.json',
] as const;

export interface Lexicons {
  entities: EntityEntry[];
  titles: TitleEntry[];
  heads: HeadEntry[];
  nationalities: NationalityEntry[];
  givenNames: string[];
  ambiguous: string[];
  /** ambiguous.json `personOrPlace`: a known person's short name that is also a place's (عرفات) */
  personOrPlace: { name: string; place: string }[];
  /** ambiguous.json `placePrepositions`: separate prepositions before such a name that make it the place */
  placePrepositions: string[];
}

export function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
}

/**
 * A list of a generated lexicon file of `dir` (learned-*.json, built from the unlabelled archive by
 * scripts/build-learned-*.ts): empty when the folder has no such file, as a test's lexicon copy may not.
 */
export function learnedList(dir: string, file: string, key: string): string[] {
  const p = path.join(dir, file);
  if (!existsSync(p)) return [];
  const list = (readJson(dir, file) as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [];
}

/**
 * A learned list of multi-word names (learned-orgs.json, learned-branches.json) by its first word,
 * each name as its words, longest first: a rule tries the longest name that opens at a word.
 */
export function learnedNamesByFirst(dir: string, file: string): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const n of learnedList(dir, file, 'names')) {
    const parts = n.split(' ');
    const list = byFirst.get(parts[0]!) ?? [];
    list.push(parts);
    byFirst.set(parts[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.length - x.length);
  return byFirst;
}

/** A lexicon file's content that is not what the code relies on: the file and where. */
function bad(file: string, where: string, what: string): Error {
  return new Error(`${file}: ${where}: ${what} (npm run lexicons:check says more)`);
}

const isStrings = (v: unknown, min = 0): v is string[] =>
  Array.isArray(v) && v.length >= min && v.every((x) => typeof x === 'string');

/** The array of objects a list file holds, each checked by `check` (which returns what is wrong). */
function list<T>(dir: string, file: string, check: (o: Record<string, unknown>) => string | null): T[] {
  const json = readJson(dir, file);
  if (!Array.isArray(json)) throw bad(file, '', 'not a JSON array');
  json.forEach((o: unknown, i) => {
    const why =
      o && typeof o === 'object' && !Array.isArray(o) ? check(o as Record<string, unknown>) : 'not an object';
    if (why) throw bad(file, String(i), why);
  });
  return json as T[];
}

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

function entityEntry(o: Record<string, unknown>): string | null {
  if (typeof o.id !== 'string') return 'id: a string is required';
  if (typeof o.type !== 'string' || !ENTITY_TYPES.has(o.type)) return 'type: PER, ORG, LOC or MISC';
  if (!isStrings(o.names, 1)) return 'names: one or more strings';
  if (o.aliases !== undefined && !isStrings(o.aliases)) return 'aliases: strings';
  if (o.common !== undefined && !isStrings(o.common)) return 'common: strings';
  if (typeof o.en !== 'string') return 'en: a string is required';
  if (o.country !== undefined && (typeof o.country !== 'string' || !/^[a-z]{2}$/.test(o.country)))
    return 'country: a two-letter ISO code';
  // the schema's defaults
  o.aliases ??= [];
  o.common ??= [];
  return null;
}

const arEntry = (o: Record<string, unknown>): string | null =>
  !isStrings(o.ar, 1)
    ? 'ar: one or more strings'
    : typeof o.en !== 'string'
      ? 'en: a string is required'
      : null;

/**
 * Reads the lexicon files, checking the shape the code relies on (throws naming the file and
 * entry); the entity lists when `entities` is first read.
 */
export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  let entities: EntityEntry[] | null = null;
  const given = readJson(dir, 'given-names.json') as { male?: unknown; female?: unknown };
  if (!isStrings(given?.male) || !isStrings(given.female))
    throw bad('given-names.json', '', 'male and female: strings');
  const ambiguous = readJson(dir, 'ambiguous.json') as {
    names?: unknown;
    personOrPlace?: { name?: unknown; place?: unknown }[];
    placePrepositions?: unknown;
  };
  if (!isStrings(ambiguous?.names)) throw bad('ambiguous.json', 'names', 'strings');
  const pop = ambiguous.personOrPlace ?? [];
  if (!Array.isArray(pop) || !pop.every((x) => typeof x?.name === 'string' && typeof x.place === 'string'))
    throw bad('ambiguous.json', 'personOrPlace', 'objects with a name and a place id');
  const preps = ambiguous.placePrepositions ?? [];
  if (!isStrings(preps)) throw bad('ambiguous.json', 'placePrepositions', 'strings');
  return {
    // the entity lists (most of the bytes) are read on first use: the names index and the
    // knowledge base made from them at build time (derived.ts) spare a start reading them
    get entities(): EntityEntry[] {
      if (!entities) {
        const all: EntityEntry[] = [];
        for (const f of ENTITY_FILES) all.push(...list<EntityEntry>(dir, f, entityEntry));
        entities = all;
      }
      return entities;
    },
    titles: list<TitleEntry>(dir, 'titles.json', arEntry),
    heads: list<HeadEntry>(dir, 'org-heads.json', arEntry),
    nationalities: list<NationalityEntry>(dir, 'nationalities.json', arEntry),
    givenNames: [...given.male, ...given.female],
    ambiguous: ambiguous.names,
    personOrPlace: pop as { name: string; place: string }[],
    placePrepositions: preps,
  };
}

const load = (r: EntityResources): Lexicons => loadLexicons(r.lexiconDir);
const loadNameHeads = (r: EntityResources): unknown => readJson(r.lexiconDir, 'name-heads.json');

/**
 * name-heads.json of the running pipeline's resources, parsed once per resources for all its
 * readers (conventions.ts, verbs.ts), each of which checks the part it relies on; the full schema
 * is NameHeadsSchema (lexicon-schema.ts).
 */
export function nameHeadsJson(): unknown {
  return entityResources().get(loadNameHeads);
}
/**
 * A word list of name-heads.json (`section.key`), folded for lookups; empty when the section is
 * absent (the schema makes the newer sections optional). Call it from a loader memoised by
 * entityResources().
 */
export function nameHeadsList(section: string, key: string): Set<string> {
  const sec = (nameHeadsJson() as Record<string, unknown>)[section];
  const raw = sec && typeof sec === 'object' ? (sec as Record<string, unknown>)[key] : undefined;
  return new Set((Array.isArray(raw) ? raw.filter((w): w is string => typeof w === 'string') : []).map(foldName));
}
/** The lexicons of the running pipeline's resources (read once per resources). */
export function lexicons(): Lexicons {
  return entityResources().get(load);
}

/** Folding used to compare lexicon spellings (matches the tagger's folding): the text layer's `name` profile. */
export function foldName(s: string): string {
  return fold(s, 'name');
}
