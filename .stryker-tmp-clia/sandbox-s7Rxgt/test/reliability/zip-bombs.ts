/**
 * ZIP archives for the bomb tests, made at test time: a member of N MiB is N copies of one
 * 1 MiB chunk, each deflated from a fresh state and full-flushed, so the compressed member is
 * N copies of the same few bytes (no history crosses a full flush) and a 512 MiB member costs
 * one 1 MiB deflate plus its CRC. Nothing big is ever held or committed.
 */
// @ts-nocheck

import { closeSync, openSync, writeSync } from 'node:fs';
import zlib from 'node:zlib';

export const MiB = 1024 * 1024;

export interface BombMember {
  name: string;
  /** Exactly 1 MiB, repeated `mib` times; or, with `mib` 0, the member's whole content. */
  chunk: Buffer;
  mib: number;
  /** An uncompressed size to claim in the headers instead of the true one (a lying bomb). */
  declare?: number;
}

interface Entry {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // names in UTF-8
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.csize, 18);
  h.writeUInt32LE(e.usize, 22);
  h.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.csize, 20);
  h.writeUInt32LE(e.usize, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.offset, 42);
  return Buffer.concat([h, e.name]);
}

/** Writes a ZIP of `members` to `file`; returns its size in bytes. */
export function writeBombZip(file: string, members: BombMember[]): number {
  const fd = openSync(file, 'w');
  const entries: Entry[] = [];
  let offset = 0;
  const put = (b: Buffer) => {
    writeSync(fd, b);
    offset += b.length;
  };
  try {
    for (const m of members) {
      let body: Buffer[];
      let crc = 0;
      let usize: number;
      if (m.mib === 0) {
        body = [zlib.deflateRawSync(m.chunk)];
        crc = zlib.crc32(m.chunk);
        usize = m.chunk.length;
      } else {
        if (m.chunk.length !== MiB) throw new Error('a repeated chunk must be exactly 1 MiB');
        const x = zlib.deflateRawSync(m.chunk, { finishFlush: zlib.constants.Z_FULL_FLUSH });
        for (let i = 0; i < m.mib; i++) crc = zlib.crc32(m.chunk, crc);
        body = [...Array<Buffer>(m.mib).fill(x), zlib.deflateRawSync(Buffer.alloc(0))];
        usize = m.mib * MiB;
      }
      const e: Entry = { name: Buffer.from(m.name), crc, csize: body.reduce((n, b) => n + b.length, 0), usize: m.declare ?? usize, offset };
      put(localHeader(e));
      for (const b of body) put(b);
      entries.push(e);
    }
    const cdStart = offset;
    for (const e of entries) put(centralHeader(e));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
  return offset;
}

/** `text` repeated (and cut) to exactly 1 MiB of UTF-8, cut on a character boundary by padding with spaces. */
export function mibOf(text: string): Buffer {
  const one = Buffer.from(text, 'utf8');
  const out = Buffer.alloc(MiB, 0x20);
  for (let o = 0; o + one.length <= MiB; o += one.length) one.copy(out, o);
  return out;
}

/** 1 MiB of Arabic-looking words drawn by a fixed-seed generator: it deflates only about 3×. */
export function variedMib(seed: number): Buffer {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  let s = seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const out = Buffer.alloc(MiB, 0x20);
  let o = 0;
  for (;;) {
    const n = 2 + Math.floor(rnd() * 6);
    let w = '';
    for (let i = 0; i < n; i++) w += letters[Math.floor(rnd() * letters.length)];
    const b = Buffer.from(w + (rnd() < 0.1 ? '.\n' : ' '));
    if (o + b.length > MiB) return out;
    b.copy(out, o);
    o += b.length;
  }
}
