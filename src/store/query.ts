/**
 * marsad's query syntax, parsed once and compiled by each backend (FTS5 MATCH, tsquery):
 *   words               all must match (after normalisation and light stemming)
 *   "a phrase"          the words in this order
 *   -word, -"phrase"    must not match
 *   a OR b              either (binds tighter than the implicit AND)
 *   entity:X            articles mentioning entity X (Arabic name in any spelling, English name or key)
 *   speaker:X           quotes by X (implies type:quote)
 *   source:X            outlet/site
 *   from:YYYY-MM-DD     published on or after; to:YYYY-MM-DD on or before
 *   type:article|quote|event
 *   etype:PER|ORG|LOC|MISC  the entity: filters name entities of this type only; without an
 *                       entity: filter, articles that mention at least one entity of this type
 * Filter values may be quoted: entity:"فلاديمير بوتين".
 */
import type { SearchType } from './types.ts';
import type { EntityType } from '../doc/types.ts';
import { termsOf } from './terms.ts';
import { QueryError } from '../errors.ts';
import { isIsoDay } from '../util/iso-date.ts';

export { QueryError };

/** One alternative: a word or a phrase, as typed and as index terms. */
export interface Alt {
  text: string;
  terms: string[];
}

export interface ParsedQuery {
  /** AND of groups; each group is an OR of alternatives. */
  groups: Alt[][];
  exclude: Alt[];
  filters: {
    entity: string[];
    speaker: string[];
    source: string[];
    from: string | null;
    to: string | null;
    type: SearchType | null;
    etype: EntityType | null;
  };
}

const FILTERS = new Set(['entity', 'speaker', 'source', 'from', 'to', 'type', 'etype']);
const TYPES = new Set<SearchType>(['article', 'quote', 'event']);
const ENTITY_TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);

interface Tok {
  kind: 'word' | 'phrase' | 'or' | 'filter';
  neg: boolean;
  text: string;
  key?: string;
}

function lex(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = q.length;
  const readQuoted = (): string => {
    // at an opening quote
    const close = q.indexOf('"', i + 1);
    const end = close < 0 ? n : close;
    const s = q.slice(i + 1, end);
    i = close < 0 ? n : close + 1;
    return s;
  };
  while (i < n) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let neg = false;
    if (c === '-' && i + 1 < n && !/\s/.test(q[i + 1]!)) {
      neg = true;
      i++;
    }
    if (q[i] === '"' || q[i] === '“' || q[i] === '«') {
      const closeCh = q[i] === '«' ? '»' : q[i] === '“' ? '”' : '"';
      const close = q.indexOf(closeCh, i + 1);
      const end = close < 0 ? n : close;
      out.push({ kind: 'phrase', neg, text: q.slice(i + 1, end) });
      i = close < 0 ? n : close + 1;
      continue;
    }
    let j = i;
    while (j < n && !/\s/.test(q[j]!) && q[j] !== '"') j++;
    const word = q.slice(i, j);
    const colon = word.indexOf(':');
    if (colon > 0 && FILTERS.has(word.slice(0, colon).toLowerCase())) {
      const key = word.slice(0, colon).toLowerCase();
      let value = word.slice(colon + 1);
      i = j;
      if (value === '' && q[i] === '"') value = readQuoted();
      out.push({ kind: 'filter', neg, text: value, key });
      continue;
    }
    i = j;
    if (word === 'OR' && !neg) out.push({ kind: 'or', neg, text: word });
    else out.push({ kind: 'word', neg, text: word });
  }
  return out;
}

function isoDate(key: string, v: string): string {
  if (!isIsoDay(v)) {
    throw new QueryError(`${key}: needs a date like 2015-08-10, got "${v}"`);
  }
  return v;
}

export function parseQuery(q: string): ParsedQuery {
  const parsed: ParsedQuery = {
    groups: [],
    exclude: [],
    filters: { entity: [], speaker: [], source: [], from: null, to: null, type: null, etype: null },
  };
  let joinNext = false;
  for (const t of lex(q)) {
    if (t.kind === 'or') {
      if (parsed.groups.length > 0) joinNext = true;
      continue;
    }
    if (t.kind === 'filter') {
      const v = t.text.trim();
      if (!v) throw new QueryError(`${t.key}: needs a value, e.g. ${t.key}:…`);
      switch (t.key) {
        case 'entity':
          parsed.filters.entity.push(v);
          break;
        case 'speaker':
          parsed.filters.speaker.push(v);
          break;
        case 'source':
          parsed.filters.source.push(v.toLowerCase());
          break;
        case 'from':
          parsed.filters.from = isoDate('from', v);
          break;
        case 'to':
          parsed.filters.to = isoDate('to', v);
          break;
        case 'type': {
          const ty = v.toLowerCase() as SearchType;
          if (!TYPES.has(ty)) throw new QueryError(`type: must be article, quote or event, got "${v}"`);
          parsed.filters.type = ty;
          break;
        }
        case 'etype': {
          const et = v.toUpperCase() as EntityType;
          if (!ENTITY_TYPES.has(et)) throw new QueryError(`etype: must be PER, ORG, LOC or MISC, got "${v}"`);
          parsed.filters.etype = et;
          break;
        }
      }
      joinNext = false;
      continue;
    }
    const terms = termsOf(t.text).map((x) => x.term);
    if (terms.length === 0) continue;
    const alt: Alt = { text: t.text, terms };
    if (t.neg) {
      parsed.exclude.push(alt);
      joinNext = false;
      continue;
    }
    if (joinNext) parsed.groups[parsed.groups.length - 1]!.push(alt);
    else parsed.groups.push([alt]);
    joinNext = false;
  }
  if (parsed.filters.from && parsed.filters.to && parsed.filters.from > parsed.filters.to) {
    throw new QueryError(`from:${parsed.filters.from} is after to:${parsed.filters.to}`);
  }
  return parsed;
}

/** The distinct positive terms of the query (what snippets highlight and `matched` explains). */
export function positiveTerms(p: ParsedQuery): string[] {
  return [...new Set(p.groups.flatMap((g) => g.flatMap((a) => a.terms)))];
}

/** FTS5 MATCH expression over our own terms; null when the query has no positive terms. */
export function toFts5(p: ParsedQuery): { match: string | null; not: string | null } {
  const alt = (a: Alt) => `"${a.terms.join(' ')}"`;
  const group = (g: Alt[]) => (g.length === 1 ? alt(g[0]!) : `(${g.map(alt).join(' OR ')})`);
  const pos = p.groups.length ? p.groups.map(group).join(' AND ') : null;
  const neg = p.exclude.length ? p.exclude.map(alt).join(' OR ') : null;
  if (pos && neg) return { match: `(${pos}) NOT (${neg})`, not: null };
  return { match: pos, not: neg };
}

/** PostgreSQL tsquery text (for `to_tsquery('simple', …)`); null parts as for FTS5. */
export function toTsquery(p: ParsedQuery): { match: string | null; not: string | null } {
  const lit = (t: string) => `'${t.replace(/'/g, "''")}'`;
  const alt = (a: Alt) => (a.terms.length === 1 ? lit(a.terms[0]!) : `(${a.terms.map(lit).join(' <-> ')})`);
  const group = (g: Alt[]) => (g.length === 1 ? alt(g[0]!) : `(${g.map(alt).join(' | ')})`);
  const pos = p.groups.length ? p.groups.map(group).join(' & ') : null;
  const neg = p.exclude.length ? p.exclude.map(alt).join(' | ') : null;
  if (pos && neg) return { match: `(${pos}) & !(${neg})`, not: null };
  return { match: pos, not: neg };
}
