/**
 * One event across articles (#15): the same meeting reported as planned in one article and as
 * held in another is one event with a status history, on both backends. The articles are
 * fictional, written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlStore } from '../../src/store/sql-store.ts';
import type { Db } from '../../src/store/db.ts';
import { EVENT_MATCH_DAYS, eventMatchKey } from '../../src/store/events.ts';
import { makeDoc, type Fixture, type FixtureEntity } from './fixtures.ts';
import { storeBackends } from './backends.ts';

const MINISTER: FixtureEntity = { id: 'e1', key: 'PER:nasser-alwadi', type: 'PER', name: 'ناصر الوادي', en: null, forms: ['ناصر الوادي'] };
const ENVOY: FixtureEntity = { id: 'e2', key: 'PER:rima-saad', type: 'PER', name: 'ريما سعد', en: null, forms: ['ريما سعد'] };
const OTHER: FixtureEntity = { id: 'e2', key: 'PER:adel-nour', type: 'PER', name: 'عادل نور', en: null, forms: ['عادل نور'] };

function meeting(over: Partial<Fixture> & { status: 'planned' | 'happened' | 'cancelled'; trigger: string; date?: string }): Fixture {
  const { status, trigger, date, ...rest } = over;
  return {
    headline: 'لقاء في العاصمة',
    body: `${trigger} وزير الري ناصر الوادي المبعوثة ريما سعد لبحث مشروع السد الجديد.`,
    published: '2026-03-02',
    site: 'wire-a',
    url: 'https://example.test/m1',
    entities: [MINISTER, ENVOY],
    events: [{ type: 'meeting', trigger, participants: ['e1', 'e2'], status, ...(date ? { date } : {}) }],
    ...rest,
  };
}

const PLANNED = meeting({ trigger: 'من المقرر أن يلتقي', status: 'planned', date: '2026-03-04' });
const HELD = meeting({
  trigger: 'التقى',
  status: 'happened',
  published: '2026-03-04',
  site: 'daily-b',
  url: 'https://example.test/m2',
  headline: 'الوادي وسعد يبحثان السد',
});

describe('the match key', () => {
  it('is the type and the participant set, whatever their order; none without participants', () => {
    expect(eventMatchKey('meeting', ['PER:b', 'PER:a'])).toBe(eventMatchKey('meeting', ['PER:a', 'PER:b']));
    expect(eventMatchKey('meeting', ['PER:a', 'PER:b'])).not.toBe(eventMatchKey('visit', ['PER:a', 'PER:b']));
    expect(eventMatchKey('meeting', [])).toBeNull();
  });
});

for (const backend of storeBackends()) {
  describe(`one event across articles (${backend.name})`, () => {
    let store: SqlStore;
    let reopen: () => Promise<SqlStore>;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, reopen, cleanup } = await backend.open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });
    const put = async (f: Fixture) => {
      const { doc, info } = makeDoc(f);
      return (await store.putDocument(doc, info)).id;
    };

    it('planned in one article and held in another: one event, latest status, history of both', async () => {
      const a = await put(PLANNED);
      const b = await put(HELD);
      const page = await store.listEvents({});
      expect(page.total).toBe(1);
      const [ev] = page.items;
      expect(ev).toMatchObject({ status: 'happened', articleId: b, date: '2026-03-04' });
      expect(ev!.participants.map((p) => p.key).sort()).toEqual(['PER:nasser-alwadi', 'PER:rima-saad']);
      expect(ev!.history).toEqual([
        { status: 'planned', date: '2026-03-04', articleId: a, published: '2026-03-02', headline: 'لقاء في العاصمة' },
        { status: 'happened', date: '2026-03-04', articleId: b, published: '2026-03-04', headline: 'الوادي وسعد يبحثان السد' },
      ]);
      // It is no longer a planned event, and it is a held one.
      expect((await store.listEvents({ status: 'planned' })).total).toBe(0);
      expect((await store.listEvents({ status: 'happened' })).items.map((e) => e.id)).toEqual([ev!.id]);
      // Both articles name the same event and carry the same history.
      const ha = (await store.getArticle(a))!.eventHistory!;
      const hb = (await store.getArticle(b))!.eventHistory!;
      expect(ha).toHaveLength(1);
      expect(hb).toHaveLength(1);
      expect(ha[0]!.event).toBe(ev!.id);
      expect(hb[0]!.event).toBe(ev!.id);
      expect(hb[0]!.history).toEqual(ev!.history);
      const doc = (await store.getArticle(b))!.doc;
      expect(hb[0]!.trigger).toEqual({ start: doc.events[0]!.trigger.start, end: doc.events[0]!.trigger.end });
    });

    it('the order of arrival does not matter: held first, then the earlier planned report', async () => {
      await put(HELD);
      await put(PLANNED);
      const page = await store.listEvents({});
      expect(page.total).toBe(1);
      // The latest report by publication date is the held one.
      expect(page.items[0]!.status).toBe('happened');
      expect(page.items[0]!.history.map((h) => h.status)).toEqual(['planned', 'happened']);
    });

    it('within one batch as well', async () => {
      await store.putDocuments([makeDoc(PLANNED), makeDoc(HELD)]);
      expect((await store.listEvents({})).items.map((e) => e.history.length)).toEqual([2]);
    });

    it('stays apart: other participants, another type, dates too far apart, no participants', async () => {
      await put(PLANNED);
      await put({ ...HELD, entities: [MINISTER, OTHER], body: HELD.body.replace('ريما سعد', 'عادل نور'), url: 'https://example.test/m3' });
      await put({ ...HELD, events: [{ ...HELD.events![0]!, type: 'visit' }], url: 'https://example.test/m4', body: HELD.body + ' وأعلن الجانبان الزيارة.' });
      const later = new Date(Date.UTC(2026, 2, 4 + EVENT_MATCH_DAYS + 1)).toISOString().slice(0, 10);
      await put({ ...HELD, published: later, url: 'https://example.test/m5', body: HELD.body + ' وجرى اللقاء الثاني.' });
      await put({ ...PLANNED, events: [{ ...PLANNED.events![0]!, participants: [] }], url: 'https://example.test/m6', body: PLANNED.body + ' ولم تحدد الأطراف.' });
      await put({ ...HELD, events: [{ ...HELD.events![0]!, participants: [] }], url: 'https://example.test/m7', body: HELD.body + ' ولم يذكر المشاركون.' });
      const page = await store.listEvents({ limit: 50 });
      expect((await store.stats()).events).toBe(6);
      expect(page.total).toBe(6);
      expect(page.items.every((e) => e.history.length === 1)).toBe(true);
    });

    it('upgrading an archive from schema version 5: stored reports are matched by later ones', async () => {
      await put(PLANNED);
      const db = (store as unknown as { db: Db }).db;
      for (const sql of [
        'DROP INDEX events_match',
        'DROP INDEX events_cluster',
        'ALTER TABLE events DROP COLUMN match_key',
        'ALTER TABLE events DROP COLUMN cluster',
        // What later versions added goes too: they run again after v6.
        'DROP TABLE quote_targets',
        'ALTER TABLE quotes DROP COLUMN stance',
        'DELETE FROM schema_version WHERE version > 5',
      ]) {
        await db.run(sql);
      }
      await store.close();
      store = await reopen();
      await put(HELD);
      const page = await store.listEvents({});
      expect(page.total).toBe(1);
      expect(page.items[0]!.history.map((h) => h.status)).toEqual(['planned', 'happened']);
    });

    it('one participant alone ties reports only at the same place', async () => {
      const solo = (f: Fixture, url: string, place?: string): Fixture => ({
        ...f,
        url,
        body: `${f.body} ثم زار الوادي السد.`,
        entities: [MINISTER, { id: 'e3', key: 'LOC:dam', type: 'LOC', name: 'السد', en: null, forms: ['السد'] }],
        events: [{ ...f.events![0]!, participants: ['e1'], ...(place ? { place } : {}) }],
      });
      await put(solo(PLANNED, 'https://example.test/s1'));
      await put(solo(HELD, 'https://example.test/s2'));
      expect((await store.listEvents({})).items.map((e) => e.history.length)).toEqual([1, 1]);
      await put(solo({ ...PLANNED, body: PLANNED.body + ' في الموقع.' }, 'https://example.test/s3', 'e3'));
      await put(solo({ ...HELD, body: HELD.body + ' في الموقع.' }, 'https://example.test/s4', 'e3'));
      const page = await store.listEvents({});
      expect(page.total).toBe(3);
      const atDam = page.items.find((e) => e.place?.key === 'LOC:dam')!;
      expect(atDam.history.map((h) => h.status)).toEqual(['planned', 'happened']);
    });

    // SQLite has one writer (and two connections in one thread would wait on each other).
    it.runIf(backend.name === 'postgres')('two writers storing reports of one event at the same moment: still one event', async () => {
      const other = await reopen();
      try {
        const [a, b] = [makeDoc(PLANNED), makeDoc(HELD)];
        await Promise.all([store.putDocuments([a]), other.putDocuments([b])]);
      } finally {
        await other.close();
      }
      const page = await store.listEvents({});
      expect(page.total).toBe(1);
      expect(page.items[0]!.history.map((h) => h.status)).toEqual(['planned', 'happened']);
    });

    it('deleting the first report leaves the event with the reports that remain', async () => {
      const a = await put(PLANNED);
      const b = await put(HELD);
      expect(await store.deleteArticle(a)).toBe(true);
      const page = await store.listEvents({});
      expect(page.total).toBe(1);
      expect(page.items[0]!.history).toEqual([expect.objectContaining({ status: 'happened', articleId: b })]);
    });
  });
}
