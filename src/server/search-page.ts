/**
 * The search page (and the home page): the box, clickable filters shown as removable chips, sort,
 * page numbers and page size, facets, and links to the same results as CSV, JSONL and Atom.
 */
import type { ArticleSummary, Facets, Page, SearchHit, SearchResult, Stats, Store } from '../store/types.ts';
import { escapeHtml, html, join, SafeHtml } from './escape.ts';
import { countNoun, siteName } from './i18n.ts';
import { ENTITY_TYPE_AR, entityHref, fmtNum, layout, timeEl } from './layout.ts';
import {
  DATE_SORT_MAX,
  ETYPE_AR,
  dayBound,
  ENTITY_TYPES,
  PAGE_SIZES,
  isEmpty,
  readState,
  resolveNames,
  stateHref,
  type Notice,
  type SearchState,
} from './search-state.ts';
import { pageNav } from './list-ui.ts';
import { monthChart } from './svg.ts';

export interface SearchView {
  /** The words searched (filters are in `state`). */
  q: string;
  state: SearchState;
  /** The query string the store received (marsad syntax). */
  storeQuery: string;
  notices: Notice[];
  result: SearchResult | null;
  /** Date-sorted results read only the first DATE_SORT_MAX matches. */
  truncatedSort: boolean;
  /** Display names of the entity filters, by the value in the URL. */
  entityNames: Record<string, string>;
  /** Outlets for the source menu (most articles first). */
  sites: string[];
  /** Home page without a query: the latest articles and the archive's size. */
  latest: Page<ArticleSummary> | null;
  stats: Stats | null;
}

const siteCache = new WeakMap<Store, { at: number; sites: string[] }>();

/** The outlets in the archive for the source menu, from a filter-only facet query (cached a minute). */
export async function siteList(store: Store): Promise<string[]> {
  const c = siteCache.get(store);
  if (c && Date.now() - c.at < 60_000) return c.sites;
  const r = await store.search({ q: 'from:0001-01-01', limit: 1 }, { facets: true });
  const sites = (r.facets?.sites ?? []).map((s) => s.site);
  siteCache.set(store, { at: Date.now(), sites });
  return sites;
}

/**
 * The first `max` hits, for sorting by date, export, and reaching page N: the store's cursors are
 * opaque, so a page is reached by reading from the start (in chunks of at most 500).
 */
export async function collectHits(store: Store, q: string, max: number, facets: boolean): Promise<SearchResult> {
  const first = await store.search({ q, limit: Math.min(500, max) }, { facets });
  const hits = [...first.hits];
  let next = first.next;
  while (next && hits.length < max) {
    const r = await store.search({ q, limit: Math.min(500, max - hits.length), cursor: next });
    hits.push(...r.hits);
    next = r.next;
  }
  return { ...first, hits, next };
}

/** Page `offset / size` of the articles list, read from the start (cursors are opaque). */
async function articlesPage(store: Store, offset: number, size: number): Promise<Page<ArticleSummary>> {
  const items: ArticleSummary[] = [];
  let cursor: string | null = null;
  do {
    const p: Page<ArticleSummary> = await store.listArticles({ limit: Math.min(500, offset + size - items.length), cursor });
    items.push(...p.items);
    cursor = p.next;
  } while (cursor && items.length < offset + size);
  return { items: items.slice(offset, offset + size), next: cursor || items.length > offset + size ? 'more' : null };
}

export function byDate(order: 'newest' | 'oldest'): (a: SearchHit, b: SearchHit) => number {
  const sign = order === 'newest' ? -1 : 1;
  // Undated hits go last either way.
  return (a, b) =>
    Number(!a.published) - Number(!b.published) ||
    sign * (a.published ?? '').localeCompare(b.published ?? '') ||
    sign * (a.articleId - b.articleId) ||
    (a.quote?.start ?? 0) - (b.quote?.start ?? 0);
}

