/**
 * Issue 16 item 4: one invalid byte in UTF-8 Arabic must not send the whole article through a
 * code page. The encoding is decided by the share of invalid sequences; UTF-8 is decoded with
 * U+FFFD for isolated errors and an `invalid-utf8` warning gives their byte offsets.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes, scanUtf8 } from '../../src/extract/input.ts';
import { loadInput } from '../../src/extract/load.ts';
import { analyzeText } from '../../src/pipeline/pipeline.ts';
import { htmlToInput } from '../../src/extract/html/index.ts';
import { parseFeed, feedItemToInput } from '../../src/extract/feed.ts';
import { expandPath, type RawArticle } from '../../src/extract/sources/index.ts';
import { analyzeTask } from '../../src/ingest/analyze-worker.ts';

// Fictional article written for these tests.
const HEAD = 'افتتاح مكتبة عامة في مدينة الواحة';
const BODY =
  'الواحة - أعلن وزير الثقافة سالم الراشد يوم الأحد افتتاح مكتبة عامة جديدة في مدينة الواحة، ' +
  'تضم أكثر من عشرين ألف كتاب وقاعة للأطفال.\n\nوقال الراشد إن المكتبة ستفتح أبوابها يومياً من التاسعة صباحاً ' +
  'حتى العاشرة مساءً، وإن الدخول إليها مجاني لجميع السكان.';
const ARTICLE = `${HEAD}\n\n${BODY}`;

/** The article's UTF-8 bytes with `bad` inserted at each of `at` (byte offsets in the result). */
function withBadBytes(text: string, bad: number[][], atChars: number[]): { bytes: Buffer; offsets: number[]; expected: string } {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let expected = '';
  let prev = 0;
  let len = 0;
  atChars.forEach((c, k) => {
    const piece = Buffer.from(text.slice(prev, c), 'utf8');
    parts.push(piece);
    len += piece.length;
    expected += text.slice(prev, c);
    offsets.push(len);
    const b = Buffer.from(bad[k]!);
    parts.push(b);
    len += b.length;
    expected += '\uFFFD';
    prev = c;
  });
  parts.push(Buffer.from(text.slice(prev), 'utf8'));
  expected += text.slice(prev);
  return { bytes: Buffer.concat(parts), offsets, expected };
}

