// @ts-nocheck
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, writeIcs, documentIcsEvents, type IcsEvent } from '../../../src/analyze/events/ics.ts';
import { extractEvents } from '../../../src/analyze/events/extract.ts';
import { findTimes } from '../../../src/analyze/time/tagger.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';
import { emptyArticle } from '../../../src/doc/types.ts';
import { entitiesFor } from './helpers.ts';

function parse(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

const base: IcsEvent = {
  uid: 'abc@marsad',
  type: 'meeting',
  status: 'planned',
  value: '2021-06-16',
  participants: [
    { name: 'فلاديمير بوتين', en: 'Vladimir Putin' },
    { name: 'جو بايدن', en: 'Joe Biden' },
  ],
  place: { name: 'جنيف', en: 'Geneva' },
  description: 'أعلن المتحدث، أمس، أن الرئيسين سيلتقيان; وقال: "نأمل\\ التقدم".\nسطر ثان',
  stamp: '2021-05-26',
};

describe('iCalendar export', () => {
  it('is accepted by ical.js with the values we wrote', () => {
    const [ev] = parse(writeIcs([base]));
    expect(ev).toBeDefined();
    const e = new ICAL.Event(ev!);
    expect(e.uid).toBe('abc@marsad');
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2021-06-16');
    expect(e.endDate.toString()).toBe('2021-06-17');
    expect(e.summary).toBe('لقاء: فلاديمير بوتين، جو بايدن — Meeting: Vladimir Putin, Joe Biden');
    expect(e.location).toBe('جنيف (Geneva)');
    // Escaped commas, semicolons, backslashes and newlines come back unchanged.
    expect(e.description).toBe(base.description);
    expect(ev!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-05-26T00:00:00Z');
    expect(ev!.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('uses CRLF everywhere and folds lines at 75 octets without splitting a character', () => {
    const long = { ...base, description: 'جملة عربية طويلة جداً تتكرر '.repeat(20) };
    const ics = writeIcs([long]);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
    expect(new ICAL.Event(parse(ics)[0]!).description).toBe(long.description);
  });

  it('escapes TEXT values (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(foldLine('x'.repeat(80))).toBe('x'.repeat(75) + '\r\n ' + 'x'.repeat(5));
  });

  it('weeks and months become multi-day all-day events; years and undated events are left out', () => {
    const evs = parse(writeIcs([
      { ...base, uid: 'w@m', value: '2021-W21' },
      { ...base, uid: 'm@m', value: '2021-06' },
      { ...base, uid: 'y@m', value: '2021' },
      { ...base, uid: 'x@m', value: 'XXXX-06-16' },
    ])).map((c) => new ICAL.Event(c));
    expect(evs.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['w@m', '2021-05-24', '2021-05-31'],
      ['m@m', '2021-06-01', '2021-07-01'],
    ]);
  });

  it('exports the planned, dated events of a document with a stable UID and the document date as DTSTAMP', () => {
    const text = 'أعلنت الرئاسة أمس أن الرئيس حسان الزين سيلتقي الملك نادر الفهد في جدة في 16 يونيو المقبل. والتقى الوزير سامي الحداد أمس السفير خالد العمري.';
    const entities = entitiesFor(text, [['ORG', 'الرئاسة'], ['PER', 'حسان الزين'], ['PER', 'نادر الفهد'], ['LOC', 'جدة'], ['PER', 'سامي الحداد'], ['PER', 'خالد العمري']]);
    const times = findTimes(text, { anchor: '2021-05-26' });
    const doc: MarsadDocument = {
      text,
      meta: { origin: 'fictional.txt', encoding: 'utf-8', format: 'text', arabicRatio: 1, warnings: [], referenceDate: '2021-05-26' },
      article: emptyArticle(),
      sentences: [],
      entities,
      quotes: [],
      times,
      events: extractEvents({ text, entities, times, anchor: '2021-05-26' }),
    };
    expect(doc.events.map((e) => e.status)).toEqual(['planned', 'happened']);
    const first = documentIcsEvents(doc, { plannedOnly: true });
    expect(first).toHaveLength(1);
    expect(documentIcsEvents(doc, { plannedOnly: true })[0]!.uid).toBe(first[0]!.uid);
    const [ev] = parse(writeIcs(first)).map((c) => new ICAL.Event(c));
    expect(ev!.startDate.toString()).toBe('2021-06-16');
    expect(ev!.location).toBe('جدة');
    expect(ev!.description).toContain('سيلتقي');
    expect(ev!.description).not.toContain('السفير');
    expect(ev!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-05-26T00:00:00Z');
    expect(documentIcsEvents(doc, { plannedOnly: false })).toHaveLength(2);
  });
});
