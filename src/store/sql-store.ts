/**
 * The archive's logic over either backend: writes (one transaction per batch), deletion,
 * search, entities, quotes, events, stories. Only full-text indexing and matching differ between
 * SQLite (FTS5 over our own terms) and PostgreSQL (tsvector, 'simple' config, over our own terms):
 * those live behind `FtsDialect`.
 */
import type { MarsadDocument, EntityType } from '../doc/types.ts';
import type {
  ArticleInfo,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventRow,
  Facets,
  Page,
  PutResult,
  QuoteRow,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchType,
  Stats,
  Store,
  StoredArticle,
  StoryRow,
} from './types.ts';
import type { Db, Frag, Row } from './db.ts';
import { StoreError } from '../errors.ts';
import { termString } from './terms.ts';
import { parseQuery, positiveTerms, type ParsedQuery } from './query.ts';
import { writeBatch, type PutInput } from './write.ts';
import { buildSnippet } from './snippet.ts';

export type FtsKind = 'articles' | 'quotes' | 'events';

export interface FtsDialect {
  /** Index the given column texts (already term strings) for row `id` of `kind`. */
  index(db: Db, kind: FtsKind, id: number, cols: string[]): Promise<void>;
  unindex(db: Db, kind: FtsKind, ids: number[]): Promise<void>;
  /** Full-text entries held for row `id` of `kind` (0 after deletion). */
  count(db: Db, kind: FtsKind, id: number): Promise<number>;
  /** The index's own consistency check ('ok' or the problem); null where it has none. */
  integrity(db: Db): Promise<string | null>;
  /** Rows of `kind` without an index entry, and entries without a row. */
  gaps(db: Db, kind: FtsKind): Promise<{ missing: number[]; orphans: number[] }>;
  /** Drops every entry of every kind (before indexing everything again). */
  clear(db: Db): Promise<void>;
  /**
   * How to select matching rows of `kind` (table alias `x`): a FROM clause, a WHERE condition, a
   * score expression (higher is better) and, when the query has positive terms, the newest-first
   * order the full-text index yields cheaply (`newest`, an ORDER BY clause). For articles,
   * `indexOnly` selects the same rows from the full-text index alone, for when no other condition
   * applies: `scored` as (id, article_id, score), `ids` as (id, article_id); the caller appends
   * ORDER BY `newest` where order matters, and LIMIT.
   */
  match(
    kind: FtsKind,
    p: ParsedQuery,
    alias: string,
  ): { from: Frag; where: Frag; score: Frag; newest?: string; indexOnly?: { scored: Frag; ids: Frag } };
}

/**
 * How many matches are counted exactly and described by facets; beyond it totals are lower
 * bounds (see `SqlStore.findPage`).
 */
export const SEARCH_WINDOW = 1000;

/**
 * How many matches are ranked together: scoring costs time in proportion to it (see
 * `SqlStore.findPage`).
 */
export const RANK_WINDOW = 500;

interface MatchRow {
  id: number;
  article_id: number;
  score: number;
}

interface Compiled {
  /** SELECT id, article_id, score FROM … WHERE … */
  select: Frag;
  /** SELECT id, article_id FROM … WHERE … */
  ids: Frag;
  /** Newest-first ORDER BY for ranked queries; null when the query has no positive terms. */
  newest: string | null;
  byScore: string;
  byDate: string;
  indexOnly?: { scored: Frag; ids: Frag };
}

interface Found {
  rows: MatchRow[];
  total: number;
  totalExact: boolean;
  next: string | null;
  rankWindow: number | null;
  facets?: Facets;
}

export interface StoryInput {
  id: number;
  published: string | null;
  headline: string | null;
  /** Salient terms (see prepare.ts). */
  terms: string[];
  /** Entity keys mentioned. */
  keys: string[];
  dupGroup: number | null;
}

export type { PutInput } from './write.ts';

/**
 * Cursors are decimal offsets this store gave out in `next`. Anything else is refused rather than
 * read as the first page (a client would loop) or bound as a number SQLite cannot hold.
 */
function offsetCursor(c: string | null | undefined): number {
  if (!c) return 0;
  if (!/^(0|[1-9]\d{0,8})$/.test(c)) {
    throw new StoreError(`invalid cursor "${c.slice(0, 40)}": use the \`next\` value of the previous page`, {
      status: 400,
      code: 'invalid_cursor',
    });
  }
  return Number(c);
}

