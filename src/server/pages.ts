/**
 * Server-rendered pages. Each page is a loader (request → data) and a renderer (data → HTML); the
 * `.json` twin of every page serves the loader's data as is, so the two can never disagree.
 */
import type {
  EntityDetail,
  EventRow,
  Page,
  QuoteRow,
  SearchResult,
  Stats,
  StoredArticle,
  StoryRow,
  ArticleSummary,
  EntitySummary,
} from '../store/types.ts';
import type { Store } from '../store/types.ts';
import { buildArticleView, renderArticleText, type ArticleView } from './article-view.ts';
import { escapeHtml, externalLink, html, join, SafeHtml } from './escape.ts';
import { ApiError } from './errors.ts';
import {
  ENTITY_TYPE_AR,
  EVENT_TYPE_AR,
  QUOTE_KIND_AR,
  STATUS_AR,
  entityHref,
  fmtNum,
  href,
  layout,
  memo,
  pager,
  timeEl,
} from './layout.ts';
import { monthChart, relatedGraph } from './svg.ts';
import {
  articleId,
  entitiesQuery,
  entityKey,
  eventsQuery,
  pageQuery,
  parse,
  quotesQuery,
  searchQuery,
} from './validate.ts';

export type Query = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// Search (and the home page)

export interface SearchView {
  q: string;
  limit: number;
  cursor: string | null;
  result: SearchResult | null;
  /** Home page without a query: the latest articles and the archive's size. */
  latest: Page<ArticleSummary> | null;
  stats: Stats | null;
}

