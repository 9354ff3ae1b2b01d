/**
 * zod schemas of what the JSON API answers. Each is typed against the store's interface
 * (`z.ZodType<ArticleSummary>`…), so a field added to the store without its schema fails the
 * type check; openapi.ts generates the published document from these and from the request
 * schemas in validate.ts, and the contract test parses real answers with them.
 */
import { z } from 'zod';
import type {
  EventReport,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventRow,
  Facets,
  QuoteRow,
  SearchHit,
  SearchResult,
  Stats,
  StoryRow,
} from '../store/types.ts';

/**
 * `typed<T>()(schema)` keeps the schema's own zod type (so `.extend` and `.shape` work) while the
 * compiler checks that what it parses is a T.
 */
const typed =
  <T>() =>
  <S extends z.ZodType<T>>(schema: S): S =>
    schema;

const nullableString = z.string().nullable();
const entityType = z.enum(['PER', 'ORG', 'LOC', 'MISC']);

export const spanSchema = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
  .meta({
    id: 'Span',
    description: 'Half-open UTF-16 offsets into the article text, with the text they cover.',
  });

export const errorSchema = z
  .object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) })
  .meta({
    id: 'Error',
    description: 'Every error: a stable machine-readable code and a message for people.',
  });

export const articleSummarySchema = typed<ArticleSummary>()(
  z
    .object({
      id: z.number().int(),
      hash: z
        .string()
        .meta({ description: 'Content hash of the normalised text: the idempotency key for ingest.' }),
      headline: nullableString,
      published: nullableString,
      site: nullableString,
      url: nullableString,
      origin: nullableString,
      ingestedAt: z.string(),
      dupGroup: z
        .number()
        .int()
        .nullable()
        .meta({ description: 'Near-duplicate group id (same wire story).' }),
      story: z.number().int().nullable(),
    })
    .meta({ id: 'ArticleSummary' }),
);

const eventStatus = z.enum(['planned', 'happened', 'cancelled', 'unknown']);

const eventReportSchema = typed<EventReport>()(
  z
    .object({
      status: eventStatus,
      date: nullableString.meta({ description: 'The event date this report gives (YYYY-MM-DD).' }),
      articleId: z.number().int(),
      published: nullableString,
      headline: nullableString,
    })
    .meta({ id: 'EventReport' }),
);

const eventHistorySchema = z
  .array(eventReportSchema)
  .meta({ description: 'Every report of the event across articles, oldest publication first.' });

export const storedArticleSchema = z
  .object({
    ...articleSummarySchema.shape,
    doc: z.looseObject({ text: z.string() }).meta({
      description: 'The MarsadDocument (src/doc/types.ts): text, article, entities, quotes, times, events.',
    }),
    eventHistory: z
      .array(
        z.object({
          trigger: z.object({ start: z.number().int(), end: z.number().int() }),
          event: z.number().int(),
          history: eventHistorySchema,
        }),
      )
      .optional()
      .meta({
        description: "Each event the article reports (by its trigger's offsets): its id and status history.",
      }),
  })
  .meta({ id: 'StoredArticle' });

const facetsSchema = typed<Facets>()(
  z.object({
    entities: z.array(
      z.object({ key: z.string(), name: z.string(), type: entityType, count: z.number().int() }),
    ),
    sites: z.array(z.object({ site: z.string(), count: z.number().int() })),
    months: z.array(z.object({ month: z.string(), count: z.number().int() })),
    articles: z.number().int().meta({ description: 'How many matching articles the counts describe.' }),
    complete: z.boolean().meta({
      description:
        'false when the counts describe only the first window of matches (the most recently added).',
    }),
  }),
);

const searchHitSchema = typed<SearchHit>()(
  z.object({
    type: z.enum(['article', 'quote', 'event']),
    articleId: z.number().int(),
    headline: nullableString,
    published: nullableString,
    site: nullableString,
    score: z.number(),
    snippet: z.object({
      text: z.string(),
      highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
    }),
    matched: z
      .array(z.object({ term: z.string(), forms: z.array(z.string()) }))
      .meta({ description: 'Why it matched: each query term and the forms it matched in the text.' }),
    quote: z
      .object({ speaker: nullableString, text: z.string(), start: z.number().int(), end: z.number().int() })
      .optional(),
  }),
);

