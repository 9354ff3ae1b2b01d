import { z } from 'zod';
import { DEFAULT_PAGE, MAX_PAGE, newArticle } from './validate.ts';

type Json = Record<string, unknown>;

const limit: Json = {
  name: 'limit',
  in: 'query',
  required: false,
  schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE },
  description: `Page size (at most ${MAX_PAGE}; larger values are rejected with 400).`,
};
const cursor: Json = {
  name: 'cursor',
  in: 'query',
  required: false,
  schema: { type: 'string', maxLength: 512 },
  description: "Opaque cursor from the previous page's `next`.",
};
const q = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});

const errorRef = { $ref: '#/components/schemas/Error' };
const errors = (...codes: number[]): Json =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description:
          {
            400: 'Invalid input',
            401: 'Missing or wrong token',
            404: 'Not found',
            413: 'Body too large',
            500: 'Internal error',
          }[c] ?? 'Error',
        content: { 'application/json': { schema: errorRef } },
      },
    ]),
  );
const ok = (description: string, schema: Json): Json => ({
  '200': { description, content: { 'application/json': { schema } } },
});
const pageOf = (item: Json): Json => ({
  type: 'object',
  required: ['ok', 'items', 'next'],
  properties: {
    ok: { const: true },
    items: { type: 'array', items: item },
    next: { type: ['string', 'null'] },
    total: { type: 'integer' },
    totalExact: {
      type: 'boolean',
      description: 'Present and false when total is a lower bound (there are more).',
    },
  },
});

const span: Json = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
};

