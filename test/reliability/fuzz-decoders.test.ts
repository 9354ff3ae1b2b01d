/**
 * Issue 16 item 12 (decoders): property-based fuzzing of the text, HTML, feed, WARC, ZIP and
 * JSONL decoders with generated hostile input, a fixed seed and bounded runs. Invariants: the
 * only exceptions are the project's own clear errors (UserError), what comes out is bounded by
 * what went in, and every span's text equals its slice of the document text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { UserError } from '../../src/errors.ts';
import { decodeBytes, decodeInput } from '../../src/extract/input.ts';
import { extractPlainText } from '../../src/extract/plaintext.ts';
import { htmlToInput } from '../../src/extract/html/index.ts';
import { feedItemToInput, parseFeed } from '../../src/extract/feed.ts';
import { HANDLERS, fromRecord, type ExpandOptions, type RawArticle } from '../../src/extract/sources/index.ts';
import { hostileText } from '../text/arbitraries.ts';

const SEED = 16_2026;
const runs = (n: number) => ({ seed: SEED, numRuns: n, endOnFailure: true });

/** Every `{start, end, text}` inside `value` must be the slice of `text` it claims. */
function checkSpans(text: string, value: unknown, where = 'doc'): number {
  let n = 0;
  const walk = (v: unknown, at: string) => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}[${i}]`));
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      expect(o.start, at).toBeGreaterThanOrEqual(0);
      expect(o.end, at).toBeLessThanOrEqual(text.length);
      expect(text.slice(o.start, o.end), at).toBe(o.text);
      n++;
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${at}.${k}`);
  };
  walk(value, where);
  return n;
}

/** Runs `fn`; an exception must be a UserError with a message. */
function onlyUserErrors<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    expect(e.message.length).toBeGreaterThan(10);
    return null;
  }
}

/** Drains a sources handler; every error reported with an exception must carry a UserError. */
async function drain(ext: string, bytes: Uint8Array, opts: ExpandOptions = {}): Promise<{ got: RawArticle[]; errors: string[] }> {
  const got: RawArticle[] = [];
  const errors: string[] = [];
  const onError = (o: string, r: string, e?: unknown) => {
    if (e !== undefined && !(e instanceof UserError)) throw e;
    errors.push(`${o}: ${r}`);
  };
  try {
    for await (const a of HANDLERS[ext]!(bytes, `fuzz${ext}`, { ...opts, onError })) got.push(a);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    errors.push((e as Error).message);
  }
  for (const a of got) if (a.article) checkSpans(a.text, a.article, a.origin);
  return { got, errors };
}

const enc = (s: string) => Buffer.from(s, 'utf8');
/** Bytes that look like text with damage: UTF-8 of hostile text with random bytes spliced in. */
const damagedText = fc
  .tuple(hostileText, fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { maxLength: 6 }))
  .map(([t, cuts]) => {
    let b = enc(t);
    for (const [at, junk] of cuts) {
      const i = b.length ? at % b.length : 0;
      b = Buffer.concat([b.subarray(0, i), Buffer.from(junk), b.subarray(i)]);
    }
    return b;
  });
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), damagedText);

