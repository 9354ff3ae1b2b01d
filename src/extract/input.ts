import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LimitError, UserError } from '../errors.ts';
import type { Warning } from '../doc/types.ts';
import { DocumentTooLargeError, MAX_DOCUMENT_BYTES, formatBytes, readFdLimited } from './limits.ts';

// iconv-lite is loaded at the first input that is not UTF-8 (rare), not at every start
const requireHere = createRequire(import.meta.url);
let iconvLib: typeof import('iconv-lite') | null = null;
const iconv = (): typeof import('iconv-lite') => (iconvLib ??= requireHere('iconv-lite') as typeof import('iconv-lite'));

export interface DecodedInput {
  text: string;
  /** The encoding the bytes were decoded from: `utf-8`, `utf-8-bom`… see {@link decodeBytes}. */
  encoding: string;
  bytes: number;
  /** What decoding had to repair (`invalid-utf8`); absent when nothing. */
  warnings?: Warning[];
}

export interface Decoded {
  text: string;
  encoding: string;
  /** What decoding had to repair (`invalid-utf8`); absent when nothing. */
  warnings?: Warning[];
}

export interface DecodeOptions {
  /** Charset a container declared (HTTP header, `<meta charset>`); used when the bytes agree. */
  declared?: string | null;
  /** What to call the input in error messages (a path, `standard input`, a URL). */
  name?: string;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** For `-`: the first bytes of standard input, already read by the caller to look at them. */
  head?: Buffer;
}

/** The per-document limit shared by every input path (src/extract/limits.ts). */
export const DEFAULT_MAX_BYTES = MAX_DOCUMENT_BYTES;

/** Single-byte Arabic code pages we can tell apart from UTF-8 and from each other. */
const LEGACY = ['windows-1256', 'iso-8859-6'] as const;

/** Canonical names for declared charsets we know; anything else is passed to iconv as is. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
};

function canonical(name: string): string {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  return ALIASES[n] ?? n;
}

/** What a UTF-8 reading of some bytes finds: valid multi-byte characters and invalid sequences. */
export interface Utf8Scan {
  /** Valid characters of two to four bytes. */
  multibyte: number;
  /** Invalid sequences, counted the way TextDecoder replaces them (one U+FFFD each). */
  invalid: number;
  /** Byte offsets of the first invalid sequences (at most `keep`). */
  offsets: number[];
}

/**
 * Walks the bytes with the WHATWG UTF-8 decoder's rules (maximal subparts), so `invalid` is
 * exactly the number of U+FFFD a non-fatal TextDecoder puts in, and `offsets` says where.
 */
export function scanUtf8(buf: Uint8Array, keep = 20): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  const offsets: number[] = [];
  const bad = (at: number) => {
    invalid++;
    if (offsets.length < keep) offsets.push(at);
  };
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    const start = i;
    i++;
    let ok = true;
    for (let k = 0; k < need; k++, i++) {
      const c = i < n ? buf[i]! : -1;
      if (c < lo || c > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    // On a bad continuation byte the sequence so far is one error and that byte is read afresh.
    if (ok) multibyte++;
    else bad(start);
  }
  return { multibyte, invalid, offsets };
}

/**
 * Largest share of invalid sequences (among all non-ASCII sequences) for which bytes are still
 * read as UTF-8 with replacement characters. Text in an Arabic code page read as UTF-8 is almost
 * all invalid sequences (a letter byte is rarely followed by a continuation byte), while a UTF-8
 * article with a stray byte has one error among thousands of valid characters.
 */
export const MAX_INVALID_UTF8_SHARE = 0.1;

const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function invalidUtf8Warning(scan: Utf8Scan, base: number): Warning {
  const where = scan.offsets.map((o) => o + base).join(', ');
  const more = scan.invalid > scan.offsets.length ? ` (first ${scan.offsets.length} shown)` : '';
  return {
    code: 'invalid-utf8',
    message:
      `${scan.invalid} invalid UTF-8 sequence${scan.invalid === 1 ? '' : 's'} replaced by U+FFFD ` +
      `at byte offset${scan.invalid === 1 ? '' : 's'} ${where}${more}`,
  };
}

/** UTF-8 with U+FFFD for invalid sequences, and a warning naming their byte offsets. */
function utf8WithReplacement(body: Uint8Array, encoding: string, base: number, scan = scanUtf8(body)): Decoded {
  const text = lenientUtf8.decode(body);
  return scan.invalid ? { text, encoding, warnings: [invalidUtf8Warning(scan, base)] } : { text, encoding };
}

/**
 * Guesses UTF-16 without a BOM from where the NUL bytes fall: text in UTF-16 has a zero in one
 * half of most code units (Latin, digits, spaces, newlines: the high byte; Arabic has 0x06 there
 * instead, so we also accept 0x06 as the "high byte" of a code unit).
 */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 8192);
  if (n < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  let zeros = 0;
  for (let i = 0; i < n; i += 2) {
    const a = buf[i]!;
    const b = buf[i + 1]!;
    if (a === 0 || b === 0) zeros++;
    if (b === 0 || b === 0x06) oddHigh++;
    if (a === 0 || a === 0x06) evenHigh++;
  }
  const units = n / 2;
  if (zeros === 0) return null;
  if (oddHigh / units > 0.6 && oddHigh > evenHigh * 2) return 'utf-16le';
  if (evenHigh / units > 0.6 && evenHigh > oddHigh * 2) return 'utf-16be';
  return null;
}

/** Share of a decoded string's non-space characters that are Arabic letters, punctuation or digits. */
function arabicScore(text: string): number {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if ((c >= 0x0621 && c <= 0x064a) || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x0640)
      good += 2;
    else if (c >= 0x064b && c <= 0x0652) good += 1;
    else if (c < 0x80) good += 1;
    else if (c === 0xfffd || (c >= 0x80 && c < 0xa0)) bad += 3;
    else bad += 1;
  }
  return good + bad === 0 ? 0 : (good - bad) / (good + bad);
}