export const searchResultSchema = typed<SearchResult>()(
  z
    .object({
      hits: z.array(searchHitSchema),
      total: z
        .number()
        .int()
        .meta({ description: 'The number of matches when totalExact; otherwise a lower bound.' }),
      totalExact: z.boolean(),
      next: nullableString,
      rankWindow: z.number().int().nullable().meta({
        description:
          'null when every match was ranked together; otherwise hits are ranked within consecutive blocks of this many matches, most recently added first.',
      }),
      facets: facetsSchema.optional(),
    })
    .meta({ id: 'SearchResult' }),
);

export const entitySummarySchema = typed<EntitySummary>()(
  z
    .object({
      key: z.string(),
      type: entityType,
      name: z.string(),
      en: nullableString,
      articles: z.number().int(),
      mentions: z.number().int(),
    })
    .meta({ id: 'EntitySummary' }),
);

export const entityDetailSchema = typed<EntityDetail>()(
  z
    .object({
      ...entitySummarySchema.shape,
      wikidata: nullableString.optional().describe('Wikidata id from the knowledge base, when known'),
      aliases: z.array(z.string()),
      roles: z.array(z.object({ text: z.string(), count: z.number().int() })),
      timeline: z.array(z.object({ month: z.string(), count: z.number().int() })),
      related: z.array(z.object({ ...entitySummarySchema.shape, together: z.number().int() })),
    })
    .meta({ id: 'EntityDetail' }),
);

export const quoteRowSchema = typed<QuoteRow>()(
  z
    .object({
      articleId: z.number().int(),
      headline: nullableString,
      published: nullableString,
      kind: z.enum(['direct', 'indirect']),
      text: spanSchema,
      speakerName: nullableString,
      speakerKey: nullableString,
      cue: nullableString,
      stance: z.enum(['neutral', 'asserting', 'denying', 'warning']).nullable(),
      targets: z.array(z.string()),
    })
    .meta({ id: 'QuoteRow' }),
);

const entityRef = z.object({ key: z.string(), name: z.string(), en: nullableString });

export const eventRowSchema = typed<EventRow>()(
  z
    .object({
      id: z
        .number()
        .int()
        .meta({ description: 'The event id, the same in every article that reports the event.' }),
      articleId: z.number().int(),
      headline: nullableString,
      published: nullableString,
      type: z.enum(['meeting', 'summit', 'visit', 'call', 'other']),
      status: eventStatus,
      trigger: spanSchema,
      date: nullableString,
      participants: z.array(entityRef),
      place: entityRef.nullable(),
      history: eventHistorySchema,
    })
    .meta({ id: 'EventRow' }),
);

export const storyRowSchema = typed<StoryRow>()(
  z
    .object({
      id: z.number().int(),
      title: nullableString,
      articles: z.array(articleSummarySchema),
      duplicateGroups: z
        .array(z.array(z.number().int()))
        .meta({ description: 'Groups of near-duplicate copies inside the story (article ids).' }),
    })
    .meta({ id: 'StoryRow' }),
);

export const statsSchema = typed<Stats>()(
  z.object({
    articles: z.number().int(),
    entities: z.number().int(),
    quotes: z.number().int(),
    events: z.number().int(),
  }),
);

/** `{ok: true, items, next, total?, totalExact?}` around a list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    ok: z.literal(true),
    items: z.array(item),
    next: nullableString.meta({
      description: 'Cursor for the next page (pass it as `cursor`), or null at the end.',
    }),
    total: z.number().int().optional(),
    totalExact: z
      .boolean()
      .optional()
      .meta({ description: 'Present and false when total is a lower bound.' }),
  });
}

/** `{ok: true, ...fields}`. */
export function okSchema(shape: z.ZodRawShape) {
  return z.object({ ok: z.literal(true), ...shape });
}
