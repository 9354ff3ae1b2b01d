import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Three projects (four while a file stubs modules), so that a contributor can run the part they touch:
 * - `unit`: in-process tests of pure code (text, analysis, extraction, documents);
 * - `integration`: the CLI, the store, the server, ingest, reliability, the packed build and the
 *   browser, which spawn processes, open databases or start servers, and any other file that
 *   starts a child process;
 * - `shared`: every file that reads ../shared (it uses `describeShared`), whatever its folder,
 *   found by reading the files rather than by a list that would drift;
 * - `isolated`, only while some file replaces modules or globals with vi.mock, vi.stubEnv or
 *   vi.stubGlobal: such a file gets a fresh worker of its own.
 * `npm test` runs them all; `npx vitest run --project unit` one of them.
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
// A file that replaces modules or globals (vi.mock, vi.stubEnv, vi.stubGlobal) would leak them
// into the files that share its worker: it runs in a project of its own that isolates each file.
const stateful = files.filter((x) => /\bvi\.(mock|doMock|stubEnv|stubGlobal)\(/.test(x.src)).map((x) => x.f);
const integrationGlobs = [...INTEGRATION.map((d) => `test/${d}/**/*.test.ts`), ...spawning];

export default defineConfig({
  test: {
    // Builds dist/ when a source changed: tests that spawn bin/marsad.js run the compiled code.
    globalSetup: ['test/build/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Forks: each worker is a process of its own (better-sqlite3 is native). Two at a time even on two
    // cores: vitest's default (cores − 1) runs one file at a time there, while many files spend
    // most of their time waiting on child processes, databases and the browser.
    pool: 'forks',
    maxWorkers: 2,
    // No project isolates its files (isolate: false): a worker keeps the modules it loaded from one
    // file to the next, so the pipeline, the NER model, the lexicons and the store are imported and
    // loaded once per worker instead of once per file (import and load were half to two thirds of
    // each project's CPU). A test must leave process state (cwd, environment) as it found it.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...integrationGlobs, ...sharedFiles, ...stateful],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: integrationGlobs, exclude: [...sharedFiles, ...stateful], isolate: false },
      },
      { extends: true, test: { name: 'shared', include: sharedFiles, exclude: stateful, isolate: false } },
      ...(stateful.length ? [{ extends: true, test: { name: 'isolated', include: stateful } }] : []),
    ],
  },
});
