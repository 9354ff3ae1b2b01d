/**
 * The entities, quotes and events lists: filters as form controls and removable chips, numbered
 * pages with a page-size choice, and downloads with the same filters. Each loader's data is also
 * the page's `.json` twin.
 */
import type { EntitySummary, EventRow, Page, QuoteRow, Store } from '../store/types.ts';
import { eventHistoryList } from './event-history.ts';
import { html, join, type SafeHtml } from './escape.ts';
import { siteName } from './i18n.ts';
import { ENTITY_TYPE_AR, EVENT_TYPE_AR, QUOTE_KIND_AR, STATUS_AR, entityHref, fmtNum, href, layout, timeEl } from './layout.ts';
import { chipBar, listNav, pageAt, readPaging, sizeForm, type Chip, type Paging } from './list-ui.ts';
import { siteList } from './search-page.ts';
import { dayBound, quoteListQuery } from './search-state.ts';
import { entitiesQuery, eventsQuery, parse, quotesQuery } from './validate.ts';

export type Query = Record<string, string>;
type Params = Record<string, string | null>;

/** Links of a list keep its filters and page size; a filter change goes back to page 1. */
const withSize = (params: Params, paging: Paging): Params => ({ ...params, size: paging.size === 20 ? null : String(paging.size) });

/** Chips for the filters set in `params`, each removing itself (and the page) from the URL. */
function chipsFor(path: string, params: Params, paging: Paging, labels: Array<[key: string, label: string]>): SafeHtml {
  const keep = withSize(params, paging);
  const dated = new Set(['from', 'to']);
  const chips: Chip[] = labels
    .filter(([k]) => params[k])
    .map(([k, label]) => ({ label, ltr: dated.has(k) ? (params[k] ?? '') : undefined, remove: href(path, { ...keep, [k]: null }) }));
  const clear = href(path, withSize({}, paging));
  return chipBar(chips, clear);
}

function option(value: string, label: string, current: string | null): SafeHtml {
  return html`<option value="${value}"${current === value ? html` selected` : html``}>${label}</option>`;
}

/** The page-size choice above a list (the page links are below it). */
function resultsBar(path: string, params: Params, paging: Paging, page: Page<unknown>, id: string): SafeHtml {
  return page.items.length ? html`<div class="results-bar">${sizeForm(path, params, paging.size, id)}</div>` : html``;
}

// ---------------------------------------------------------------------------------------------
// Entities

export interface EntitiesView {
  type: string | null;
  q: string;
  cursor: string | null;
  paging: Paging;
  page: Page<EntitySummary>;
}

export async function loadEntities(store: Store, query: Query): Promise<EntitiesView> {
  const p = parse(entitiesQuery, query);
  const paging = readPaging(query);
  const page = await pageAt((limit, cursor) => store.listEntities({ type: p.type, q: p.q, limit, cursor }), paging);
  return { type: p.type ?? null, q: p.q ?? '', cursor: paging.cursor, paging, page };
}

export function renderEntities(v: EntitiesView): SafeHtml {
  const types = (['PER', 'ORG', 'LOC', 'MISC'] as const).map((t) => option(t, ENTITY_TYPE_AR[t], v.type));
  const params: Params = { q: v.q || null, type: v.type };
  const body = html`<h1>الكيانات</h1>
<form class="filters" action="/entities" method="get">
<span class="field"><label for="eq">الاسم (بالعربية أو الإنجليزية)</label><input id="eq" name="q" type="search" value="${v.q}" maxlength="200"></span>
<span class="field"><label for="et">النوع</label><select id="et" name="type"><option value="">الكل</option>${types}</select></span>
${v.paging.size !== 20 ? html`<input type="hidden" name="size" value="${v.paging.size}">` : html``}
<button type="submit">عرض</button>
</form>
${chipsFor('/entities', params, v.paging, [
  ['q', `الاسم: ${v.q}`],
  ['type', `النوع: ${v.type ? ENTITY_TYPE_AR[v.type as 'PER'] : ''}`],
])}
${resultsBar('/entities', params, v.paging, v.page, 'size-top')}
${v.page.items.length === 0 ? html`<p class="empty">لا كيانات.</p>` : html``}
<table class="table"><thead><tr><th scope="col">الاسم</th><th scope="col">النوع</th><th scope="col">بالإنجليزية</th><th scope="col">المقالات</th><th scope="col">الذكر</th></tr></thead>
<tbody>${v.page.items.map((e) => html`<tr><td><a href="${entityHref(e.key)}">${e.name}</a></td><td>${ENTITY_TYPE_AR[e.type] ?? e.type}</td><td lang="en" dir="ltr">${e.en ?? ''}</td><td>${fmtNum(e.articles)}</td><td>${fmtNum(e.mentions)}</td></tr>`)}</tbody></table>
${listNav('/entities', params, v.paging, v.page)}`;
  return layout({ title: 'الكيانات', active: '/entities', json: href('/entities.json', { ...withSize(params, v.paging), page: v.paging.page > 1 ? String(v.paging.page) : null }) }, body);
}