export async function loadSearch(store: Store, params: URLSearchParams): Promise<SearchView> {
  const state = readState(params);
  const sites = await siteList(store);
  const base = { q: state.q, state, notices: [], truncatedSort: false, entityNames: {}, sites };
  if (isEmpty(state)) {
    const [latest, stats] = await Promise.all([
      state.cursor ? store.listArticles({ limit: state.size, cursor: state.cursor }) : articlesPage(store, state.offset, state.size),
      store.stats(),
    ]);
    return { ...base, storeQuery: '', result: null, latest, stats };
  }
  const { storeQ, notices } = await resolveNames(store, state);
  const entityNames: Record<string, string> = {};
  for (const e of [...state.entity, ...(state.speaker ? [state.speaker] : [])]) {
    const found = (await store.getEntity(e)) ?? (await store.listEntities({ q: e, limit: 1 })).items[0] ?? null;
    entityNames[e] = found?.name ?? e;
  }
  const offset = state.offset;
  let result: SearchResult;
  let truncatedSort = false;
  if (state.sort === 'relevance' && (state.cursor || offset === 0)) {
    result = await store.search({ q: storeQ, limit: state.size, cursor: state.cursor }, { facets: true });
  } else if (state.sort === 'relevance') {
    const upTo = await collectHits(store, storeQ, offset + state.size, true);
    const more = upTo.next !== null || upTo.hits.length > offset + state.size;
    result = { ...upTo, hits: upTo.hits.slice(offset, offset + state.size), next: more ? 'more' : null };
  } else {
    const all = await collectHits(store, storeQ, DATE_SORT_MAX, true);
    truncatedSort = all.next !== null;
    all.hits.sort(byDate(state.sort));
    const hits = all.hits.slice(offset, offset + state.size);
    result = { ...all, hits, next: offset + state.size < all.hits.length ? String(offset + state.size) : null };
  }
  return { ...base, q: state.q, storeQuery: storeQ, notices, result, truncatedSort, entityNames, latest: null, stats: null };
}

// ---------------------------------------------------------------------------------------------

const TYPE_AR: Record<string, string> = { article: 'مقالات', quote: 'اقتباسات', event: 'أحداث' };
const SORT_AR: Record<string, string> = { relevance: 'الأكثر صلة', newest: 'الأحدث أولًا', oldest: 'الأقدم أولًا' };

function option(value: string, label: string, current: string | null): SafeHtml {
  return html`<option value="${value}"${current === value ? html` selected` : html``}>${label}</option>`;
}

/** The search form: the box, then the filter controls; chips and hidden fields keep the rest. */
export function searchForm(st: SearchState, sites: readonly string[]): SafeHtml {
  const siteOpts = [...new Set([...(st.source ? [st.source] : []), ...sites])];
  return html`<form class="search" role="search" action="/search" method="get">
<label for="q">ابحث في الأرشيف</label>
<div class="search-row">
<input id="q" name="q" type="search" value="${st.q}" maxlength="500" placeholder="مثال: قمة المياه، الكعبي، &quot;منظمة التعاون المائي&quot;" autocomplete="off" aria-describedby="q-help">
<button type="submit">بحث</button>
</div>
<fieldset class="filters">
<legend>تصفية</legend>
<span class="field"><label for="f-from">من تاريخ</label><input id="f-from" name="from" type="date" value="${st.from ? dayBound(st.from, false) : ''}"></span>
<span class="field"><label for="f-to">إلى تاريخ</label><input id="f-to" name="to" type="date" value="${st.to ? dayBound(st.to, true) : ''}"></span>
<span class="field"><label for="f-source">المصدر</label><select id="f-source" name="source">${option('', 'كل المصادر', st.source ?? '')}${siteOpts.map((s) => option(s, siteName(s), st.source))}</select></span>
<span class="field"><label for="f-type">النوع</label><select id="f-type" name="type">${option('', 'مقالات (الكل)', st.type ?? '')}${option('quote', 'اقتباسات', st.type)}${option('event', 'أحداث', st.type)}</select></span>
<span class="field"><label for="f-etype">نوع الكيان</label><select id="f-etype" name="etype" aria-describedby="f-etype-help">${option('', 'أي كيان', st.etype ?? '')}${ENTITY_TYPES.map((t) => option(t, ENTITY_TYPE_AR[t], st.etype))}</select></span>
<span class="field"><label for="f-entity">يذكر اسم</label><input id="f-entity" name="entity" type="search" maxlength="200" placeholder="مثل: الكعبي" aria-describedby="f-etype-help"></span>
<p class="help field-help" id="f-etype-help">نوع الكيان مع اسم: الاسم بهذا النوع وحده (مكان لا شخص بالاسم نفسه). ومن دون اسم: ما يذكر كيانًا من هذا النوع.</p>
${st.entity.map((e) => html`<input type="hidden" name="entity" value="${e}">`)}
${st.speaker ? html`<input type="hidden" name="speaker" value="${st.speaker}">` : html``}
${st.sort !== 'relevance' ? html`<input type="hidden" name="sort" value="${st.sort}">` : html``}
${st.size !== 20 ? html`<input type="hidden" name="size" value="${st.size}">` : html``}
</fieldset>
<details class="help" id="q-help"><summary>طريقة الكتابة</summary>
<p>كلمات (تُطابق كل صيغها: الكعبي، كعبي، والكعبي)، أو "عبارة بين علامتي تنصيص"، أو -كلمة لاستبعادها، أو OR بين بديلين. ويمكن كتابة المرشحات في المربع أيضًا: <span dir="ltr">speaker:"ليلى حداد" entity:الكعبي source:al-fajr from:2021-06-01 to:2021-06-30 type:quote etype:PER</span>. الأسماء بالإنجليزية (Kaabi) تجد مقابلها العربي.</p>
</details>
</form>`;
}

