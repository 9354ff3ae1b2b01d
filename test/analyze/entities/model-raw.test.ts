/**
 * The raw model file the build writes into dist/ (src/analyze/ner/model-raw.ts) is the committed
 * artefact in another layout: the same weights, the same packed rows, the same tags; and it is
 * refused when it was made from another artefact or is cut short.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artefactId, decodeRawModel, encodeRawModel } from '../../../src/analyze/ner/model-raw.ts';
import { loadModel, MODEL_PATH } from '../../../src/analyze/ner/tagger.ts';

// Fictional sentences written for this test.
const SENTENCES = [
  'قال وزير الخارجية سامر القاسمي في عمان إن الاجتماع مع وفد الاتحاد الأوروبي كان مثمرا .'.split(' '),
  'وافتتحت شركة النور للاتصالات فرعا جديدا في مدينة صفاقس يوم الأحد .'.split(' '),
  'أكدت ليلى حداد أن بلادها ستشارك في قمة المياه في القاهرة .'.split(' '),
];

/** Same length and bytes (a byte compare: an element-wise toEqual of megabytes is slow). */
const same = (a: ArrayBufferView, b: ArrayBufferView): boolean =>
  a.byteLength === b.byteLength &&
  Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;

describe('the raw NER model file', { timeout: 60_000 }, () => {
  const gz = readFileSync(MODEL_PATH);
  const raw = encodeRawModel(gz);
  const fromGz = loadModel();
  const fromRaw = decodeRawModel(raw, artefactId(gz));

  it('holds the same weights and packed rows as the artefact', () => {
    const a = fromGz.packedTables();
    const b = fromRaw.packedTables();
    for (const k of ['packed', 'packed2', 'joint'] as const) {
      expect(b[k], k).not.toBeNull();
      expect(same(b[k]!.bm, a[k]!.bm), k).toBe(true);
      expect(same(b[k]!.rows, a[k]!.rows), k).toBe(true);
    }
    // the full tables, scattered back from the packed rows on first read
    for (const [x, y] of [
      [fromGz, fromRaw],
      [fromGz.stage2!, fromRaw.stage2!],
    ] as const) {
      expect(y.quantised!.scale).toBe(x.quantised!.scale);
      expect(same(y.quantised!.w, x.quantised!.w)).toBe(true);
      expect(same(y.trans, x.trans)).toBe(true);
    }
    expect(fromRaw.info).toEqual(fromGz.info);
  });

  it('tags as the artefact does', () => {
    const tags = (m: typeof fromGz) => m.tagDocument(SENTENCES).map((t) => Array.from(t));
    const expected = tags(loadModel());
    expect(expected.flat().some((t) => t !== 0)).toBe(true); // the sentences hold names
    expect(tags(decodeRawModel(raw, artefactId(gz)))).toEqual(expected);
  });

  it('reads the same from its file, table by table, the first stage\'s rows only when asked for', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-raw-')), 'ner.raw');
    writeFileSync(file, raw);
    const tags = (m: typeof fromGz) => m.tagDocument(SENTENCES).map((t) => Array.from(t));
    const m = decodeRawModel(file, artefactId(gz));
    expect(tags(m)).toEqual(tags(fromRaw));
    // tagging (the two-stage fast path) does not need them: a missing file then goes unnoticed
    const cut = path.join(path.dirname(file), 'cut.raw');
    writeFileSync(cut, raw);
    const lazy = decodeRawModel(cut, artefactId(gz));
    expect(tags(lazy)).toEqual(tags(fromRaw));
    writeFileSync(cut, '');
    expect(tags(lazy)).toEqual(tags(fromRaw));
    expect(() => lazy.packedTables().packed.rows).toThrow(/cut short/);
    const a = m.packedTables();
    const b = fromRaw.packedTables();
    for (const k of ['packed', 'packed2', 'joint'] as const) expect(same(a[k]!.rows, b[k]!.rows), k).toBe(true);
    expect(() => decodeRawModel(cut)).toThrow(/not a raw marsad NER model file/);
  });

  it('reads the joint and second-stage rows from its file as tagging reaches them', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'marsad-raw-')), 'ner.raw');
    writeFileSync(file, raw);
    const m = decodeRawModel(file, artefactId(gz));
    const t = m.packedTables();
    const read = (k: 'packed2' | 'joint') => t[k]!.lazy!.have.reduce((n, x) => n + x, 0);
    expect(read('joint')).toBe(0);
    expect(read('packed2')).toBe(0);
    expect(m.tagDocument(SENTENCES).map((x) => Array.from(x))).toEqual(
      fromRaw.tagDocument(SENTENCES).map((x) => Array.from(x)),
    );
    // three sentences reach some chunks of the joint rows, far from all
    const chunks = t.joint!.lazy!.have.length;
    expect(read('joint')).toBeGreaterThan(0);
    expect(read('joint')).toBeLessThan(chunks / 8);
    expect(read('packed2')).toBeGreaterThan(0);
    // the rows read outside the kernel are the whole table, as in memory
    const b = fromRaw.packedTables();
    for (const k of ['packed2', 'joint'] as const) {
      expect(same(t[k]!.rows, b[k]!.rows), k).toBe(true);
      expect(t[k]!.lazy!.done, k).toBe(true);
    }
    // a model file cut short before its rows were read: a clear error, not zero weights
    const cut = path.join(path.dirname(file), 'cut.raw');
    writeFileSync(cut, raw);
    const early = decodeRawModel(cut, artefactId(gz));
    writeFileSync(cut, '');
    expect(() => early.tagDocument(SENTENCES)).toThrow(/cut short/);
  });

  it('is refused when made from another artefact, or damaged', () => {
    const other = Buffer.from(gz);
    other.writeUInt8(other.readUInt8(other.length - 1) ^ 1, other.length - 1);
    expect(() => decodeRawModel(raw, artefactId(other))).toThrow(/made from another ner\.bin\.gz/);
    // the size alone (an artefact no newer than the raw file, as the build leaves them)
    expect(() => decodeRawModel(raw, { bytes: gz.length })).not.toThrow();
    expect(() => decodeRawModel(raw, { bytes: gz.length + 1 })).toThrow(/made from another ner\.bin\.gz/);
    expect(() => decodeRawModel(raw.subarray(0, raw.length - 8))).toThrow();
    expect(() => decodeRawModel(gz)).toThrow(/not a raw marsad NER model file/);
  });
});
