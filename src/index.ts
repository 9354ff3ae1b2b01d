/**
 * marsad as a library (`import { createPipeline } from 'marsad'`): the analysis entry points the
 * CLI uses, the document types they return, and the archive. Only what is exported here is the
 * package's public surface; everything else under dist/ may change without notice. Importing it
 * reads nothing from disk or the environment (test/build/import.test.ts): createPipeline does.
 */
export {
  analyzeText,
  createPipeline,
  newDocument,
  checkOrder,
  type Pipeline,
  type PipelineConfig,
  type PipelineInput,
} from './pipeline/pipeline.ts';
export { STAGES } from './pipeline/stages.ts';
export type {
  AnalyzeOptions,
  Facet,
  PipelineResources,
  ResourceName,
  Stage,
  StageContext,
} from './pipeline/stage.ts';
export { loadInput, type LoadOptions } from './extract/load.ts';
export { roleText } from './doc/types.ts';
export type {
  ArticleStructure,
  DocumentMeta,
  Entity,
  EntityType,
  EventType,
  MarsadDocument,
  NewsEvent,
  Provenance,
  PublishedDate,
  Quote,
  Role,
  Sentence,
  SourcedSpan,
  Span,
  TimeExpression,
  TimeType,
  Token,
  TokenKind,
  Warning,
} from './doc/types.ts';
export { openStore, DEFAULT_DB } from './store/open.ts';
export type { SqlStore } from './store/sql-store.ts';
export type {
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventRow,
  Page,
  QuoteRow,
  SearchHit,
  SearchQuery,
  SearchResult,
  Stats,
  Store,
  StoredArticle,
  StoryRow,
} from './store/types.ts';
export {
  FetchError,
  InputError,
  LimitError,
  MarsadError,
  QueryError,
  StoreError,
  UserError,
  isMarsadError,
  type ErrorKind,
} from './errors.ts';
