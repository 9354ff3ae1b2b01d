/**
 * The archive over either backend, as one object: a thin facade over the modules that do the
 * work, each a set of functions over `Db` — write.ts (writes, one transaction per batch, and
 * deletion), articles.ts, search.ts, entities.ts, quotes.ts, events.ts and story-rows.ts. Only
 * full-text indexing and matching differ between SQLite (FTS5 over our own terms) and PostgreSQL
 * (tsvector, 'simple' config, over our own terms): those live behind `FtsDialect` (sql-common.ts).
 */
import type { MarsadDocument, EntityType } from '../doc/types.ts';
import type {
  ArticleInfo,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventRow,
  Page,
  PutResult,
  QuoteRow,
  SearchQuery,
  SearchResult,
  Stats,
  Store,
  StoredArticle,
  StoryRow,
} from './types.ts';
import type { Db } from './db.ts';
import type { FtsDialect, FtsKind } from './sql-common.ts';
import { deleteArticle, hasHashes, writeBatch, type PutInput } from './write.ts';
import * as articles from './articles.ts';
import * as entities from './entities.ts';
import { matchingArticleIds, RANK_WINDOW, search, SEARCH_WINDOW, type SearchCtx } from './search.ts';
import { listQuotes, listQuotesAbout } from './quotes.ts';
import { listEvents } from './events.ts';
import * as stories from './story-rows.ts';

export type { FtsDialect, FtsKind } from './sql-common.ts';
export { SEARCH_WINDOW, RANK_WINDOW } from './search.ts';
export type { StoryInput } from './story-rows.ts';
export type { PutInput } from './write.ts';

export class SqlStore implements Store {
  /**
   * See SEARCH_WINDOW and RANK_WINDOW; `openStore`'s settings set them (the CLI's
   * MARSAD_SEARCH_WINDOW and MARSAD_RANK_WINDOW: a bigger rank window ranks more matches together,
   * at a cost in time proportional to it). Tests lower them to exercise the windowed paths on a
   * small archive.
   */
  searchWindow = SEARCH_WINDOW;
  rankWindow = RANK_WINDOW;

  constructor(
    readonly kind: 'sqlite' | 'postgres',
    protected readonly db: Db,
    protected readonly fts: FtsDialect,
  ) {}

  /** What search reads, with the windows as they are now (tests change them between queries). */
  private get searchCtx(): SearchCtx {
    return { db: this.db, fts: this.fts, searchWindow: this.searchWindow, rankWindow: this.rankWindow };
  }

  // ------------------------------------------------------------------------------- writes

  async putDocument(doc: MarsadDocument, info: ArticleInfo): Promise<PutResult> {
    const [r] = await this.putDocuments([{ doc, info }]);
    return r!;
  }

  /**
   * Stores a batch in one transaction: after a crash either the whole batch is there or none of
   * it. The order of the writes is what keeps concurrent writers free of deadlocks (write.ts).
   */
  async putDocuments(batch: PutInput[]): Promise<PutResult[]> {
    return this.db.tx((db) => writeBatch(db, this.fts, batch));
  }

  /** Which of these content hashes are already stored (lets ingest skip analysing them). */
  hasHashes(hashes: string[]): Promise<Set<string>> {
    return hasHashes(this.db, hashes);
  }

  deleteArticle(id: number): Promise<boolean> {
    return this.db.tx((db) => deleteArticle(db, this.fts, id));
  }

  // ------------------------------------------------------------------------------- reads

  getArticle(id: number): Promise<StoredArticle | null> {
    return articles.getArticle(this.db, id);
  }

  listArticles(opts: {
    limit?: number;
    cursor?: string | null;
    site?: string;
  }): Promise<Page<ArticleSummary>> {
    return articles.listArticles(this.db, opts);
  }

  /** What the indexes still hold for an article (all zero once it is deleted). */
  indexEntries(id: number): ReturnType<typeof articles.indexEntries> {
    return articles.indexEntries(this.db, this.fts, id);
  }

