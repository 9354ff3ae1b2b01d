/**
 * What every result list shares (search, entities, quotes, events): numbered pages with
 * previous/next and "21–40 من 70", a page-size choice, and applied filters as removable chips.
 */
import { z } from 'zod';
import type { Page } from '../store/types.ts';
import { html, type SafeHtml } from './escape.ts';
import { fmtNum, href } from './layout.ts';
import { PAGE_SIZES } from './search-state.ts';
import { UiError } from './ui-error.ts';
import { MAX_PAGE, parse } from './validate.ts';

/**
 * Page N of a list is read from the start (store cursors are opaque), so the lists stop here;
 * filters reach the rest.
 */
export const LIST_OFFSET_MAX = 5000;

export interface Paging {
  page: number;
  size: number;
  /** First item shown: (page - 1) × size. */
  offset: number;
  /** A store cursor from a next-link made before page numbers (passed through, opaque). */
  cursor: string | null;
}

const blank = (v: unknown) => (v === '' ? undefined : v);
const whole = (max: number) => z.preprocess(blank, z.coerce.number().int().min(1).max(max).optional());
const pagingQuery = z.object({ page: whole(10_000), size: whole(MAX_PAGE), limit: whole(MAX_PAGE), cursor: z.preprocess(blank, z.string().max(512).optional()) });

/** `page` and `size` (or the API's `limit`) of a list page; 400 when out of range. */
export function readPaging(query: Record<string, string>, dflt = 20): Paging {
  const p = parse(pagingQuery, { page: query.page, size: query.size, limit: query.limit, cursor: query.cursor });
  const size = p.size ?? p.limit ?? dflt;
  let page = p.page ?? 1;
  let offset = (page - 1) * size;
  // A next-link from before page numbers: the SQL stores' cursors are offsets, so its page is known.
  if (p.cursor && /^\d{1,9}$/.test(p.cursor)) {
    offset = Number(p.cursor);
    page = Math.floor(offset / size) + 1;
  }
  if (offset > LIST_OFFSET_MAX) {
    throw new UiError(
      400,
      'invalid_request',
      `page: lists go as far as item ${LIST_OFFSET_MAX}; narrow the list with its filters`,
      `القوائم تُعرض حتى العنصر ${fmtNum(LIST_OFFSET_MAX)}. ضيّق القائمة بالمرشحات (الاسم، النوع، التاريخ) بدل الصفحات البعيدة.`,
    );
  }
  return { page, size, offset, cursor: p.cursor ?? null };
}

/**
 * The page of a list that `paging` asks for, with the store's total. A cursor from an old link is
 * handed to the store as is; otherwise the list is read from the start in chunks.
 */
export async function pageAt<T>(load: (limit: number, cursor: string | null) => Promise<Page<T>>, paging: Paging): Promise<Page<T>> {
  if (paging.cursor || paging.offset === 0) return load(paging.size, paging.cursor);
  const want = paging.offset + paging.size;
  const items: T[] = [];
  let cursor: string | null = null;
  let last: Page<T>;
  do {
    last = await load(Math.min(500, want - items.length), cursor);
    items.push(...last.items);
    cursor = last.next;
  } while (cursor && items.length < want);
  // Each chunk asked for no more than was still wanted, so `cursor` starts the page after this one.
  return { ...last, items: items.slice(paging.offset, want), next: cursor };
}

