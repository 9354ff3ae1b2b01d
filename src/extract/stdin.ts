/**
 * Standard input for `marsad analyze -`: one article, or JSON lines (one article record a line,
 * like a `.jsonl` file). The first bytes tell which; JSON lines are then read line by line, so a
 * long stream is analysed as it comes and memory stays bounded by one line.
 */
import { DocumentTooLargeError, formatBytes, MAX_DOCUMENT_BYTES, readChunkSync } from './limits.ts';
import { fromRecord, type ExpandOptions, type RawArticle } from './sources/index.ts';

/** What the `origin` of a record read from standard input starts with: `stdin:LINE`. */
export const STDIN_ORIGIN = 'stdin';

const isBlank = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Reads standard input until its first byte that is not white space (or its end, or 64 KB of
 * blanks), so a caller can look at how it starts and hand these bytes on to the reader.
 */
export function peekStdin(fd = 0): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (let b = readChunkSync(fd); b; b = readChunkSync(fd)) {
    parts.push(b);
    total += b.length;
    if (b.some((x) => !isBlank(x)) || total >= 64 * 1024) break;
  }
  return Buffer.concat(parts, total);
}

/** True when the input opens with `{` (after a byte-order mark and blanks): JSON lines, not an article. */
export function looksLikeJsonLines(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && isBlank(head[i]!)) i++;
  return head[i] === 0x7b;
}

/**
 * The article records of JSON lines on `fd`, `head` being its first bytes already read. A line
 * that is not a record, or longer than the per-document limit, goes to `onError` (with a
 * {@link DocumentTooLargeError} for the latter, whose bytes are skipped unread into memory).
 */
export function* jsonLinesFromFd(fd: number, head: Buffer, opts: ExpandOptions = {}): Generator<RawArticle> {
  const max = opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  let line: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let n = 0;
  const finish = function* (): Generator<RawArticle> {
    n++;
    const where = `${STDIN_ORIGIN}:${n}`;
    if (tooLong) {
      const why = `the line is more than ${formatBytes(max)}, over the per-document limit; skipped`;
      opts.onError?.(where, why, new DocumentTooLargeError(`${where}: ${why}`, max));
    } else {
      let text = Buffer.concat(line, size).toString('utf8');
      if (n === 1) text = text.replace(/^\uFEFF/, '');
      if (text.trim()) {
        let o: unknown;
        try {
          o = JSON.parse(text);
        } catch (e) {
          opts.onError?.(where, `invalid JSON line: ${(e as Error).message}`);
          o = undefined;
        }
        if (o !== undefined) {
          const a = fromRecord(o, where);
          if (typeof a === 'string') opts.onError?.(where, a);
          else yield a;
        }
      }
    }
    line = [];
    size = 0;
    tooLong = false;
  };
  for (let chunk: Buffer | null = head; chunk; chunk = readChunkSync(fd)) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); ; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
      if (!tooLong) {
        size += piece.length;
        if (size > max) {
          tooLong = true;
          line = [];
        } else line.push(Buffer.from(piece));
      }
      if (nl < 0) break;
      yield* finish();
      from = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield* finish();
}
