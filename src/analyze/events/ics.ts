/**
 * iCalendar (RFC 5545) export of events: all-day VEVENTs (DTSTART;VALUE=DATE, exclusive DTEND),
 * TEXT values escaped (§3.3.11), lines folded at 75 octets without splitting a UTF-8 character
 * (§3.1), CRLF line ends. No clock is read: DTSTAMP comes from the document's date.
 * Shared by `marsad events --ics` and the web server.
 */
import { createHash } from 'node:crypto';
import type { EventType, MarsadDocument, NewsEvent } from '../../doc/types.ts';
import { addDays, fmtDay, type YMD } from '../time/calendar.ts';
import { valueRange } from '../time/range.ts';
import { LABELS, LABELS_EN } from './lexicon.ts';
import { roughSentenceAt } from '../../text/sentences.ts';

export interface IcsEvent {
  /** Stable identifier (the same event exported twice gets the same UID). */
  uid: string;
  type: EventType;
  status: NewsEvent['status'];
  /** TIMEX3 value of the event's time: a day, an ISO week or a month. */
  value: string;
  participants: { name: string; en: string | null }[];
  place: { name: string; en: string | null } | null;
  /** The sentence the event was read from. */
  description: string;
  url?: string | null;
  /** DTSTAMP: when the information was published, `YYYY-MM-DD` or an ISO date-time. */
  stamp: string;
}

/** Escapes a TEXT property value (§3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character or a surrogate pair (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines begin with one space
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

const icsDate = (d: YMD): string => fmtDay(d).replace(/-/g, '');

function icsStamp(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(stamp);
  if (!m) throw new Error(`DTSTAMP needs a date, got "${stamp}"`);
  return `${m[1]}${m[2]}${m[3]}T${m[4] ?? '00'}${m[5] ?? '00'}${m[6] ?? '00'}Z`;
}

/** Days an event covers, when its value is a day, an ISO week or a month (a year is too vague to schedule). */
export function eventDays(value: string): [YMD, YMD] | null {
  if (/^\d{4}$/.test(value)) return null;
  return valueRange(value);
}

export function writeIcs(events: readonly IcsEvent[], opts: { name?: string } = {}): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//marsad//events//AR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (opts.name) lines.push(`X-WR-CALNAME:${escapeText(opts.name)}`);
  for (const e of events) {
    const days = eventDays(e.value);
    if (!days) continue;
    const ar = e.participants.map((p) => p.name).join('، ');
    const en = e.participants.filter((p) => p.en).map((p) => p.en).join(', ');
    const summary = `${LABELS[e.type]}${ar ? `: ${ar}` : ''}${en ? ` — ${LABELS_EN[e.type]}: ${en}` : ''}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsStamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(days[0])}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(days[1], 1))}`,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (e.place) lines.push(`LOCATION:${escapeText(e.place.en ? `${e.place.name} (${e.place.en})` : e.place.name)}`);
    lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push(`STATUS:${e.status === 'cancelled' ? 'CANCELLED' : e.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`);
    if (e.url && /^https?:\/\//.test(e.url)) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The sentence holding `pos` (the document's sentences, else cut at . ! ؟ and line breaks). */
export function sentenceAt(doc: Pick<MarsadDocument, 'text' | 'sentences'>, pos: number): string {
  const s = doc.sentences.find((x) => x.start <= pos && pos < x.end);
  if (s) return s.text.replace(/\s+/g, ' ').trim();
  const { start, end } = roughSentenceAt(doc.text, pos);
  return doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * A document's events as calendar entries: only those with a schedulable date (day, week, month);
 * `plannedOnly` keeps the planned ones.
 */
export function documentIcsEvents(doc: MarsadDocument, opts: { plannedOnly?: boolean } = {}): IcsEvent[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const who = (id: string): { name: string; en: string | null } => {
    const e = byId.get(id);
    return { name: e?.name ?? id, en: e?.en ?? null };
  };
  const out: IcsEvent[] = [];
  for (const ev of doc.events) {
    if (opts.plannedOnly && ev.status !== 'planned') continue;
    const days = ev.time ? eventDays(ev.time.value) : null;
    if (!ev.time || !days) continue;
    const origin = doc.meta.url ?? doc.meta.origin ?? '';
    const uid = createHash('sha1').update(`${origin}\u0000${ev.trigger.start}\u0000${ev.type}\u0000${ev.time.value}`).digest('hex').slice(0, 24);
    out.push({
      uid: `${uid}@marsad`,
      type: ev.type,
      status: ev.status,
      value: ev.time.value,
      participants: ev.participants.map(who),
      place: ev.place ? who(ev.place) : null,
      description: sentenceAt(doc, ev.trigger.start),
      url: doc.meta.url ?? null,
      stamp: doc.meta.referenceDate ?? fmtDay(days[0]),
    });
  }
  return out;
}
