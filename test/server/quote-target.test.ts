/**
 * Issue 15: each quote's target (the entities it is about) and stance (from its cue verb) on the
 * article page and its .json twin, and "quotes about" beside "quotes by" on the entity page.
 * The article is made up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { summitDoc } from './fixtures.ts';
import { parseCsv } from '../helpers/csv.ts';

let app: ReturnType<typeof createApp>;
let store: SqlStore;

beforeEach(async () => {
  const doc = summitDoc();
  // Haddad's statement is about the oasis and denies; al-Kaabi's quote names no one else.
  doc.quotes[0] = { ...doc.quotes[0]!, stance: 'neutral', target: [] };
  doc.quotes[1] = { ...doc.quotes[1]!, stance: 'denying', target: ['e3', 'e1'] };
  store = openSqlite(':memory:');
  await store.putDocument(doc, { origin: 'fixture:summit', url: 'https://example.org/news/1', site: 'sahl-news' });
  app = createApp(store, { log: () => {} });
});
afterEach(async () => {
  await store.close();
});

const text = async (path: string): Promise<string> => {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  return res.text();
};

describe('quote target and stance', () => {
  it('the article .json twin gives each quote its stance and its targets by key and name', async () => {
    const body = (await (await app.request('/article/1.json')).json()) as { panel: { quotes: { stance: string | null; targets: unknown }[] } };
    expect(body.panel.quotes.map((q) => [q.stance, q.targets])).toEqual([
      ['neutral', []],
      [
        'denying',
        [
          { key: 'loc:al-waha', name: 'الواحة' },
          { key: 'per:salem-alkaabi', name: 'سالم الكعبي' },
        ],
      ],
    ]);
  });

  it('the article page names the stance and links the entities a quote is about', async () => {
    const page = await text('/article/1');
    expect(page).toContain('<span class="stance st-denying">نفي</span>');
    expect(page).toContain('عن: <a href="/entity/loc%3Aal-waha">الواحة</a>، <a href="/entity/per%3Asalem-alkaabi">سالم الكعبي</a>');
    // A quote about nobody gets no "about" line.
    expect(page.match(/class="about"/g)).toHaveLength(1);
  });

  it('the entity page lists the quotes about it beside its own, and its .json twin carries both', async () => {
    const page = await text('/entity/' + encodeURIComponent('per:salem-alkaabi'));
    const about = page.slice(page.indexOf('id="qa-h"'));
    expect(about).toContain('المحادثات كانت بنّاءة');
    expect(about).toContain('ليلى حداد');
    const own = page.slice(page.indexOf('id="q-h"'), page.indexOf('id="qa-h"'));
    expect(own).toContain('سنوقّع اتفاق المياه');
    expect(own).not.toContain('المحادثات كانت بنّاءة');
    const j = (await (await app.request('/entity/' + encodeURIComponent('per:salem-alkaabi') + '.json')).json()) as {
      quotes: { items: { text: { text: string } }[] };
      quotesAbout: { items: { text: { text: string }; stance: string; speakerKey: string }[] };
    };
    expect(j.quotesAbout.items.map((q) => [q.text.text, q.stance, q.speakerKey])).toEqual([['المحادثات كانت بنّاءة', 'denying', 'per:layla-haddad']]);
    expect(j.quotes.items.map((q) => q.text.text)).toEqual(['سنوقّع اتفاق المياه في 16 يونيو المقبل']);
  });

  it('an entity nobody speaks about says so', async () => {
    expect(await text('/entity/' + encodeURIComponent('per:layla-haddad'))).toContain('لا اقتباسات تتناوله.');
  });

  it('the quotes CSV and JSONL downloads carry stance and targets, and read back to the same quotes', async () => {
    const csv = parseCsv(await text('/quotes.csv'));
    const byText = new Map(csv.map((r) => [r.quote, r]));
    expect(byText.get('المحادثات كانت بنّاءة')).toMatchObject({ speaker_key: 'per:layla-haddad', stance: 'denying', targets: 'loc:al-waha; per:salem-alkaabi' });
    expect(byText.get('سنوقّع اتفاق المياه في 16 يونيو المقبل')).toMatchObject({ speaker_key: 'per:salem-alkaabi', stance: 'neutral', targets: '' });
    const jsonl = (await text('/quotes.jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: { text: string }; stance: string | null; targets: string[] });
    expect(jsonl).toHaveLength(csv.length);
    for (const q of jsonl) {
      const row = byText.get(q.text.text);
      expect(row?.stance).toBe(q.stance ?? '');
      expect((row?.targets ?? '').split('; ').filter(Boolean).sort()).toEqual([...q.targets].sort());
    }
    expect(jsonl.find((q) => q.stance === 'denying')?.targets.sort()).toEqual(['loc:al-waha', 'per:salem-alkaabi']);
  });
});
