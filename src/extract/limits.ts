/**
 * Size limits on what marsad reads, one place for every path: a file or standard input for
 * `analyze`, a file, ZIP member, JSON record, WARC record or feed item for `ingest`, a fetched
 * page, the body of a POST to the ingest API. One document past {@link MAX_DOCUMENT_BYTES} is
 * refused with a {@link DocumentTooLargeError} naming it; reading stops as soon as the limit is
 * passed, so memory stays bounded by the limit, never by the input.
 */
import { readSync } from 'node:fs';
import { LimitError } from '../errors.ts';

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

/**
 * A document past its size limit: the message names it, its size and the limit. A limit, not a
 * mistake in the call: exit 5 and HTTP 413 (`too_large`), like every other size limit.
 */
export class DocumentTooLargeError extends LimitError {
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

/**
 * One synchronous read of up to `size` bytes from `fd`: null at the end of the input. A
 * non-blocking pipe with nothing in it yet is waited on, a little at a time.
 */
export function readChunkSync(fd: number, size = CHUNK): Buffer | null {
  const b = Buffer.allocUnsafe(size);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, b, 0, size, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') return null;
      throw e;
    }
    if (n === 0) return null;
    return n === size ? b : b.subarray(0, n);
  }
}

/**
 * {@link readStreamLimited} for a file descriptor (standard input is 0), synchronously. `head` is
 * what a caller already read from it (to look at the first bytes), counted against the limit.
 */
export function readFdLimited(fd: number, name: string, max = MAX_DOCUMENT_BYTES, head?: Buffer): Buffer {
  const parts: Buffer[] = head ? [head] : [];
  let total = head?.length ?? 0;
  if (total > max) checkDocumentSize(total, name, max, true);
  for (let b = readChunkSync(fd); b; b = readChunkSync(fd)) {
    total += b.length;
    if (total > max) checkDocumentSize(total, name, max, true);
    parts.push(b);
  }
  return Buffer.concat(parts, total);
}
