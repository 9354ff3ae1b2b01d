/**
 * Server-rendered pages. Each page is a loader (request → data) and a renderer (data → HTML); the
 * `.json` twin of every page serves the loader's data as is, so the two can never disagree.
 */
import type {
  EntityDetail,
  EventRow,
  Page,
  QuoteRow,
  StoredArticle,
  StoryRow,
  EntitySummary,
} from '../store/types.ts';
import type { Store } from '../store/types.ts';
import { buildArticleView, renderArticleText, type ArticleView } from './article-view.ts';
import { externalLink, html, join, type SafeHtml } from './escape.ts';
import { ApiError } from './errors.ts';
import { kbForKey } from '../analyze/entities/kb.ts';
import { articleMeta } from './search-page.ts';
import { countNoun, siteName } from './i18n.ts';
export { loadSearch, renderSearch, renderSnippet, type SearchView } from './search-page.ts';
import {
  ENTITY_TYPE_AR,
  EVENT_TYPE_AR,
  QUOTE_KIND_AR,
  STATUS_AR,
  entityHref,
  fmtNum,
  href,
  layout,
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
} from './validate.ts';

export type Query = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// Article

export const LAYERS: Array<[string, string]> = [
  ['PER', 'أشخاص'],
  ['ORG', 'جهات'],
  ['LOC', 'أماكن'],
  ['MISC', 'أخرى'],
  ['quote', 'اقتباسات'],
  ['time', 'أزمنة'],
  ['event', 'أحداث'],
];

export async function loadArticle(store: Store, id: string, hide?: string): Promise<ArticleView & { hide: string[] }> {
  const n = parse(articleId, id);
  const a: StoredArticle | null = await store.getArticle(n);
  if (!a) throw new ApiError(404, 'not_found', `no article with id ${n}`);
  const known = new Set(LAYERS.map(([k]) => k));
  return { ...buildArticleView(a), hide: (hide ?? '').split(',').filter((x) => known.has(x)) };
}

/** The legend: one checkbox per highlight layer; a plain GET form, JavaScript applies it at once. */
function layersForm(articleId: number, hide: readonly string[]): SafeHtml {
  return html`<form class="layers legend" action="/article/${articleId}" method="get" aria-label="طبقات التظليل">
<input type="hidden" name="layers" value="1"><span class="legend-title">إظهار:</span>
${LAYERS.map(([k, label]) => html`<label class="layer l-${k}"><input type="checkbox" name="show" value="${k}"${hide.includes(k) ? html`` : html` checked`}> <span class="ann ${k === 'quote' || k === 'time' || k === 'event' ? k : `ent ent-${k}`}">${label}</span></label>`)}
<noscript><button type="submit" class="secondary">تطبيق</button></noscript>
</form>`;
}

const hijriFmt = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The Hijri (Umm al-Qura) date of an ISO day, for display beside the Gregorian one. */
export function hijriDate(iso: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) ? null : hijriFmt.format(d);
}

