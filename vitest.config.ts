import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, so that a contributor can run the part they touch:
 * - `unit`: in-process tests of pure code (text, analysis, extraction, documents);
 * - `integration`: the CLI, the store, the server, ingest, reliability, the packed build and the
 *   browser, which spawn processes, open databases or start servers, and any other file that
 *   starts a child process or replaces modules, globals or environment variables;
 * - `shared`: every file that reads ../shared (it uses `describeShared`), whatever its folder,
 *   found by reading the files rather than by a list that would drift (one that replaces modules,
 *   globals or the environment runs with the integration files, which keep each file isolated).
 * `npm test` runs all three; `npx vitest run --project unit` one of them.
 */
const INTEGRATION = ['cli', 'store', 'server', 'ingest', 'reliability', 'e2e', 'build'];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

const files = testFiles('test').map((f) => ({ f, src: readFileSync(f, 'utf8') }));
const sharedFiles = files.filter((x) => /\bdescribeShared\b/.test(x.src)).map((x) => x.f);
const spawning = files.filter((x) => /\bnode:child_process\b/.test(x.src)).map((x) => x.f);
// A file that replaces modules, globals or environment variables keeps a fresh worker of its
// own (the integration project isolates each file); the unit project shares one between files.
const stateful = files
  .filter((x) => /\bvi\.(mock|doMock|stubEnv|stubGlobal)\(|process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env/.test(x.src))
  .map((x) => x.f);
const integrationGlobs = [...INTEGRATION.map((d) => `test/${d}/**/*.test.ts`), ...spawning, ...stateful];
const sharedCalm = sharedFiles.filter((f) => !stateful.includes(f));

export default defineConfig({
  test: {
    // Builds dist/ when a source changed: tests that spawn bin/marsad.js run the compiled code.
    globalSetup: ['test/build/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Forks keep native modules (better-sqlite3) isolated per file. Two at a time even on two
    // cores: vitest's default (cores − 1) runs one file at a time there, while many files spend
    // most of their time waiting on child processes, databases and the browser.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...integrationGlobs, ...sharedFiles],
          // Pure in-process code: a worker keeps its modules from one file to the next, so the
          // pipeline, the NER model and the lexicons are imported and loaded once per worker
          // instead of once per file (import and load were two thirds of the unit project's CPU).
          // No unit file stubs modules, globals or the environment; test/text/modules-load.test.ts
          // resets the module registry itself to evaluate each text module afresh.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'integration', include: integrationGlobs, exclude: sharedCalm } },
      // The shared-data files analyse in-process or spawn the CLI, and share workers as the unit
      // files do (a stateful one runs in the integration project instead).
      { extends: true, test: { name: 'shared', include: sharedCalm, isolate: false } },
    ],
  },
});
