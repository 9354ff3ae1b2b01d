// @ts-nocheck
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';
import { documentIcsEvents, writeIcs } from '../../../src/analyze/events/ics.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';
import { sharedPath } from '../../../src/util/shared.ts';
import { describeShared } from '../../helpers/shared.ts';
import ICAL from 'ical.js';

const SEED = ['seed', 'kremlin-summit-2021-05-26.txt'];

interface Expected {
  times: { text: string; value: string; note?: string }[];
  events: { type: string; participants: string[]; place: string; date?: string; status: string }[];
}

const fold = (s: string): string => s.replace(/[\u064B-\u065F\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/\s+/g, ' ').trim();

describeShared('seed article: times and events through the whole pipeline', SEED, () => {
  let doc: MarsadDocument;
  let expected: Expected;

  beforeAll(() => {
    const text = readFileSync(sharedPath(...SEED), 'utf8');
    expected = JSON.parse(readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.expected.json'), 'utf8')) as Expected;
    doc = analyzeText({ text, meta: { origin: 'seed' } });
  });

  it('resolves against the article date', () => {
    expect(doc.meta.referenceDate).toBe('2021-05-26');
  });

  it('finds all 7 time expressions with their values (twice where they occur twice)', () => {
    for (const t of expected.times) {
      const hits = doc.times.filter((x) => fold(x.text) === fold(t.text));
      expect(hits.length, `«${t.text}» in ${JSON.stringify(doc.times.map((x) => x.text))}`).toBe(t.note?.includes('twice') ? 2 : 1);
      for (const h of hits) expect(h.value, t.text).toBe(t.value);
    }
    expect(doc.times.find((x) => x.text === 'لمدة أسبوع')!.type).toBe('DURATION');
    // Nothing else is taken for a time in this article.
    expect(doc.times).toHaveLength(9);
  });

  it('finds its 4 events (needs the entities stage: fails loudly without it)', () => {
    expect(doc.entities.length, 'the entities stage returned no entities; events need people and places').toBeGreaterThan(0);
    const name = (id: string | null): string | null => (id ? doc.entities.find((e) => e.id === id)?.name ?? null : null);
    for (const want of expected.events) {
      const got = doc.events.find(
        (e) =>
          e.type === want.type &&
          [...e.participants.map(name)].sort().join('|') === [...want.participants].sort().join('|') &&
          name(e.place) === want.place &&
          (!want.date || e.time?.value === want.date),
      );
      expect(got, `${JSON.stringify(want)} in ${JSON.stringify(doc.events.map((e) => [e.type, e.participants.map(name), name(e.place), e.time?.value]))}`).toBeDefined();
      expect(got!.status).toBe(want.status);
    }
  });

  it('exports the two dated planned meetings as iCalendar', () => {
    const cal = new ICAL.Component(ICAL.parse(writeIcs(documentIcsEvents(doc, { plannedOnly: true }))));
    const starts = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).startDate.toString());
    expect(starts).toEqual(['2021-06-16', '2021-05-24']);
  });
});
