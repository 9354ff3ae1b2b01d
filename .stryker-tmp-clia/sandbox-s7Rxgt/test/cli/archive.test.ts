/** Which archive search/export/stories read when none is named (issue 17, point 13). */
// @ts-nocheck

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/cli/archive.ts';

let dir: string;
let cwd: string;
let env: string | undefined;
beforeEach(() => {
  cwd = process.cwd();
  env = process.env.MARSAD_DB;
  delete process.env.MARSAD_DB;
  dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-archive-'));
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  if (env === undefined) delete process.env.MARSAD_DB;
  else process.env.MARSAD_DB = env;
  rmSync(dir, { recursive: true, force: true });
});

describe('readArchive', () => {
  it('falls back to the demo archive npm start built, and says so, until ./marsad.db exists', () => {
    const notes: string[] = [];
    expect(readArchive(undefined, (m) => notes.push(m))).toBe('./marsad.db');
    expect(notes).toEqual([]);
    writeFileSync('marsad-demo.db', '');
    expect(readArchive(undefined, (m) => notes.push(m))).toBe('./marsad-demo.db');
    expect(notes.join('')).toMatch(/demo archive \.\/marsad-demo\.db/);
    writeFileSync('marsad.db', '');
    expect(readArchive(undefined, (m) => notes.push(m))).toBe('./marsad.db');
  });

  it('--db and $MARSAD_DB come first', () => {
    writeFileSync('marsad-demo.db', '');
    expect(readArchive('other.db', () => {})).toBe('other.db');
    process.env.MARSAD_DB = 'env.db';
    expect(readArchive(undefined, () => {})).toBe('env.db');
  });
});