// ---------------------------------------------------------------------------------------------
// Quotes

export interface QuotesView {
  speaker: string;
  /** The speaker's name when `speaker` is an entity key. */
  speakerName: string | null;
  q: string;
  source: string | null;
  from: string | null;
  to: string | null;
  /** What the store was asked (marsad syntax). */
  storeQuery: string;
  cursor: string | null;
  paging: Paging;
  sites: string[];
  page: Page<QuoteRow>;
}

export async function loadQuotes(store: Store, query: Query): Promise<QuotesView> {
  const p = parse(quotesQuery, query);
  const paging = readPaging(query);
  const storeQuery = quoteListQuery(p);
  const page = await pageAt((limit, cursor) => store.listQuotes({ speaker: p.speaker, q: storeQuery, limit, cursor }), paging);
  const speakerName = p.speaker ? ((await store.getEntity(p.speaker))?.name ?? null) : null;
  return {
    speaker: p.speaker ?? '',
    speakerName,
    q: p.q ?? '',
    source: p.source ?? null,
    from: p.from ?? null,
    to: p.to ?? null,
    storeQuery,
    cursor: paging.cursor,
    paging,
    sites: await siteList(store),
    page,
  };
}

export function quoteItem(q: QuoteRow, showSpeaker = true): SafeHtml {
  return html`<li class="quote-row">
<blockquote${q.kind === 'direct' ? html`` : html` class="indirect"`}><a href="/article/${q.articleId}#q-at-${q.text.start}">${q.kind === 'direct' ? html`«${q.text.text}»` : q.text.text}</a></blockquote>
<p class="meta">${showSpeaker ? html`${q.speakerKey ? html`<a href="${entityHref(q.speakerKey)}">${q.speakerName ?? q.speakerKey}</a>` : (q.speakerName ?? 'متحدث غير معروف')} · ` : html``}${QUOTE_KIND_AR[q.kind]}${q.cue ? html` (${q.cue})` : html``} · <a href="/article/${q.articleId}">${q.headline || `مقال ${q.articleId}`}</a>${q.published ? html` · ${timeEl(q.published)}` : html``}</p>
</li>`;
}

/** A date picker; a month from the URL shows as its first (from) or last (to) day, the same range. */
function dateField(id: string, name: 'from' | 'to', label: string, value: string | null): SafeHtml {
  const day = value ? dayBound(value, name === 'to') : '';
  return html`<span class="field"><label for="${id}">${label}</label><input id="${id}" name="${name}" type="date" value="${day}"></span>`;
}

export function renderQuotes(v: QuotesView): SafeHtml {
  const params: Params = { speaker: v.speaker || null, q: v.q || null, source: v.source, from: v.from, to: v.to };
  const siteOpts = [...new Set([...(v.source ? [v.source] : []), ...v.sites])];
  const body = html`<h1>الاقتباسات</h1>
<form class="filters" action="/quotes" method="get">
<span class="field"><label for="qs">المتحدث</label><input id="qs" name="speaker" type="search" value="${v.speaker}" maxlength="200" placeholder="اسم المتحدث"></span>
<span class="field"><label for="qq">الكلمات</label><input id="qq" name="q" type="search" value="${v.q}" maxlength="500"></span>
${dateField('qf', 'from', 'من تاريخ', v.from)}
${dateField('qt', 'to', 'إلى تاريخ', v.to)}
<span class="field"><label for="qsrc">المصدر</label><select id="qsrc" name="source">${option('', 'كل المصادر', v.source ?? '')}${siteOpts.map((s) => option(s, siteName(s), v.source))}</select></span>
${v.paging.size !== 20 ? html`<input type="hidden" name="size" value="${v.paging.size}">` : html``}
<button type="submit">عرض</button>
</form>
${chipsFor('/quotes', params, v.paging, [
  ['speaker', `المتحدث: ${v.speakerName ?? v.speaker}`],
  ['q', `الكلمات: ${v.q}`],
  ['source', `المصدر: ${siteName(v.source)}`],
  ['from', 'من '],
  ['to', 'إلى '],
])}
<p class="exports">نزّل هذه القائمة: <a href="${href('/quotes.csv', params)}" download>CSV</a> · <a href="${href('/quotes.jsonl', params)}" download>JSONL</a> · <a href="${href('/search', { ...params, type: 'quote', sort: 'newest' })}">رتّبها حسب التاريخ في البحث</a></p>
${resultsBar('/quotes', params, v.paging, v.page, 'size-top')}
${v.page.items.length === 0 ? html`<p class="empty">لا اقتباسات مطابقة. أزل أحد المرشحات أو وسّع المدة.</p>` : html``}
<ul class="plain">${v.page.items.map((q) => quoteItem(q))}</ul>
${listNav('/quotes', params, v.paging, v.page)}`;
  return layout({ title: 'الاقتباسات', active: '/quotes', json: href('/quotes.json', { ...withSize(params, v.paging), page: v.paging.page > 1 ? String(v.paging.page) : null }) }, body);
}