export async function loadSearch(store: Store, query: Query): Promise<SearchView> {
  const p = parse(searchQuery, query);
  const q = p.q.trim();
  if (!q) {
    const [latest, stats] = await Promise.all([
      store.listArticles({ limit: p.limit, cursor: p.cursor ?? null }),
      store.stats(),
    ]);
    return { q: '', limit: p.limit, cursor: p.cursor ?? null, result: null, latest, stats };
  }
  // Facets describe the result set (up to the search window), not the page: first page only.
  const result = await store.search(
    { q, limit: p.limit, cursor: p.cursor ?? null },
    { facets: p.facets && !p.cursor },
  );
  return { q, limit: p.limit, cursor: p.cursor ?? null, result, latest: null, stats: null };
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

const lastDay = memo((month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
});

function searchForm(q: string): SafeHtml {
  return html`<form class="search" role="search" action="/search" method="get">
<label for="q">ابحث في الأرشيف</label>
<div class="search-row">
<input id="q" name="q" type="search" value="${q}" maxlength="500" placeholder="مثال: قمة الواحة &quot;وزير الخارجية&quot;" autocomplete="off" aria-describedby="q-help">
<button type="submit">بحث</button>
</div>
<p id="q-help" class="help">كلمات، أو "عبارة بين علامتي تنصيص"، أو -كلمة لاستبعادها، أو OR بين بديلين؛ ومرشحات: <span dir="ltr">entity: speaker: source: from:YYYY-MM-DD to: type:quote</span></p>
</form>`;
}

function articleMeta(a: { site: string | null; published: string | null }): SafeHtml {
  return html`<p class="meta">${a.site ? html`<bdi class="site">${a.site}</bdi>` : html``}${a.site && a.published ? ' · ' : ''}${a.published ? html`<bdi>${timeEl(a.published)}</bdi>` : html``}</p>`;
}

export function renderSearch(v: SearchView): SafeHtml {
  const title = v.q ? `بحث: ${v.q}` : 'البحث';
  const jsonHref = href('/search.json', { q: v.q, cursor: v.cursor, limit: v.limit === 20 ? null : v.limit });
  if (!v.result) {
    const latest = v.latest!;
    const body = html`${searchForm('')}
<section aria-labelledby="latest-h">
<h1 id="latest-h">أحدث المقالات</h1>
${v.stats ? html`<p class="stats">في الأرشيف ${fmtNum(v.stats.articles)} مقالًا، و${fmtNum(v.stats.entities)} كيانًا، و${fmtNum(v.stats.quotes)} اقتباسًا، و${fmtNum(v.stats.events)} حدثًا.</p>` : html``}
${latest.items.length === 0 ? html`<p class="empty">الأرشيف فارغ. أضف مقالات بالأمر <code dir="ltr">marsad ingest</code>.</p>` : html``}
<ol class="results">
${latest.items.map((a) => html`<li class="result"><h2><a href="/article/${a.id}">${a.headline || `مقال ${a.id}`}</a></h2>${articleMeta(a)}</li>`)}
</ol>
${pager(latest.next, '/', { limit: v.limit === 20 ? null : v.limit }, !v.cursor)}
</section>`;
    return layout({ title, active: '/', json: jsonHref }, body);
  }
  const r = v.result;
  const f = r.facets;
  const facetBlock = f
    ? html`<aside class="facets" aria-label="تصفية النتائج">
${f.complete ? html`` : html`<p class="help facets-note">أرقام التصفية محسوبة على أحدث ${fmtNum(f.articles)} من المقالات المطابقة، لا على كل النتائج.</p>`}
${f.months.length ? html`<section><h2>حسب الشهر</h2>${monthChart(f.months, 'عدد النتائج حسب شهر النشر', (m) => href('/search', { q: `${v.q} from:${m}-01 to:${m}-${lastDay(m)}` }))}</section>` : html``}
${f.entities.length ? html`<section><h2>الكيانات</h2><ul class="facet-list">${f.entities.map((e) => html`<li><a href="${entityHref(e.key)}" class="chip t-${e.type}">${e.name}</a> <a class="refine" href="${href('/search', { q: `${v.q} entity:"${e.key}"` })}" aria-label="حصر البحث في ${e.name}">+</a> <span class="count">${fmtNum(e.count)}</span></li>`)}</ul></section>` : html``}
${f.sites.length ? html`<section><h2>المصادر</h2><ul class="facet-list">${f.sites.map((s) => html`<li><a href="${href('/search', { q: `${v.q} source:"${s.site}"` })}">${s.site}</a> <span class="count">${fmtNum(s.count)}</span></li>`)}</ul></section>` : html``}
</aside>`
    : html``;
  const hits = r.hits.map((h) => {
    const link = h.quote ? `/article/${h.articleId}#q-at-${h.quote.start}` : `/article/${h.articleId}`;
    return html`<li class="result result-${h.type}">
<h2><a href="${link}">${h.headline || `مقال ${h.articleId}`}</a></h2>
${articleMeta(h)}
${h.quote ? html`<p class="quote-hit"><span class="badge">اقتباس</span> ${h.quote.speaker ? html`<strong>${h.quote.speaker}</strong>: ` : html``}«${h.quote.text}»</p>` : html``}
<p class="snippet">${renderSnippet(h.snippet.text, h.snippet.highlights)}</p>
${
  h.matched.length
    ? html`<p class="matched">طابق: ${join(
        h.matched.map(
          (m) =>
            html`<span class="term">${m.term}</span>${m.forms.length ? html` ← ${m.forms.join('، ')}` : html``}`,
        ),
        '؛ ',
      )}</p>`
    : html``
}
</li>`;
  });
  const body = html`${searchForm(v.q)}
<div class="with-aside">
<section class="primary" aria-labelledby="res-h">
<h1 id="res-h">${r.totalExact ? fmtNum(r.total) : `أكثر من ${fmtNum(r.total)}`} نتيجة لـ «${v.q}»</h1>
${r.rankWindow === null ? html`` : html`<p class="help ranking-note">نتائج كثيرة: رُتّبت حسب الصلة ضمن كل ${fmtNum(r.rankWindow)} نتيجة، من الأحدث إضافةً إلى الأرشيف إلى الأقدم. أضف كلمة أو مرشحًا (from: to: source: entity:) لترتيب أدق.</p>`}
${r.hits.length === 0 ? html`<p class="empty">لا نتائج. جرّب كلمة أقل أو صيغة أخرى للاسم.</p>` : html``}
<ol class="results">${hits}</ol>
${pager(r.next, '/search', { q: v.q, limit: v.limit === 20 ? null : v.limit }, !v.cursor)}
</section>
${facetBlock}
</div>`;
  return layout({ title, active: '/', json: jsonHref }, body);
}

// ---------------------------------------------------------------------------------------------
// Article

export async function loadArticle(store: Store, id: string): Promise<ArticleView> {
  const n = parse(articleId, id);
  const a: StoredArticle | null = await store.getArticle(n);
  if (!a) throw new ApiError(404, 'not_found', `no article with id ${n}`);
  return buildArticleView(a);
}

export function renderArticle(v: ArticleView): SafeHtml {
  const a = v.article;
  const p = v.panel;
  const entLi = (e: ArticleView['panel']['people'][number]) =>
    html`<li><a href="${entityHref(e.key)}" class="chip t-${e.type}">${e.name}</a>${e.en ? html` <span lang="en" dir="ltr" class="en">${e.en}</span>` : html``}${e.roles.length ? html` <span class="role">${e.roles.join('، ')}</span>` : html``}${e.anchor ? html` <a class="jump" href="#${e.anchor}" aria-label="انتقل إلى أول ذكر لـ ${e.name}">↧</a>` : html``}</li>`;
  const aside = html`<aside class="panel" aria-label="ما في المقال">
<section><h2>الأشخاص</h2>${p.people.length ? html`<ul class="plain">${p.people.map(entLi)}</ul>` : html`<p class="muted">لا أشخاص.</p>`}</section>
${p.others.length ? html`<section><h2>جهات وأماكن</h2><ul class="plain">${p.others.map(entLi)}</ul></section>` : html``}
<section><h2>الاقتباسات</h2>${
    p.quotes.length
      ? html`<ul class="plain quotes">${p.quotes.map(
          (q) =>
            html`<li><a href="#${q.anchor}" class="quote-link">${q.kind === 'direct' ? html`«${q.text}»` : q.text}</a><br><span class="by">${q.speaker ? (q.speaker.key ? html`<a href="${entityHref(q.speaker.key)}">${q.speaker.name}</a>` : q.speaker.name) : 'متحدث غير معروف'}</span> · <span class="kind">${QUOTE_KIND_AR[q.kind]}</span></li>`,
        )}</ul>`
      : html`<p class="muted">لا اقتباسات.</p>`
  }</section>
<section><h2>الأحداث</h2>${
    p.events.length
      ? html`<ul class="plain">${p.events.map(
          (e) =>
            html`<li><a href="#${e.anchor}">${EVENT_TYPE_AR[e.type as keyof typeof EVENT_TYPE_AR] ?? e.type}</a> <span class="status s-${e.status}">${STATUS_AR[e.status as keyof typeof STATUS_AR] ?? e.status}</span>${e.date ? html` · ${timeEl(e.date)}` : html``}${
              e.participants.length
                ? html`<br>${join(
                    e.participants.map((x) => html`<a href="${entityHref(x.key)}">${x.name}</a>`),
                    '، ',
                  )}`
                : html``
            }${e.place ? html` — <a href="${entityHref(e.place.key)}">${e.place.name}</a>` : html``}</li>`,
        )}</ul>`
      : html`<p class="muted">لا أحداث.</p>`
  }</section>
</aside>`;
  const legend = html`<p class="legend" aria-label="دليل الألوان"><span class="ann ent ent-PER">شخص</span> <span class="ann ent ent-ORG">منظمة</span> <span class="ann ent ent-LOC">مكان</span> <span class="ann quote">اقتباس</span> <span class="ann speaker">قائل</span> <span class="ann time">زمن</span> <span class="ann event">حدث</span></p>`;
  const body = html`<div class="with-aside">
<article class="primary" aria-labelledby="art-h">
<h1 id="art-h">${a.headline || `مقال ${a.id}`}</h1>
<p class="meta">${a.site ? html`<bdi class="site">${a.site}</bdi> · ` : html``}<bdi>${timeEl(a.published)}</bdi>${a.url ? html` · ${externalLink(a.url, 'المصدر الأصلي')}` : html``}${a.dupGroup !== null ? html` · <a href="/stories#dup-${a.dupGroup}">نسخ مكررة</a>` : html``}</p>
${legend}
${renderArticleText(a.doc)}
${a.doc.meta.warnings.length ? html`<details class="warnings"><summary>ملاحظات التحليل (${fmtNum(a.doc.meta.warnings.length)})</summary><ul>${a.doc.meta.warnings.map((w) => html`<li><code dir="ltr">${w.code}</code> ${w.message}</li>`)}</ul></details>` : html``}
</article>
${aside}
</div>`;
  return layout({ title: a.headline || `مقال ${a.id}`, json: `/article/${a.id}.json` }, body);
}

// ---------------------------------------------------------------------------------------------
// Entities

export interface EntityView {
  entity: EntityDetail;
  quotes: Page<QuoteRow>;
}

export async function loadEntity(store: Store, key: string): Promise<EntityView> {
  const k = parse(entityKey, key);
  const entity = await store.getEntity(k);
  if (!entity) throw new ApiError(404, 'not_found', `no entity with key "${k}"`);
  const quotes = await store.listQuotes({ speaker: k, limit: 50 });
  return { entity, quotes };
}

function quoteItem(q: QuoteRow, showSpeaker = true): SafeHtml {
  return html`<li class="quote-row">
<blockquote${q.kind === 'direct' ? html`` : html` class="indirect"`}><a href="/article/${q.articleId}#q-at-${q.text.start}">${q.kind === 'direct' ? html`«${q.text.text}»` : q.text.text}</a></blockquote>
<p class="meta">${showSpeaker ? html`${q.speakerKey ? html`<a href="${entityHref(q.speakerKey)}">${q.speakerName ?? q.speakerKey}</a>` : (q.speakerName ?? 'متحدث غير معروف')} · ` : html``}${QUOTE_KIND_AR[q.kind]}${q.cue ? html` (${q.cue})` : html``} · <a href="/article/${q.articleId}">${q.headline || `مقال ${q.articleId}`}</a>${q.published ? html` · ${timeEl(q.published)}` : html``}</p>
</li>`;
}

export function renderEntity(v: EntityView): SafeHtml {
  const e = v.entity;
  const body = html`<header class="entity-head">
<h1>${e.name} <span class="chip t-${e.type}">${ENTITY_TYPE_AR[e.type] ?? e.type}</span></h1>
${e.en ? html`<p class="en"><span lang="en" dir="ltr">${e.en}</span></p>` : html``}
<p class="stats">ورد في ${fmtNum(e.articles)} مقالًا (${fmtNum(e.mentions)} ذكرًا).</p>
<p><a href="${href('/search', { q: `entity:"${e.key}"` })}">المقالات التي تذكر ${e.name}</a> · <a href="${href('/search', { q: `speaker:"${e.key}"` })}">أقواله في البحث</a></p>
</header>
<div class="grid2">
<section aria-labelledby="names-h"><h2 id="names-h">الأسماء والتهجئات</h2>
<ul class="plain">${[e.name, ...e.aliases.filter((x) => x !== e.name)].map((n) => html`<li>${n}</li>`)}</ul></section>
<section aria-labelledby="roles-h"><h2 id="roles-h">الصفات والمناصب</h2>
${e.roles.length ? html`<ul class="plain">${e.roles.map((r) => html`<li>${r.text} <span class="count">${fmtNum(r.count)}</span></li>`)}</ul>` : html`<p class="muted">لا صفات مسجلة.</p>`}</section>
</div>
<section aria-labelledby="time-h"><h2 id="time-h">الذكر عبر الزمن</h2>${monthChart(e.timeline, `عدد مرات ذكر ${e.name} حسب الشهر`)}</section>
<section aria-labelledby="rel-h"><h2 id="rel-h">كيانات مرتبطة</h2>
${relatedGraph(
  { key: e.key, name: e.name, type: e.type, weight: e.mentions },
  e.related.map((r) => ({ key: r.key, name: r.name, type: r.type, weight: r.together })),
  `شبكة الكيانات التي تُذكر مع ${e.name}`,
)}
${e.related.length ? html`<ul class="plain related">${e.related.map((r) => html`<li><a href="${entityHref(r.key)}" class="chip t-${r.type}">${r.name}</a> <span class="count">معًا في ${fmtNum(r.together)}</span></li>`)}</ul>` : html``}
</section>
<section aria-labelledby="q-h"><h2 id="q-h">أقواله</h2>
${v.quotes.items.length ? html`<ul class="plain">${v.quotes.items.map((q) => quoteItem(q, false))}</ul>` : html`<p class="muted">لا اقتباسات منسوبة.</p>`}
${v.quotes.next ? html`<p><a href="${href('/quotes', { speaker: e.key })}">كل الاقتباسات ←</a></p>` : html``}
</section>`;
  return layout({ title: e.name, active: '/entities', json: `${entityHref(e.key)}.json` }, body);
}

export interface EntitiesView {
  type: string | null;
  q: string;
  cursor: string | null;
  page: Page<EntitySummary>;
}

export async function loadEntities(store: Store, query: Query): Promise<EntitiesView> {
  const p = parse(entitiesQuery, query);
  const page = await store.listEntities({ type: p.type, q: p.q, limit: p.limit, cursor: p.cursor ?? null });
  return { type: p.type ?? null, q: p.q ?? '', cursor: p.cursor ?? null, page };
}

export function renderEntities(v: EntitiesView): SafeHtml {
  const types = (['PER', 'ORG', 'LOC', 'MISC'] as const).map(
    (t) => html`<option value="${t}"${v.type === t ? html` selected` : html``}>${ENTITY_TYPE_AR[t]}</option>`,
  );
  const body = html`<h1>الكيانات</h1>
<form class="filters" action="/entities" method="get">
<label for="eq">الاسم</label><input id="eq" name="q" type="search" value="${v.q}" maxlength="200">
<label for="et">النوع</label><select id="et" name="type"><option value="">الكل</option>${types}</select>
<button type="submit">عرض</button>
</form>
${v.page.items.length === 0 ? html`<p class="empty">لا كيانات.</p>` : html``}
<table class="table"><thead><tr><th scope="col">الاسم</th><th scope="col">النوع</th><th scope="col">بالإنجليزية</th><th scope="col">المقالات</th><th scope="col">الذكر</th></tr></thead>
<tbody>${v.page.items.map((e) => html`<tr><td><a href="${entityHref(e.key)}">${e.name}</a></td><td>${ENTITY_TYPE_AR[e.type] ?? e.type}</td><td lang="en" dir="ltr">${e.en ?? ''}</td><td>${fmtNum(e.articles)}</td><td>${fmtNum(e.mentions)}</td></tr>`)}</tbody></table>
${pager(v.page.next, '/entities', { q: v.q, type: v.type }, !v.cursor)}`;
  return layout(
    {
      title: 'الكيانات',
      active: '/entities',
      json: href('/entities.json', { q: v.q, type: v.type, cursor: v.cursor }),
    },
    body,
  );
}

// ---------------------------------------------------------------------------------------------
// Quotes

export interface QuotesView {
  speaker: string;
  q: string;
  cursor: string | null;
  page: Page<QuoteRow>;
}

export async function loadQuotes(store: Store, query: Query): Promise<QuotesView> {
  const p = parse(quotesQuery, query);
  const page = await store.listQuotes({
    speaker: p.speaker,
    q: p.q,
    limit: p.limit,
    cursor: p.cursor ?? null,
  });
  return { speaker: p.speaker ?? '', q: p.q ?? '', cursor: p.cursor ?? null, page };
}

export function renderQuotes(v: QuotesView): SafeHtml {
  const body = html`<h1>الاقتباسات</h1>
<form class="filters" action="/quotes" method="get">
<label for="qs">المتحدث</label><input id="qs" name="speaker" type="search" value="${v.speaker}" maxlength="200" placeholder="اسم أو مفتاح">
<label for="qq">الكلمات</label><input id="qq" name="q" type="search" value="${v.q}" maxlength="500">
<button type="submit">بحث</button>
</form>
${v.page.items.length === 0 ? html`<p class="empty">لا اقتباسات مطابقة.</p>` : html``}
<ul class="plain">${v.page.items.map((q) => quoteItem(q))}</ul>
${pager(v.page.next, '/quotes', { speaker: v.speaker, q: v.q }, !v.cursor)}`;
  return layout(
    {
      title: 'الاقتباسات',
      active: '/quotes',
      json: href('/quotes.json', { speaker: v.speaker, q: v.q, cursor: v.cursor }),
    },
    body,
  );
}

// ---------------------------------------------------------------------------------------------
// Events

export interface EventsView {
  status: string | null;
  from: string | null;
  to: string | null;
  cursor: string | null;
  /** Planned events first (only on the unfiltered first page). */
  planned: EventRow[];
  page: Page<EventRow>;
}

export async function loadEvents(store: Store, query: Query): Promise<EventsView> {
  const p = parse(eventsQuery, query);
  const filter = { from: p.from, to: p.to };
  const page = await store.listEvents({
    ...filter,
    status: p.status,
    limit: p.limit,
    cursor: p.cursor ?? null,
  });
  let planned: EventRow[] = [];
  if (!p.status && !p.cursor) {
    planned = (await store.listEvents({ ...filter, status: 'planned', limit: p.limit })).items;
  }
  if (!p.status) page.items = page.items.filter((e) => e.status !== 'planned');
  // A timeline: planned ones soonest first, the rest latest first; undated ones last.
  const undatedLast = (a: EventRow, b: EventRow) => Number(!a.date) - Number(!b.date);
  planned.sort((a, b) => undatedLast(a, b) || (a.date ?? '').localeCompare(b.date ?? ''));
  page.items.sort(
    (a, b) =>
      undatedLast(a, b) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      (b.published ?? '').localeCompare(a.published ?? ''),
  );
  return {
    status: p.status ?? null,
    from: p.from ?? null,
    to: p.to ?? null,
    cursor: p.cursor ?? null,
    planned,
    page,
  };
}

function eventItem(e: EventRow): SafeHtml {
  return html`<li class="event-row s-${e.status}">
<div class="when">${e.date ? timeEl(e.date) : html`<span class="muted">بلا تاريخ</span>`}</div>
<div class="what"><strong>${EVENT_TYPE_AR[e.type] ?? e.type}</strong> <span class="status s-${e.status}">${STATUS_AR[e.status] ?? e.status}</span>${
    e.participants.length
      ? html` — ${join(
          e.participants.map((x) => html`<a href="${entityHref(x.key)}">${x.name}</a>`),
          '، ',
        )}`
      : html``
  }${e.place ? html` في <a href="${entityHref(e.place.key)}">${e.place.name}</a>` : html``}
<p class="meta">«${e.trigger.text}» — <a href="/article/${e.articleId}">${e.headline || `مقال ${e.articleId}`}</a></p></div>
</li>`;
}

export function renderEvents(v: EventsView): SafeHtml {
  const statuses = (['planned', 'happened', 'cancelled', 'unknown'] as const).map(
    (s) => html`<option value="${s}"${v.status === s ? html` selected` : html``}>${STATUS_AR[s]}</option>`,
  );
  const params = { status: v.status, from: v.from, to: v.to };
  const body = html`<h1>الأحداث</h1>
<form class="filters" action="/events" method="get">
<label for="es">الحالة</label><select id="es" name="status"><option value="">الكل</option>${statuses}</select>
<label for="ef">من</label><input id="ef" name="from" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}(-\\d{2})?" placeholder="YYYY-MM-DD" dir="ltr" value="${v.from ?? ''}">
<label for="eto">إلى</label><input id="eto" name="to" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}(-\\d{2})?" placeholder="YYYY-MM-DD" dir="ltr" value="${v.to ?? ''}">
<button type="submit">عرض</button>
</form>
<p><a class="button" href="${href('/events.ics', params)}" download="marsad-events.ics">تنزيل التقويم (ICS)</a></p>
${v.planned.length ? html`<section aria-labelledby="pl-h"><h2 id="pl-h">أحداث مرتقبة</h2><ol class="timeline">${v.planned.map(eventItem)}</ol></section>` : html``}
<section aria-labelledby="ev-h"><h2 id="ev-h">${v.status ? STATUS_AR[v.status as keyof typeof STATUS_AR] : 'الأحداث الأخرى'}</h2>
${v.page.items.length ? html`<ol class="timeline">${v.page.items.map(eventItem)}</ol>` : html`<p class="empty">لا أحداث.</p>`}
${pager(v.page.next, '/events', params, !v.cursor)}
</section>`;
  return layout(
    { title: 'الأحداث', active: '/events', json: href('/events.json', { ...params, cursor: v.cursor }) },
    body,
  );
}

// ---------------------------------------------------------------------------------------------
// Stories

export interface StoriesView {
  cursor: string | null;
  page: Page<StoryRow>;
}

export async function loadStories(store: Store, query: Query): Promise<StoriesView> {
  const p = parse(pageQuery, query);
  const page = await store.listStories({ limit: p.limit, cursor: p.cursor ?? null });
  return { cursor: p.cursor ?? null, page };
}

export function renderStories(v: StoriesView): SafeHtml {
  const story = (s: StoryRow) => {
    const inDup = new Map<number, number>();
    s.duplicateGroups.forEach((g, i) => g.forEach((id) => inDup.set(id, i)));
    return html`<li class="story"><h2>${s.title || `قصة ${s.id}`} <span class="count">${fmtNum(s.articles.length)} مقالات</span></h2>
${s.duplicateGroups.map(
  (g) =>
    html`<p class="dup" id="dup-${s.articles.find((a) => g.includes(a.id))?.dupGroup ?? ''}">نسخ متطابقة تقريبًا: ${join(
      g.map((id) => html`<a href="/article/${id}">#${id}</a>`),
      '، ',
    )}</p>`,
)}
<ul class="plain">${s.articles.map((a) => html`<li><a href="/article/${a.id}">${a.headline || `مقال ${a.id}`}</a>${inDup.has(a.id) ? html` <span class="badge">نسخة</span>` : html``} ${articleMeta(a)}</li>`)}</ul></li>`;
  };
  const body = html`<h1>القصص</h1>
<p class="help">مجموعات المقالات التي تروي الخبر نفسه، ومنها النسخ المكررة من الخبر الواحد (نقل الوكالات مع تعديلات صغيرة).</p>
${v.page.items.length ? html`<ol class="plain stories">${v.page.items.map(story)}</ol>` : html`<p class="empty">لا قصص بعد.</p>`}
${pager(v.page.next, '/stories', {}, !v.cursor)}`;
  return layout(
    { title: 'القصص', active: '/stories', json: href('/stories.json', { cursor: v.cursor }) },
    body,
  );
}

// ---------------------------------------------------------------------------------------------

export function renderError(status: number, code: string, message: string): SafeHtml {
  const title = status === 404 ? 'غير موجود' : status === 400 ? 'طلب غير صالح' : 'خطأ';
  return layout(
    { title },
    html`<h1>${title}</h1><p class="error-msg"><code dir="ltr">${code}</code> <span dir="ltr">${message}</span></p><p><a href="/">العودة إلى البحث</a></p>`,
  );
}
