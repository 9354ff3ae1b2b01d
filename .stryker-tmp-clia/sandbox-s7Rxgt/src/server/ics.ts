/**
 * The events page's calendar export: store rows adapted to the shared RFC 5545 writer
 * (src/analyze/events/ics.ts, also used by `marsad events --ics`).
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { writeIcs, type IcsEvent } from '../analyze/events/ics.ts';
import type { EventRow } from '../store/types.ts';

export function rowToIcsEvent(e: EventRow, baseUrl?: string): IcsEvent | null {
  if (!e.date) return null;
  const uid = createHash('sha1').update(`article:${e.articleId}\u0000${e.trigger.start}\u0000${e.type}\u0000${e.date}`).digest('hex').slice(0, 24);
  return {
    uid: `${uid}@marsad`,
    type: e.type,
    status: e.status,
    value: e.date,
    participants: e.participants.map((p) => ({ name: p.name, en: p.en })),
    place: e.place ? { name: e.place.name, en: e.place.en } : null,
    description: [`«${e.trigger.text}»`, e.headline ?? ''].filter(Boolean).join(' — '),
    url: baseUrl ? `${baseUrl.replace(/\/$/, '')}/article/${e.articleId}` : null,
    // No clock: the stamp is when the information was published.
    stamp: e.published ?? e.date,
  };
}

/** Serialises store event rows as an iCalendar document (undated or year-only events are left out). */
export function eventsToIcs(rows: readonly EventRow[], opts: { baseUrl?: string } = {}): string {
  const events: IcsEvent[] = [];
  for (const r of rows) {
    const ev = rowToIcsEvent(r, opts.baseUrl);
    if (ev) events.push(ev);
  }
  return writeIcs(events, { name: 'marsad' });
}