/** Control bytes other than tab/newline/CR/form feed/escape are a sign of a binary file. */
function controlShare(buf: Uint8Array): number {
  const n = Math.min(buf.length, 65536);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ctl++;
  }
  return n === 0 ? 0 : ctl / n;
}

function binaryError(name: string, what: string): UserError {
  return new UserError(
    `${name} looks like a binary file (${what}), not text; give marsad a plain-text article ` +
      `(UTF-8, UTF-16, windows-1256 or ISO-8859-6) or an .html page`,
  );
}

function describeMagic(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 8));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'a PNG image';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'a ZIP archive';
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'a JPEG image';
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'a PDF document';
  if (head.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))) return 'a gzip archive';
  return null;
}

/**
 * Decodes the bytes of an article to text. Order: BOM, then UTF-16 by NUL patterns, then strict
 * UTF-8, then the Arabic single-byte code pages, choosing the one whose decoding reads most like
 * Arabic. A declared charset wins when the bytes are not valid UTF-8 (or when it is UTF-8).
 * The text is returned exactly as decoded (line endings untouched; only a BOM is dropped).
 * Throws {@link UserError} for binary input.
 */
export function decodeBytes(input: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const name = opts.name ?? 'the input';
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return utf8WithReplacement(buf.subarray(3), 'utf-8-bom', 3);
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv().decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv().decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const magic = describeMagic(buf);
  if (magic) throw binaryError(name, magic);
  const u16 = sniffUtf16(buf);
  if (u16) return { text: iconv().decode(buf, u16), encoding: u16 };
  if (buf.includes(0)) throw binaryError(name, 'it contains NUL bytes');
  if (controlShare(buf) > 0.01) throw binaryError(name, 'it contains control characters');
  const declared = opts.declared ? canonical(opts.declared) : null;
  const scan = scanUtf8(buf);
  if (scan.invalid === 0) {
    // A page that declares a code page but is valid UTF-8 is nearly always mislabelled,
    // unless it is pure ASCII (then both agree anyway).
    return { text: buf.toString('utf8'), encoding: 'utf-8' };
  }
  // Mostly valid UTF-8 with a few broken bytes: one bad byte must not turn the article into
  // mojibake by sending all of it through a code page.
  if (scan.invalid / (scan.invalid + scan.multibyte) <= MAX_INVALID_UTF8_SHARE) {
    return utf8WithReplacement(buf, 'utf-8', 0, scan);
  }
  if (declared && declared !== 'utf-8' && iconv().encodingExists(declared)) {
    return { text: iconv().decode(buf, declared), encoding: declared };
  }
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const enc of LEGACY) {
    const text = iconv().decode(buf, enc);
    const score = arabicScore(text);
    if (!best || score > best.score) best = { text, encoding: enc, score };
  }
  if (best && best.score > 0) return { text: best.text, encoding: best.encoding };
  // Neither code page reads as Arabic: keep what UTF-8 can give, with replacement characters.
  return utf8WithReplacement(buf, 'utf-8-invalid', 0, scan);
}

/** Checks limits and emptiness, then decodes. Shared by files, stdin and containers. */
export function decodeInput(
  buf: Uint8Array,
  name: string,
  opts: ReadOptions & DecodeOptions = {},
): DecodedInput {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > max) {
    throw new LimitError(
      `${name} is ${formatBytes(buf.length)}, over the ${formatBytes(max)} limit; ` +
        `split it into articles, or raise the limit with --max-bytes ${buf.length}`,
    );
  }
  if (buf.length === 0) {
    throw new UserError(`${name} is empty (0 bytes); give marsad a file that contains an article`);
  }
  const { text, encoding, warnings } = decodeBytes(buf, { ...opts, name });
  if (text.trim().length === 0) {
    throw new UserError(`${name} contains only whitespace; give marsad a file that contains an article`);
  }
  return warnings ? { text, encoding, bytes: buf.length, warnings } : { text, encoding, bytes: buf.length };
}


/**
 * All of standard input, in chunks, stopping at the limit: never hold all of a huge pipe before
 * refusing it. `head` is what the caller already read from it to look at its first bytes.
 */
export function readStdin(opts: ReadOptions = {}, head?: Buffer): Buffer {
  try {
    return readFdLimited(0, 'standard input', opts.maxBytes ?? DEFAULT_MAX_BYTES, head);
  } catch (e) {
    if (!(e instanceof DocumentTooLargeError)) throw e;
    throw new DocumentTooLargeError(`${e.message}, or raise the limit with --max-bytes`, e.limit);
  }
}

/** Reads raw bytes from a path or `-` (stdin), refusing more than `maxBytes` early for files. */
export function readBytes(file: string, opts: ReadOptions = {}): Buffer {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file === '-') return readStdin(opts, opts.head);
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(`${file} is a directory; give the path of one article file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file} does not exist; check the path`);
    if (code === 'EACCES') throw new UserError(`${file} cannot be read (permission denied)`);
    throw err;
  }
  if (size > max) {
    throw new LimitError(
      `${file} is ${formatBytes(size)}, over the ${formatBytes(max)} limit; ` +
        `split it into articles, or raise the limit with --max-bytes ${size}`,
    );
  }
  return readFileSync(file);
}

/** Reads and decodes one article from a path or `-` (stdin). */
export function readInput(file: string, opts: ReadOptions = {}): DecodedInput {
  const buf = readBytes(file, opts);
  return decodeInput(buf, file === '-' ? 'standard input' : file, opts);
}
