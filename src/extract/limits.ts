/**
 * Size limits on what marsad reads, one place for every path: a file or standard input for
 * `analyze`, a file, ZIP member, JSON record, WARC record or feed item for `ingest`, a fetched
 * page, the body of a POST to the ingest API. One document past {@link MAX_DOCUMENT_BYTES} is
 * refused with a {@link DocumentTooLargeError} naming it; reading stops as soon as the limit is
 * passed, so memory stays bounded by the limit, never by the input.
 */
import { readSync } from 'node:fs';
import { UserError } from '../errors.ts';

/** The largest single document (article, page, record, feed item, POST body), in bytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * The largest container read into memory at once (a `.json`, `.jsonl` or feed file; a ZIP
 * member that is itself a container). Each document inside still has to fit
 * {@link MAX_DOCUMENT_BYTES}. ZIP archives and WARC crawls on disk are streamed instead.
 */
export const MAX_CONTAINER_BYTES = 32 * 1024 * 1024;

/** Bounds on a ZIP archive's members, against ZIP bombs. */
export interface ZipLimits {
  /** Largest uncompressed member; past it the member is skipped. */
  maxMemberBytes: number;
  /** Largest uncompressed total over the archive; past it the rest of the archive is skipped. */
  maxTotalBytes: number;
  /**
   * Largest compression ratio (uncompressed / compressed) once a member is past 1 MiB. Text and
   * HTML deflate 3 to 10 times; a bomb of zeros, about 1,000 times.
   */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxMemberBytes: MAX_CONTAINER_BYTES,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 100,
};

/** A document past its size limit: the message names it, its size and the limit. */
export class DocumentTooLargeError extends UserError {
  constructor(
    message: string,
    readonly limit: number,
  ) {
    super(message);
    this.name = 'DocumentTooLargeError';
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Throws {@link DocumentTooLargeError} when `bytes` is over `max`. `atLeast` says the size is a
 * lower bound (reading stopped at the limit, so the true size is unknown).
 */
export function checkDocumentSize(bytes: number, name: string, max = MAX_DOCUMENT_BYTES, atLeast = false, what = 'per-document limit'): void {
  if (bytes <= max) return;
  throw new DocumentTooLargeError(
    // Past the limit while reading, the true size is unknown, and how far past it the last chunk
    // went depends on how the pipe delivered it: the message says only that the limit was passed.
    `${name} is ${atLeast ? `more than ${formatBytes(max)}` : formatBytes(bytes)}, over the ${formatBytes(max)} ${what}; ` +
      `split it${what === 'per-document limit' ? ' into articles' : ''}`,
    max,
  );
}

const CHUNK = 64 * 1024;

/**
 * Reads a stream in chunks and stops as soon as more than `max` bytes came: the caller never
 * holds more than `max` plus one chunk, whatever the stream sends.
 */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string>,
  name: string,
  max = MAX_DOCUMENT_BYTES,
  what = 'per-document limit',
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    total += b.length;
    if (total > max) {
      const s = stream as { destroy?: () => void };
      s.destroy?.();
      checkDocumentSize(total, name, max, true, what);
    }
    parts.push(b);
  }
  return Buffer.concat(parts, total);
}

/** {@link readStreamLimited} for a file descriptor (standard input is 0), synchronously. */
export function readFdLimited(fd: number, name: string, max = MAX_DOCUMENT_BYTES): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const b = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, b, 0, CHUNK, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing yet: wait a little and read again.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > max) checkDocumentSize(total, name, max, true);
    parts.push(n === CHUNK ? b : b.subarray(0, n));
  }
  return Buffer.concat(parts, total);
}
