import { defineConfig } from 'vitest/config';

/**
 * The vitest config `npm run mutate` uses (stryker.config.json): only the test files that
 * exercise the mutated folders, so that one mutation run stays within minutes of CPU.
 * MARSAD_MUTATE_TESTS (comma-separated globs) narrows it further for a run on one folder.
 */
const DEFAULT = [
  'test/text/**/*.test.ts',
  'test/extract/dates.test.ts',
  'test/server/escape.test.ts',
  'test/server/hostile-routes.test.ts',
  'test/store/sqlite.test.ts',
  'test/store/contract.test.ts',
  'test/store/snippet.test.ts',
  'test/store/export.test.ts',
  'test/store/search-quality.test.ts',
  'test/store/ranking.test.ts',
];

export default defineConfig({
  test: {
    include: process.env.MARSAD_MUTATE_TESTS ? process.env.MARSAD_MUTATE_TESTS.split(',') : DEFAULT,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Stryker runs the covering tests once per mutant: a fresh process per file per run costs
    // seconds each time, so the test files share one worker (none of them keeps global state).
    pool: 'threads',
    isolate: false,
    fileParallelism: false,
  },
});