describe('invalid UTF-8 in an Arabic article', () => {
  it('one 0xFF: decoded as UTF-8 with one U+FFFD and an invalid-utf8 warning at its byte offset', () => {
    const at = ARTICLE.indexOf('وزير');
    const { bytes, offsets, expected } = withBadBytes(ARTICLE, [[0xff]], [at]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(expected);
    expect(d.warnings?.map((w) => w.code)).toEqual(['invalid-utf8']);
    expect(d.warnings![0]!.message).toContain(`byte offset ${offsets[0]}`);
  });

  it('several isolated errors (lone byte, cut sequence, overlong) each become one U+FFFD, all offsets reported', () => {
    const at = [ARTICLE.indexOf('مكتبة'), ARTICLE.indexOf('عشرين'), ARTICLE.indexOf('مجاني')];
    // 0xD8 alone is a cut Arabic letter; C0 AF is an overlong '/', read as two errors by WHATWG,
    // so it is left out here to keep one replacement per insertion.
    const { bytes, offsets, expected } = withBadBytes(ARTICLE, [[0xff], [0xd8], [0xe0, 0xa0]], at);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(expected);
    const msg = d.warnings!.find((w) => w.code === 'invalid-utf8')!.message;
    expect(msg).toMatch(/^3 invalid UTF-8 sequences/);
    for (const o of offsets) expect(msg).toContain(String(o));
  });

  it('an error after a BOM is reported at its offset in the file, BOM included', () => {
    const { bytes, offsets } = withBadBytes(ARTICLE, [[0xfe]], [10]);
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.warnings![0]!.message).toContain(`byte offset ${offsets[0]! + 3}`);
  });

  it('analyze: the article keeps its text and entities, and the warning reaches doc.meta.warnings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-enc-'));
    const f = path.join(dir, 'a.txt');
    const { bytes, expected } = withBadBytes(ARTICLE, [[0xff]], [ARTICLE.indexOf('يوم')]);
    writeFileSync(f, bytes);
    const doc = analyzeText(await loadInput(f));
    expect(doc.text).toBe(expected);
    expect(doc.meta.encoding).toBe('utf-8');
    expect(doc.meta.warnings.map((w) => w.code)).toContain('invalid-utf8');
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.article.headline?.text).toBe(HEAD);
  });

  it('ingest: the raw article and the analysed document carry the warning', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-enc-'));
    const f = path.join(dir, 'a.txt');
    writeFileSync(f, withBadBytes(ARTICLE, [[0xff]], [ARTICLE.indexOf('يوم')]).bytes);
    const got: RawArticle[] = [];
    for await (const a of expandPath(f)) got.push(a);
    expect(got).toHaveLength(1);
    expect(got[0]!.encoding).toBe('utf-8');
    const { doc } = analyzeTask({ raw: got[0]!, date: null });
    expect(doc.meta.warnings.map((w) => w.code)).toContain('invalid-utf8');
    expect(doc.text).toContain('وزير الثقافة');
  });

  it('HTML pages and feeds with a stray byte are read as UTF-8 and say so', () => {
    const page = `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>${HEAD}</title></head><body><article><h1>${HEAD}</h1>${BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const html = withBadBytes(page, [[0xff]], [page.indexOf('وزير')]);
    const out = htmlToInput(html.bytes);
    expect(out.meta.encoding).toBe('utf-8');
    expect(out.text).toContain('وزير الثقافة'.replace('وزير', '\uFFFDوزير'));
    expect(out.meta.warnings?.map((w) => w.code)).toContain('invalid-utf8');
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>الواحة</title><item><title>${HEAD}</title><description>${BODY}</description></item></channel></rss>`;
    const feed = parseFeed(withBadBytes(rss, [[0xff]], [rss.indexOf('وزير')]).bytes);
    expect(feed.encoding).toBe('utf-8');
    const item = feedItemToInput(feed.items[0]!, feed);
    expect(item.text).toContain('\uFFFDوزير');
    expect(item.meta?.warnings?.map((w) => w.code)).toContain('invalid-utf8');
  });

  it('windows-1256 and ISO-8859-6 articles are still read in their code page, with no invalid-utf8 warning', () => {
    // «،» after «ة» is C9 A1 in windows-1256: a valid UTF-8 pair, which must not tip the balance.
    const text = `${ARTICLE}\nمدينة، مكتبة، قاعة، حديقة، ساحة، بلدية، جامعة، مدرسة.`;
    for (const enc of ['windows-1256', 'iso-8859-6']) {
      const d = decodeBytes(iconv.encode(text, enc));
      expect(d).toEqual({ text, encoding: enc });
    }
  });

  it('UTF-16 with and without a BOM is unaffected', () => {
    for (const enc of ['utf-16le', 'utf-16be']) {
      expect(decodeBytes(iconv.encode(ARTICLE, enc, { addBOM: true }))).toEqual({ text: ARTICLE, encoding: enc });
      expect(decodeBytes(iconv.encode(ARTICLE, enc))).toEqual({ text: ARTICLE, encoding: enc });
    }
  });

  it('scanUtf8 counts exactly the replacements TextDecoder makes, for any bytes', () => {
    const dec = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const s = scanUtf8(bytes);
        const text = dec.decode(bytes);
        expect(s.invalid).toBe([...text].filter((c) => c === '\uFFFD').length - (Buffer.from(bytes).toString('latin1').match(/\xEF\xBF\xBD/g)?.length ?? 0));
      }),
      { seed: 1616, numRuns: 2000 },
    );
  });
});
