import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes, decodeInput, readInput, DEFAULT_MAX_BYTES } from '../../src/extract/input.ts';
import { LimitError, UserError } from '../../src/errors.ts';
import { extractPlainText } from '../../src/extract/plaintext.ts';

// Fictional sample written for these tests.
const SENTENCE = 'أعلنت بلدية الواحة الخضراء، اليوم الخميس، افتتاح حديقة جديدة للأطفال في حي النخيل.';
const ARTICLE = `افتتاح حديقة للأطفال\n\n${SENTENCE}\nوقال رئيس البلدية إن الحديقة تتسع لألف زائر.`;

/** The error `fn` throws, checked to be of the given kind (a user mistake, or a size limit). */
const thrown = (fn: () => unknown, kind: typeof UserError | typeof LimitError = UserError): Error => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(kind);
    return e as Error;
  }
  throw new Error(`expected a ${kind.name}`);
};

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without a BOM, keeping the text unchanged', () => {
    const plain = decodeBytes(Buffer.from(ARTICLE, 'utf8'));
    expect(plain).toEqual({ text: ARTICLE, encoding: 'utf-8' });
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]));
    expect(bom).toEqual({ text: ARTICLE, encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = iconv.encode(ARTICLE, 'utf-16le', { addBOM: true });
    expect([le[0], le[1]]).toEqual([0xff, 0xfe]);
    expect(decodeBytes(le)).toEqual({ text: ARTICLE, encoding: 'utf-16le' });
    const be = iconv.encode(ARTICLE, 'utf-16be', { addBOM: true });
    expect([be[0], be[1]]).toEqual([0xfe, 0xff]);
    expect(decodeBytes(be)).toEqual({ text: ARTICLE, encoding: 'utf-16be' });
  });

  it('detects UTF-16 without a BOM from the NUL pattern', () => {
    expect(decodeBytes(iconv.encode(ARTICLE, 'utf-16le'))).toEqual({ text: ARTICLE, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(ARTICLE, 'utf-16be'))).toEqual({ text: ARTICLE, encoding: 'utf-16be' });
    expect(decodeBytes(iconv.encode('plain English text, long enough', 'utf-16le')).encoding).toBe(
      'utf-16le',
    );
  });

  it('detects windows-1256 and ISO-8859-6 when the bytes are not UTF-8', () => {
    // windows-1256 has letters ISO-8859-6 lacks, and the two place the letters differently.
    const cp = iconv.encode(ARTICLE, 'windows-1256');
    expect(decodeBytes(cp)).toEqual({ text: ARTICLE, encoding: 'windows-1256' });
    const iso = iconv.encode(ARTICLE, 'iso-8859-6');
    expect(decodeBytes(iso)).toEqual({ text: ARTICLE, encoding: 'iso-8859-6' });
  });

  it('follows a declared charset when the bytes are not UTF-8, and ignores it when they are', () => {
    const cp = iconv.encode(SENTENCE, 'windows-1256');
    expect(decodeBytes(cp, { declared: 'CP1256' }).encoding).toBe('windows-1256');
    expect(decodeBytes(Buffer.from(SENTENCE, 'utf8'), { declared: 'windows-1256' })).toEqual({
      text: SENTENCE,
      encoding: 'utf-8',
    });
  });

  it('keeps CRLF and lone CR line endings as they are, and the structure still sees the lines', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    expect(decodeBytes(Buffer.from(crlf, 'utf8')).text).toBe(crlf);
    const cr = ARTICLE.replace(/\n/g, '\r');
    expect(decodeBytes(Buffer.from(cr, 'utf8')).text).toBe(cr);
    for (const t of [crlf, cr]) {
      const a = extractPlainText(t);
      expect(a.headline?.text).toBe('افتتاح حديقة للأطفال');
      expect(a.paragraphs.map((p) => p.text)).toEqual([
        SENTENCE,
        'وقال رئيس البلدية إن الحديقة تتسع لألف زائر.',
      ]);
    }
  });

  it('refuses binary input with a message saying what to give instead', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(thrown(() => decodeBytes(png, { name: 'photo.png' })).message).toMatch(
      /photo\.png.*PNG.*plain-text/,
    );
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4]);
    expect(thrown(() => decodeBytes(zip)).message).toMatch(/ZIP/);
    const junk = Buffer.from([1, 2, 3, 4, 5, 0, 7, 8, 0xff, 0x00, 0x13, 0x99, 0, 0, 0, 1, 2, 3, 200, 201]);
    expect(thrown(() => decodeBytes(junk)).message).toMatch(/binary/);
  });
});

describe('decodeInput / readInput', () => {
  it('refuses empty and whitespace-only input', () => {
    expect(thrown(() => decodeInput(Buffer.alloc(0), 'a.txt')).message).toMatch(/a\.txt is empty/);
    expect(thrown(() => decodeInput(Buffer.from(' \n\t\r\n\u00a0', 'utf8'), 'b.txt')).message).toMatch(
      /only whitespace/,
    );
  });

  it('refuses input over the size limit and says how to raise it', () => {
    const buf = Buffer.from(SENTENCE.repeat(10), 'utf8');
    const e = thrown(() => decodeInput(buf, 'big.txt', { maxBytes: 100 }), LimitError);
    expect(e.message).toMatch(/big\.txt .* over the 100 bytes limit.*--max-bytes/);
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it('reads a file and reports the encoding and byte count', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-input-'));
    const f = path.join(dir, 'a.txt');
    writeFileSync(f, iconv.encode(ARTICLE, 'windows-1256'));
    const r = readInput(f);
    expect(r).toEqual({
      text: ARTICLE,
      encoding: 'windows-1256',
      bytes: iconv.encode(ARTICLE, 'windows-1256').length,
    });
    expect(thrown(() => readInput(f, { maxBytes: 10 }), LimitError).message).toMatch(/over the 10 bytes limit/);
    expect(thrown(() => readInput(path.join(dir, 'missing.txt'))).message).toMatch(/does not exist/);
    expect(thrown(() => readInput(dir)).message).toMatch(/is a directory/);
  });
});
