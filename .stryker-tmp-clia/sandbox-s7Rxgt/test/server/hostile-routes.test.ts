/**
 * Every HTML route over the real SQLite archive, with an article whose every field is an XSS
 * payload: headline, entity names, English names and keys, roles, quote text, unresolved
 * speaker, cue, event trigger, time, place, story, site, URL, origin, and the query strings.
 *
 * Each payload carries a tag of its own, `<x-FIELD>`, behind quotes and a backtick that would
 * close an attribute. A page passes when no `<x-` reaches it unescaped, and when the field's
 * escaped form does reach it: a page that dropped the field would prove nothing.
 */
// @ts-nocheck

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/open.ts';
import { rebuildStories } from '../../src/store/stories.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { makeDoc } from './fixtures.ts';

const P = (field: string): string => `"'\`><x-${field}>`;
const SEEN = (field: string): string => `&lt;x-${field}&gt;`;

const KEY = `per:k${P('key')}`;
const PLACE_KEY = `loc:p${P('place-key')}`;
const TEXT = [
  `عنوان ${P('headline')}`,
  '2021-07-01',
  `استقبل ${P('trigger')} الرئيس ${P('role')} سالم ${P('person')} الضيف في مدينة ${P('place')} يوم ${P('time')}.`,
  `وقال ${P('cue')} سالم ${P('person')}: «كلام ${P('quote')}».`,
  `وأضاف مصدر ${P('speaker')} أن ${P('indirect')} الاجتماع مفيد.`,
].join('\n');

function hostile(extra: string) {
  return makeDoc({
    text: TEXT + extra,
    headline: `عنوان ${P('headline')}`,
    published: '2021-07-01',
    entities: [
      {
        id: 'e1',
        key: KEY,
        type: 'PER',
        name: `سالم ${P('person')}`,
        en: `Salem ${P('en')}`,
        mentions: [`سالم ${P('person')}`, `سالم ${P('person')}`],
        roles: [`الرئيس ${P('role')}`],
      },
      {
        id: 'e2',
        key: PLACE_KEY,
        type: 'LOC',
        name: `مدينة ${P('place')}`,
        en: null,
        mentions: [`مدينة ${P('place')}`],
      },
    ],
    quotes: [
      { kind: 'direct', text: `كلام ${P('quote')}`, speaker: 'e1', cue: `وقال ${P('cue')}` },
      {
        kind: 'indirect',
        text: `${P('indirect')} الاجتماع مفيد`,
        speaker: null,
        speakerText: `مصدر ${P('speaker')}`,
      },
    ],
    times: [{ text: `يوم ${P('time')}`, value: '2021-06-30' }],
    events: [
      {
        type: 'meeting',
        trigger: `استقبل ${P('trigger')}`,
        participants: ['e1'],
        place: 'e2',
        date: '2021-06-30',
        status: 'happened',
      },
    ],
  });
}

let dir: string;
let store: SqlStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-hostile-'));
  store = await openStore(path.join(dir, 'a.db'));
  // two near-copies, so that they also make a story and a duplicate group
  await store.putDocument(hostile(''), {
    origin: `o${P('origin')}`,
    url: `https://example.org/${P('url')}`,
    site: `s${P('site')}`,
  });
  await store.putDocument(hostile('\nسطر إضافي.'), {
    origin: 'copy',
    url: `javascript:alert(1)//${P('url2')}`,
    site: `s${P('site')}`,
  });
  await rebuildStories(store);
  app = createApp(store, { log: () => {} });
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The routes, each with the fields whose (escaped) text it must show. */
const q = encodeURIComponent;
const ROUTES: Array<[string, string[]]> = [
  ['/', ['headline', 'site']],
  ['/search?q=' + q('عنوان'), ['headline', 'site']],
  ['/search?q=' + q(P('query')), ['query']],
  ['/search?q=' + q('عنوان') + '&site=' + q(`s${P('site')}`), ['headline', 'site']],
  ['/entities', ['person', 'en', 'place']],
  ['/entities?q=' + q(P('filter')), ['filter']],
  ['/entity/' + q(KEY), ['person', 'en', 'role', 'quote', 'cue', 'headline']],
  ['/entity/' + q(PLACE_KEY), ['place']],
  ['/quotes', ['quote', 'indirect', 'person', 'speaker', 'cue', 'headline']],
  ['/quotes?speaker=' + q(P('speaker-filter')), ['speaker-filter']],
  ['/events', ['trigger', 'person', 'place', 'headline']],
  ['/stories', ['headline', 'site']],
  [
    '/article/1',
    [
      'headline',
      'person',
      'en',
      'role',
      'quote',
      'indirect',
      'speaker',
      'cue',
      'trigger',
      'time',
      'place',
      'site',
    ],
  ],
  ['/article/2', ['headline']],
  ['/entity/' + q(`per:none${P('missing')}`), ['missing']],
];

describe('every HTML route with hostile data in every field', () => {
  it('the two near-copies make one story with one duplicate group', async () => {
    const stats = (await (await app.request('/api/stats')).json()) as { stats: Record<string, number> };
    expect(stats.stats).toMatchObject({ articles: 2 });
    const stories = (await (await app.request('/stories.json')).json()) as {
      page: { items: { duplicateGroups: number[][] }[] };
    };
    expect(stories.page.items).toHaveLength(1);
    expect(stories.page.items[0]!.duplicateGroups).toEqual([[1, 2]]);
  });

  for (const [route, fields] of ROUTES) {
    it(`${route}: no unescaped < from data, and the data is there escaped`, async () => {
      const res = await app.request(route);
      expect(res.headers.get('content-type'), route).toMatch(/text\/html/);
      const page = await res.text();
      // nothing from the data opened a tag, closed an attribute or made a javascript: link
      expect(page.match(/<x-[a-z0-9-]*/g) ?? [], route).toEqual([]);
      expect(page, route).not.toMatch(/href="\s*javascript:/i);
      const { document } = parseHTML(page);
      expect(document.querySelectorAll('*').length).toBeGreaterThan(10);
      for (const el of document.querySelectorAll('*')) {
        expect(el.tagName.toLowerCase().startsWith('x-'), `${route}: <${el.tagName}>`).toBe(false);
        for (const attr of el.attributes) {
          expect(
            attr.name.startsWith('on') || /[`'"<>]/.test(attr.name),
            `${route}: ${el.tagName} ${attr.name}`,
          ).toBe(false);
        }
      }
      for (const f of fields) expect(page, `${route} shows ${f}`).toContain(SEEN(f));
    });
  }
});
