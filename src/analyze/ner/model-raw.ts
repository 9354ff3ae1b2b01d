/**
 * The tagger as the compiled product loads it: the packed non-zero weight rows the fast path
 * builds on its first tag (see packNonZero in model.ts), laid out 8-byte aligned so loading is one
 * file read and typed-array views over it: no gunzip, no re-packing. The full int16 tables (82 %
 * zero rows) are scattered back from the packed rows when first read, cheaper than reading their
 * zeros from disk. `npm run build` writes it into dist/ from the committed artefact
 * (ner.bin.gz, which stays the model's one source and the training script's output); runs from the
 * sources read the artefact itself. A raw file made from another artefact is refused (its header
 * names the artefact's size and hash), so a stale dist/ cannot tag with old weights.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import {
  checkFeatureVersion,
  deserializeModel,
  hasPrototypeSections,
  NerModel,
  readLookups,
  type ModelInfo,
  type PackedRows,
} from './model.ts';
import { NTAGS } from './tags.ts';

const MAGIC = 'MNERRAW1';

interface RawHeader {
  info: ModelInfo;
  bits: number;
  scale: number;
  stage2: { bits: number; scale: number } | null;
  /** The artefact this file was made from: its byte length and SHA-256. */
  source: { bytes: number; sha256: string };
}

type View = Float32Array | Int16Array | Int8Array | Uint8Array | Uint32Array;

/** What identifies an artefact: cheap enough to check on every load (a 3 MB hash). */
export function artefactId(gz: Uint8Array): { bytes: number; sha256: string } {
  return { bytes: gz.length, sha256: createHash('sha256').update(gz).digest('hex') };
}

const pad8 = (n: number): number => (n + 7) & ~7;

/** The full table (`2^bits` rows of NTAGS) of one stage's packed rows: zeros where no row is kept. */
function unpackRows(p: PackedRows, bits: number): Int16Array {
  const q = new Int16Array((1 << bits) * NTAGS);
  const { bm, rows } = p;
  let r = 0;
  for (let i = 0; i < bm.length; i += 2) {
    let word = bm[i]!;
    while (word) {
      const j = 31 - Math.clz32(word & -word);
      word &= word - 1;
      const o = ((i >>> 1) * 32 + j) * NTAGS;
      for (let t = 0; t < NTAGS; t++) q[o + t] = rows[r * NTAGS + t]!;
      r++;
    }
  }
  if (r * NTAGS !== rows.length)
    throw new Error('the raw NER model file is damaged (packed rows do not match)');
  return q;
}

/**
 * A stage's quantised weights whose full table is scattered from the packed rows on first read:
 * the two-stage fast path reads only packed rows, and a full table is 18 MiB of pages to touch
 * (about 80 ms on a small machine), so a run that only tags never pays for it.
 */
function lazyTable(p: PackedRows, bits: number, scale: number): { w: Int16Array; scale: number } {
  let w: Int16Array | null = null;
  return {
    get w() {
      return (w ??= unpackRows(p, bits));
    },
    scale,
  };
}

/** The raw file for the model in the artefact `gz` (the bytes of ner.bin.gz). */
export function encodeRawModel(gz: Uint8Array): Buffer {
  const m = deserializeModel(Buffer.from(gz.buffer, gz.byteOffset, gz.byteLength));
  const q1 = m.quantised!;
  const s2 = m.stage2;
  const { packed, packed2, joint } = m.packedTables();
  const header: RawHeader = {
    info: m.info,
    bits: m.bits,
    scale: q1.scale,
    stage2: s2 ? { bits: s2.bits, scale: s2.quantised!.scale } : null,
    source: artefactId(gz),
  };
  const g = m.gaz.data;
  const views: View[] = [
    m.trans,
    packed.bm,
    packed.rows,
    g.tokenKeys,
    g.tokenBits,
    g.phraseKeys,
    g.phraseClass,
    g.prefixKeys,
    m.clusters.data.keys,
    m.clusters.data.codes,
    ...(hasPrototypeSections(m.info.featureVersion)
      ? [m.clusters.data.protoOffs ?? new Uint32Array(0), m.clusters.data.protoIds ?? new Uint32Array(0)]
      : []),
    m.gaz.letters.data.keys,
    m.gaz.letters.data.vals,
  ];
  if (s2) views.push(s2.trans, packed2!.bm, packed2!.rows, joint!.bm, joint!.rows);
  const parts: Buffer[] = [];
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  parts.push(head, json, Buffer.alloc(pad8(json.length) - json.length));
  for (const v of views) {
    const len = Buffer.alloc(8);
    len.writeUInt32LE(v.byteLength, 0);
    parts.push(
      len,
      Buffer.from(v.buffer, v.byteOffset, v.byteLength),
      Buffer.alloc(pad8(v.byteLength) - v.byteLength),
    );
  }
  return Buffer.concat(parts);
}