function chip(label: string | SafeHtml, removeHref: string, what: string): SafeHtml {
  return html`<li class="fchip"><span>${label}</span> <a class="remove" href="${removeHref}" aria-label="أزل المرشح: ${what}" title="أزل المرشح">×</a></li>`;
}

/** Applied filters as chips, each with a link that removes it. */
export function filterChips(v: SearchView): SafeHtml {
  const st = v.state;
  const reset = { page: 1 };
  const chips: SafeHtml[] = [];
  st.entity.forEach((e, i) => {
    const name = v.entityNames[e] ?? e;
    chips.push(chip(`يذكر: ${name}`, stateHref('/search', st, { ...reset, entity: st.entity.filter((_, k) => k !== i) }), name));
  });
  if (st.speaker) {
    const name = v.entityNames[st.speaker] ?? st.speaker;
    chips.push(chip(`القائل: ${name}`, stateHref('/search', st, { ...reset, speaker: null }), name));
  }
  if (st.source) chips.push(chip(`المصدر: ${siteName(st.source)}`, stateHref('/search', st, { ...reset, source: null }), siteName(st.source)));
  if (st.from) chips.push(chip(html`من <bdi dir="ltr">${st.from}</bdi>`, stateHref('/search', st, { ...reset, from: null }), `من ${st.from}`));
  if (st.to) chips.push(chip(html`إلى <bdi dir="ltr">${st.to}</bdi>`, stateHref('/search', st, { ...reset, to: null }), `إلى ${st.to}`));
  if (st.type) chips.push(chip(`النوع: ${TYPE_AR[st.type]}`, stateHref('/search', st, { ...reset, type: null }), TYPE_AR[st.type]!));
  if (st.etype) {
    const label = `نوع الكيان: ${ENTITY_TYPE_AR[st.etype]}`;
    chips.push(chip(label, stateHref('/search', st, { ...reset, etype: null }), label));
  }
  if (chips.length === 0) return html``;
  const clear = stateHref('/search', { ...st, entity: [], speaker: null, source: null, from: null, to: null, type: null, etype: null, page: 1 });
  return html`<div class="chips-bar"><span class="chips-label" id="chips-h">المرشحات:</span><ul class="chips" aria-labelledby="chips-h">${chips}</ul>${chips.length > 1 ? html` <a class="clear" href="${clear}">أزل كل المرشحات</a>` : html``}</div>`;
}

/** "21–40 من 70", previous/next and page numbers. */
export function pagination(path: string, st: SearchState, shown: number, total: number, exact: boolean, hasNext: boolean): SafeHtml {
  return pageNav((page) => stateHref(path, st, { page }), st, shown, total, exact, hasNext);
}

/** Sort order and page size; JavaScript submits on change, the button does without it. */
function toolbar(st: SearchState): SafeHtml {
  return html`<form class="toolbar" action="/search" method="get">
${[...new URLSearchParams(stateHref('/search', st, { page: 1, sort: 'relevance', size: 20 }).split('?')[1] ?? '')].map(([k, val]) => html`<input type="hidden" name="${k}" value="${val}">`)}
<span class="field"><label for="sort">الترتيب</label><select id="sort" name="sort" class="autosubmit">${(['relevance', 'newest', 'oldest'] as const).map((s) => option(s, SORT_AR[s]!, st.sort))}</select></span>
<span class="field"><label for="size">في الصفحة</label><select id="size" name="size" class="autosubmit">${[...new Set([...PAGE_SIZES, st.size])].sort((a, b) => a - b).map((n) => option(String(n), fmtNum(n), String(st.size)))}</select></span>
<button type="submit" class="secondary">تطبيق</button>
</form>`;
}

