import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { isCI } from './shared.ts';

describe('isCI', () => {
  it('counts any truthy CI as CI', () => {
    for (const v of ['true', '1', 'yes', 'TRUE', 'True']) expect(isCI({ CI: v }), v).toBe(true);
  });
  it('does not count unset, empty, 0 or false', () => {
    for (const v of [undefined, '', '0', 'false', 'FALSE']) expect(isCI({ CI: v }), String(v)).toBe(false);
  });
});

/**
 * A suite whose body reads a shared file must skip cleanly when ../shared is missing, and fail
 * under any truthy CI. Run in a child vitest so the missing data is real.
 */
describe('describeShared without ../shared', () => {
  const run = (ci: string | undefined): { status: number | null; out: string } => {
    const dir = mkdtempSync(path.join(PROJECT_ROOT, 'test', 'helpers', 'tmp-probe-'));
    try {
      writeFileSync(
        path.join(dir, 'skip.probe.ts'),
        [
          "import { readFileSync } from 'node:fs';",
          "import { expect, it } from 'vitest';",
          "import { describeShared } from '../shared.ts';",
          "import { sharedPath } from '../../../src/util/shared.ts';",
          "describeShared('probe', ['nothing-here.txt'], () => {",
          "  const text = readFileSync(sharedPath('nothing-here.txt'), 'utf8');",
          "  it('reads', () => expect(text.length).toBeGreaterThan(0));",
          '});',
        ].join('\n'),
      );
      const env: NodeJS.ProcessEnv = { ...process.env, MARSAD_SHARED: path.join(dir, 'no-shared') };
      delete env.CI;
      if (ci !== undefined) env.CI = ci;
      delete env.VITEST;
      delete env.VITEST_WORKER_ID;
      delete env.VITEST_POOL_ID;
      const r = spawnSync(
        process.execPath,
        [
          path.join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
          'run',
          '--config',
          'test/helpers/probe.vitest.config.ts',
          path.relative(PROJECT_ROOT, dir),
        ],
        { cwd: PROJECT_ROOT, env, encoding: 'utf8' },
      );
      return { status: r.status, out: r.stdout + r.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('skips (exit 0) on a developer machine, without running the body', () => {
    const r = run(undefined);
    expect(r.out).toContain('[skip] probe');
    expect(r.out).not.toContain('ENOENT');
    expect(r.status).toBe(0);
  });
  it('fails under CI=1 as under CI=true', () => {
    for (const ci of ['1', 'true']) {
      const r = run(ci);
      expect(r.status, ci).not.toBe(0);
      expect(r.out, ci).toContain('CI needs ../shared');
    }
  });
});
