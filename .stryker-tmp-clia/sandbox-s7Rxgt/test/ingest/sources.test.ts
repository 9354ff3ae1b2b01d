// @ts-nocheck
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { expandPath, fromRecord, type RawArticle } from '../../src/extract/sources/index.ts';

const A = { title: 'افتتاح مكتبة جديدة', content: 'افتتحت البلدية مكتبة عامة في حي الزهور تضم آلاف الكتب.', url: 'https://example.test/1', source: 'town-news', date: '2020-03-04' };
const B = { text: 'أعلن النادي عن مدرب جديد للفريق الأول.', published: '2020-03-05T10:00:00Z' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'marsad-sources-'));
  mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'one.txt'), 'خبر قصير عن الطقس في المدينة.');
  writeFileSync(path.join(dir, 'arr.json'), JSON.stringify([A, B]));
  writeFileSync(path.join(dir, 'sub', 'lines.jsonl'), `${JSON.stringify(A)}\n\n{broken\n${JSON.stringify({ title: 'بلا نص' , url: 'x'})}\n${JSON.stringify(B)}\n`);
  writeFileSync(path.join(dir, 'sub', 'deeper', 'pack.zip'), zipSync({ 'day.json': strToU8(JSON.stringify([A, B])), 'notes.pdf': strToU8('x') }));
  writeFileSync(path.join(dir, 'sub', 'bad.zip'), 'not a zip at all');
  writeFileSync(path.join(dir, 'image.png'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(p: string) {
  const errors: Array<[string, string]> = [];
  const items: RawArticle[] = [];
  for await (const a of expandPath(p, { onError: (o, r) => errors.push([o, r]) })) items.push(a);
  return { items, errors };
}

describe('expandPath', () => {
  it('reads a folder recursively: txt, json arrays, jsonl, zip members; skips other files', async () => {
    const { items, errors } = await collect(dir);
    expect(items.map((a) => path.relative(dir, a.origin))).toEqual([
      'arr.json#0',
      'arr.json#1',
      'one.txt',
      'sub/deeper/pack.zip!day.json#0',
      'sub/deeper/pack.zip!day.json#1',
      'sub/lines.jsonl:1',
      'sub/lines.jsonl:5',
    ]);
    const reasons = errors.map(([o, r]) => `${path.relative(dir, o)}: ${r.split(':')[0]}`);
    expect(reasons).toEqual([
      'sub/bad.zip: unreadable zip',
      'sub/deeper/pack.zip!notes.pdf: unsupported file type ".pdf"',
      'sub/lines.jsonl:3: invalid JSON line',
      'sub/lines.jsonl:4: no "text" or "content" field',
    ]);
  });

  it('maps container fields: title first in the text, url, source, date', async () => {
    const { items } = await collect(path.join(dir, 'arr.json'));
    expect(items[0]).toMatchObject({
      text: `${A.title}\n\n${A.content}`,
      title: A.title,
      url: A.url,
      source: 'town-news',
      published: '2020-03-04',
    });
    expect(items[1]).toMatchObject({ text: B.text, title: null, published: '2020-03-05' });
  });

  it('reports a missing path instead of throwing', async () => {
    const { items, errors } = await collect(path.join(dir, 'nope'));
    expect(items).toEqual([]);
    expect(errors).toEqual([[path.join(dir, 'nope'), 'no such file or folder']]);
  });

  it('rejects records without text', () => {
    expect(fromRecord({ title: 'x' }, 'o')).toBe('no "text" or "content" field');
    expect(fromRecord([1], 'o')).toBe('not a JSON object');
    expect(fromRecord({ content: '   ' }, 'o')).toBe('empty text');
  });
});
