/**
 * Error pages in Arabic: the same layout, the search form with the user's query still in it, what
 * went wrong and what to do. The machine-readable code and the English detail stay available (a
 * secondary line here, and the JSON twin's `error`).
 */
// @ts-nocheck

import { html, join, type SafeHtml } from './escape.ts';
import { layout } from './layout.ts';
import { searchForm } from './search-page.ts';
import { looseState } from './search-state.ts';

export interface ErrorInfo {
  status: number;
  code: string;
  /** English detail (also in the JSON twin). */
  message: string;
  /** Arabic explanation when the thrower gave one. */
  ar?: string;
  path: string;
  params: URLSearchParams;
}

const TITLES: Record<number, string> = {
  400: 'طلب غير صالح',
  401: 'يلزم إذن',
  403: 'غير مسموح',
  404: 'الصفحة غير موجودة',
  405: 'طريقة الطلب غير مقبولة',
  413: 'الطلب أكبر من المسموح',
  415: 'نوع المحتوى غير مقبول',
  500: 'حدث خطأ في الخادم',
};

/** An Arabic explanation of an error that came without one, from its code, path and detail. */
export function explain(e: ErrorInfo): string {
  if (e.ar) return e.ar;
  const m = e.message;
  if (e.code === 'invalid_query') {
    const date = /^(from|to): needs a date/.exec(m);
    if (date) return `المرشح ${date[1]}: يحتاج تاريخًا مثل 2021-06-15 (سنة-شهر-يوم). صحّح التاريخ في مربع البحث أو اختره من خانتي التاريخ.`;
    if (/needs a value/.test(m)) return 'أحد المرشحات بلا قيمة. اكتب القيمة بعد النقطتين مباشرة، مثل source:al-fajr.';
    if (/^type:/.test(m)) return 'المرشح type: يقبل article أو quote أو event.';
    if (/is after/.test(m)) return 'تاريخ البداية بعد تاريخ النهاية. بدّل بينهما.';
    return 'صيغة البحث غير مفهومة. راجع طريقة الكتابة تحت مربع البحث.';
  }
  if (e.status === 404) {
    if (e.path.startsWith('/article/')) return 'لا مقال بهذا الرقم في الأرشيف. ابحث عنه بكلمة من عنوانه.';
    if (e.path.startsWith('/entity/')) return 'لا كيان بهذا الاسم في الأرشيف. ابحث عنه بالاسم، أو تصفّح صفحة الكيانات.';
    return 'لا صفحة بهذا العنوان. ربما تغيّر الرابط أو كُتب خطأً. ابحث في الأرشيف أو اختر قسمًا من الأعلى.';
  }
  if (e.status === 400) {
    if (e.path.startsWith('/article/')) return 'رقم المقال في الرابط غير صالح: الرابط يكون هكذا ‎/article/12‎. ابحث عن المقال بكلمة من عنوانه.';
    if (/limit|size/.test(m)) return 'عدد النتائج في الصفحة خارج المسموح (من 1 إلى 100).';
    if (/cursor/.test(m)) return 'رابط الصفحة التالية غير صالح. ارجع إلى الصفحة الأولى.';
    if (/from|to/.test(m)) return 'التاريخ غير مفهوم. اكتبه هكذا: 2021-06-15 أو 2021-06.';
    return 'في الرابط قيمة غير مفهومة. ارجع إلى الصفحة السابقة أو ابدأ بحثًا جديدًا.';
  }
  if (e.status >= 500) return 'تعذّر إكمال الطلب. أعد المحاولة بعد قليل؛ وإن تكرر الخطأ فأبلغ مسؤول الأرشيف.';
  return 'تعذّر إكمال الطلب.';
}

/** ISO dates and `key:value` examples inside Arabic text, kept left to right (2021-06-15, not 15-06-2021). */
function isolateLatin(text: string): SafeHtml {
  const parts = text.split(/(\d{4}-\d{2}(?:-\d{2})?|[a-z]+:"?[^\s"،.]*"?)/);
  return join(parts.map((p, i) => (i % 2 ? html`<span dir="ltr">${p}</span>` : html`${p}`)));
}

export function renderErrorPage(e: ErrorInfo): SafeHtml {
  const title = TITLES[e.status] ?? 'خطأ';
  const st = looseState(e.params);
  return layout(
    { title },
    html`${searchForm(st, [])}
<section class="error" role="alert" aria-labelledby="err-h">
<h1 id="err-h">${title}</h1>
<p class="error-msg">${isolateLatin(explain(e))}</p>
<p class="tech"><span>للمطوّرين:</span> <code dir="ltr">${e.status} ${e.code}</code> <bdi dir="ltr" lang="en">${e.message}</bdi></p>
<p><a href="/">الصفحة الرئيسية</a> · <a href="/entities">الكيانات</a> · <a href="/quotes">الاقتباسات</a></p>
</section>`,
  );
}