// ---------------------------------------------------------------------------------------------
// Events

export interface EventsView {
  status: string | null;
  from: string | null;
  to: string | null;
  cursor: string | null;
  paging: Paging;
  /** Planned events, soonest first: apart from the list on its first page when no status is chosen. */
  planned: EventRow[];
  /** More planned events than shown (the rest are under status=planned). */
  morePlanned: boolean;
  page: Page<EventRow>;
}

const PLANNED_SHOWN = 20;

export async function loadEvents(store: Store, query: Query): Promise<EventsView> {
  const p = parse(eventsQuery, query);
  const paging = readPaging(query);
  // A month stands for all its days (`to=2021-06` includes 30 June).
  const filter = { from: p.from ? dayBound(p.from, false) : undefined, to: p.to ? dayBound(p.to, true) : undefined };
  // Without a status, planned events get their own box and the list holds the others.
  const notStatus = p.status ? undefined : 'planned';
  const page = await pageAt((limit, cursor) => store.listEvents({ ...filter, status: p.status, notStatus, limit, cursor }), paging);
  let planned: EventRow[] = [];
  let morePlanned = false;
  if (!p.status && paging.page === 1) {
    const pl = await store.listEvents({ ...filter, status: 'planned', limit: PLANNED_SHOWN });
    planned = pl.items;
    morePlanned = pl.next !== null;
  }
  // A timeline: planned ones soonest first, the rest latest first; undated ones last.
  const undatedLast = (a: EventRow, b: EventRow) => Number(!a.date) - Number(!b.date);
  planned.sort((a, b) => undatedLast(a, b) || (a.date ?? '').localeCompare(b.date ?? ''));
  page.items.sort((a, b) => undatedLast(a, b) || (b.date ?? '').localeCompare(a.date ?? '') || (b.published ?? '').localeCompare(a.published ?? ''));
  return { status: p.status ?? null, from: p.from ?? null, to: p.to ?? null, cursor: paging.cursor, paging, planned, morePlanned, page };
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
<p class="meta">«${e.trigger.text}» — <a href="/article/${e.articleId}">${e.headline || `مقال ${e.articleId}`}</a></p>${eventHistoryList(e.history)}</div>
</li>`;
}

export function renderEvents(v: EventsView): SafeHtml {
  const statuses = (['planned', 'happened', 'cancelled', 'unknown'] as const).map((s) => option(s, STATUS_AR[s], v.status));
  const params: Params = { status: v.status, from: v.from, to: v.to };
  const statusAr = v.status ? STATUS_AR[v.status as keyof typeof STATUS_AR] : null;
  const body = html`<h1>الأحداث</h1>
<form class="filters" action="/events" method="get">
<span class="field"><label for="es">الحالة</label><select id="es" name="status"><option value="">الكل</option>${statuses}</select></span>
<span class="field"><label for="ef">من</label><input id="ef" name="from" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}(-\\d{2})?" placeholder="YYYY-MM-DD" dir="ltr" value="${v.from ?? ''}"></span>
<span class="field"><label for="eto">إلى</label><input id="eto" name="to" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}(-\\d{2})?" placeholder="YYYY-MM-DD" dir="ltr" value="${v.to ?? ''}"></span>
${v.paging.size !== 20 ? html`<input type="hidden" name="size" value="${v.paging.size}">` : html``}
<button type="submit">عرض</button>
</form>
${chipsFor('/events', params, v.paging, [
  ['status', `الحالة: ${statusAr ?? ''}`],
  ['from', 'من '],
  ['to', 'إلى '],
])}
<p class="exports"><a class="button" href="${href('/events.ics', params)}" download="marsad-events.ics">تنزيل التقويم (ICS)</a> · <a href="${href('/events.csv', params)}" download>CSV</a> · <a href="${href('/events.jsonl', params)}" download>JSONL</a></p>
${v.planned.length ? html`<section aria-labelledby="pl-h"><h2 id="pl-h">أحداث مرتقبة</h2><ol class="timeline">${v.planned.map(eventItem)}</ol>${v.morePlanned ? html`<p><a href="${href('/events', { ...params, status: 'planned' })}">كل الأحداث المرتقبة ←</a></p>` : html``}</section>` : html``}
<section aria-labelledby="ev-h"><h2 id="ev-h">${statusAr ?? 'الأحداث الأخرى'}</h2>
${resultsBar('/events', params, v.paging, v.page, 'size-top')}
${v.page.items.length ? html`<ol class="timeline">${v.page.items.map(eventItem)}</ol>` : html`<p class="empty">لا أحداث.</p>`}
${listNav('/events', params, v.paging, v.page)}
</section>`;
  return layout({ title: 'الأحداث', active: '/events', json: href('/events.json', { ...withSize(params, v.paging), page: v.paging.page > 1 ? String(v.paging.page) : null }) }, body);
}
