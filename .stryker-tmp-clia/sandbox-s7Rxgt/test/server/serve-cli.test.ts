// @ts-nocheck
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleManifest } from '../../src/server/demo.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

const BIN = path.join(PROJECT_ROOT, 'bin', 'marsad.js');
const cwd = mkdtempSync(path.join(os.tmpdir(), 'marsad-serve-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

interface Run {
  url: string;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/** Starts `marsad serve` and resolves once it prints the URL it listens on. */
function startServe(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd, env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        resolve({
          url: m[1]!,
          stderr: () => err,
          stop: () =>
            new Promise((r) => {
              child.once('exit', (code) => r(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`marsad serve exited ${code}: ${err}`)));
  });
}

function runToEnd(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd, env: { ...process.env, ...env } });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((r) => child.once('exit', (code) => r({ code, stderr: err })));
}

describe('marsad serve', () => {
  it('--demo ingests the samples into ./marsad-demo.db once, and serves them', async () => {
    const n = sampleManifest().length;
    const first = await startServe(['--demo']);
    try {
      const stats = (await (await fetch(`${first.url}/api/stats`)).json()) as { stats: { articles: number } };
      expect(stats.stats.articles).toBe(n);
      const home = await fetch(`${first.url}/`);
      expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await home.text()).toContain('<html dir="rtl" lang="ar">');
      // No token configured: no ingest endpoint.
      expect((await fetch(`${first.url}/api/articles`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(first.stderr()).toContain(`${n} new, 0 already there`);
    const second = await startServe(['--demo'], { MARSAD_INGEST_TOKEN: 'a-long-enough-token' });
    try {
      expect(second.stderr()).toContain(`0 new, ${n} already there`);
      const stats = (await (await fetch(`${second.url}/api/stats`)).json()) as { stats: { articles: number } };
      expect(stats.stats.articles).toBe(n);
      const denied = await fetch(`${second.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"نص"}' });
      expect(denied.status).toBe(401);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('explains bad options', async () => {
    const port = await runToEnd(['--port', 'eighty']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be a number');
    const token = await runToEnd(['--ingest-token', 'short']);
    expect(token.code).toBe(2);
    expect(token.stderr).toContain('at least 12 characters');
  }, 60_000);
});