function clampLimit(n: number | undefined, dflt = 20): number {
  if (!n || n < 1) return dflt;
  return Math.min(Math.floor(n), 1000);
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

const ARTICLE_COLS =
  'a.id, a.hash, a.headline, a.published, a.site, a.url, a.origin, a.ingested_at, a.dup_group, a.story';

function toSummary(r: Row): ArticleSummary {
  return {
    id: num(r.id),
    hash: String(r.hash),
    headline: str(r.headline),
    published: str(r.published),
    site: str(r.site),
    url: str(r.url),
    origin: str(r.origin),
    ingestedAt: String(r.ingested_at),
    dupGroup: r.dup_group === null || r.dup_group === undefined ? null : num(r.dup_group),
    story: r.story === null || r.story === undefined ? null : num(r.story),
  };
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

export class SqlStore implements Store {
  /**
   * See SEARCH_WINDOW and RANK_WINDOW; MARSAD_SEARCH_WINDOW and MARSAD_RANK_WINDOW set them per
   * process (a bigger rank window ranks more matches together, at a cost in time proportional to
   * it). Tests lower them to exercise the windowed paths on a small archive.
   */
  searchWindow = windowFromEnv('MARSAD_SEARCH_WINDOW') ?? SEARCH_WINDOW;
  rankWindow = windowFromEnv('MARSAD_RANK_WINDOW') ?? RANK_WINDOW;

  constructor(
    readonly kind: 'sqlite' | 'postgres',
    protected readonly db: Db,
    protected readonly fts: FtsDialect,
  ) {}

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
  async hasHashes(hashes: string[]): Promise<Set<string>> {
    const have = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const part = hashes.slice(i, i + 500);
      const rows = await this.db.all<{ hash: string }>(
        `SELECT hash FROM articles WHERE hash IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of rows) have.add(r.hash);
    }
    return have;
  }

  async deleteArticle(id: number): Promise<boolean> {
    return this.db.tx(async (db) => {
      const a = await db.get('SELECT id FROM articles WHERE id = ?', [id]);
      if (!a) return false;
      // Undo the entity counts this article contributed.
      const perKey = await db.all<{ key: string; n: unknown }>(
        'SELECT key, COUNT(*) AS n FROM mentions WHERE article_id = ? GROUP BY key ORDER BY key',
        [id],
      );
      for (const r of perKey) {
        await db.run('UPDATE entities SET articles = articles - 1, mentions = mentions - ? WHERE key = ?', [
          num(r.n),
          r.key,
        ]);
      }
      const perAlias = await db.all<{ key: string; text: string; n: unknown }>(
        'SELECT key, text, COUNT(*) AS n FROM mentions WHERE article_id = ? GROUP BY key, text ORDER BY key, text',
        [id],
      );
      for (const r of perAlias) {
        await db.run('UPDATE aliases SET count = count - ? WHERE key = ? AND alias = ?', [
          num(r.n),
          r.key,
          r.text,
        ]);
      }
      if (perKey.length) {
        const keys = perKey.map((r) => r.key);
        await db.run(
          `DELETE FROM aliases WHERE key IN (${placeholders(keys.length)}) AND count <= 0 AND key IN (SELECT key FROM entities WHERE articles <= 0)`,
          keys,
        );
        await db.run(
          `DELETE FROM entities WHERE key IN (${placeholders(keys.length)}) AND articles <= 0`,
          keys,
        );
        await db.run(
          `DELETE FROM aliases WHERE key IN (${placeholders(keys.length)}) AND count <= 0 AND alias NOT IN (SELECT name FROM entities WHERE entities.key = aliases.key)`,
          keys,
        );
      }
      const qids = (await db.all<{ id: unknown }>('SELECT id FROM quotes WHERE article_id = ?', [id])).map(
        (r) => num(r.id),
      );
      const eids = (await db.all<{ id: unknown }>('SELECT id FROM events WHERE article_id = ?', [id])).map(
        (r) => num(r.id),
      );
      await this.fts.unindex(db, 'quotes', qids);
      await this.fts.unindex(db, 'events', eids);
      await this.fts.unindex(db, 'articles', [id]);
      for (const t of ['mentions', 'roles', 'quotes', 'times', 'events', 'lsh', 'article_facets']) {
        await db.run(`DELETE FROM ${t} WHERE article_id = ?`, [id]);
      }
      await db.run('DELETE FROM articles WHERE id = ?', [id]);
      // A copy left alone is no longer a duplicate group.
      await db.run(
        `UPDATE articles SET dup_group = NULL WHERE dup_group IS NOT NULL AND dup_group IN (
           SELECT dup_group FROM articles WHERE dup_group IS NOT NULL GROUP BY dup_group HAVING COUNT(*) < 2)`,
      );
      await db.run("UPDATE archive_state SET value = value + 1 WHERE key = 'articles_version'");
      return true;
    });
  }

  // ------------------------------------------------------------------------------- reads

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = await this.db.get(`SELECT ${ARTICLE_COLS}, a.text, a.doc FROM articles a WHERE a.id = ?`, [id]);
    if (!r) return null;
    const rest = JSON.parse(String(r.doc)) as Omit<MarsadDocument, 'text'>;
    return { ...toSummary(r), doc: { text: String(r.text), ...rest } };
  }

  async listArticles(opts: {
    limit?: number;
    cursor?: string | null;
    site?: string;
  }): Promise<Page<ArticleSummary>> {
    const limit = clampLimit(opts.limit);
    const offset = offsetCursor(opts.cursor);
    const where = opts.site ? 'WHERE LOWER(a.site) = ?' : '';
    const params = opts.site ? [opts.site.toLowerCase()] : [];
    const rows = await this.db.all(
      `SELECT ${ARTICLE_COLS} FROM articles a ${where} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`,
      [...params, limit + 1, offset],
    );
    const total = num((await this.db.get(`SELECT COUNT(*) AS n FROM articles a ${where}`, params))?.n);
    return {
      items: rows.slice(0, limit).map(toSummary),
      next: rows.length > limit ? String(offset + limit) : null,
      total,
    };
  }

  /** What the indexes still hold for an article (all zero once it is deleted). */
  async indexEntries(id: number): Promise<{
    fts: number;
    mentions: number;
    quotes: number;
    events: number;
    times: number;
    lsh: number;
    facets: number;
  }> {
    const n = async (t: string) =>
      num((await this.db.get(`SELECT COUNT(*) AS n FROM ${t} WHERE article_id = ?`, [id]))?.n);
    return {
      fts: await this.fts.count(this.db, 'articles', id),
      mentions: await n('mentions'),
      quotes: await n('quotes'),
      events: await n('events'),
      times: await n('times'),
      lsh: await n('lsh'),
      facets: await n('article_facets'),
    };
  }

  /** Articles stored as near-duplicate copies of an earlier one (group members beyond the first). */
  async countNearDuplicates(): Promise<number> {
    const r = await this.db.get(
      'SELECT COUNT(*) AS n FROM articles a WHERE a.dup_group IS NOT NULL AND a.id <> a.dup_group',
    );
    return num(r?.n);
  }

  async stats(): Promise<Stats> {
    const r = await this.db.get(
      `SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM entities WHERE articles > 0) AS e,
              (SELECT COUNT(*) FROM quotes) AS q, (SELECT COUNT(*) FROM events) AS v`,
    );
    return { articles: num(r?.a), entities: num(r?.e), quotes: num(r?.q), events: num(r?.v) };
  }

  // ------------------------------------------------------------------------------- entities

  /** Entity keys a user's name refers to: Arabic name/alias in any spelling, English name, or key. */
  async resolveEntity(name: string): Promise<string[]> {
    const norm = termString(name);
    const lower = name.trim().toLowerCase();
    const rows = await this.db.all<{ key: string }>(
      `SELECT key FROM aliases WHERE norm = ? AND count >= 0
       UNION SELECT key FROM entities WHERE en_lower = ? OR key = ? OR name_norm = ?`,
      [norm, lower, name.trim(), norm],
    );
    if (rows.length || !norm) return rows.map((r) => r.key);
    // A part of a name: «بوتين» for «فلاديمير بوتين».
    const like = await this.db.all<{ key: string }>(
      `SELECT DISTINCT key FROM aliases WHERE (' ' || norm || ' ') LIKE ?
       UNION SELECT key FROM entities WHERE (' ' || en_lower || ' ') LIKE ?`,
      [`% ${norm} %`, `% ${lower} %`],
    );
    return like.map((r) => r.key);
  }

  /** The keys among `keys` of entities of one type (a name can be a person and a place). */
  private async keysOfType(keys: string[], type: EntityType): Promise<string[]> {
    const rows = await this.db.all<{ key: string }>(
      `SELECT key FROM entities WHERE type = ? AND key IN (${placeholders(keys.length)})`,
      [type, ...keys],
    );
    return rows.map((r) => r.key);
  }

  private entitySummary(r: Row): EntitySummary {
    return {
      key: String(r.key),
      type: String(r.type) as EntityType,
      name: String(r.name),
      en: str(r.en),
      articles: num(r.articles),
      mentions: num(r.mentions),
    };
  }

  async listEntities(opts: {
    type?: EntityType;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EntitySummary>> {
    const limit = clampLimit(opts.limit);
    const offset = offsetCursor(opts.cursor);
    const conds = ['e.articles > 0'];
    const params: unknown[] = [];
    if (opts.type) {
      conds.push('e.type = ?');
      params.push(opts.type);
    }
    if (opts.q && opts.q.trim()) {
      const keys = await this.resolveEntity(opts.q);
      if (keys.length === 0) return { items: [], next: null, total: 0 };
      conds.push(`e.key IN (${placeholders(keys.length)})`);
      params.push(...keys);
    }
    const where = `WHERE ${conds.join(' AND ')}`;
    const rows = await this.db.all(
      `SELECT e.* FROM entities e ${where} ORDER BY e.articles DESC, e.mentions DESC, e.key LIMIT ? OFFSET ?`,
      [...params, limit + 1, offset],
    );
    const total = num((await this.db.get(`SELECT COUNT(*) AS n FROM entities e ${where}`, params))?.n);
    return {
      items: rows.slice(0, limit).map((r) => this.entitySummary(r)),
      next: rows.length > limit ? String(offset + limit) : null,
      total,
    };
  }

  async getEntity(key: string): Promise<EntityDetail | null> {
    const r = await this.db.get('SELECT * FROM entities WHERE key = ? AND articles > 0', [key]);
    if (!r) return null;
    const aliases = await this.db.all<{ alias: string }>(
      'SELECT alias FROM aliases WHERE key = ? ORDER BY count DESC, alias',
      [key],
    );
    const roles = await this.db.all<{ text: string; n: unknown }>(
      'SELECT text, COUNT(*) AS n FROM roles WHERE key = ? GROUP BY text ORDER BY n DESC, text LIMIT 50',
      [key],
    );
    const timeline = await this.db.all<{ month: string; n: unknown }>(
      `SELECT SUBSTR(a.published, 1, 7) AS month, COUNT(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.key = ? AND a.published IS NOT NULL GROUP BY SUBSTR(a.published, 1, 7) ORDER BY month`,
      [key],
    );
    const related = await this.db.all(
      `SELECT e.*, t.together FROM (
         SELECT m2.key, COUNT(DISTINCT m2.article_id) AS together FROM mentions m1
         JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.key <> m1.key
         WHERE m1.key = ? GROUP BY m2.key) t
       JOIN entities e ON e.key = t.key ORDER BY t.together DESC, e.key LIMIT 20`,
      [key],
    );
    return {
      ...this.entitySummary(r),
      aliases: aliases.map((a) => a.alias),
      roles: roles.map((x) => ({ text: x.text, count: num(x.n) })),
      timeline: timeline.map((x) => ({ month: x.month, count: num(x.n) })),
      related: related.map((x) => ({ ...this.entitySummary(x), together: num(x.together) })),
    };
  }

  // ------------------------------------------------------------------------------- search

  /** Conditions on articles (alias `a`) from the filters; null when a filter can match nothing. */
  private async articleFilters(p: ParsedQuery): Promise<Frag | null> {
    const conds: string[] = [];
    const params: unknown[] = [];
    const f = p.filters;
    if (f.source.length) {
      conds.push(`(${f.source.map(() => '(LOWER(a.site) = ? OR LOWER(a.url) LIKE ?)').join(' OR ')})`);
      for (const s of f.source) params.push(s, `%${s}%`);
    }
    if (f.from) {
      conds.push('a.published >= ?');
      params.push(f.from);
    }
    if (f.to) {
      conds.push('a.published <= ?');
      params.push(f.to);
    }
    for (const name of f.entity) {
      let keys = await this.resolveEntity(name);
      if (f.etype && keys.length) keys = await this.keysOfType(keys, f.etype);
      if (keys.length === 0) return null;
      conds.push(
        `EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.key IN (${placeholders(keys.length)}))`,
      );
      params.push(...keys);
    }
    if (f.etype && !f.entity.length) {
      conds.push('EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.key = m.key WHERE m.article_id = a.id AND e.type = ?)');
      params.push(f.etype);
    }
    return { sql: conds.length ? conds.join(' AND ') : '1=1', params };
  }

  private async speakerFilter(p: ParsedQuery): Promise<Frag> {
    if (!p.filters.speaker.length) return { sql: '1=1', params: [] };
    const conds: string[] = [];
    const params: unknown[] = [];
    for (const sp of p.filters.speaker) {
      const keys = await this.resolveEntity(sp);
      const norm = termString(sp);
      const alts = [`(' ' || x.speaker_norm || ' ') LIKE ?`];
      params.push(`% ${norm} %`);
      if (keys.length) {
        alts.push(`x.speaker_key IN (${placeholders(keys.length)})`);
        params.push(...keys);
      }
      conds.push(`(${alts.join(' OR ')})`);
    }
    return { sql: conds.join(' AND '), params };
  }

  /**
   * A query turned into SQL over one backend: the matching rows of `kind` as (id, article_id,
   * score); null when a filter can match nothing.
   */
  private async compile(kind: FtsKind, p: ParsedQuery): Promise<Compiled | null> {
    const af = await this.articleFilters(p);
    if (!af) return null;
    const X = kind === 'articles' ? 'a' : 'x';
    const m = this.fts.match(kind, p, X);
    const extra: Frag = kind === 'quotes' ? await this.speakerFilter(p) : { sql: '1=1', params: [] };
    const join = kind === 'articles' ? '' : ' JOIN articles a ON a.id = x.article_id';
    const fromWhere: Frag = {
      sql: `FROM ${m.from.sql}${join} WHERE (${m.where.sql}) AND (${af.sql}) AND (${extra.sql})`,
      params: [...m.from.params, ...m.where.params, ...af.params, ...extra.params],
    };
    const artId = kind === 'articles' ? 'a.id' : 'x.article_id';
    const unfiltered = af.sql === '1=1' && extra.sql === '1=1';
    return {
      select: {
        sql: `SELECT ${X}.id AS id, ${artId} AS article_id, ${m.score.sql} AS score ${fromWhere.sql}`,
        params: [...m.score.params, ...fromWhere.params],
      },
      ids: { sql: `SELECT ${X}.id AS id, ${artId} AS article_id ${fromWhere.sql}`, params: fromWhere.params },
      newest: p.groups.length && m.newest ? m.newest : null,
      byScore: `score DESC, ${X}.id DESC`,
      byDate: `a.published DESC, ${X}.id DESC`,
      // Without other conditions the rows come straight from the full-text index (no join per match).
      indexOnly: unfiltered ? m.indexOnly : undefined,
    };
  }

  /**
   * Window `k` of a ranked query: the matches from k·W to (k+1)·W−1 in newest-first order (the
   * index's own order, so the database stops after W+1 rows and scores only those), best first.
   */
  private async rankedWindow(
    c: Compiled,
    k: number,
    w: number,
  ): Promise<{ rows: MatchRow[]; more: boolean }> {
    const q = c.indexOnly?.scored ?? c.select;
    const rows = (
      await this.db.all(`${q.sql} ORDER BY ${c.newest} LIMIT ? OFFSET ?`, [...q.params, w + 1, k * w])
    ).map(matchRow);
    const more = rows.length > w;
    if (more) rows.length = w;
    rows.sort((x, y) => y.score - x.score || y.id - x.id);
    return { rows, more };
  }

  /** The number of matches, counting no further than `cap` + 1. */
  private async countUpTo(c: Compiled, cap: number): Promise<number> {
    // No order: the index hands over matches in its cheapest one.
    const q = c.indexOnly?.ids ?? c.ids;
    const r = await this.db.get(`SELECT COUNT(*) AS n FROM (${q.sql} LIMIT ?) t`, [...q.params, cap + 1]);
    return num(r?.n);
  }

  /**
   * One page of matches, best first, and how much is known about the rest.
   *
   * Ranking every match costs time in proportion to the number of matches (BM25 / ts_rank per
   * row), which on a large archive is a good part of the archive for a common word. So matches
   * are ranked together only up to the rank window (R, `rankWindow`); beyond it they are ranked
   * within consecutive windows of R matches, the most recently added first, and the result says
   * so. Totals are counted exactly up to the search window (C, `searchWindow`, or as far as the
   * page reached) and reported as a lower bound beyond; facets describe the first C matches.
   * Paging reaches every match.
   */
  private async findPage(
    kind: FtsKind,
    p: ParsedQuery,
    limit: number,
    offset: number,
    facets: boolean,
  ): Promise<Found | null> {
    const c = await this.compile(kind, p);
    if (!c) return null;
    const cap = this.searchWindow;
    let found: Found;
    if (!c.newest) {
      // No positive terms (filters or exclusions only): newest published first, nothing to rank.
      const raw = (
        await this.db.all(`${c.select.sql} ORDER BY ${c.byDate} LIMIT ? OFFSET ?`, [
          ...c.select.params,
          limit + 1,
          offset,
        ])
      ).map(matchRow);
      const upTo = Math.max(cap, offset + limit);
      const n = await this.countUpTo(c, upTo);
      found = {
        rows: raw.slice(0, limit),
        total: Math.min(n, upTo),
        totalExact: n <= upTo,
        next: raw.length > limit ? String(offset + limit) : null,
        rankWindow: null,
      };
    } else {
      const w = Math.min(this.rankWindow, cap);
      const k0 = Math.floor(offset / w);
      const k1 = Math.floor((offset + limit - 1) / w);
      const ranked: MatchRow[] = [];
      let total = 0;
      let totalExact = true;
      for (let k = k0; k <= k1; k++) {
        const win = await this.rankedWindow(c, k, w);
        ranked.push(...win.rows);
        if (win.more) {
          total = (k + 1) * w;
          totalExact = false;
          continue;
        }
        // The last window. Empty only when the page starts past the end: count what there is.
        total = win.rows.length === 0 && k > 0 ? await this.countUpTo(c, k * w) : k * w + win.rows.length;
        totalExact = true;
        break;
      }
      if (!totalExact && total < cap) {
        // More than the windows read: count on, unscored, up to the search window.
        const n = await this.countUpTo(c, cap);
        total = Math.min(n, cap);
        totalExact = n <= cap;
      }
      const from = offset - k0 * w;
      found = {
        rows: ranked.slice(from, from + limit),
        total,
        totalExact,
        next: !totalExact || offset + limit < total ? String(offset + limit) : null,
        rankWindow: totalExact && total <= w ? null : w,
      };
    }
    // Facets describe the first `cap` matches: all of them when the count is exact and within it.
    if (facets) found.facets = await this.facetsOf(c, found.totalExact && found.total <= cap);
    return found;
  }

  async search(q: SearchQuery, opts: { facets?: boolean } = {}): Promise<SearchResult> {
    const p = parseQuery(q.q);
    const limit = clampLimit(q.limit, 10);
    const offset = offsetCursor(q.cursor);
    const type: SearchType = p.filters.type ?? (p.filters.speaker.length ? 'quote' : 'article');
    const kind: FtsKind = type === 'article' ? 'articles' : type === 'quote' ? 'quotes' : 'events';
    const found = await this.findPage(kind, p, limit, offset, !!opts.facets);
    if (!found) {
      return {
        hits: [],
        total: 0,
        totalExact: true,
        next: null,
        rankWindow: null,
        ...(opts.facets ? { facets: emptyFacets() } : {}),
      };
    }
    const terms = new Set(positiveTerms(p));
    const hits: SearchHit[] = [];
    for (const r of found.rows) hits.push(await this.hit(kind, r, terms));
    const result: SearchResult = {
      hits,
      total: found.total,
      totalExact: found.totalExact,
      next: found.next,
      rankWindow: found.rankWindow,
    };
    if (found.facets) result.facets = found.facets;
    return result;
  }

  private async hit(
    kind: FtsKind,
    r: { id: number; article_id: number; score: number },
    terms: Set<string>,
  ): Promise<SearchHit> {
    const a = await this.db.get('SELECT id, headline, published, site, text FROM articles WHERE id = ?', [
      r.article_id,
    ]);
    const text = String(a?.text ?? '');
    const base = {
      articleId: r.article_id,
      headline: str(a?.headline),
      published: str(a?.published),
      site: str(a?.site),
      score: Math.round(r.score * 1e6) / 1e6,
    };
    if (kind === 'quotes') {
      const qr = await this.db.get('SELECT * FROM quotes WHERE id = ?', [r.id]);
      const qt = String(qr?.text ?? '');
      const snip = buildSnippet(qt, terms, 0, qt.length);
      return {
        type: 'quote',
        ...base,
        snippet: snip.snippet,
        matched: snip.matched,
        quote: { speaker: str(qr?.speaker_name), text: qt, start: num(qr?.start_off), end: num(qr?.end_off) },
      };
    }
    if (kind === 'events') {
      const er = await this.db.get('SELECT sent_start, sent_end FROM events WHERE id = ?', [r.id]);
      const snip = buildSnippet(text, terms, num(er?.sent_start), num(er?.sent_end));
      return { type: 'event', ...base, snippet: snip.snippet, matched: snip.matched };
    }
    const snip = buildSnippet(text, terms, 0, text.length);
    return { type: 'article', ...base, snippet: snip.snippet, matched: snip.matched };
  }

  /**
   * Entity, outlet and month counts over the articles of the first `searchWindow` matches in the
   * query's plain order (newest first), from `article_facets` (one narrow row per article, its
   * distinct entity keys as numbers): one statement that returns few rows, the key lists as one
   * hex string, counted here rather than by a GROUP BY over every mention.
   */
  private async facetsOf(c: Compiled, complete: boolean): Promise<Facets> {
    const q = (c.newest && c.indexOnly?.ids) || c.ids;
    const order = c.newest ?? c.byDate;
    const allKeys =
      this.db.dialect === 'sqlite'
        ? `group_concat(hex(keys), '')`
        : `encode(string_agg(keys, ''::bytea), 'hex')`;
    const rows = await this.db.all<{ kind: string; v: unknown; n: unknown; keys: unknown }>(
      `WITH m AS MATERIALIZED (SELECT DISTINCT article_id FROM (${q.sql} ORDER BY ${order} LIMIT ?) t),
       w AS MATERIALIZED (SELECT f.site, f.month, f.keys FROM m JOIN article_facets f ON f.article_id = m.article_id)
       SELECT 'k' AS kind, NULL AS v, (SELECT COUNT(*) FROM m) AS n, (SELECT ${allKeys} FROM w) AS keys
       UNION ALL SELECT 's', site, COUNT(*), NULL FROM w WHERE site IS NOT NULL GROUP BY site
       UNION ALL SELECT 'm', month, COUNT(*), NULL FROM w WHERE month IS NOT NULL GROUP BY month`,
      [...q.params, this.searchWindow],
    );
    let articles = 0;
    const keys = new Map<number, number>();
    const sites = new Map<string, number>();
    const months = new Map<string, number>();
    for (const r of rows) {
      if (r.kind === 's') sites.set(String(r.v), num(r.n));
      else if (r.kind === 'm') months.set(String(r.v), num(r.n));
      else {
        articles = num(r.n);
        const b = Buffer.from(String(r.keys ?? ''), 'hex');
        for (let i = 0; i + 4 <= b.length; i += 4) {
          const k = b.readUInt32BE(i);
          keys.set(k, (keys.get(k) ?? 0) + 1);
        }
      }
    }
    // The 20 best are among those counted at least as often as the 40th (ties included; spares
    // for entities whose articles were all deleted, which have no row any more).
    const sorted = [...keys].sort((x, y) => y[1] - x[1]);
    const floor = sorted[Math.min(39, sorted.length - 1)]?.[1] ?? 0;
    const best = sorted.filter(([, n]) => n >= floor);
    const keyList = idIn(
      this.db.dialect,
      'fk.id',
      best.map(([k]) => k),
    );
    const names = best.length
      ? await this.db.all<{ id: unknown; key: string; name: unknown; type: unknown }>(
          `SELECT fk.id, fk.key, e.name, e.type FROM facet_keys fk JOIN entities e ON e.key = fk.key WHERE ${keyList.sql}`,
          keyList.params,
        )
      : [];
    const byId = new Map(names.map((e) => [num(e.id), e]));
    const ents = best
      .filter(([k]) => byId.has(k))
      .map(([k, count]) => {
        const e = byId.get(k)!;
        return { key: e.key, name: String(e.name), type: String(e.type) as EntityType, count };
      })
      .sort((x, y) => y.count - x.count || cmp(x.key, y.key))
      .slice(0, 20);
    return {
      entities: ents,
      sites: [...sites]
        .sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))
        .slice(0, 20)
        .map(([site, count]) => ({ site, count })),
      months: [...months].sort((x, y) => cmp(x[0], y[0])).map(([month, count]) => ({ month, count })),
      articles,
      complete,
    };
  }

  // ------------------------------------------------------------------------------- quotes, events, stories

  async listQuotes(opts: {
    speaker?: string;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<QuoteRow>> {
    const limit = clampLimit(opts.limit);
    const offset = offsetCursor(opts.cursor);
    const p = parseQuery(opts.q ?? '');
    if (opts.speaker) p.filters.speaker.push(opts.speaker);
    const found = await this.findPage('quotes', p, limit, offset, false);
    if (!found) return { items: [], next: null, total: 0, totalExact: true };
    const items: QuoteRow[] = [];
    for (const r of found.rows) {
      const q = await this.db.get(
        'SELECT x.*, a.headline, a.published FROM quotes x JOIN articles a ON a.id = x.article_id WHERE x.id = ?',
        [r.id],
      );
      if (!q) continue;
      items.push({
        articleId: num(q.article_id),
        headline: str(q.headline),
        published: str(q.published),
        kind: String(q.kind) as QuoteRow['kind'],
        text: { start: num(q.start_off), end: num(q.end_off), text: String(q.text) },
        speakerName: str(q.speaker_name),
        speakerKey: str(q.speaker_key),
        cue: str(q.cue),
      });
    }
    return { items, next: found.next, total: found.total, totalExact: found.totalExact };
  }

  async listEvents(opts: {
    status?: string;
    notStatus?: string;
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EventRow>> {
    const limit = clampLimit(opts.limit);
    const offset = offsetCursor(opts.cursor);
    const conds: string[] = [];
    const params: unknown[] = [];
    if (opts.status) {
      conds.push('x.status = ?');
      params.push(opts.status);
    }
    if (opts.notStatus) {
      conds.push('x.status <> ?');
      params.push(opts.notStatus);
    }
    if (opts.from) {
      conds.push('COALESCE(x.date, a.published) >= ?');
      params.push(opts.from);
    }
    if (opts.to) {
      conds.push('COALESCE(x.date, a.published) <= ?');
      params.push(opts.to);
    }
    const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
    const rows = await this.db.all(
      `SELECT x.*, a.headline, a.published FROM events x JOIN articles a ON a.id = x.article_id ${where}
       ORDER BY COALESCE(x.date, a.published) DESC, x.id DESC LIMIT ? OFFSET ?`,
      [...params, limit + 1, offset],
    );
    const total = num(
      (
        await this.db.get(
          `SELECT COUNT(*) AS n FROM events x JOIN articles a ON a.id = x.article_id ${where}`,
          params,
        )
      )?.n,
    );
    const items: EventRow[] = [];
    for (const r of rows.slice(0, limit)) {
      const keys = JSON.parse(String(r.participants ?? '[]')) as string[];
      const all = [...keys, ...(r.place ? [String(r.place)] : [])];
      const ents = all.length
        ? await this.db.all(
            `SELECT key, name, en FROM entities WHERE key IN (${placeholders(all.length)})`,
            all,
          )
        : [];
      const byKey = new Map(
        ents.map((e) => [String(e.key), { key: String(e.key), name: String(e.name), en: str(e.en) }]),
      );
      items.push({
        articleId: num(r.article_id),
        headline: str(r.headline),
        published: str(r.published),
        type: String(r.type) as EventRow['type'],
        status: String(r.status) as EventRow['status'],
        trigger: { start: num(r.trigger_start), end: num(r.trigger_end), text: String(r.trigger_text) },
        date: str(r.date),
        participants: keys.map((k) => byKey.get(k) ?? { key: k, name: k, en: null }),
        place: r.place
          ? (byKey.get(String(r.place)) ?? { key: String(r.place), name: String(r.place), en: null })
          : null,
      });
    }
    return { items, next: rows.length > limit ? String(offset + limit) : null, total };
  }

  async listStories(opts: { limit?: number; cursor?: string | null }): Promise<Page<StoryRow>> {
    const limit = clampLimit(opts.limit);
    const offset = offsetCursor(opts.cursor);
    const rows = await this.db.all(
      'SELECT * FROM stories ORDER BY size DESC, last DESC, id LIMIT ? OFFSET ?',
      [limit + 1, offset],
    );
    const total = num((await this.db.get('SELECT COUNT(*) AS n FROM stories'))?.n);
    const items: StoryRow[] = [];
    for (const s of rows.slice(0, limit)) {
      const arts = (
        await this.db.all(
          `SELECT ${ARTICLE_COLS} FROM articles a WHERE a.story = ? ORDER BY a.published, a.id`,
          [s.id],
        )
      ).map(toSummary);
      const groups = new Map<number, number[]>();
      for (const a of arts)
        if (a.dupGroup !== null) groups.set(a.dupGroup, [...(groups.get(a.dupGroup) ?? []), a.id]);
      items.push({
        id: num(s.id),
        title: str(s.title),
        articles: arts,
        duplicateGroups: [...groups.values()].filter((g) => g.length > 1),
      });
    }
    return { items, next: rows.length > limit ? String(offset + limit) : null, total };
  }

  /** Rows that story clustering reads: per article, its date, entity keys and text. */
  async storyInputs(): Promise<StoryInput[]> {
    const arts = await this.db.all(
      'SELECT id, published, headline, keyterms, dup_group FROM articles ORDER BY id',
    );
    const ments = await this.db.all<{ article_id: unknown; key: string }>(
      'SELECT DISTINCT article_id, key FROM mentions',
    );
    const keys = new Map<number, string[]>();
    for (const m of ments) {
      const id = num(m.article_id);
      keys.set(id, [...(keys.get(id) ?? []), m.key]);
    }
    return arts.map((a) => ({
      id: num(a.id),
      published: str(a.published),
      headline: str(a.headline),
      terms: String(a.keyterms ?? '')
        .split(' ')
        .filter(Boolean),
      keys: keys.get(num(a.id)) ?? [],
      dupGroup: a.dup_group === null ? null : num(a.dup_group),
    }));
  }

  /**
   * Replaces all story assignments in one transaction. `builtFrom` is the `articlesVersion()` read
   * before the inputs were: the stories are then fresh up to it, and a rebuild from an older
   * snapshot than the one stored is dropped (returns false) rather than written over it.
   */
  async setStories(
    stories: Array<{ title: string | null; articles: number[]; first: string | null; last: string | null }>,
    builtFrom?: number,
  ): Promise<boolean> {
    return this.db.tx(async (db) => {
      // The row lock serialises concurrent rebuilds on PostgreSQL (SQLite has one writer anyway).
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const cur = num((await db.get(`SELECT value FROM archive_state WHERE key = 'stories_version'${lock}`))?.value);
      if (builtFrom !== undefined && cur > builtFrom) return false;
      await db.run('UPDATE articles SET story = NULL WHERE story IS NOT NULL');
      await db.run('DELETE FROM stories');
      for (const s of stories) {
        const row = await db.all<{ id: unknown }>(
          'INSERT INTO stories (title, size, first, last) VALUES (?, ?, ?, ?) RETURNING id',
          [s.title, s.articles.length, s.first, s.last],
        );
        const sid = num(row[0]!.id);
        for (let i = 0; i < s.articles.length; i += 500) {
          const part = s.articles.slice(i, i + 500);
          await db.run(`UPDATE articles SET story = ? WHERE id IN (${placeholders(part.length)})`, [
            sid,
            ...part,
          ]);
        }
      }
      if (builtFrom !== undefined) {
        await db.run("UPDATE archive_state SET value = ? WHERE key = 'stories_version'", [builtFrom]);
      }
      return true;
    });
  }

  /** A counter bumped in the same transaction as every article write or deletion. */
  async articlesVersion(): Promise<number> {
    return num((await this.db.get("SELECT value FROM archive_state WHERE key = 'articles_version'"))?.value);
  }

  /**
   * Whether articles were written or deleted since the stories were last built (also after a
   * crash between the last batch and the rebuild: the mark is committed with the articles).
   */
  async storiesStale(): Promise<boolean> {
    const rows = await this.db.all<{ key: string; value: unknown }>('SELECT key, value FROM archive_state');
    const v = new Map(rows.map((r) => [r.key, num(r.value)]));
    return v.get('articles_version') !== v.get('stories_version');
  }

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

  /** Every article row for exports, in id order, a page at a time. */
  async *iterateArticles(batch = 200): AsyncIterable<StoredArticle> {
    let last = 0;
    for (;;) {
      const rows = await this.db.all(
        `SELECT ${ARTICLE_COLS}, a.text, a.doc FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?`,
        [last, batch],
      );
      if (rows.length === 0) return;
      for (const r of rows) {
        last = num(r.id);
        const rest = JSON.parse(String(r.doc)) as Omit<MarsadDocument, 'text'>;
        yield { ...toSummary(r), doc: { text: String(r.text), ...rest } };
      }
    }
  }

  /** Article ids matching a marsad query (all of them, for exports). */
  async matchingArticleIds(q: string): Promise<number[]> {
    const p = parseQuery(q);
    const c = await this.compile('articles', p);
    if (!c) return [];
    const rows = await this.db.all(
      `${c.select.sql} ORDER BY ${c.newest ? c.byScore : c.byDate}`,
      c.select.params,
    );
    return rows.map((r) => num(r.article_id));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function emptyFacets(): Facets {
  return { entities: [], sites: [], months: [], articles: 0, complete: true };
}

function windowFromEnv(name: string): number | null {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Code-unit order, the same on both backends whatever the database collation. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matchRow(r: Row): MatchRow {
  return { id: num(r.id), article_id: num(r.article_id), score: num(r.score) };
}

/** `col IN (ids)` as one parameter, so statements are reused whatever the number of ids. */
function idIn(dialect: Db['dialect'], col: string, ids: number[]): Frag {
  return dialect === 'sqlite'
    ? { sql: `${col} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] }
    : { sql: `${col} = ANY(?::bigint[])`, params: [ids] };
}
