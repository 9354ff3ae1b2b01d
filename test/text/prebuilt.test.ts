import { describe, expect, it } from 'vitest';
import { buildClassTable, CLASS } from '../../src/text/charclass.ts';
import { defaultUnitTable, matchUnitTable, searchUnitTable } from '../../src/text/normalize.ts';
import { pieceUnitTable } from '../../src/text/pieces.ts';
import { decodeRuns, encodeRuns } from '../../src/text/prebuilt.ts';
import { prebuiltData } from '../../src/text/prebuilt-build.ts';
import { interestingTable } from '../../src/text/sentences.ts';
import { normalizationTable, wordTable } from '../../src/text/tokenize.ts';

const same = (a: ArrayBufferView, b: ArrayBufferView) =>
  Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;

describe('prebuilt code-unit tables', () => {
  it('read back from their run-length code exactly, marks, shifts and all', () => {
    const shifted = new Int32Array(300);
    for (let i = 0; i < 300; i++) shifted[i] = i < 50 ? i : i < 80 ? i + 32 : i < 90 ? -1 : i < 95 ? -2 : i % 7 === 0 ? 5 : i - 3;
    expect(same(decodeRuns(encodeRuns(shifted), (n) => new Int32Array(n)), shifted)).toBe(true);
    const bytes = Uint8Array.from([0, 0, 3, 3, 3, 1, 0, 255, 255]);
    expect(same(decodeRuns(encodeRuns(bytes), (n) => new Uint8Array(n)), bytes)).toBe(true);
    for (const [t, make] of [
      [buildClassTable(), (n: number) => new Uint8Array(n)],
      [defaultUnitTable(), (n: number) => new Int32Array(n)],
      [searchUnitTable(), (n: number) => new Int32Array(n)],
      [matchUnitTable(), (n: number) => new Int32Array(n)],
      [normalizationTable(), (n: number) => new Uint8Array(n)],
      [wordTable(), (n: number) => new Uint8Array(n)],
      [interestingTable(), (n: number) => new Uint8Array(n)],
      [pieceUnitTable(), (n: number) => new Uint8Array(n)],
    ] as const) {
      const runs = encodeRuns(t);
      // a few thousand numbers at most: what the compiled module carries
      expect(runs.length).toBeLessThan(6000);
      expect(same(decodeRuns(runs, make as (n: number) => typeof t), t)).toBe(true);
    }
  });

  it('are computed, not read, in the sources', () => {
    expect(same(CLASS, buildClassTable())).toBe(true);
    expect(prebuiltData().unicode).toBe(process.versions.unicode);
  });
});
