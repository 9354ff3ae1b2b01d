/**
 * The search page's state: free words plus filters as separate URL parameters, so that filters can
 * be clicked, shown as chips and removed, and the search box holds only what the user typed.
 * Filters typed into the box (`source:… from:…`) are lifted out into the same parameters; the
 * store still receives one query string in marsad syntax (`storeQuery`).
 */
import type { EntityType } from '../doc/types.ts';
import type { Store } from '../store/types.ts';
import { UiError } from './ui-error.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export type HitType = 'article' | 'quote' | 'event';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** Sorting by date and export read up to this many hits (in pages of 100). */
export const DATE_SORT_MAX = 1000;

export interface SearchState {
  /** The words as typed, filters removed. */
  q: string;
  entity: string[];
  speaker: string | null;
  source: string | null;
  from: string | null;
  to: string | null;
  type: HitType | null;
  /** Entity type: the entity filters name entities of this type (alone: mentions one of this type). */
  etype: EntityType | null;
  sort: SortOrder;
  page: number;
  size: number;
  /** First hit shown: (page - 1) × size. */
  offset: number;
  /** A store cursor from a link made before page numbers (passed through, opaque). */
  cursor: string | null;
}

const FILTER_KEYS = new Set(['entity', 'speaker', 'source', 'from', 'to', 'type', 'etype']);
const DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const LATIN_WORD = /^[A-Za-z][A-Za-z'’.-]*$/;

interface Tok {
  raw: string;
  key?: string;
  value?: string;
  quoted?: boolean;
}

/** Splits a query like marsad's lexer does: words, "phrases", and key:value / key:"value" filters. */
export function tokenize(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    if (/\s/.test(q[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let j = i;
    while (j < q.length && !/\s/.test(q[j]!) && q[j] !== '"') j++;
    const word = q.slice(i, j);
    const colon = word.indexOf(':');
    const key = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (FILTER_KEYS.has(key)) {
      let value = word.slice(colon + 1);
      let quoted = false;
      if (value === '' && q[j] === '"') {
        const close = q.indexOf('"', j + 1);
        value = q.slice(j + 1, close < 0 ? q.length : close);
        j = close < 0 ? q.length : close + 1;
        quoted = true;
      }
      out.push({ raw: q.slice(start, j), key, value, quoted });
      i = j;
      continue;
    }
    if (j === i || (j === i + 1 && q[i] === '-')) {
      // a "phrase" (or -"phrase"): up to the closing quote
      const close = q.indexOf('"', j + 1);
      j = close < 0 ? q.length : close + 1;
    }
    out.push({ raw: q.slice(start, j) });
    i = j;
  }
  return out;
}

const clean = (v: string) => v.replace(/["«»“”]/g, '').trim();

function one(params: URLSearchParams, k: string): string | null {
  const v = params.get(k);
  return v && v.trim() ? v.trim() : null;
}

function checkDate(field: 'from' | 'to', v: string | null): string | null {
  if (v === null) return null;
  if (!DAY_OR_MONTH.test(v) || Number.isNaN(Date.parse(v.length === 7 ? `${v}-01` : v))) {
    throw new UiError(
      400,
      'invalid_query',
      `${field}: needs a date like 2021-06-15 or a month like 2021-06, got "${v}"`,
      `التاريخ «${v}» في خانة «${field === 'from' ? 'من' : 'إلى'}» غير مفهوم. اكتب التاريخ هكذا: 2021-06-15 (سنة-شهر-يوم)، أو الشهر هكذا: 2021-06، أو اختره من منتقي التاريخ.`,
    );
  }
  return v;
}

/** What a state holds before the URL says otherwise: the first page of 20, by relevance. */
const PAGING_DEFAULTS: Pick<SearchState, 'type' | 'etype' | 'sort' | 'page' | 'size' | 'offset' | 'cursor'> = {
  type: null,
  etype: null,
  sort: 'relevance',
  page: 1,
  size: 20,
  offset: 0,
  cursor: null,
};

/** Reads the state from the URL, lifting filters typed into the box out of `q`. Throws UiError. */
export function readState(params: URLSearchParams): SearchState {
  const words: string[] = [];
  const st: SearchState = {
    q: '',
    entity: params.getAll('entity').map(clean).filter(Boolean).slice(0, 10),
    speaker: one(params, 'speaker'),
    source: one(params, 'source'),
    from: one(params, 'from'),
    to: one(params, 'to'),
    ...PAGING_DEFAULTS,
  };
  const q = params.get('q') ?? '';
  if (q.length > 500) throw new UiError(400, 'invalid_request', 'q: the query is limited to 500 characters', 'البحث أطول من 500 حرف. اختصره إلى الكلمات الأهم.');
  const toks = tokenize(q);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.key) {
      words.push(t.raw);
      continue;
    }
    const v = clean(t.value ?? '');
    if (!v) throw new UiError(400, 'invalid_query', `${t.key}: needs a value`, `المرشح ${t.key}: بلا قيمة. اكتب القيمة بعد النقطتين مباشرة، مثل ${t.key}:"…".`);
    if (t.key === 'entity') st.entity.push(v);
    else if (t.key === 'speaker') st.speaker = v;
    else if (t.key === 'source') st.source = v;
    else if (t.key === 'from') st.from = v;
    else if (t.key === 'to') st.to = v;
    else if (t.key === 'type') st.type = parseType(v);
    else if (t.key === 'etype') st.etype = parseEntityType(v);
    // An unquoted name filter may run over the next words (speaker:ليلى حداد): `resolveNames` decides.
    if ((t.key === 'speaker' || t.key === 'entity') && !t.quoted) {
      const rest: string[] = [];
      for (let k = i + 1; k < toks.length && !toks[k]!.key && rest.length < 3 && !/^["-]|^OR$/.test(toks[k]!.raw); k++) rest.push(toks[k]!.raw);
      if (rest.length) pendingTails.set(st, { key: t.key, value: v, rest });
    }
  }
  st.q = words.join(' ');
  st.type = st.type ?? parseType(one(params, 'type'));
  st.etype = st.etype ?? parseEntityType(one(params, 'etype'));
  st.from = checkDate('from', st.from);
  st.to = checkDate('to', st.to);
  if (st.from && st.to && st.from > st.to) {
    throw new UiError(400, 'invalid_query', `from:${st.from} is after to:${st.to}`, `تاريخ البداية (${st.from}) بعد تاريخ النهاية (${st.to}). بدّل بينهما.`);
  }
  const sort = one(params, 'sort');
  if (sort === 'newest' || sort === 'oldest') st.sort = sort;
  const page = Number(one(params, 'page') ?? 1);
  st.page = Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
  const sizeParam = one(params, 'size') ?? one(params, 'limit');
  const size = Number(sizeParam ?? 20);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new UiError(400, 'invalid_request', `limit: must be a whole number from 1 to 100, got "${sizeParam}"`, 'عدد النتائج في الصفحة يكون من 1 إلى 100.');
  }
  st.size = size;
  st.offset = (st.page - 1) * st.size;
  // Links from before page numbers carried the store's cursor: still honoured.
  st.cursor = one(params, 'cursor');
  if (st.cursor && st.cursor.length > 512) throw new UiError(400, 'invalid_request', 'cursor: too long', 'رابط الصفحة غير صالح. ارجع إلى الصفحة الأولى.');
  if (st.cursor && /^\d+$/.test(st.cursor)) {
    st.offset = Number(st.cursor);
    st.page = Math.floor(st.offset / st.size) + 1;
  }
  return st;
}

function parseType(v: string | null): HitType | null {
  if (v === null) return null;
  const t = v.toLowerCase();
  if (t === 'article' || t === 'quote' || t === 'event') return t;
  throw new UiError(400, 'invalid_query', `type: must be article, quote or event, got "${v}"`, `النوع «${v}» غير معروف: اختر مقالات أو اقتباسات أو أحداث.`);
}

/** Entity types in the plural, for titles ("الفيروز · أماكن") and messages. */
export const ETYPE_AR: Record<EntityType, string> = { PER: 'أشخاص', ORG: 'جهات', LOC: 'أماكن', MISC: 'أخرى' };

function parseEntityType(v: string | null): EntityType | null {
  if (v === null) return null;
  const t = v.toUpperCase() as EntityType;
  if (ENTITY_TYPES.includes(t)) return t;
  throw new UiError(
    400,
    'invalid_query',
    `etype: must be PER, ORG, LOC or MISC, got "${v}"`,
    `نوع الكيان «${v}» غير معروف: اختر ${ENTITY_TYPES.map((k) => ETYPE_AR[k]).join(' أو ')} من قائمة «نوع الكيان».`,
  );
}

/** Unquoted name filters followed by more words, waiting for `resolveNames`. */
const pendingTails = new WeakMap<SearchState, { key: 'speaker' | 'entity'; value: string; rest: string[] }>();

export interface Notice {
  /** What we understood, in Arabic. */
  text: string;
}

/**
 * Store look-ups that make the box forgiving: an unquoted `speaker:ليلى حداد` takes the following
 * words while they still name a known entity; an English word that names an entity ("Kaabi",
 * "Putin") also searches its Arabic spelling. Returns what was understood, to be shown.
 */
export async function resolveNames(store: Store, st: SearchState): Promise<{ storeQ: string; notices: Notice[] }> {
  const notices: Notice[] = [];
  const tail = pendingTails.get(st);
  if (tail) {
    let best = 0;
    for (let n = tail.rest.length; n >= 1; n--) {
      const name = [tail.value, ...tail.rest.slice(0, n)].join(' ');
      if ((await store.listEntities({ q: name, limit: 1 })).items.length) {
        best = n;
        break;
      }
    }
    if (best > 0) {
      const name = [tail.value, ...tail.rest.slice(0, best)].join(' ');
      if (tail.key === 'speaker') st.speaker = name;
      else st.entity[st.entity.lastIndexOf(tail.value)] = name;
      const words = tokenize(st.q).map((t) => t.raw);
      for (const w of tail.rest.slice(0, best)) {
        const k = words.indexOf(w);
        if (k >= 0) words.splice(k, 1);
      }
      st.q = words.join(' ');
      notices.push({ text: `فُهم «${name}» اسمًا واحدًا. للدقة اكتبه بين علامتي تنصيص: ${tail.key}:"${name}"، أو اختره من القائمة.` });
    } else {
      notices.push({ text: `المرشح ${tail.key}: يأخذ كلمة واحدة (${tail.value}) وبقية الكلمات تُبحث نصًّا. لاسم من كلمتين اكتب ${tail.key}:"${[tail.value, tail.rest[0]].join(' ')}".` });
    }
  }
  const words = tokenize(st.q).map((t) => t.raw);
  const out: string[] = [];
  for (const w of words) {
    if (!LATIN_WORD.test(w) || w === 'OR') {
      out.push(w);
      continue;
    }
    const found = (await store.listEntities({ q: w, limit: 5 })).items;
    const arabic = new Set<string>();
    for (const e of found) {
      const en = (e.en ?? '').toLowerCase().split(/\s+/);
      const ar = e.name.split(/\s+/);
      const at = en.indexOf(w.toLowerCase());
      // Names are transliterated word for word: the matching word's Arabic counterpart, else the name.
      arabic.add(at >= 0 && en.length === ar.length ? ar[at]! : e.name);
    }
    if (arabic.size === 0) {
      out.push(w);
      continue;
    }
    const alts = [...arabic].map((a) => (a.includes(' ') ? `"${a}"` : a));
    out.push([w, ...alts].join(' OR '));
    notices.push({ text: `«${w}» اسم بالإنجليزية: بحثنا أيضًا عن ${[...arabic].map((a) => `«${a}»`).join(' و')}.` });
  }
  return { storeQ: storeQuery(st, out.join(' ')), notices };
}

/** The query string in marsad syntax that the store receives. */
export function storeQuery(st: SearchState, words = st.q): string {
  const parts = [words];
  for (const e of st.entity) parts.push(`entity:"${clean(e)}"`);
  if (st.speaker) parts.push(`speaker:"${clean(st.speaker)}"`);
  if (st.source) parts.push(`source:"${clean(st.source)}"`);
  if (st.from) parts.push(`from:${st.from.length === 7 ? `${st.from}-01` : st.from}`);
  if (st.to) parts.push(`to:${st.to.length === 7 ? monthEnd(st.to) : st.to}`);
  if (st.type) parts.push(`type:${st.type}`);
  if (st.etype) parts.push(`etype:${st.etype}`);
  return parts.filter(Boolean).join(' ').trim();
}

/** A day or month bound as the day it stands for: a month starts on its 1st and ends on its last day. */
export function dayBound(v: string, end: boolean): string {
  return v.length === 7 ? (end ? monthEnd(v) : `${v}-01`) : v;
}

/**
 * The store query of the quotes list: the words, then source and date filters in marsad syntax
 * (the store reads them like the search box's). Throws UiError for a range that ends before it starts.
 */
export function quoteListQuery(f: { q?: string; source?: string; from?: string; to?: string }): string {
  if (f.from && f.to && dayBound(f.from, false) > dayBound(f.to, true)) {
    throw new UiError(400, 'invalid_query', `from:${f.from} is after to:${f.to}`, `تاريخ البداية (${f.from}) بعد تاريخ النهاية (${f.to}). بدّل بينهما.`);
  }
  const parts = [f.q ?? ''];
  if (f.source) parts.push(`source:"${clean(f.source)}"`);
  if (f.from) parts.push(`from:${dayBound(f.from, false)}`);
  if (f.to) parts.push(`to:${dayBound(f.to, true)}`);
  return parts.filter(Boolean).join(' ').trim();
}

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function isEmpty(st: SearchState): boolean {
  return !st.q.trim() && !st.entity.length && !st.speaker && !st.source && !st.from && !st.to && !st.type && !st.etype;
}

/** URL parameters of a state, defaults dropped; `over` replaces fields (null removes). */
export function stateParams(st: SearchState, over: Partial<SearchState> = {}): URLSearchParams {
  const s = { ...st, ...over };
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const e of s.entity) p.append('entity', e);
  if (s.speaker) p.set('speaker', s.speaker);
  if (s.source) p.set('source', s.source);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.type) p.set('type', s.type);
  if (s.etype) p.set('etype', s.etype);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.size !== 20) p.set('size', String(s.size));
  if (s.page !== 1) p.set('page', String(s.page));
  return p;
}

export function stateHref(path: string, st: SearchState, over: Partial<SearchState> = {}): string {
  const qs = stateParams(st, over).toString();
  return qs ? `${path}?${qs}` : path;
}

/** A lenient read for error pages: whatever can be kept of the user's input, never throws. */
export function looseState(params: URLSearchParams): SearchState {
  return {
    q: params.get('q') ?? '',
    entity: params.getAll('entity'),
    speaker: params.get('speaker'),
    source: params.get('source'),
    from: params.get('from'),
    to: params.get('to'),
    ...PAGING_DEFAULTS,
    etype: ENTITY_TYPES.find((t) => t === params.get('etype')?.toUpperCase()) ?? null,
  };
}

/** A plain-text title for a search (feed titles): words, then filter values, keys shown as names. */
export function searchTitleText(st: SearchState): string {
  const name = (v: string) => v.replace(/^(PER|ORG|LOC|MISC):/, '');
  return [st.q, ...st.entity.map(name), st.speaker ? name(st.speaker) : '', st.source ?? '', st.etype ? ETYPE_AR[st.etype] : ''].filter(Boolean).join(' · ') || 'كل المقالات';
}
