/**
 * ZIP archives read as a stream, member by member, so that no archive can make marsad hold more
 * than one member's bytes at a time. Each member is bounded (uncompressed size, compression
 * ratio) and so is the archive (total uncompressed size): a member past a bound is skipped with
 * an error naming it, and the rest of the archive is read. A ZIP bomb costs a few MB of memory and
 * the time to inflate a few MB.
 */
import type { FlateError, Inflate, UnzipFile } from 'fflate';
import { DEFAULT_ZIP_LIMITS, formatBytes, type ZipLimits } from './limits.ts';

export interface ZipMember {
  name: string;
  bytes: Uint8Array;
}

export interface ZipReadOptions {
  limits?: Partial<ZipLimits>;
  /** A member (`archive.zip!name`) or the archive that could not be read; reading goes on. */
  onError?: (origin: string, reason: string) => void;
  /**
   * A tighter limit for some members (one document: the per-document limit), with the name of
   * that limit for the message; others get `limits.maxMemberBytes`.
   */
  memberLimit?: (name: string) => { bytes: number; what: string } | null;
}

/** Input fed to the inflater at a time: bounds what one step can produce (about 1,000× this, 16 MB). */
const STEP = 16 * 1024;
/** Below this many uncompressed bytes a member is never refused for its ratio (tiny files compress well). */
const RATIO_FLOOR = 1024 * 1024;

/**
 * DEFLATE for fflate's `Unzip`, which can be stopped: fflate's own decoder has no `terminate`,
 * so a skipped bomb would still be inflated to the end. Counts the compressed bytes it is given,
 * for the ratio check.
 */
class BoundedInflate {
  static readonly compression = 8;
  /** fflate's streaming inflater, set by `zipMembers` before any member is started. */
  static Inflate: typeof Inflate | null = null;
  /** The decoder `Unzip` made last: `file.start()` makes it synchronously, so this links the two. */
  static last: BoundedInflate | null = null;
  ondata: (err: FlateError | null, data: Uint8Array, final: boolean) => void = () => undefined;
  consumed = 0;
  stopped = false;
  private readonly inflate = new BoundedInflate.Inflate!((data, final) => this.ondata(null, data, final));

  constructor() {
    BoundedInflate.last = this;
  }

  push(chunk: Uint8Array, final: boolean): void {
    try {
      if (chunk.length === 0) {
        if (!this.stopped) this.inflate.push(chunk, final);
        return;
      }
      for (let o = 0; o < chunk.length && !this.stopped; o += STEP) {
        const piece = chunk.subarray(o, o + STEP);
        this.consumed += piece.length;
        this.inflate.push(piece, final && o + STEP >= chunk.length);
      }
    } catch (e) {
      this.stopped = true;
      this.ondata(e as FlateError, new Uint8Array(0), final);
    }
  }

  terminate(): void {
    this.stopped = true;
  }
}

/** Cuts bytes already in memory into chunks, the way a file stream would come. */
export function* chunksOf(bytes: Uint8Array, size = 64 * 1024): Iterable<Uint8Array> {
  for (let o = 0; o < bytes.length; o += size) yield bytes.subarray(o, o + size);
}

/**
 * The members of a ZIP archive (files only, `__MACOSX/` left out), in archive order, each whole
 * and within the limits. Errors go to `onError`; this never throws for a bad archive.
 */
export async function* zipMembers(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  origin: string,
  opts: ZipReadOptions = {},
): AsyncIterable<ZipMember> {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...(opts.limits ?? {}) };
  const report = opts.onError ?? ((o: string, r: string) => process.stderr.write(`marsad: skipped ${o}: ${r}\n`));
  const ready: ZipMember[] = [];
  let total = 0;
  let overTotal = false;
  let files = 0;

  const onFile = (file: UnzipFile) => {
    files++;
    const where = `${origin}!${file.name}`;
    const own = opts.memberLimit?.(file.name) ?? null;
    const maxMember = own ? Math.min(own.bytes, limits.maxMemberBytes) : limits.maxMemberBytes;
    const limitName = own && own.bytes < limits.maxMemberBytes ? own.what : 'per-member limit';
    const parts: Uint8Array[] = [];
    let out = 0;
    let dead = false;
    let decoder: BoundedInflate | null = null;
    const stop = (reason: string | null) => {
      dead = true;
      parts.length = 0;
      file.terminate();
      decoder?.terminate();
      if (reason) report(where, reason);
    };
    file.ondata = (err, data, final) => {
      if (dead) return;
      if (err) return stop(`unreadable member: ${err.message}`);
      out += data.length;
      total += data.length;
      if (total > limits.maxTotalBytes) {
        overTotal = true;
        return stop(
          `the archive unpacks to more than ${formatBytes(limits.maxTotalBytes)} in all (the total limit); ` +
            'this member and the rest of the archive are skipped',
        );
      }
      if (out > maxMember) {
        return stop(`unpacks to more than ${formatBytes(maxMember)}, over the ${limitName}; skipped`);
      }
      const packed = decoder?.consumed ?? out;
      if (out > RATIO_FLOOR && out > packed * limits.maxRatio) {
        return stop(
          `unpacks more than ${limits.maxRatio} times its compressed size (${formatBytes(packed)} → ` +
            `${formatBytes(out)} so far), which only a ZIP bomb does; skipped`,
        );
      }
      if (data.length) parts.push(data);
      if (final) {
        ready.push({ name: file.name, bytes: parts.length === 1 ? parts[0]! : concat(parts, out) });
        parts.length = 0;
        dead = true;
      }
    };
    // Every member is started, even one we skip: an unstarted member's compressed bytes would
    // be buffered by Unzip until the end of the archive.
    const skip = file.name.endsWith('/') || file.name.startsWith('__MACOSX/');
    const declared = file.originalSize;
    BoundedInflate.last = null;
    try {
      file.start();
    } catch (e) {
      if (!dead) stop(`unreadable member: ${(e as Error).message}`);
      return;
    }
    decoder = BoundedInflate.last;
    if (dead) return;
    if (skip) stop(null);
    else if (overTotal) stop('skipped: the archive already passed its total size limit');
    else if (declared !== undefined && declared > maxMember) {
      stop(`declares ${formatBytes(declared)} uncompressed, over the ${formatBytes(maxMember)} ${limitName}; skipped`);
    }
  };

  // fflate is loaded here, not at import: most runs read no archive, and its load is a visible
  // part of a one-document start.
  const { Inflate, Unzip } = await import('fflate');
  BoundedInflate.Inflate = Inflate;
  const unzip = new Unzip(onFile);
  unzip.register(BoundedInflate);
  try {
    for await (const chunk of chunks) {
      unzip.push(chunk, false);
      while (ready.length) yield ready.shift()!;
    }
    unzip.push(new Uint8Array(0), true);
  } catch (e) {
    while (ready.length) yield ready.shift()!;
    report(origin, `unreadable zip: ${(e as Error).message}${files ? ` (after ${files} members)` : ''}`);
    return;
  }
  while (ready.length) yield ready.shift()!;
  if (files === 0) report(origin, 'unreadable zip: no members found (is it a ZIP archive?)');
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
