/**
 * The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json, generated from the
 * same zod schemas that validate the requests (validate.ts) and describe the answers
 * (api-schemas.ts). Nothing here restates a field by hand, so the document cannot drift from
 * what the server accepts and returns; the contract test parses real answers with API_ROUTES.
 */
// @ts-nocheck

import { z } from 'zod';
import {
  articleSummarySchema,
  entityDetailSchema,
  entitySummarySchema,
  errorSchema,
  eventRowSchema,
  okSchema,
  pageSchema,
  quoteRowSchema,
  searchResultSchema,
  statsSchema,
  storedArticleSchema,
  storyRowSchema,
} from './api-schemas.ts';
import {
  apiSearchQuery,
  articleId,
  articlesQuery,
  entitiesQuery,
  entityKey,
  eventsQuery,
  newArticle,
  pageQuery,
  quotesQuery,
} from './validate.ts';

type Json = Record<string, unknown>;

export interface ApiRoute {
  method: 'get' | 'post';
  /** OpenAPI path, `{name}` for a path parameter. */
  path: string;
  summary: string;
  query?: z.ZodObject;
  /** Path parameter name → schema. */
  params?: Record<string, z.ZodType>;
  body?: z.ZodType;
  /** Success status → answer schema. */
  ok: Record<number, { description: string; schema: z.ZodType }>;
  /** Error statuses besides those every route can answer. */
  errors: number[];
  /** Present only when the server was started with an ingest token. */
  ingestOnly?: boolean;
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input: the message names the field and what to send',
  401: 'Missing or wrong ingest token',
  404: 'Not found',
  413: 'Body too large',
  415: 'Not JSON',
  421: 'Host name not served (start the server with --allowed-host NAME)',
  500: 'Internal error (details are logged, never sent)',
  503: 'Archive unavailable, or a search stopped at its time limit',
};
/** Any route can answer these. */
const ALWAYS = [421, 500];

