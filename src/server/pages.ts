/**
 * Server-rendered pages. Each page is a loader (request → data) and a renderer (data → HTML); the
 * `.json` twin of every page serves the loader's data as is, so the two can never disagree.
 */
import type {
  EntityDetail,
  Page,
  QuoteRow,
  StoredArticle,
  StoryRow,
} from '../store/types.ts';
import type { Store } from '../store/types.ts';
import { buildArticleView, renderArticleText, type ArticleView } from './article-view.ts';
import { eventHistoryList } from './event-history.ts';
import { externalLink, html, join, type SafeHtml } from './escape.ts';
import { ApiError } from './errors.ts';
import { kbForKey } from '../analyze/entities/kb.ts';
import { articleMeta } from './search-page.ts';
import { countNoun, siteName } from './i18n.ts';
export { loadSearch, renderSearch, renderSnippet, type SearchView } from './search-page.ts';
export { loadEntities, loadEvents, loadQuotes, renderEntities, renderEvents, renderQuotes, type EntitiesView, type EventsView, type QuotesView } from './list-pages.ts';
import { quoteItem, type Query } from './list-pages.ts';
import { listNav, pageAt, readPaging, type Paging } from './list-ui.ts';
import {
  ENTITY_TYPE_AR,
  EVENT_TYPE_AR,
  QUOTE_KIND_AR,
  STANCE_AR,
  STATUS_AR,
  entityHref,
  fmtNum,
  href,
  layout,
  timeEl,
} from './layout.ts';
import { monthChart, relatedGraph } from './svg.ts';
import {
  articleId,
  entityKey,
  pageQuery,
  parse,
} from './validate.ts';

export type { Query };

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
            html`<li><a href="#${q.anchor}" class="quote-link">${q.kind === 'direct' ? html`«${q.text}»` : q.text}</a><br><span class="by">${q.speaker ? (q.speaker.key ? html`<a href="${entityHref(q.speaker.key)}">${q.speaker.name}</a>` : q.speaker.name) : 'متحدث غير معروف'}</span> · <span class="kind">${QUOTE_KIND_AR[q.kind]}</span>${q.stance ? html` · <span class="stance st-${q.stance}">${STANCE_AR[q.stance]}</span>` : html``}${
              q.targets.length ? html`<br><span class="about">عن: ${join(q.targets.map((t) => html`<a href="${entityHref(t.key)}">${t.name}</a>`), '، ')}</span>` : html``
            }</li>`,
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
            }${e.place ? html` — <a href="${entityHref(e.place.key)}">${e.place.name}</a>` : html``}${eventHistoryList(e.history, a.id)}</li>`,
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
  /** Quotes by the entity. */
  quotes: Page<QuoteRow>;
  /** Quotes about the entity (it is in their target), whoever said them. */
  quotesAbout: Page<QuoteRow>;
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
  const quotesAbout = await store.listQuotesAbout(k, { limit: 50 });
  return { entity, quotes, quotesAbout };
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
</section>
<section aria-labelledby="qa-h"><h2 id="qa-h">أقوال عنه</h2>
${v.quotesAbout.items.length ? html`<ul class="plain">${v.quotesAbout.items.map((q) => quoteItem(q))}</ul>` : html`<p class="muted">لا اقتباسات تتناوله.</p>`}
</section>`;
  return layout({ title: e.name, active: '/entities', json: `${entityHref(e.key)}.json` }, body);
}

// ---------------------------------------------------------------------------------------------
// Stories

export interface StoriesView {
  cursor: string | null;
  paging: Paging;
  page: Page<StoryRow>;
}

export async function loadStories(store: Store, query: Query): Promise<StoriesView> {
  parse(pageQuery, query);
  const paging = readPaging(query);
  const page = await pageAt((limit, cursor) => store.listStories({ limit, cursor }), paging);
  return { cursor: paging.cursor, paging, page };
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
${listNav('/stories', {}, v.paging, v.page)}`;
  return layout(
    { title: 'القصص', active: '/stories', json: href('/stories.json', { size: v.paging.size === 20 ? null : v.paging.size, page: v.paging.page > 1 ? v.paging.page : null }) },
    body,
  );
}

