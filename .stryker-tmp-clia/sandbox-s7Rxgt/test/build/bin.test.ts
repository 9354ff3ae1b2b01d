// @ts-nocheck
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

  it('warns in a source checkout when src/ changed after the last build', () => {
    // A miniature checkout: the real bin and build script, one source, a stub compiled CLI.
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-stale-'));
    for (const d of ['bin', 'scripts', 'src', 'dist/cli']) mkdirSync(path.join(dir, d), { recursive: true });
    copyFileSync(path.join(PROJECT_ROOT, 'bin', 'marsad.js'), path.join(dir, 'bin', 'marsad.js'));
    copyFileSync(path.join(PROJECT_ROOT, 'scripts', 'build.mjs'), path.join(dir, 'scripts', 'build.mjs'));
    writeFileSync(path.join(dir, 'src', 'a.ts'), 'export {};\n');
    writeFileSync(
      path.join(dir, 'dist', 'cli', 'main.js'),
      "export async function main() { process.stdout.write('stub ran'); return 0; }\n",
    );
    const stamp = (newestInput: number): void =>
      writeFileSync(path.join(dir, 'dist', '.build-stamp'), JSON.stringify({ newestInput }));
    const runBin = () =>
      spawnSync(process.execPath, [path.join(dir, 'bin', 'marsad.js')], { encoding: 'utf8' });

    stamp(0); // built before any source was written
    const stale = runBin();
    expect(stale.stdout).toBe('stub ran');
    expect(stale.stderr).toContain('src/ changed since dist/ was built; run `npm run build`');

    stamp(Date.now() + 60_000); // built after every source
    const fresh = runBin();
    expect(fresh.stdout).toBe('stub ran');
    expect(fresh.stderr).toBe('');
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
