import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildClassTable } from '../../src/text/charclass.ts';
import { searchUnitTable } from '../../src/text/normalize.ts';
import { decodeRuns } from '../../src/text/prebuilt.ts';
import { prebuiltData, writePrebuiltModule } from '../../src/text/prebuilt-build.ts';

/**
 * What `npm run build` writes into dist/ (session 12's mutation run of prebuilt-build.ts: the
 * table list emptied survived, and the module writer had no test).
 */
describe('prebuiltData and writePrebuiltModule', () => {
  it('carry the eight tables, the character classes and the search unit map among them as computed', () => {
    const d = prebuiltData();
    expect(Object.keys(d.tables).sort()).toEqual(['charclass', 'needs-norm', 'piece-unit', 'sentence-interesting', 'unit-default', 'unit-match', 'unit-search', 'word']);
    expect(Buffer.from(decodeRuns(d.tables.charclass!, (n) => new Uint8Array(n))).equals(Buffer.from(buildClassTable()))).toBe(true);
    const search = decodeRuns(d.tables['unit-search']!, (n) => new Int32Array(n));
    expect(Buffer.from(search.buffer).equals(Buffer.from(searchUnitTable().buffer))).toBe(true);
  });

  it('write a module that exports the same data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-prebuilt-'));
    try {
      const file = join(dir, 'prebuilt-data.mjs');
      writePrebuiltModule(file);
      const mod = (await import(pathToFileURL(file).href)) as { PREBUILT_DATA: unknown };
      expect(mod.PREBUILT_DATA).toEqual(prebuiltData());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