function exportLinks(st: SearchState): SafeHtml {
  const p = { page: 1, size: 20 };
  return html`<p class="exports">نزّل النتائج: <a href="${stateHref('/search.csv', st, p)}" download>CSV</a> · <a href="${stateHref('/search.jsonl', st, p)}" download>JSONL</a> · <a href="${stateHref('/search.atom', st, { ...p, sort: 'newest' })}" type="application/atom+xml">تلقيمة Atom للتنبيه</a></p>`;
}

export function articleMeta(a: { site: string | null; published: string | null }): SafeHtml {
  return html`<p class="meta">${a.site ? html`<bdi class="site">${siteName(a.site)}</bdi>` : html``}${a.site && a.published ? ' · ' : ''}${a.published ? html`<bdi>${timeEl(a.published)}</bdi>` : html``}</p>`;
}

/** Escaped snippet text with the (merged) highlight ranges wrapped in <mark>. */
export function renderSnippet(text: string, ranges: ReadonlyArray<readonly [number, number]>): SafeHtml {
  const sorted = ranges
    .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b <= text.length && a < b)
    .map(([a, b]) => [a, b] as [number, number])
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  let out = '';
  let pos = 0;
  for (const [a, b] of merged) {
    out += escapeHtml(text.slice(pos, a)) + '<mark>' + escapeHtml(text.slice(a, b)) + '</mark>';
    pos = b;
  }
  out += escapeHtml(text.slice(pos));
  return new SafeHtml(out);
}

function hitItem(h: SearchHit): SafeHtml {
  const link = h.quote ? `/article/${h.articleId}#q-at-${h.quote.start}` : `/article/${h.articleId}`;
  // The forms found in the text, as written there (the normalised stems stay internal).
  const forms = [...new Set(h.matched.flatMap((m) => (m.forms.length ? m.forms : [])))];
  return html`<li class="result result-${h.type}">
<h2><a href="${link}">${h.headline || `مقال ${h.articleId}`}</a></h2>
${articleMeta(h)}
${h.quote ? html`<p class="quote-hit"><span class="badge">اقتباس</span> ${h.quote.speaker ? html`<strong>${h.quote.speaker}</strong>: ` : html``}«${h.quote.text}»</p>` : html``}
${h.type === 'event' ? html`<p><span class="badge">حدث</span></p>` : html``}
<p class="snippet">${renderSnippet(h.snippet.text, h.snippet.highlights)}</p>
${forms.length ? html`<p class="matched">وُجد في النص: ${join(forms.map((f) => html`<span class="term">${f}</span>`), '، ')}</p>` : html``}
</li>`;
}

const TYPE_GROUPS: Array<[string, string]> = [
  ['PER', 'أشخاص'],
  ['ORG', 'جهات'],
  ['LOC', 'أماكن'],
  ['MISC', 'أخرى'],
];

function facetBlock(v: SearchView, f: Facets): SafeHtml {
  const st = v.state;
  const groups = TYPE_GROUPS.map(([t, label]) => {
    const items = f.entities.filter((e) => e.type === t && !st.entity.includes(e.key));
    if (!items.length) return html``;
    return html`<h3>${label}</h3><ul class="facet-list">${items.map(
      (e) =>
        html`<li><a class="facet-add" href="${stateHref('/search', st, { entity: [...st.entity, e.key], page: 1 })}" title="حصر النتائج في ما يذكر ${e.name}"><span class="name">${e.name}</span> <span class="count">${fmtNum(e.count)}</span></a> <a class="facet-page" href="${entityHref(e.key)}" aria-label="صفحة ${e.name}" title="صفحة ${ENTITY_TYPE_AR[e.type as 'PER']}">ⓘ</a></li>`,
    )}</ul>`;
  });
  const sites = f.sites.filter((s) => s.site !== st.source);
  return html`<aside class="facets" aria-label="تصفية النتائج">
${f.complete ? html`` : html`<p class="help facets-note">أرقام التصفية محسوبة على أحدث ${countNoun(f.articles, 'article', 'genitive')} من المقالات المطابقة، لا على كل النتائج.</p>`}
${f.months.length ? html`<section><h2>حسب الشهر</h2>${monthChart(f.months, 'عدد النتائج حسب شهر النشر', (m) => stateHref('/search', st, { from: m, to: m, page: 1 }), 300)}</section>` : html``}
${f.entities.length ? html`<section><h2>الكيانات</h2><p class="help">اختر اسمًا لحصر النتائج فيه.</p>${groups}</section>` : html``}
${sites.length ? html`<section><h2>المصادر</h2><ul class="facet-list">${sites.map((s) => html`<li><a class="facet-add" href="${stateHref('/search', st, { source: s.site, page: 1 })}"><span class="name">${siteName(s.site)}</span> <span class="count">${fmtNum(s.count)}</span></a></li>`)}</ul></section>` : html``}
</aside>`;
}

