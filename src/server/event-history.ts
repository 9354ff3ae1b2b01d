/**
 * The status history of an event across articles (store/events.ts), as a short ordered list:
 * what each report said (planned, held, cancelled), the date it gave, and which article said it
 * when. Shown on the article page and the events page only when more than one report exists.
 */
import type { EventReport } from '../store/types.ts';
import { html, type SafeHtml } from './escape.ts';
import { STATUS_AR, timeEl } from './layout.ts';

export function eventHistoryList(history: readonly EventReport[], currentArticle: number | null = null): SafeHtml {
  if (history.length < 2) return html``;
  const items = history.map((h) => {
    const where =
      h.articleId === currentArticle
        ? html`<span aria-current="page">هذا المقال</span>`
        : html`<a href="/article/${h.articleId}">${h.headline || `مقال ${h.articleId}`}</a>`;
    return html`<li><span class="status s-${h.status}">${STATUS_AR[h.status] ?? h.status}</span>${h.date ? html` · ${timeEl(h.date)}` : html``} — ${where}${h.published ? html` <span class="muted">(نُشر ${timeEl(h.published)})</span>` : html``}</li>`;
  });
  return html`<details class="event-history"><summary>سجل الحدث (${history.length} تقارير)</summary><ol>${items}</ol></details>`;
}