/** "21–40 من 70", previous/next and page numbers; `hrefFor(n)` is the link to page n. */
export function pageNav(hrefFor: (page: number) => string, paging: Pick<Paging, 'page' | 'size' | 'offset'>, shown: number, total: number, exact: boolean, hasNext: boolean): SafeHtml {
  if (shown === 0) return html``;
  const first = paging.offset + 1;
  const last = first + shown - 1;
  const lastPage = exact ? Math.max(1, Math.ceil(total / paging.size)) : paging.page + (hasNext ? 1 : 0);
  const range = html`<p class="range" aria-live="polite"><span dir="ltr">${fmtNum(first)}–${fmtNum(last)}</span> من ${exact ? fmtNum(total) : `أكثر من ${fmtNum(total)}`}</p>`;
  if (lastPage <= 1) return html`<nav class="pager" aria-label="صفحات النتائج">${range}</nav>`;
  const pages = new Set<number>([1, lastPage]);
  for (let p = paging.page - 2; p <= paging.page + 2; p++) if (p >= 1 && p <= lastPage) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const links: SafeHtml[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) links.push(html`<li class="gap" aria-hidden="true">…</li>`);
    links.push(
      p === paging.page
        ? html`<li><a aria-current="page" href="${hrefFor(p)}">${fmtNum(p)}</a></li>`
        : html`<li><a href="${hrefFor(p)}" aria-label="الصفحة ${fmtNum(p)}">${fmtNum(p)}</a></li>`,
    );
  });
  return html`<nav class="pager" aria-label="صفحات النتائج">${range}<ul class="pages">
${paging.page > 1 ? html`<li><a rel="prev" href="${hrefFor(paging.page - 1)}">→ السابقة</a></li>` : html``}
${links}
${paging.page < lastPage ? html`<li><a rel="next" href="${hrefFor(paging.page + 1)}">التالية ←</a></li>` : html``}
</ul></nav>`;
}

type Params = Record<string, string | number | null | undefined>;

/** Page links of a list whose filters are `params` (size kept when not the default). */
export function listNav(path: string, params: Params, paging: Paging, p: Page<unknown>): SafeHtml {
  const hrefFor = (n: number) => href(path, { ...params, size: paging.size === 20 ? null : paging.size, page: n === 1 ? null : n });
  const total = p.total ?? paging.offset + p.items.length + (p.next ? 1 : 0);
  const exact = p.total !== undefined && p.totalExact !== false;
  return pageNav(hrefFor, paging, p.items.length, total, exact, p.next !== null);
}

function option(value: string, label: string, current: string): SafeHtml {
  return html`<option value="${value}"${current === value ? html` selected` : html``}>${label}</option>`;
}

/** The page-size choice: a GET form that keeps the filters; JavaScript submits on change. */
export function sizeForm(path: string, params: Params, size: number, id: string): SafeHtml {
  const sizes = [...new Set<number>([...PAGE_SIZES, size])].sort((a, b) => a - b);
  return html`<form class="toolbar" action="${path}" method="get">
${Object.entries(params).map(([k, v]) => (v === null || v === undefined || v === '' ? html`` : html`<input type="hidden" name="${k}" value="${String(v)}">`))}
<span class="field"><label for="${id}">في الصفحة</label><select id="${id}" name="size" class="autosubmit">${sizes.map((n) => option(String(n), fmtNum(n), String(size)))}</select></span>
<button type="submit" class="secondary">تطبيق</button>
</form>`;
}

export interface Chip {
  /** What the chip says, e.g. «المصدر: الفجر». */
  label: string;
  /** A date after the label, isolated left to right (else 2021-06-01 reads 01-06-2021). */
  ltr?: string;
  /** The same list without this filter. */
  remove: string;
}

/** Applied filters as chips, each with a link that removes it, and one that removes them all. */
export function chipBar(chips: readonly Chip[], clearAll: string): SafeHtml {
  if (chips.length === 0) return html``;
  const items = chips.map(
    (c) => html`<li class="fchip"><span>${c.label}${c.ltr ? html`<bdi dir="ltr">${c.ltr}</bdi>` : html``}</span> <a class="remove" href="${c.remove}" aria-label="أزل المرشح: ${c.label}${c.ltr ?? ''}" title="أزل المرشح">×</a></li>`,
  );
  return html`<div class="chips-bar"><span class="chips-label" id="chips-h">المرشحات:</span><ul class="chips" aria-labelledby="chips-h">${items}</ul>${chips.length > 1 ? html` <a class="clear" href="${clearAll}">أزل كل المرشحات</a>` : html``}</div>`;
}