  /** Articles stored as near-duplicate copies of an earlier one (group members beyond the first). */
  countNearDuplicates(): Promise<number> {
    return articles.countNearDuplicates(this.db);
  }

  stats(): Promise<Stats> {
    return articles.stats(this.db);
  }

  /** Every article row for exports, in id order, a page at a time. */
  iterateArticles(batch = 200): AsyncIterable<StoredArticle> {
    return articles.iterateArticles(this.db, batch);
  }

  // ------------------------------------------------------------------------------- entities

  /** Entity keys a user's name refers to: Arabic name/alias in any spelling, English name, or key. */
  resolveEntity(name: string): Promise<string[]> {
    return entities.resolveEntity(this.db, name);
  }

  listEntities(opts: {
    type?: EntityType;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EntitySummary>> {
    return entities.listEntities(this.db, opts);
  }

  getEntity(key: string): Promise<EntityDetail | null> {
    return entities.getEntity(this.db, key);
  }

  // ------------------------------------------------------------------------------- search, quotes, events

  search(q: SearchQuery, opts: { facets?: boolean } = {}): Promise<SearchResult> {
    return search(this.searchCtx, q, opts);
  }

  /** Article ids matching a marsad query (all of them, for exports). */
  matchingArticleIds(q: string): Promise<number[]> {
    return matchingArticleIds(this.searchCtx, q);
  }

  listQuotes(opts: {
    speaker?: string;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<QuoteRow>> {
    return listQuotes(this.searchCtx, opts);
  }

  listQuotesAbout(key: string, opts: { limit?: number; cursor?: string | null }): Promise<Page<QuoteRow>> {
    return listQuotesAbout(this.searchCtx, key, opts);
  }

  listEvents(opts: {
    status?: string;
    notStatus?: string;
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EventRow>> {
    return listEvents(this.db, opts);
  }

  // ------------------------------------------------------------------------------- stories

  listStories(opts: { limit?: number; cursor?: string | null }): Promise<Page<StoryRow>> {
    return stories.listStories(this.db, opts);
  }

  /** Rows that story clustering reads: per article, its date, entity keys and text. */
  storyInputs(): Promise<stories.StoryInput[]> {
    return stories.storyInputs(this.db);
  }

  /** Replaces all story assignments in one transaction (see story-rows.ts for `builtFrom`). */
  setStories(
    list: Array<{ title: string | null; articles: number[]; first: string | null; last: string | null }>,
    builtFrom?: number,
  ): Promise<boolean> {
    return this.db.tx((db) => stories.setStories(db, list, builtFrom));
  }

  /** A counter bumped in the same transaction as every article write or deletion. */
  articlesVersion(): Promise<number> {
    return stories.articlesVersion(this.db);
  }

  /**
   * Whether articles were written or deleted since the stories were last built (also after a
   * crash between the last batch and the rebuild: the mark is committed with the articles).
   */
  storiesStale(): Promise<boolean> {
    return stories.storiesStale(this.db);
  }

  // ------------------------------------------------------------------------------- backend hooks

  /**
   * Runs `fn` while no other process of this archive runs it (a story rebuild): one embedded
   * writer needs nothing; PostgreSQL overrides it with an advisory lock.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  /** What `marsad check` (check.ts) reads and repairs through. */
  maintenance() {
    return {
      db: this.db,
      fts: this.fts,
      integrity: () => this.pageIntegrity(),
      ftsIntegrity: () => this.fts.integrity(this.db),
      ftsGaps: (kind: FtsKind) => this.fts.gaps(this.db, kind),
      clearFts: () => this.fts.clear(this.db),
    };
  }

  /** The backend's page-level integrity check ('ok' or the problems); null where there is none. */
  protected async pageIntegrity(): Promise<string | null> {
    return null;
  }

  /** Transactions run again after a deadlock (PostgreSQL only; SQLite has one writer). */
  get txRetries(): number {
    return 0;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
