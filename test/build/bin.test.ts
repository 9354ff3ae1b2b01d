import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

describe('bin/marsad.js', () => {
  it('says how to build when the compiled code is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-bin-'));
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync(path.join(PROJECT_ROOT, 'bin', 'marsad.js'), path.join(dir, 'bin', 'marsad.js'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'marsad.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('run `npm run build`');
    expect(r.stdout).toBe('');
  });

  it('runs the compiled CLI in dist/', () => {
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'marsad.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('analyze');
    expect(r.stdout).toContain('ingest');
  });
});
