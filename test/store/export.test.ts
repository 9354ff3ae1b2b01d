import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/sqlite.ts';
import { csvField, exportTo } from '../../src/store/export.ts';
import { ARTICLES, PUTIN_FIXTURE, makeDoc, type Fixture } from './fixtures.ts';
import { parseCsv } from '../helpers/csv.ts';

async function store() {
  const s = openSqlite(':memory:');
  for (const f of ARTICLES) await s.putDocument(makeDoc(f).doc, makeDoc(f).info);
  return s;
}

async function run(what: 'articles' | 'entities' | 'quotes' | 'events', format: 'jsonl' | 'csv', q: string) {
  const s = await store();
  let out = '';
  const n = await exportTo(s, what, format, q, (c) => (out += c));
  await s.close();
  return { n, out };
}

describe('export', () => {
  it('escapes CSV fields', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvField('سطر\nآخر')).toBe('"سطر\nآخر"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('exports the articles a query matches, with their analysis, as JSON lines', async () => {
    const { n, out } = await run('articles', 'jsonl', 'جنيف');
    expect(n).toBe(2);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.url).sort()).toEqual(['https://example.test/a2', 'https://example.test/a3']);
    expect(rows.find((r) => r.url.endsWith('a3')).doc.quotes).toHaveLength(1);
  });

  it('exports quotes by speaker and entities as CSV with a BOM and a header', async () => {
    const q = await run('quotes', 'csv', 'speaker:"Joe Biden"');
    expect(q.n).toBe(1);
    const lines = q.out.split('\r\n');
    expect(lines[0]).toBe('\uFEFFarticleId,headline,published,speaker,speakerKey,kind,cue,stance,targets,text,start,end');
    expect(lines[1]).toContain('جو بايدن,PER:biden,direct,وقال,,,سنعمل معا من أجل السلام');
    const e = await run('entities', 'csv', '');
    expect(e.n).toBe(3);
    expect(e.out).toContain('PER:putin,PER,فلاديمير بوتين,Vladimir Putin,2,3');
    const ev = await run('events', 'jsonl', 'from:2021-06-05');
    expect(JSON.parse(ev.out)).toMatchObject({ type: 'summit', participants: ['Vladimir Putin', 'Joe Biden'], place: 'Geneva' });
    expect((await run('events', 'jsonl', 'to:2021-06-05')).n).toBe(0);
  });

  it('exports each quote with its stance and targets, in JSON lines and in CSV that reads back the same', async () => {
    // A denial about Putin whose content holds a comma and quotation marks, so the CSV must quote it.
    const denial: Fixture = {
      headline: 'مصدر ينفي',
      body: 'ونفى المتحدث باسم الوزارة أن بوتين ألغى الزيارة، وقال: "لم يتغير شيء في البرنامج"، مضيفا أن الموعد قائم.',
      published: '2021-06-12',
      site: 'wire-b',
      url: 'https://example.test/a9',
      entities: [{ ...PUTIN_FIXTURE, forms: ['بوتين'] }],
      quotes: [
        { text: 'بوتين ألغى الزيارة، وقال: "لم يتغير شيء في البرنامج"', speaker: null, cue: 'ونفى', stance: 'denying', target: ['e1'] },
        { text: 'الموعد قائم', speaker: null, cue: 'مضيفا', stance: 'neutral' },
      ],
    };
    const s = openSqlite(':memory:');
    await s.putDocument(makeDoc(denial).doc, makeDoc(denial).info);
    let jsonl = '';
    let csv = '';
    expect(await exportTo(s, 'quotes', 'jsonl', '', (c) => (jsonl += c))).toBe(2);
    expect(await exportTo(s, 'quotes', 'csv', '', (c) => (csv += c))).toBe(2);
    await s.close();
    const lines = jsonl.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const rows = parseCsv(csv);
    const byText = (rs: Array<Record<string, unknown>>, t: string) => rs.find((r) => r.text === t);
    const denied = 'بوتين ألغى الزيارة، وقال: "لم يتغير شيء في البرنامج"';
    expect(byText(lines, denied)).toMatchObject({ stance: 'denying', targets: ['PER:putin'], cue: 'ونفى' });
    expect(byText(rows, denied)).toMatchObject({ stance: 'denying', targets: 'PER:putin', cue: 'ونفى' });
    expect(byText(lines, 'الموعد قائم')).toMatchObject({ stance: 'neutral', targets: [] });
    expect(byText(rows, 'الموعد قائم')).toMatchObject({ stance: 'neutral', targets: '' });
    // Every JSON line and its CSV row agree on every column the CSV has.
    for (const l of lines) {
      const r = byText(rows, l.text as string)!;
      for (const [k, v] of Object.entries(r)) {
        const want = l[k];
        expect(v).toBe(Array.isArray(want) ? want.join('; ') : want === null ? '' : String(want));
      }
    }
  });
});
