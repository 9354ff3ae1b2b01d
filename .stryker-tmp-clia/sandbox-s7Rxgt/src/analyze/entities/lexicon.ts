/**
 * The curated entity lexicons in `src/lexicon/entities/*.json`: schemas (zod), loading and the
 * checks `npm run lexicons:check` runs (duplicates, conflicting types).
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The curated lexicons; MARSAD_LEXICON_DIR points at another copy (experiments, a newsroom's own lists). */
export const LEXICON_DIR =
  // Beside this module's own folder, so the compiled copy in dist/ (which carries the data) works too.
  process.env.MARSAD_LEXICON_DIR ?? fileURLToPath(new URL('../../lexicon/entities', import.meta.url));

const arabic = z
  .string()
  .regex(/^[\u0600-\u06FF][\u0600-\u06FF\s\-'.0-9]*$/u, 'Arabic letters, spaces and hyphens only')
  .refine((s) => s === s.trim() && !/\s\s/.test(s), 'no stray spaces');

export const EntityEntrySchema = z
  .object({
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
    note: z.string().optional(),
  })
  .strict();
export type EntityEntry = z.infer<typeof EntityEntrySchema>;

export const TitleEntrySchema = z
  .object({
    ar: z.array(arabic).min(1),
    en: z.string().min(1),
    /** title: heads a name (الرئيس بوتين); role: a function held in an organisation (المتحدث باسم…). */
    kind: z.enum(['title', 'role', 'honorific']),
  })
  .strict();
export type TitleEntry = z.infer<typeof TitleEntrySchema>;

export const HeadEntrySchema = z
  .object({
    ar: z.array(arabic).min(1),
    en: z.string().min(1),
    type: z.enum(['ORG', 'LOC']),
  })
  .strict();
export type HeadEntry = z.infer<typeof HeadEntrySchema>;

export const NationalityEntrySchema = z
  .object({
    /** masculine, feminine and plural forms with the article (الروسي، الروسية، الروس) */
    ar: z.array(arabic).min(1),
    en: z.string().min(1),
    /** ISO 3166 alpha-2 code of the country, upper case */
    country: z.string().regex(/^[A-Z]{2}$/),
  })
  .strict();
export type NationalityEntry = z.infer<typeof NationalityEntrySchema>;

export const GivenNamesSchema = z
  .object({ note: z.string().optional(), male: z.array(arabic), female: z.array(arabic) })
  .strict();

export const AmbiguousSchema = z.object({ note: z.string().optional(), names: z.array(arabic) }).strict();

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
] as const;

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

export interface Lexicons {
  entities: EntityEntry[];
  titles: TitleEntry[];
  heads: HeadEntry[];
  nationalities: NationalityEntry[];
  givenNames: string[];
  ambiguous: string[];
}

function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
}

/** Parses every lexicon file (throws with the file and path of the first schema error). */
export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  const parse = <S extends z.ZodType>(file: keyof typeof LEXICON_FILES, schema: S): z.infer<S> => {
    const r = schema.safeParse(readJson(dir, file));
    if (!r.success) {
      const i = r.error.issues[0]!;
      throw new Error(`${file}: ${i.path.join('.')}: ${i.message}`);
    }
    return r.data;
  };
  const entities: EntityEntry[] = [];
  for (const f of ENTITY_FILES) entities.push(...parse(f, LEXICON_FILES[f]));
  return {
    entities,
    titles: parse('titles.json', LEXICON_FILES['titles.json']),
    heads: parse('org-heads.json', LEXICON_FILES['org-heads.json']),
    nationalities: parse('nationalities.json', LEXICON_FILES['nationalities.json']),
    givenNames: (() => {
      const g = parse('given-names.json', LEXICON_FILES['given-names.json']);
      return [...g.male, ...g.female];
    })(),
    ambiguous: parse('ambiguous.json', LEXICON_FILES['ambiguous.json']).names,
  };
}

let cached: Lexicons | null = null;
export function lexicons(): Lexicons {
  return (cached ??= loadLexicons());
}

/** Folding used to compare lexicon spellings (matches the tagger's folding). */
export function foldName(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F]/g, '')
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LexiconProblem {
  file: string;
  message: string;
}

/** Schema errors, duplicate ids, duplicate spellings within a list and one spelling with two types. */
export function validateLexicons(dir = LEXICON_DIR): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const ids = new Map<string, string>();
  const spelling = new Map<string, { type: string; id: string; file: string }>();
  for (const [file, schema] of Object.entries(LEXICON_FILES)) {
    let json: unknown;
    try {
      json = readJson(dir, file);
    } catch (e) {
      problems.push({ file, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const r = (schema as z.ZodType).safeParse(json);
    if (!r.success) {
      for (const i of r.error.issues.slice(0, 20))
        problems.push({ file, message: `${i.path.join('.')}: ${i.message}` });
      continue;
    }
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
          if (other && other.id !== e.id) {
            const what = other.type !== e.type ? `conflicting types ${other.type}/${e.type}` : 'two entries';
            problems.push({
              file,
              message: `"${s}" belongs to ${other.id} (${other.file}) and ${e.id}: ${what}`,
            });
          } else spelling.set(k, { type: e.type, id: e.id, file });
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