/** The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. */
export function openApiDocument(opts: { ingest: boolean }): Json {
  const paths: Json = {
    '/api/search': {
      get: {
        summary: 'Search articles, quotes and events',
        parameters: [
          q('q', 'Query in marsad syntax: words, "phrases", -exclusion, OR.', {
            type: 'string',
            maxLength: 500,
          }),
          limit,
          cursor,
          q(
            'facets',
            'Include facets (entities, sites, months) over the first 1,000 matches (see facets.complete); off by default, as they cost more than the hits.',
            { type: 'string', enum: ['true', 'false', '1', '0'], default: 'false' },
          ),
        ],
        responses: {
          ...ok('Search result', { $ref: '#/components/schemas/SearchResult' }),
          ...errors(400, 500),
        },
      },
    },
    '/api/articles': {
      get: {
        summary: 'List articles, newest first',
        parameters: [limit, cursor, q('site', 'Only this outlet.', { type: 'string', maxLength: 200 })],
        responses: {
          ...ok('A page of articles', pageOf({ $ref: '#/components/schemas/ArticleSummary' })),
          ...errors(400, 500),
        },
      },
      ...(opts.ingest
        ? {
            post: {
              summary: 'Analyse and store one article (requires the ingest token)',
              security: [{ bearer: [] }],
              requestBody: {
                required: true,
                content: { 'application/json': { schema: z.toJSONSchema(newArticle) } },
              },
              responses: {
                '201': {
                  description: 'Stored',
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        properties: {
                          ok: { const: true },
                          id: { type: 'integer' },
                          created: { type: 'boolean' },
                        },
                      },
                    },
                  },
                },
                '200': {
                  description: 'Already stored (same content hash)',
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        properties: {
                          ok: { const: true },
                          id: { type: 'integer' },
                          created: { const: false },
                        },
                      },
                    },
                  },
                },
                ...errors(400, 401, 413, 500),
              },
            },
          }
        : {}),
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article with its full analysed document',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          ...ok('The article', {
            type: 'object',
            properties: { ok: { const: true }, article: { $ref: '#/components/schemas/StoredArticle' } },
          }),
          ...errors(400, 404, 500),
        },
      },
    },
    '/api/entities': {
      get: {
        summary: 'List entities',
        parameters: [
          q('type', 'Entity type.', { type: 'string', enum: ['PER', 'ORG', 'LOC', 'MISC'] }),
          q('q', 'Name contains.', { type: 'string', maxLength: 200 }),
          limit,
          cursor,
        ],
        responses: {
          ...ok('A page of entities', pageOf({ $ref: '#/components/schemas/EntitySummary' })),
          ...errors(400, 500),
        },
      },
    },
    '/api/entities/{key}': {
      get: {
        summary: 'One entity: names, roles, timeline, related entities',
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string', maxLength: 300 } }],
        responses: {
          ...ok('The entity', {
            type: 'object',
            properties: { ok: { const: true }, entity: { type: 'object' } },
          }),
          ...errors(400, 404, 500),
        },
      },
    },
    '/api/quotes': {
      get: {
        summary: 'Search quotes by speaker and words',
        parameters: [
          q('speaker', 'Speaker entity key or name.', { type: 'string', maxLength: 200 }),
          q('q', 'Words in the quote.', { type: 'string', maxLength: 500 }),
          limit,
          cursor,
        ],
        responses: {
          ...ok('A page of quotes', pageOf({ $ref: '#/components/schemas/QuoteRow' })),
          ...errors(400, 500),
        },
      },
    },
    '/api/events': {
      get: {
        summary: 'List events (meetings, summits, visits, calls)',
        parameters: [
          q('status', 'Event status.', {
            type: 'string',
            enum: ['planned', 'happened', 'cancelled', 'unknown'],
          }),
          q('from', 'Earliest date (YYYY-MM-DD or YYYY-MM).', { type: 'string' }),
          q('to', 'Latest date (YYYY-MM-DD or YYYY-MM).', { type: 'string' }),
          limit,
          cursor,
        ],
        responses: { ...ok('A page of events', pageOf({ type: 'object' })), ...errors(400, 500) },
      },
    },
    '/api/stories': {
      get: {
        summary: 'Stories: groups of near-duplicate and related articles',
        parameters: [limit, cursor],
        responses: { ...ok('A page of stories', pageOf({ type: 'object' })), ...errors(400, 500) },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Archive size',
        responses: {
          ...ok('Counts', {
            type: 'object',
            properties: {
              ok: { const: true },
              stats: {
                type: 'object',
                properties: {
                  articles: { type: 'integer' },
                  entities: { type: 'integer' },
                  quotes: { type: 'integer' },
                  events: { type: 'integer' },
                },
              },
            },
          }),
          ...errors(500),
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'marsad API',
      version: '0.1.0',
      description:
        'Structured, searchable knowledge from Arabic news. Every error has the shape {ok:false, error:{code, message}}. Offsets are UTF-16 code units into the article text.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      ...(opts.ingest ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
      schemas: {
        Error: {
          type: 'object',
          required: ['ok', 'error'],
          properties: {
            ok: { const: false },
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
        Span: span,
        ArticleSummary: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            hash: { type: 'string' },
            headline: { type: ['string', 'null'] },
            published: { type: ['string', 'null'] },
            site: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
            origin: { type: ['string', 'null'] },
            ingestedAt: { type: 'string' },
            dupGroup: { type: ['integer', 'null'] },
            story: { type: ['integer', 'null'] },
          },
        },
        StoredArticle: {
          allOf: [
            { $ref: '#/components/schemas/ArticleSummary' },
            {
              type: 'object',
              properties: { doc: { type: 'object', description: 'The MarsadDocument (src/doc/types.ts).' } },
            },
          ],
        },
        EntitySummary: {
          type: 'object',
          properties: {
            key: { type: 'string' },
            type: { type: 'string', enum: ['PER', 'ORG', 'LOC', 'MISC'] },
            name: { type: 'string' },
            en: { type: ['string', 'null'] },
            articles: { type: 'integer' },
            mentions: { type: 'integer' },
          },
        },
        QuoteRow: {
          type: 'object',
          properties: {
            articleId: { type: 'integer' },
            headline: { type: ['string', 'null'] },
            kind: { type: 'string', enum: ['direct', 'indirect'] },
            text: { $ref: '#/components/schemas/Span' },
            speakerName: { type: ['string', 'null'] },
            speakerKey: { type: ['string', 'null'] },
            cue: { type: ['string', 'null'] },
          },
        },
        SearchResult: {
          type: 'object',
          properties: {
            ok: { const: true },
            hits: { type: 'array', items: { type: 'object' } },
            total: {
              type: 'integer',
              description:
                'The number of matches when totalExact; otherwise a lower bound (there are more than total).',
            },
            totalExact: {
              type: 'boolean',
              description:
                'false when matches were counted only up to the search window (1,000) or the page reached.',
            },
            next: { type: ['string', 'null'] },
            rankWindow: {
              type: ['integer', 'null'],
              description:
                'null when every match was ranked together, best first. Otherwise the query has more matches than this window: hits are ranked best first within consecutive blocks of rankWindow matches, the most recently added block first; paging still reaches every match.',
            },
            facets: {
              type: 'object',
              properties: {
                entities: { type: 'array', items: { type: 'object' } },
                sites: { type: 'array', items: { type: 'object' } },
                months: { type: 'array', items: { type: 'object' } },
                articles: { type: 'integer', description: 'How many matching articles the counts describe.' },
                complete: {
                  type: 'boolean',
                  description:
                    'false when the counts describe only the first window of matches (the most recently added), not all of them.',
                },
              },
            },
          },
        },
      },
    },
  };
}