export function searchTitle(st: SearchState, entityNames: Record<string, string>): string {
  const parts = [st.q, ...st.entity.map((e) => entityNames[e] ?? e), st.speaker ? (entityNames[st.speaker] ?? st.speaker) : '', st.source ? siteName(st.source) : '', st.etype ? ETYPE_AR[st.etype] : ''].filter(Boolean);
  return parts.join(' · ') || 'كل المقالات';
}

export function renderSearch(v: SearchView): SafeHtml {
  const st = v.state;
  const jsonHref = stateHref('/search.json', st);
  if (!v.result) {
    const latest = v.latest!;
    const body = html`${searchForm(st, v.sites)}
<section aria-labelledby="latest-h">
<h1 id="latest-h">أحدث المقالات</h1>
${v.stats ? html`<p class="stats">في الأرشيف ${countNoun(v.stats.articles, 'article')}، و${countNoun(v.stats.entities, 'entity')}، و${countNoun(v.stats.quotes, 'quote')}، و${countNoun(v.stats.events, 'event')}.</p>` : html``}
${latest.items.length === 0 ? html`<p class="empty">الأرشيف فارغ. أضف مقالات بالأمر <code dir="ltr">marsad ingest</code>.</p>` : html``}
<ol class="results">
${latest.items.map((a) => html`<li class="result"><h2><a href="/article/${a.id}">${a.headline || `مقال ${a.id}`}</a></h2>${articleMeta(a)}</li>`)}
</ol>
${v.stats ? pagination('/', st, latest.items.length, v.stats.articles, true, latest.next !== null) : html``}
</section>`;
    return layout({ title: 'البحث', active: '/', json: jsonHref }, body);
  }
  const r = v.result;
  const title = searchTitle(st, v.entityNames);
  const hasHits = r.hits.length > 0;
  const count = r.totalExact ? countNoun(r.total, 'result') : `أكثر من ${countNoun(r.total, 'result', 'genitive')}`;
  const body = html`${searchForm(st, v.sites)}
${filterChips(v)}
${v.notices.length ? html`<ul class="notices">${v.notices.map((n) => html`<li>${n.text}</li>`)}</ul>` : html``}
<div class="${hasHits && r.facets ? 'with-aside' : 'single'}">
<section class="primary" aria-labelledby="res-h">
<h1 id="res-h">${count}${st.q ? html` لـ «${st.q}»` : html``}</h1>
${hasHits ? html`<div class="results-bar">${toolbar(st)}${exportLinks(st)}</div>` : html``}
${r.rankWindow !== null && st.sort === 'relevance' ? html`<p class="help ranking-note">نتائج كثيرة: رُتّبت حسب الصلة ضمن كل ${countNoun(r.rankWindow, 'result', 'genitive')}، من الأحدث إضافةً إلى الأرشيف إلى الأقدم. أضف كلمة أو مرشحًا لترتيب أدق.</p>` : html``}
${v.truncatedSort ? html`<p class="help">الترتيب حسب التاريخ يشمل أول ${countNoun(DATE_SORT_MAX, 'result', 'genitive')} فقط. أضف مرشحًا لتضييق البحث.</p>` : html``}
${hasHits ? html`` : html`<p class="empty">لا نتائج. جرّب كلمة أقل، أو صيغة أخرى للاسم، أو أزل أحد المرشحات.</p>`}
<ol class="results" start="${st.offset + 1}">${r.hits.map(hitItem)}</ol>
${pagination('/search', st, r.hits.length, r.total, r.totalExact, r.next !== null)}
</section>
${hasHits && r.facets ? facetBlock(v, r.facets) : html``}
</div>`;
  return layout({ title: `بحث: ${title}`, active: '/', json: jsonHref, feed: stateHref('/search.atom', st, { page: 1, sort: 'newest' }) }, body);
}
