import type { EntityType, EventType, NewsEvent, Quote } from '../doc/types.ts';
import { html, type SafeHtml } from './escape.ts';

export const ENTITY_TYPE_AR: Record<EntityType, string> = {
  PER: 'شخص',
  ORG: 'منظمة',
  LOC: 'مكان',
  MISC: 'أخرى',
};

export const EVENT_TYPE_AR: Record<EventType, string> = {
  meeting: 'اجتماع',
  summit: 'قمة',
  visit: 'زيارة',
  call: 'اتصال',
  other: 'حدث',
};

export const STATUS_AR: Record<NewsEvent['status'], string> = {
  planned: 'مرتقب',
  happened: 'جرى',
  cancelled: 'أُلغي',
  unknown: 'غير محدد',
};

export const QUOTE_KIND_AR: Record<Quote['kind'], string> = {
  direct: 'اقتباس مباشر',
  indirect: 'قول منقول',
};

// Western digits: what most Arabic news sites print, and what analysts copy into reports.
const numberFmt = new Intl.NumberFormat('ar-u-nu-latn');
const dayFmt = new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'long', timeZone: 'UTC' });
const monthFmt = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFmt = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', timeZone: 'UTC' });

/**
 * Intl formatting costs microseconds a call and a search page makes hundreds of calls over a few
 * distinct dates and counts: results are remembered (bounded, cleared when full).
 */
export function memo<K, V>(f: (k: K) => V, max = 5000): (k: K) => V {
  const seen = new Map<K, V>();
  return (k) => {
    let v = seen.get(k);
    if (v === undefined) {
      if (seen.size >= max) seen.clear();
      v = f(k);
      seen.set(k, v);
    }
    return v;
  };
}

const fmtNumMemo = memo((n: number) => numberFmt.format(n));

export function fmtNum(n: number): string {
  return fmtNumMemo(n);
}

const fmtDateMemo = memo(formatDate);

/** Formats an ISO date/month (`2021-06-16`, `2021-06`, `2021`) in Arabic; other values as written. */
export function fmtDate(value: string | null | undefined): string {
  if (!value) return '';
  return fmtDateMemo(value);
}

function formatDate(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (!Number.isNaN(d.getTime())) return dayFmt.format(d);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1));
    if (!Number.isNaN(d.getTime())) return monthFmt.format(d);
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `الأسبوع ${Number(m[2])} من ${m[1]}`;
  return value;
}

export const fmtShortMonth = memo((month: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return shortMonthFmt.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1)));
});

/** A `<time>` element with a machine-readable datetime when the value is ISO. */
export function timeEl(value: string | null | undefined): SafeHtml {
  if (!value) return html``;
  const iso = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(value) ? value : null;
  return iso ? html`<time datetime="${iso}">${fmtDate(value)}</time>` : html`<span>${value}</span>`;
}

/** Builds a same-site URL with query parameters (empty ones dropped). */
export function href(
  pathname: string,
  params: Record<string, string | number | null | undefined> = {},
): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${pathname}?${s}` : pathname;
}

export function entityHref(key: string): string {
  return `/entity/${encodeURIComponent(key)}`;
}

const NAV: Array<[string, string]> = [
  ['/', 'البحث'],
  ['/entities', 'الكيانات'],
  ['/quotes', 'الاقتباسات'],
  ['/events', 'الأحداث'],
  ['/stories', 'القصص'],
];

export interface LayoutOptions {
  title: string;
  /** Which nav entry is current. */
  active?: string;
  /** Link to the JSON twin of this page. */
  json?: string;
  /** An Atom feed of this page's results. */
  feed?: string;
}

/** The page shell: RTL Arabic document, skip link, navigation, one stylesheet and one script. */
export function layout(opts: LayoutOptions, body: SafeHtml): SafeHtml {
  const nav = NAV.map(
    ([p, label]) =>
      html`<li><a href="${p}"${opts.active === p ? html` aria-current="page"` : html``}>${label}</a></li>`,
  );
  return html`<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · مرصد</title>
<link rel="stylesheet" href="/static/style.css">
${opts.feed ? html`<link rel="alternate" type="application/atom+xml" title="تلقيمة هذا البحث" href="${opts.feed}">` : html``}
<script src="/static/app.js"></script>
</head>
<body>
<a class="skip" href="#main">تخطَّ إلى المحتوى</a>
<header class="site">
<a class="brand" href="/">مرصد <span lang="en" dir="ltr">marsad</span></a>
<nav aria-label="الأقسام"><ul>${nav}</ul></nav>
<div class="prefs js-only" role="group" aria-label="حجم الخط">
<button type="button" class="fs-down" data-fs-step="-1"><span aria-hidden="true">أ−</span><span class="vh">تصغير الخط</span></button>
<button type="button" class="fs-up" data-fs-step="1"><span aria-hidden="true">أ+</span><span class="vh">تكبير الخط</span></button>
</div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site">
<form class="settings js-only" aria-label="إعدادات العرض">
<span class="field"><label for="set-digits">الأرقام</label><select id="set-digits" data-pref="digits"><option value="latn">123</option><option value="arab">١٢٣</option></select></span>
<span class="field"><label for="set-months">أسماء الشهور</label><select id="set-months" data-pref="months"><option value="msa">يناير، فبراير…</option><option value="levantine">كانون الثاني، شباط…</option><option value="maghrebi">جانفي، فيفري…</option></select></span>
</form>
<p>${opts.json ? html`<a href="${opts.json}" lang="en" dir="ltr">JSON</a> · ` : html``}<a href="/api/openapi.json" lang="en" dir="ltr">API</a></p>
</footer>
</body>
</html>
`;
}
