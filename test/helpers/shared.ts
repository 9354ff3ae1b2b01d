import { describe } from 'vitest';
import { hasShared, sharedPath } from '../../src/util/shared.ts';

/**
 * `describe` for suites that need ../shared: skipped with a message when it is missing, except
 * under CI=true, where a missing shared/ is a failure rather than a silent skip.
 */
export function describeShared(name: string, parts: string[], fn: () => void): void {
  if (hasShared(...parts)) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`${sharedPath(...parts)} is missing; CI needs ../shared (or MARSAD_SHARED)`);
    });
    return;
  }
  console.warn(`[skip] ${name}: ${sharedPath(...parts)} not found (set MARSAD_SHARED)`);
  describe.skip(name, fn);
}