/** Where the raw bytes come from: a buffer in memory, or the file, read section by section. */
interface RawSource {
  /** `len` bytes at `at` (8-byte aligned in memory) */
  bytes(at: number, len: number): Buffer;
  length: number;
  /** The file, when reading from one: large row tables are then read as they are needed. */
  file?: string;
}

/** Rows per chunk of a lazily read table (LazyRows): 16 joint rows are 576 bytes. */
const LAZY_SHIFT = 4;
/** After this share of a table's chunks is read one by one, the rest is read at once. */
const LAZY_WHOLE_AFTER = 1 / 8;

/** Closes the file of a lazily read table that was dropped before it was read to the end. */
const closeOnDrop = new FinalizationRegistry<{ fd: number | null }>((h) => {
  if (h.fd !== null) closeSync(h.fd);
});

/**
 * The packed rows at `[at, at + len)` of `file` (rows of `width` int16), read a chunk at a time as
 * the kernel reaches them (model.ts, LazyRows), then at once past a share of the table; reading
 * `rows` outside the kernel reads whatever is left first. The table is allocated whole and zero:
 * its pages cost nothing until a chunk is read into them.
 */
function lazyRows(file: string, at: number, len: number, width: number, bm: Uint32Array): PackedRows {
  const rows = new Int16Array(len / 2);
  const bytes = new Uint8Array(rows.buffer);
  const chunkBytes = (width * 2) << LAZY_SHIFT;
  const chunks = Math.ceil(len / chunkBytes);
  const have = new Uint8Array(chunks);
  const handle = { fd: openSync(file, 'r') as number | null };
  let read = 0;
  const readRange = (from: number, to: number): void => {
    if (handle.fd === null) throw new Error('the raw NER model file was closed before its rows were read');
    if (readSync(handle.fd, bytes, from, to - from, at + from) !== to - from) {
      throw new Error('the raw NER model file is cut short');
    }
  };
  const lazy = {
    rows,
    have,
    shift: LAZY_SHIFT,
    done: false,
    load(c: number): void {
      if (have[c]) return;
      if (++read > chunks * LAZY_WHOLE_AFTER) return lazy.complete();
      readRange(c * chunkBytes, Math.min(len, (c + 1) * chunkBytes));
      have[c] = 1;
    },
    /** Reads every chunk not read yet (runs of them at once) and closes the file. */
    complete(): void {
      if (lazy.done) return;
      for (let c = 0; c < chunks;) {
        if (have[c]) {
          c++;
          continue;
        }
        let e = c;
        while (e < chunks && !have[e]) e++;
        readRange(c * chunkBytes, Math.min(len, e * chunkBytes));
        have.fill(1, c, e);
        c = e;
      }
      closeSync(handle.fd!);
      handle.fd = null;
      closeOnDrop.unregister(lazy);
      lazy.done = true;
    },
  };
  closeOnDrop.register(lazy, handle, lazy);
  return {
    bm,
    get rows() {
      lazy.complete();
      return rows;
    },
    lazy,
  };
}

function bufferSource(buf: Buffer): RawSource {
  // Views need their element alignment: a buffer from a pool may start anywhere.
  if (buf.byteOffset % 8 !== 0) buf = Buffer.from(buf);
  return { bytes: (at, len) => buf.subarray(at, at + len), length: buf.length };
}

