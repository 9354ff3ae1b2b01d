// @ts-nocheck
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ when a source changed: tests that spawn bin/marsad.js run the compiled code.
    globalSetup: ['test/build/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on CI: forks keep native modules (better-sqlite3) isolated per file.
    pool: 'forks',
  },
});
