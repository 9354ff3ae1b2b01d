import { defineConfig } from 'vitest/config';

/** For test/helpers/shared.test.ts only: runs the probe suites it writes, which `npm test` never collects. */
export default defineConfig({ test: { include: ['test/helpers/tmp-probe-*/*.probe.ts'], pool: 'forks' } });
