// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/sqlite.ts';
import { csvField, exportTo } from '../../src/store/export.ts';
import { ARTICLES, makeDoc } from './fixtures.ts';

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
    expect(lines[0]).toBe('\uFEFFarticleId,headline,published,speaker,speakerKey,kind,cue,text,start,end');
    expect(lines[1]).toContain('جو بايدن,PER:biden,direct,وقال,سنعمل معا من أجل السلام');
    const e = await run('entities', 'csv', '');
    expect(e.n).toBe(3);
    expect(e.out).toContain('PER:putin,PER,فلاديمير بوتين,Vladimir Putin,2,3');
    const ev = await run('events', 'jsonl', 'from:2021-06-05');
    expect(JSON.parse(ev.out)).toMatchObject({ type: 'summit', participants: ['Vladimir Putin', 'Joe Biden'], place: 'Geneva' });
    expect((await run('events', 'jsonl', 'to:2021-06-05')).n).toBe(0);
  });
});
