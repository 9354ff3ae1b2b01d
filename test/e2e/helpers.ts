/**
 * End-to-end harness: a real SQLite archive of the sample articles in a temp dir, the server on a
 * free loopback port, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext } from 'playwright-core';
import { describe } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { isCI } from '../helpers/shared.ts';

export const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

/** `describe` for browser suites: skipped with a message when Chromium is missing, failing under CI=true. */
export function describeBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
    return;
  }
  if (isCI()) {
    describe(name, () => {
      throw new Error(`${CHROMIUM} is missing; CI needs Debian's chromium (apt-get install chromium)`);
    });
    return;
  }
  console.warn(`[skip] ${name}: ${CHROMIUM} not found (install chromium or set MARSAD_CHROMIUM)`);
  describe.skip(name, fn);
}

export interface Harness {
  base: string;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

export async function startServer(fill: (store: Store) => Promise<void>): Promise<Harness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-'));
  const store = await openStore(path.join(dir, 'archive.db'));
  await fill(store);
  const app = createApp(store, { log: () => {} });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    store,
    dir,
    async close() {
      await new Promise<void>((r) => {
        server.close(() => r());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'ar',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

let shared: Promise<Awaited<ReturnType<typeof launchBrowser>>> | null = null;

/**
 * One browser for every suite of a test file: launching Chromium is seconds on a loaded machine.
 * Each suite opens its own pages and closes them; `closeSharedBrowser` (the file's afterAll) ends
 * it, which matters because workers keep this module from one file to the next (isolate: false).
 */
export function sharedBrowser(): Promise<Awaited<ReturnType<typeof launchBrowser>>> {
  return (shared ??= launchBrowser());
}

export async function closeSharedBrowser(): Promise<void> {
  const b = shared;
  shared = null;
  if (b) await (await b).close();
}
