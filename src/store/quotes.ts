/** Quotes: listed and searched through the search path (a speaker is a filter of the query). */
import type { Page, QuoteRow } from './types.ts';
import { parseQuery } from './query.ts';
import { findPage, type SearchCtx } from './search.ts';
import { clampLimit, num, offsetCursor, str } from './sql-common.ts';

export async function listQuotes(
  s: SearchCtx,
  opts: {
    speaker?: string;
    q?: string;
    limit?: number;
    cursor?: string | null;
  },
): Promise<Page<QuoteRow>> {
  const limit = clampLimit(opts.limit);
  const offset = offsetCursor(opts.cursor);
  const p = parseQuery(opts.q ?? '');
  if (opts.speaker) p.filters.speaker.push(opts.speaker);
  const found = await findPage(s, 'quotes', p, limit, offset, false);
  if (!found) return { items: [], next: null, total: 0, totalExact: true };
  const items: QuoteRow[] = [];
  for (const r of found.rows) {
    const q = await s.db.get(
      'SELECT x.*, a.headline, a.published FROM quotes x JOIN articles a ON a.id = x.article_id WHERE x.id = ?',
      [r.id],
    );
    if (!q) continue;
    items.push({
      articleId: num(q.article_id),
      headline: str(q.headline),
      published: str(q.published),
      kind: String(q.kind) as QuoteRow['kind'],
      text: { start: num(q.start_off), end: num(q.end_off), text: String(q.text) },
      speakerName: str(q.speaker_name),
      speakerKey: str(q.speaker_key),
      cue: str(q.cue),
    });
  }
  return { items, next: found.next, total: found.total, totalExact: found.totalExact };
}
