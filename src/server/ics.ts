/**
 * A minimal RFC 5545 writer for the events page's calendar export. (src/analyze/events/ics.ts, a
 * colleague's, did not exist when this was written; switch to it once it does.)
 * Only events with a full calendar date become VEVENTs: an all-day DTSTART;VALUE=DATE.
 */
import type { EventRow } from '../store/types.ts';

/** Escapes a TEXT property value (RFC 5545 §3.3.11). */
export function icsText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a multi-byte character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const EVENT_TYPE_AR: Record<string, string> = { meeting: 'اجتماع', summit: 'قمة', visit: 'زيارة', call: 'اتصال', other: 'حدث' };

function nextDay(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Serialises events as an iCalendar document. `stamp` is the DTSTAMP (UTC), passed in for reproducibility. */
export function eventsToIcs(events: readonly EventRow[], opts: { stamp: Date; baseUrl?: string }): string {
  const stamp = opts.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//marsad//events//AR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:marsad'];
  for (const e of events) {
    if (!e.date || !/^\d{4}-\d{2}-\d{2}$/.test(e.date) || Number.isNaN(Date.parse(e.date))) continue;
    const who = e.participants.map((p) => p.name).join('، ');
    const summary = `${EVENT_TYPE_AR[e.type] ?? e.type}${who ? `: ${who}` : ''}${e.place ? ` — ${e.place.name}` : ''}`;
    const desc = [`«${e.trigger.text}»`, e.headline ?? '', `status: ${e.status}`].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:marsad-${e.articleId}-${e.trigger.start}-${e.type}@marsad`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${e.date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${nextDay(e.date)}`,
      `SUMMARY:${icsText(summary)}`,
      `DESCRIPTION:${icsText(desc)}`,
      `STATUS:${e.status === 'cancelled' ? 'CANCELLED' : e.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    );
    if (e.place) lines.push(`LOCATION:${icsText(e.place.en ? `${e.place.name} (${e.place.en})` : e.place.name)}`);
    if (opts.baseUrl) lines.push(`URL:${opts.baseUrl.replace(/\/$/, '')}/article/${e.articleId}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
