import { z } from 'zod';
import { isIsoDay, isIsoDayOrMonth } from '../util/iso-date.ts';
import { ApiError, describeZodError } from './errors.ts';

/** Largest page a client may ask for: bigger pages are a validation error, not a silent clamp. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** Form fields left empty arrive as ''; treat them as absent. */
const blank = (v: unknown) => (v === '' ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blank, s.optional());

const limit = z
  .preprocess(blank, z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE))
  .meta({ description: `Page size (at most ${MAX_PAGE}; larger values are refused with 400).` });
// Cursors are opaque here: the store that gave them out checks them (400 for one it never did).
const cursor = opt(z.string().max(512)).meta({ description: "The previous page's `next` value." });
const isoDay = z.string().refine(isIsoDay, 'use a real date, YYYY-MM-DD').meta({ format: 'date' });
const isoDayOrMonth = z
  .string()
  .refine(isIsoDayOrMonth, 'use a real date, YYYY-MM-DD or YYYY-MM')
  .meta({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' });
const flag = (dflt: boolean) =>
  z.preprocess(blank, z.enum(['true', 'false', '1', '0']).optional()).transform((v) => (v === undefined ? dflt : v === 'true' || v === '1'));

export const pageQuery = z.object({ limit, cursor });

export const articlesQuery = pageQuery.extend({ site: opt(z.string().max(200)).meta({ description: 'Only this outlet.' }) });

const q = z
  .preprocess((v) => (v === undefined ? '' : v), z.string().max(500, 'the query is limited to 500 characters'))
  .meta({ description: 'Query in marsad syntax: words, "phrases", -exclusion, OR, and filters entity: speaker: source: from: to: type: etype: (PER, ORG, LOC, MISC).' });

const facetsHelp = { description: 'Include facets (entities, sites, months) over the first 1,000 matches.' };

/** Facets cost more than the hits on a large archive: the API computes them only on request. */
export const apiSearchQuery = z.object({ q, limit, cursor, facets: flag(false).meta(facetsHelp) });

export const entitiesQuery = z.object({
  type: opt(z.enum(['PER', 'ORG', 'LOC', 'MISC'])).meta({ description: 'Entity type.' }),
  q: opt(z.string().max(200)).meta({ description: 'Name contains (any spelling, or the English name).' }),
  limit,
  cursor,
});

export const quotesQuery = z.object({
  speaker: opt(z.string().max(200)).meta({ description: 'Speaker entity key or name.' }),
  q: opt(z.string().max(500)).meta({ description: 'Words in the quote.' }),
  source: opt(z.string().max(200)).meta({ description: 'Only quotes from this outlet (site name).' }),
  from: opt(isoDayOrMonth).meta({ description: 'Published on or after, YYYY-MM-DD or YYYY-MM.' }),
  to: opt(isoDayOrMonth).meta({ description: 'Published on or before, YYYY-MM-DD or YYYY-MM (the whole month).' }),
  limit,
  cursor,
});

export const eventsQuery = z.object({
  status: opt(z.enum(['planned', 'happened', 'cancelled', 'unknown'])).meta({ description: 'Event status.' }),
  from: opt(isoDayOrMonth).meta({ description: 'Earliest date, YYYY-MM-DD or YYYY-MM.' }),
  to: opt(isoDayOrMonth).meta({ description: 'Latest date, YYYY-MM-DD or YYYY-MM.' }),
  limit,
  cursor,
});

/** Plain decimal ids only: `z.coerce.number` would take 1e3, 0x10 and " 7" for ids. */
export const articleId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, 'an article id is a whole number like 42')
  .transform(Number);
export const entityKey = z.string().min(1).max(300);

const httpUrl = z
  .string()
  .max(2048)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const MAX_ARTICLE_CHARS = 200_000;

export const newArticle = z
  .object({
    text: z.string().min(1, 'text is empty').max(MAX_ARTICLE_CHARS, `text is limited to ${MAX_ARTICLE_CHARS} characters`),
    title: z.string().max(1000).optional(),
    url: httpUrl.optional(),
    source: z.string().max(200).optional(),
    published: isoDay.optional(),
  })
  .strict();

export type NewArticle = z.infer<typeof newArticle>;

/** Parses `input` with `schema`, or throws a 400 ApiError naming the fields at fault. */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ApiError(400, 'invalid_request', describeZodError(r.error));
  return r.data;
}