function fileSource(file: string): RawSource & { close(): void } {
  let fd: number | null = openSync(file, 'r');
  const length = fstatSync(fd).size;
  return {
    length,
    file,
    bytes(at, len) {
      // its own allocation: offset 0, so aligned for any view
      const b = Buffer.allocUnsafeSlow(len);
      const f = fd ?? openSync(file, 'r');
      try {
        if (readSync(f, b, 0, len, at) !== len) throw new Error('the raw NER model file is cut short');
      } finally {
        if (f !== fd) closeSync(f);
      }
      return b;
    },
    /** Ends the first reading; a table read later opens the file again. */
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/**
 * The model in a raw file (its path) or its bytes. `expect`, when given, is the artefact the file
 * must have been made from. From a file, each table is read on its own, and the first stage's
 * packed rows (3 MB that the two-stage fast path never reads: it reads the joint rows) only when
 * something reads them: a start reads what tagging needs, no more. `expect` without a hash checks
 * the artefact's size only.
 */
export function decodeRawModel(from: Buffer | string, expect?: { bytes: number; sha256?: string }): NerModel {
  const file = typeof from === 'string' ? fileSource(from) : null;
  try {
    return decodeFrom(file ?? bufferSource(from as Buffer), expect);
  } finally {
    file?.close();
  }
}

function decodeFrom(src: RawSource, expect?: { bytes: number; sha256?: string }): NerModel {
  const head = src.bytes(0, Math.min(16, src.length));
  if (head.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a raw marsad NER model file');
  const hl = head.readUInt32LE(8);
  const header = JSON.parse(src.bytes(16, hl).toString('utf8')) as RawHeader;
  checkFeatureVersion(header.info.featureVersion, 'npm run build');
  if (
    expect &&
    (expect.bytes !== header.source.bytes ||
      (expect.sha256 !== undefined && expect.sha256 !== header.source.sha256))
  ) {
    throw new Error('the raw NER model was made from another ner.bin.gz: run `npm run build`');
  }
  let off = 16 + pad8(hl);
  type Ctor<T> = { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number };
  const view = <T>(ctor: Ctor<T>, at: number, len: number): T => {
    const b = src.bytes(at, len);
    return new ctor(b.buffer, b.byteOffset, len / ctor.BYTES_PER_ELEMENT);
  };
  /** The next table: where it lies, skipped over. */
  const next = (): { at: number; len: number } => {
    if (off + 8 > src.length) throw new Error('the raw NER model file is cut short');
    const len = src.bytes(off, 8).readUInt32LE(0);
    const at = off + 8;
    off = at + pad8(len);
    if (at + len > src.length) throw new Error('the raw NER model file is cut short');
    return { at, len };
  };
  const take = <T>(ctor: Ctor<T>): T => {
    const { at, len } = next();
    return view(ctor, at, len);
  };
  /** The packed rows that follow their bitmap `bm`: from a file, read as the tagger needs them. */
  const rowsOf = (bm: Uint32Array, width: number): PackedRows => {
    if (!src.file) return { bm, rows: take(Int16Array) };
    const { at, len } = next();
    return lazyRows(src.file, at, len, width, bm);
  };
  /** A table read when first asked for. */
  const later = <T>(ctor: Ctor<T>): (() => T) => {
    const { at, len } = next();
    let v: T | null = null;
    return () => (v ??= view(ctor, at, len));
  };
  const trans = take(Float32Array);
  const bm1 = take(Uint32Array);
  const rows1 = later(Int16Array);
  const packed: PackedRows = {
    bm: bm1,
    get rows() {
      return rows1();
    },
  };
  const { gaz: index, clusters } = readLookups(
    () => take(Uint32Array),
    () => take(Uint8Array),
    () => take(Int8Array),
    header.info.featureVersion,
  );
  const model = new NerModel(header.bits, new Float32Array(0), trans, index, clusters, header.info);
  model.quantised = lazyTable(packed, header.bits, header.scale);
  let packed2 = null;
  let joint = null;
  if (header.stage2) {
    const trans2 = take(Float32Array);
    packed2 = rowsOf(take(Uint32Array), NTAGS);
    const m2 = new NerModel(header.stage2.bits, new Float32Array(0), trans2, index, clusters, header.info);
    m2.quantised = lazyTable(packed2, header.stage2.bits, header.stage2.scale);
    model.stage2 = m2;
    joint = rowsOf(take(Uint32Array), 2 * NTAGS);
  }
  model.usePackedTables({ packed, packed2, joint });
  if (off !== src.length) throw new Error('the raw NER model file is cut short or has extra bytes');
  return model;
}
