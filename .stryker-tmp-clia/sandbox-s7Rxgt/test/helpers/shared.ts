// @ts-nocheck
import { describe, it } from 'vitest';
import { hasShared, sharedPath } from '../../src/util/shared.ts';

/**
 * Whether we run under CI: any truthy `CI` counts (`CI=1`, `CI=true`, `CI=yes`), as most CI
 * systems and tools (is-ci, GitHub, GitLab) set one or the other; only unset, empty, `0` and
 * `false` mean a developer's machine.
 */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.CI?.trim().toLowerCase();
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

/**
 * `describe` for suites that need ../shared: skipped with a message when it is missing, except
 * under CI, where a missing shared/ is a failure rather than a silent skip.
 *
 * A skipped suite never runs `fn`: vitest still calls the body of `describe.skip` to collect its
 * tests, so a body that read shared files there would crash the file instead of skipping it.
 * Suites should read their files inside tests anyway (see `lazy`), so that a missing secondary
 * file fails one test rather than the whole collection.
 */
export function describeShared(name: string, parts: string[], fn: () => void): void {
  if (hasShared(...parts)) {
    describe(name, fn);
    return;
  }
  if (isCI()) {
    describe(name, () => {
      it(`needs ${sharedPath(...parts)}`, () => {
        throw new Error(`${sharedPath(...parts)} is missing; CI needs ../shared (or MARSAD_SHARED)`);
      });
    });
    return;
  }
  console.warn(`[skip] ${name}: ${sharedPath(...parts)} not found (set MARSAD_SHARED)`);
  describe.skip(name, () => {
    it(`needs ${sharedPath(...parts)}`, () => {});
  });
}

/** A value computed on first use (inside a test), then reused by the other tests of the file. */
export function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}