export const API_ROUTES: ApiRoute[] = [
  {
    method: 'get',
    path: '/api/search',
    summary: 'Search articles, quotes and events',
    query: apiSearchQuery,
    ok: { 200: { description: 'Search result', schema: searchResultSchema.extend({ ok: z.literal(true) }) } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/articles',
    summary: 'List articles, newest first',
    query: articlesQuery,
    ok: { 200: { description: 'A page of articles', schema: pageSchema(articleSummarySchema) } },
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/articles',
    summary: 'Analyse and store one article (requires the ingest token)',
    body: newArticle,
    ok: {
      201: { description: 'Stored', schema: okSchema({ id: z.number().int(), created: z.literal(true) }) },
      200: {
        description: 'Already stored (same content hash)',
        schema: okSchema({ id: z.number().int(), created: z.literal(false) }),
      },
    },
    errors: [400, 401, 413, 415, 503],
    ingestOnly: true,
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'One article with its full analysed document',
    params: { id: articleId },
    ok: { 200: { description: 'The article', schema: okSchema({ article: storedArticleSchema }) } },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'List entities',
    query: entitiesQuery,
    ok: { 200: { description: 'A page of entities', schema: pageSchema(entitySummarySchema) } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/entities/{key}',
    summary: 'One entity: names, roles, timeline, related entities',
    params: { key: entityKey },
    ok: { 200: { description: 'The entity', schema: okSchema({ entity: entityDetailSchema }) } },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/quotes',
    summary: 'Search quotes by speaker and words',
    query: quotesQuery,
    ok: { 200: { description: 'A page of quotes', schema: pageSchema(quoteRowSchema) } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'List events (meetings, summits, visits, calls)',
    query: eventsQuery,
    ok: { 200: { description: 'A page of events', schema: pageSchema(eventRowSchema) } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/stories',
    summary: 'Stories: groups of near-duplicate and related articles',
    query: pageQuery,
    ok: { 200: { description: 'A page of stories', schema: pageSchema(storyRowSchema) } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Archive size',
    ok: { 200: { description: 'Counts', schema: okSchema({ stats: statsSchema }) } },
    errors: [503],
  },
];

const REF_PREFIX = '#/components/schemas/';

/**
 * JSON Schemas for many zod schemas at once, sharing one components section: every schema with a
 * `meta({id})` becomes a component referenced by `$ref`, the rest are inlined.
 */
function jsonSchemas(
  schemas: Record<string, z.ZodType>,
  io: 'input' | 'output',
): { each: Record<string, Json>; components: Record<string, Json> } {
  const bundle = z.toJSONSchema(z.object(schemas), { io, unrepresentable: 'any' }) as Json & {
    properties: Record<string, Json>;
    $defs?: Record<string, Json>;
  };
  // zod writes shared definitions under $defs; OpenAPI keeps them under components.schemas.
  const relink = <T>(v: T): T => JSON.parse(JSON.stringify(v).replaceAll('"#/$defs/', `"${REF_PREFIX}`)) as T;
  return { each: relink(bundle.properties), components: relink(bundle.$defs ?? {}) };
}

/** Whether a query or path value may be left out (its schema accepts `undefined`). */
const optional = (s: z.ZodType): boolean => s.safeParse(undefined).success;

function parameters(route: ApiRoute, input: Record<string, Json>): Json[] {
  const out: Json[] = [];
  for (const name of Object.keys(route.params ?? {})) {
    out.push({
      name,
      in: 'path',
      required: true,
      schema: input[`${route.method} ${route.path} path ${name}`],
    });
  }
  for (const [name, s] of Object.entries(route.query?.shape ?? {})) {
    const schema = input[`${route.method} ${route.path} query ${name}`] ?? {};
    const { description, ...rest } = schema as Json & { description?: string };
    out.push({
      name,
      in: 'query',
      required: !optional(s as z.ZodType),
      schema: rest,
      ...(description ? { description } : {}),
    });
  }
  return out;
}

export function openApiDocument(opts: { ingest: boolean }): Json {
  const routes = API_ROUTES.filter((r) => opts.ingest || !r.ingestOnly);
  const inputs: Record<string, z.ZodType> = {};
  const outputs: Record<string, z.ZodType> = { Error: errorSchema };
  for (const r of routes) {
    const id = `${r.method} ${r.path}`;
    for (const [name, s] of Object.entries(r.params ?? {})) inputs[`${id} path ${name}`] = s;
    for (const [name, s] of Object.entries(r.query?.shape ?? {}))
      inputs[`${id} query ${name}`] = s as z.ZodType;
    if (r.body) inputs[`${id} body`] = r.body;
    for (const [status, o] of Object.entries(r.ok)) outputs[`${id} ${status}`] = o.schema;
  }
  const inp = jsonSchemas(inputs, 'input');
  const out = jsonSchemas(outputs, 'output');

  const errorResponse = (status: number): Json => ({
    description: ERROR_TEXT[status] ?? 'Error',
    content: { 'application/json': { schema: { $ref: `${REF_PREFIX}Error` } } },
  });
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const id = `${r.method} ${r.path}`;
    const responses: Json = {};
    for (const [status, o] of Object.entries(r.ok)) {
      responses[status] = {
        description: o.description,
        content: { 'application/json': { schema: out.each[`${id} ${status}`] } },
      };
    }
    for (const status of [...r.errors, ...ALWAYS].sort()) responses[String(status)] = errorResponse(status);
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        summary: r.summary,
        ...(r.ingestOnly ? { security: [{ bearer: [] }] } : {}),
        ...(r.params || r.query ? { parameters: parameters(r, inp.each) } : {}),
        ...(r.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: inp.each[`${id} body`] } },
              },
            }
          : {}),
        responses,
      },
    };
  }
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
      schemas: { ...inp.components, ...out.components },
    },
  };
}