export function renderArticle(v: ArticleView & { hide: string[] }): SafeHtml {
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
  const legend = layersForm(a.id, v.hide);
  const hijri = hijriDate(a.published);
  const body = html`<div class="with-aside">
<article class="primary" aria-labelledby="art-h">
<h1 id="art-h">${a.headline || `مقال ${a.id}`}</h1>
<p class="meta">${a.site ? html`<bdi class="site">${siteName(a.site)}</bdi> · ` : html``}<bdi>${timeEl(a.published)}</bdi>${hijri ? html` <span class="hijri">(${hijri})</span>` : html``}${a.url ? html` · ${externalLink(a.url, 'المصدر الأصلي')}` : html``}${a.dupGroup !== null ? html` · <a href="/stories#dup-${a.dupGroup}">نسخ مكررة</a>` : html``}</p>
${legend}
${renderArticleText(a.doc, v.hide)}
${a.doc.meta.warnings.length ? html`<details class="warnings"><summary>ملاحظات التحليل (${countNoun(a.doc.meta.warnings.length, 'note')})</summary><ul>${a.doc.meta.warnings.map((w) => html`<li><code dir="ltr">${w.code}</code> ${w.message}</li>`)}</ul></details>` : html``}
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

/** The knowledge base's Wikidata id for a stored entity (the store keeps keys, the KB the ids). */
export function withWikidata(entity: EntityDetail): EntityDetail {
  entity.wikidata = kbForKey(entity.key)?.wikidata ?? null;
  return entity;
}

export async function loadEntity(store: Store, key: string): Promise<EntityView> {
  const k = parse(entityKey, key);
  const entity = await store.getEntity(k);
  if (!entity) throw new ApiError(404, 'not_found', `no entity with key "${k}"`);
  withWikidata(entity);
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
${e.wikidata ? html`<p class="kb">ويكي بيانات: <span lang="en" dir="ltr">${externalLink(`https://www.wikidata.org/wiki/${e.wikidata}`, e.wikidata)}</span></p>` : html``}
<p class="stats">ورد في ${countNoun(e.articles, 'article', 'genitive')} (${countNoun(e.mentions, 'mention')}).</p>
<p><a href="${href('/search', { entity: e.key })}">المقالات التي تذكر ${e.name}</a> · <a href="${href('/search', { speaker: e.key })}">أقواله في البحث</a></p>
<p class="exports">نزّل: <a href="${href('/search.csv', { entity: e.key })}" download>المقالات (CSV)</a> · <a href="${href('/search.jsonl', { entity: e.key })}" download>المقالات (JSONL)</a> · <a href="${href('/quotes.csv', { speaker: e.key })}" download>أقواله (CSV)</a> · <a href="${href('/search.atom', { entity: e.key, sort: 'newest' })}" type="application/atom+xml">تلقيمة Atom</a></p>
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
<span class="field"><label for="eq">الاسم (بالعربية أو الإنجليزية)</label><input id="eq" name="q" type="search" value="${v.q}" maxlength="200"></span>
<span class="field"><label for="et">النوع</label><select id="et" name="type"><option value="">الكل</option>${types}</select></span>
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
<span class="field"><label for="qs">المتحدث</label><input id="qs" name="speaker" type="search" value="${v.speaker}" maxlength="200" placeholder="اسم المتحدث"></span>
<span class="field"><label for="qq">الكلمات</label><input id="qq" name="q" type="search" value="${v.q}" maxlength="500"></span>
<button type="submit">عرض</button>
</form>
<details class="more-filters"><summary>حسب التاريخ والمصدر</summary>
<form class="filters" action="/search" method="get">
<input type="hidden" name="type" value="quote">
<span class="field"><label for="qs2">المتحدث</label><input id="qs2" name="speaker" type="search" value="${v.speaker}" maxlength="200"></span>
<span class="field"><label for="qq2">الكلمات</label><input id="qq2" name="q" type="search" value="${v.q}" maxlength="500"></span>
<span class="field"><label for="qf">من تاريخ</label><input id="qf" name="from" type="date"></span>
<span class="field"><label for="qt">إلى تاريخ</label><input id="qt" name="to" type="date"></span>
<span class="field"><label for="qsrc">المصدر</label><input id="qsrc" name="source" type="search" maxlength="200" placeholder="مثل al-fajr"></span>
<button type="submit">ابحث في الاقتباسات</button>
</form></details>
<p class="exports">نزّل هذه القائمة: <a href="${href('/quotes.csv', { speaker: v.speaker, q: v.q })}" download>CSV</a> · <a href="${href('/quotes.jsonl', { speaker: v.speaker, q: v.q })}" download>JSONL</a></p>
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
<span class="field"><label for="es">الحالة</label><select id="es" name="status"><option value="">الكل</option>${statuses}</select></span>
<span class="field"><label for="ef">من</label><input id="ef" name="from" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}(-\\d{2})?" placeholder="YYYY-MM-DD" dir="ltr" value="${v.from ?? ''}"></span>
<span class="field"><label for="eto">إلى</label><input id="eto" name="to" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}(-\\d{2})?" placeholder="YYYY-MM-DD" dir="ltr" value="${v.to ?? ''}"></span>
<button type="submit">عرض</button>
</form>
<p class="exports"><a class="button" href="${href('/events.ics', params)}" download="marsad-events.ics">تنزيل التقويم (ICS)</a> · <a href="${href('/events.csv', params)}" download>CSV</a> · <a href="${href('/events.jsonl', params)}" download>JSONL</a></p>
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
    return html`<li class="story"><h2>${s.title || `قصة ${s.id}`} <span class="count">${countNoun(s.articles.length, 'article')}</span></h2>
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

