/**
 * Search over the archive: a parsed query compiled to SQL on either backend (the full-text part
 * from the backend's `FtsDialect`), ranked in windows, counted up to a cap, with facets and
 * snippets. Quotes are listed through the same path (`findPage`).
 */
import type { EntityType } from '../doc/types.ts';
import type { Facets, SearchHit, SearchQuery, SearchResult, SearchType } from './types.ts';
import type { Db, Frag, Row } from './db.ts';
import { termString } from './terms.ts';
import { parseQuery, positiveTerms, type ParsedQuery } from './query.ts';
import { buildSnippet } from './snippet.ts';
import { keysOfType, resolveEntity } from './entities.ts';
import {
  clampLimit,
  cmp,
  idIn,
  num,
  offsetCursor,
  placeholders,
  str,
  type FtsDialect,
  type FtsKind,
} from './sql-common.ts';

/** What a search runs over: the database, its full-text side, and the two windows (see findPage). */
export interface SearchCtx {
  db: Db;
  fts: FtsDialect;
  searchWindow: number;
  rankWindow: number;
}

/**
 * How many matches are counted exactly and described by facets; beyond it totals are lower
 * bounds (see `findPage`).
 */
export const SEARCH_WINDOW = 1000;

/**
 * How many matches are ranked together: scoring costs time in proportion to it (see
 * `findPage`).
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

export interface Found {
  rows: MatchRow[];
  total: number;
  totalExact: boolean;
  next: string | null;
  rankWindow: number | null;
  facets?: Facets;
}

/** Conditions on articles (alias `a`) from the filters; null when a filter can match nothing. */
async function articleFilters(s: SearchCtx, p: ParsedQuery): Promise<Frag | null> {
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
    let keys = await resolveEntity(s.db, name);
    if (f.etype && keys.length) keys = await keysOfType(s.db, keys, f.etype);
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

async function speakerFilter(s: SearchCtx, p: ParsedQuery): Promise<Frag> {
  if (!p.filters.speaker.length) return { sql: '1=1', params: [] };
  const conds: string[] = [];
  const params: unknown[] = [];
  for (const sp of p.filters.speaker) {
    const keys = await resolveEntity(s.db, sp);
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
async function compile(s: SearchCtx, kind: FtsKind, p: ParsedQuery): Promise<Compiled | null> {
  const af = await articleFilters(s, p);
  if (!af) return null;
  const X = kind === 'articles' ? 'a' : 'x';
  const m = s.fts.match(kind, p, X);
  const extra: Frag = kind === 'quotes' ? await speakerFilter(s, p) : { sql: '1=1', params: [] };
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
async function rankedWindow(
  s: SearchCtx,
  c: Compiled,
  k: number,
  w: number,
): Promise<{ rows: MatchRow[]; more: boolean }> {
  const q = c.indexOnly?.scored ?? c.select;
  const rows = (
    await s.db.all(`${q.sql} ORDER BY ${c.newest} LIMIT ? OFFSET ?`, [...q.params, w + 1, k * w])
  ).map(matchRow);
  const more = rows.length > w;
  if (more) rows.length = w;
  rows.sort((x, y) => y.score - x.score || y.id - x.id);
  return { rows, more };
}

/** The number of matches, counting no further than `cap` + 1. */
async function countUpTo(s: SearchCtx, c: Compiled, cap: number): Promise<number> {
  // No order: the index hands over matches in its cheapest one.
  const q = c.indexOnly?.ids ?? c.ids;
  const r = await s.db.get(`SELECT COUNT(*) AS n FROM (${q.sql} LIMIT ?) t`, [...q.params, cap + 1]);
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
export async function findPage(
  s: SearchCtx,
  kind: FtsKind,
  p: ParsedQuery,
  limit: number,
  offset: number,
  facets: boolean,
): Promise<Found | null> {
  const c = await compile(s, kind, p);
  if (!c) return null;
  const cap = s.searchWindow;
  let found: Found;
  if (!c.newest) {
    // No positive terms (filters or exclusions only): newest published first, nothing to rank.
    const raw = (
      await s.db.all(`${c.select.sql} ORDER BY ${c.byDate} LIMIT ? OFFSET ?`, [
        ...c.select.params,
        limit + 1,
        offset,
      ])
    ).map(matchRow);
    const upTo = Math.max(cap, offset + limit);
    const n = await countUpTo(s, c, upTo);
    found = {
      rows: raw.slice(0, limit),
      total: Math.min(n, upTo),
      totalExact: n <= upTo,
      next: raw.length > limit ? String(offset + limit) : null,
      rankWindow: null,
    };
  } else {
    const w = Math.min(s.rankWindow, cap);
    const k0 = Math.floor(offset / w);
    const k1 = Math.floor((offset + limit - 1) / w);
    const ranked: MatchRow[] = [];
    let total = 0;
    let totalExact = true;
    for (let k = k0; k <= k1; k++) {
      const win = await rankedWindow(s, c, k, w);
      ranked.push(...win.rows);
      if (win.more) {
        total = (k + 1) * w;
        totalExact = false;
        continue;
      }
      // The last window. Empty only when the page starts past the end: count what there is.
      total = win.rows.length === 0 && k > 0 ? await countUpTo(s, c, k * w) : k * w + win.rows.length;
      totalExact = true;
      break;
    }
    if (!totalExact && total < cap) {
      // More than the windows read: count on, unscored, up to the search window.
      const n = await countUpTo(s, c, cap);
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
  if (facets) found.facets = await facetsOf(s, c, found.totalExact && found.total <= cap);
  return found;
}

export async function search(
  s: SearchCtx,
  q: SearchQuery,
  opts: { facets?: boolean } = {},
): Promise<SearchResult> {
  const p = parseQuery(q.q);
  const limit = clampLimit(q.limit, 10);
  const offset = offsetCursor(q.cursor);
  const type: SearchType = p.filters.type ?? (p.filters.speaker.length ? 'quote' : 'article');
  const kind: FtsKind = type === 'article' ? 'articles' : type === 'quote' ? 'quotes' : 'events';
  const found = await findPage(s, kind, p, limit, offset, !!opts.facets);
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
  for (const r of found.rows) hits.push(await hit(s, kind, r, terms));
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

async function hit(
  s: SearchCtx,
  kind: FtsKind,
  r: { id: number; article_id: number; score: number },
  terms: Set<string>,
): Promise<SearchHit> {
  const a = await s.db.get('SELECT id, headline, published, site, text FROM articles WHERE id = ?', [
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
    const qr = await s.db.get('SELECT * FROM quotes WHERE id = ?', [r.id]);
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
    const er = await s.db.get('SELECT sent_start, sent_end FROM events WHERE id = ?', [r.id]);
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
async function facetsOf(s: SearchCtx, c: Compiled, complete: boolean): Promise<Facets> {
  const q = (c.newest && c.indexOnly?.ids) || c.ids;
  const order = c.newest ?? c.byDate;
  const allKeys =
    s.db.dialect === 'sqlite' ? `group_concat(hex(keys), '')` : `encode(string_agg(keys, ''::bytea), 'hex')`;
  const rows = await s.db.all<{ kind: string; v: unknown; n: unknown; keys: unknown }>(
    `WITH m AS MATERIALIZED (SELECT DISTINCT article_id FROM (${q.sql} ORDER BY ${order} LIMIT ?) t),
     w AS MATERIALIZED (SELECT f.site, f.month, f.keys FROM m JOIN article_facets f ON f.article_id = m.article_id)
     SELECT 'k' AS kind, NULL AS v, (SELECT COUNT(*) FROM m) AS n, (SELECT ${allKeys} FROM w) AS keys
     UNION ALL SELECT 's', site, COUNT(*), NULL FROM w WHERE site IS NOT NULL GROUP BY site
     UNION ALL SELECT 'm', month, COUNT(*), NULL FROM w WHERE month IS NOT NULL GROUP BY month`,
    [...q.params, s.searchWindow],
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
    s.db.dialect,
    'fk.id',
    best.map(([k]) => k),
  );
  const names = best.length
    ? await s.db.all<{ id: unknown; key: string; name: unknown; type: unknown }>(
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

/** Article ids matching a marsad query (all of them, for exports). */
export async function matchingArticleIds(s: SearchCtx, q: string): Promise<number[]> {
  const p = parseQuery(q);
  const c = await compile(s, 'articles', p);
  if (!c) return [];
  const rows = await s.db.all(`${c.select.sql} ORDER BY ${c.newest ? c.byScore : c.byDate}`, c.select.params);
  return rows.map((r) => num(r.article_id));
}

function emptyFacets(): Facets {
  return { entities: [], sites: [], months: [], articles: 0, complete: true };
}

function matchRow(r: Row): MatchRow {
  return { id: num(r.id), article_id: num(r.article_id), score: num(r.score) };
}
