/**
 * The archive's interface: one contract, two backends (SQLite embedded default, PostgreSQL).
 * Every method is async so both backends fit; the SQLite one is synchronous underneath.
 * The web server, the CLI and exports use only this interface.
 */
import type { EntityType, MarsadDocument, NewsEvent, Quote, QuoteStance, Span } from '../doc/types.ts';

export interface ArticleInfo {
  /** Where it came from: file path (with `!member` for archive members), URL, or feed item link. */
  origin: string | null;
  url: string | null;
  /** Outlet/site name (e.g. `okaz`, `aljazeera.net`). */
  site: string | null;
}

export interface ArticleSummary {
  id: number;
  /** Content hash of the normalised text: the idempotency key for ingest. */
  hash: string;
  headline: string | null;
  published: string | null;
  site: string | null;
  url: string | null;
  origin: string | null;
  ingestedAt: string;
  /** Near-duplicate group id (same wire story), if any. */
  dupGroup: number | null;
  /** Story cluster id, if any. */
  story: number | null;
}

export interface StoredArticle extends ArticleSummary {
  doc: MarsadDocument;
  /**
   * For each event the article reports (by its trigger's offsets in `doc.text`), the event it
   * belongs to across articles and what every report said of it (see store/events.ts). Filled
   * by `getArticle`; absent where articles are read in bulk (exports).
   */
  eventHistory?: ArticleEventHistory[];
}

/** One report of an event: what an article said of it, and when. */
export interface EventReport {
  status: NewsEvent['status'];
  /** The event's date as that report gives it (YYYY-MM-DD), or null. */
  date: string | null;
  articleId: number;
  published: string | null;
  headline: string | null;
}

export interface ArticleEventHistory {
  trigger: { start: number; end: number };
  /** The event's id (that of its first report); the same in every article that reports it. */
  event: number;
  /** Every report of the event, oldest publication first (this article's among them). */
  history: EventReport[];
}

export interface PutResult {
  id: number;
  /** false when an article with the same hash was already stored (nothing written). */
  created: boolean;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, or null at the end. */
  next: string | null;
  total?: number;
  /** Present and false when `total` is a lower bound: there are more than `total` items. */
  totalExact?: boolean;
}

export type SearchType = 'article' | 'quote' | 'event';

export interface SearchQuery {
  /** The user's query string in marsad syntax (words, "phrases", -exclusion, OR, filters). */
  q: string;
  limit?: number;
  cursor?: string | null;
}

export interface SearchHit {
  type: SearchType;
  articleId: number;
  headline: string | null;
  published: string | null;
  site: string | null;
  score: number;
  /** Snippet text with highlight ranges (offsets into `snippet.text`). */
  snippet: { text: string; highlights: Array<[number, number]> };
  /** Why it matched: the query terms and the document forms they matched. */
  matched: Array<{ term: string; forms: string[] }>;
  /** For quote hits. */
  quote?: { speaker: string | null; text: string; start: number; end: number };
}

export interface Facets {
  entities: Array<{ key: string; name: string; type: EntityType; count: number }>;
  sites: Array<{ site: string; count: number }>;
  /** Publication dates histogram by month `YYYY-MM`. */
  months: Array<{ month: string; count: number }>;
  /** How many matching articles the counts describe. */
  articles: number;
  /**
   * true when that is every match. false when the query has more matches than the search window:
   * the counts then describe the first window only, the most recently added matches (for a
   * filter-only query, the most recently published ones).
   */
  complete: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The number of matches when `totalExact`; otherwise a lower bound: there are more than `total`. */
  total: number;
  totalExact: boolean;
  next: string | null;
  /**
   * null when every match was ranked together (best first). Otherwise the query has more matches
   * than this window: hits are ranked best first within consecutive blocks of `rankWindow`
   * matches, the most recently added block first, so paging still reaches every match.
   */
  rankWindow: number | null;
  facets?: Facets;
}

export interface EntitySummary {
  key: string;
  type: EntityType;
  name: string;
  en: string | null;
  articles: number;
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  /** Wikidata id from the knowledge base (src/analyze/entities/kb.ts), filled in by the server */
  wikidata?: string | null;
  aliases: string[];
  roles: Array<{ text: string; count: number }>;
  /** Mentions over time, by month. */
  timeline: Array<{ month: string; count: number }>;
  /** Entities most often mentioned in the same articles. */
  related: Array<EntitySummary & { together: number }>;
}

export interface QuoteRow {
  articleId: number;
  headline: string | null;
  published: string | null;
  kind: Quote['kind'];
  text: Span;
  speakerName: string | null;
  speakerKey: string | null;
  cue: string | null;
  /** From the cue verb (neutral/asserting/denying/warning); null when the cue is no verb or the quote predates it. */
  stance: QuoteStance | null;
  /** Keys of the entities the quote is about (its target). */
  targets: string[];
}

/** An event as its latest report has it, with the history of all its reports. */
export interface EventRow {
  /** The event's id (that of its first report), the same across the articles that report it. */
  id: number;
  articleId: number;
  headline: string | null;
  published: string | null;
  type: NewsEvent['type'];
  status: NewsEvent['status'];
  trigger: Span;
  date: string | null;
  participants: Array<{ key: string; name: string; en: string | null }>;
  place: { key: string; name: string; en: string | null } | null;
  /** Every report of the event, oldest publication first. */
  history: EventReport[];
}

export interface StoryRow {
  id: number;
  title: string | null;
  articles: ArticleSummary[];
  /** Groups of near-duplicate copies inside the story. */
  duplicateGroups: number[][];
}

export interface Stats {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores one analysed document (idempotent by content hash). */
  putDocument(doc: MarsadDocument, info: ArticleInfo): Promise<PutResult>;
  getArticle(id: number): Promise<StoredArticle | null>;
  listArticles(opts: {
    limit?: number;
    cursor?: string | null;
    site?: string;
  }): Promise<Page<ArticleSummary>>;
  /** Removes the article and everything indexed from it. */
  deleteArticle(id: number): Promise<boolean>;
  search(q: SearchQuery, opts?: { facets?: boolean }): Promise<SearchResult>;
  listEntities(opts: {
    type?: EntityType;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EntitySummary>>;
  getEntity(key: string): Promise<EntityDetail | null>;
  listQuotes(opts: {
    speaker?: string;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<QuoteRow>>;
  /** Quotes whose target includes the entity, newest stored first. */
  listQuotesAbout(key: string, opts: { limit?: number; cursor?: string | null }): Promise<Page<QuoteRow>>;
  listEvents(opts: {
    status?: string;
    /** Leave out events of this status (the events page lists planned ones apart). */
    notStatus?: string;
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EventRow>>;
  listStories(opts: { limit?: number; cursor?: string | null }): Promise<Page<StoryRow>>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}