/** Markup pieces: tags, attributes, entities, comments, CDATA, Arabic text, broken bits. */
const piece = fc.oneof(
  hostileText,
  fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<h1>', '</h1>', '<article>', '</article>', '<br>', '<script>x=1</script>',
    '<title>', '</title>', '<meta charset="windows-1256">', '<meta charset="utf-16">', '<time datetime="2021-02-30">',
    '<figure><img alt="صورة"><figcaption>تصوير: أحمد</figcaption></figure>', '&amp;', '&#x0;', '&#1610;', '&nosuch;',
    '<!--', '-->', '<![CDATA[', ']]>', '<', '>', '"', "'", '<item>', '</item>', '<entry>', '</entry>',
    '<description>', '</description>', '<link>https://x.example/a</link>', '<pubDate>Mon, 24 Aug 2020 09:23:13 +0300</pubDate>',
    '<content:encoded>', '</content:encoded>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;',
  ),
);
const markup = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('decoder fuzzing (seed 162026)', () => {
  it('text: decodes or refuses clearly; output bounded; structure spans are slices', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const d = onlyUserErrors(() => decodeInput(bytes, 'fuzz.txt'));
        if (!d) return;
        expect(d.text.length).toBeLessThanOrEqual(bytes.length);
        checkSpans(d.text, extractPlainText(d.text), 'structure');
      }),
      runs(400),
    );
  });

  it('text: UTF-8 Arabic with a few stray bytes keeps every undamaged run, with U+FFFD for each stray byte', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.\n';
    const arabic = fc.array(fc.constantFrom(...letters), { minLength: 30, maxLength: 120 }).map((xs) => xs.join(''));
    // Bytes that cannot start a UTF-8 character, or start one the next byte does not continue.
    const stray = fc.oneof(fc.integer({ min: 0x80, max: 0xc1 }), fc.integer({ min: 0xf5, max: 0xff }), fc.integer({ min: 0xc2, max: 0xf4 }));
    fc.assert(
      fc.property(fc.array(arabic, { minLength: 2, maxLength: 4 }), fc.array(stray, { minLength: 3, maxLength: 3 }), (segs, bad) => {
        const parts: Buffer[] = [];
        segs.forEach((s, i) => {
          if (i) parts.push(Buffer.from([bad[(i - 1) % bad.length]!]));
          parts.push(enc(s));
        });
        const d = decodeBytes(Buffer.concat(parts));
        expect(d.encoding).toBe('utf-8');
        expect(d.text).toBe(segs.join('\uFFFD'));
        expect(d.warnings?.map((w) => w.code)).toEqual(['invalid-utf8']);
      }),
      runs(300),
    );
  });

  it('HTML: extracts or refuses clearly; article spans are slices of the extracted text', () => {
    fc.assert(
      fc.property(markup, fc.boolean(), (m, wrap) => {
        const page = wrap ? `<!DOCTYPE html><html lang="ar"><head><title>ت</title></head><body>${m}</body></html>` : m;
        const out = onlyUserErrors(() => htmlToInput(enc(page)));
        if (!out) return;
        expect(out.text.length).toBeLessThanOrEqual(page.length + 200);
        checkSpans(out.text, out.article, 'html');
      }),
      runs(120),
    );
  });

  it('feeds: parse or refuse clearly; every item becomes input whose spans are slices', () => {
    fc.assert(
      fc.property(markup, fc.constantFrom('rss', 'atom'), (m, kind) => {
        const xml =
          kind === 'rss'
            ? `<?xml version="1.0"?><rss version="2.0"><channel><title>قناة</title><item><title>خبر</title>${m}</item>${m}</channel></rss>`
            : `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>خبر</title>${m}</entry></feed>`;
        const feed = onlyUserErrors(() => parseFeed(enc(xml)));
        if (!feed) return;
        for (const item of feed.items) {
          const input = feedItemToInput(item, feed);
          expect(input.text.length).toBeLessThanOrEqual(xml.length * 2 + 200);
          checkSpans(input.text, input.article, 'feed');
        }
      }),
      runs(150),
    );
  });

  const warcRecord = fc
    .record({
      type: fc.constantFrom('response', 'request', 'warcinfo', 'resource'),
      status: fc.constantFrom('200 OK', '404 Not Found', '301 Moved', 'garbage'),
      body: markup,
      lengthDelta: fc.oneof(fc.constant(0), fc.integer({ min: -50, max: 50 })),
      headerJunk: fc.constantFrom('', 'Content-Length: x\r\n', 'WARC-Target-URI: <>\r\n', 'X: \u0000\r\n'),
    })
    .map((r) => {
      const block = enc(`HTTP/1.1 ${r.status}\r\nContent-Type: text/html\r\n\r\n${r.body}`);
      const bytes = Buffer.concat([
        enc(`WARC/1.1\r\nWARC-Type: ${r.type}\r\nWARC-Target-URI: https://x.example/p\r\n${r.headerJunk}Content-Length: ${Math.max(0, block.length + r.lengthDelta)}\r\n\r\n`),
        block,
        enc('\r\n\r\n'),
      ]);
      return { bytes, wrong: r.lengthDelta !== 0 && !(r.lengthDelta < 0 && block.length + r.lengthDelta < 0) };
    });

  it('WARC: records with wrong lengths, junk headers and cuts give articles or clear errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(warcRecord, { minLength: 1, maxLength: 4 }), fc.option(fc.nat(), { nil: undefined }), async (recs, cut) => {
        const whole = Buffer.concat(recs.map((r) => r.bytes));
        const bytes = cut === undefined ? whole : whole.subarray(0, cut % (whole.length + 1));
        const { got, errors } = await drain('.warc', bytes);
        expect(got.length).toBeLessThanOrEqual(recs.length);
        // Nothing fails silently: a record whose Content-Length is wrong is always reported.
        if (cut === undefined && recs.some((r) => r.wrong)) expect(errors.length).toBeGreaterThan(0);
      }),
      runs(150),
    );
  });

  it('ZIP: damaged archives give their readable members or clear errors, never more than the limits', async () => {
    const big = fc.integer({ min: 1000, max: 300_000 }).map((n) => new Uint8Array(n).fill(0x61));
    const member = fc.tuple(
      fc.constantFrom('a.txt', 'b.json', 'c.jsonl', 'd.html', 'e.bin', 'dir/', 'f.zip', '../g.txt'),
      fc.oneof(anyBytes, markup.map(enc), big),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(member, { minLength: 1, maxLength: 4 }),
        // Half the archives intact, so that the limits are met as often as the damage.
        fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })),
        fc.option(fc.nat(), { nil: undefined, freq: 1 }),
        fc.constantFrom(0, 6),
        async (members, flips, cut, level) => {
          const files: Record<string, Uint8Array> = {};
          for (const [i, [name, data]] of members.entries()) files[name.endsWith('/') ? name : `${i}-${name}`] = data;
          const zip = Buffer.from(zipSync(files, { level: level as 0 | 6 }));
          for (const [at, b] of flips) zip[at % zip.length] = b;
          const bytes = cut === undefined ? zip : zip.subarray(0, cut % (zip.length + 1));
          const { got } = await drain('.zip', bytes, { zipLimits: { maxTotalBytes: 64 * 1024 } });
          const total = got.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
          expect(total).toBeLessThanOrEqual(64 * 1024 * 2);
        },
      ),
      runs(150),
    );
  });

  it('JSONL and JSON: broken lines, cut arrays and odd values give records or clear errors', async () => {
    const value = fc.oneof(
      fc.record({ title: fc.option(hostileText, { nil: undefined }), text: hostileText, published: fc.option(fc.string(), { nil: undefined }) }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 6 }), fc.option(fc.nat(), { nil: undefined }), async (vals, cut) => {
        const lines = vals.map((v) => JSON.stringify(v) ?? 'null').join('\n');
        const arr = JSON.stringify(vals);
        for (const [ext, s] of [['.jsonl', lines], ['.json', arr]] as const) {
          const text = cut === undefined ? s : s.slice(0, cut % (s.length + 1));
          const { got } = await drain(ext, enc(text));
          expect(got.length).toBeLessThanOrEqual(vals.length);
          for (const a of got) expect(text.length === 0 || a.text.length > 0).toBe(true);
          // Every record written whole before the cut is read, in JSON lines and in arrays.
          let end = ext === '.json' ? 1 : 0;
          let whole = 0;
          for (const v of vals) {
            end += (JSON.stringify(v) ?? 'null').length;
            if (end > text.length) break;
            if (typeof fromRecord(v, 'x') !== 'string') whole++;
            end += 1;
          }
          expect(got.length).toBeGreaterThanOrEqual(whole);
        }
      }),
      runs(200),
    );
  });

  it('memory stays bounded over the whole run', () => {
    // Each decoder above ran hundreds of inputs in this process; a leak or blow-up shows here.
    expect(process.memoryUsage().rss).toBeLessThan(1024 * 1024 * 1024);
  });
});
