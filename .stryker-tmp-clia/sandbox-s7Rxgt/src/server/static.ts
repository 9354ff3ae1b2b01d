/**
 * Static files: the stylesheet, the progressive-enhancement script, and the Arabic fonts served
 * from the installed @fontsource packages (never fetched from a CDN). Only known names are served;
 * nothing from the request reaches a file path unchecked.
 */
// @ts-nocheck

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { ApiError } from './errors.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const FONT_PACKAGES = ['@fontsource/noto-naskh-arabic', '@fontsource/noto-sans-arabic'];

function fontDirs(): string[] {
  return FONT_PACKAGES.flatMap((p) => {
    try {
      return [path.join(path.dirname(require.resolve(`${p}/package.json`)), 'files')];
    } catch {
      return [];
    }
  });
}

const ASSETS: Record<string, { file: string; type: string }> = {
  'style.css': { file: path.join(here, 'static', 'style.css'), type: 'text/css; charset=utf-8' },
  'app.js': { file: path.join(here, 'static', 'app.js'), type: 'text/javascript; charset=utf-8' },
};

let monthsJson: string | null = null;

/** Gregorian month names per tradition (the first spelling of each), for the display setting. */
export function monthNames(): Record<string, string[]> {
  const cal = JSON.parse(readFileSync(path.join(here, '..', 'lexicon', 'calendar.json'), 'utf8')) as {
    gregorianMonths: Array<Record<string, unknown> & { month: number }>;
  };
  const out: Record<string, string[]> = {};
  for (const t of ['msa', 'levantine', 'maghrebi']) {
    out[t] = [...cal.gregorianMonths].sort((a, b) => a.month - b.month).map((m) => (m[t] as string[])[0]!);
  }
  return out;
}

const cache = new Map<string, Uint8Array>();

function read(file: string): Uint8Array {
  let b = cache.get(file);
  if (!b) {
    b = readFileSync(file);
    cache.set(file, b);
  }
  return b;
}

/** Resolves a font file name (e.g. `noto-naskh-arabic-arabic-400-normal.woff2`) to its path, or null. */
export function fontPath(name: string): string | null {
  if (!/^noto-(naskh|sans)-arabic-(arabic|latin)-\d00-normal\.woff2$/.test(name)) return null;
  for (const dir of fontDirs()) {
    const f = path.join(dir, name);
    if (existsSync(f)) return f;
  }
  return null;
}

export function serveStatic(c: Context): Response {
  const rel = c.req.path.slice('/static/'.length);
  const asset = ASSETS[rel];
  const headers = { 'Cache-Control': 'public, max-age=3600' };
  if (asset) return c.body(read(asset.file) as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': asset.type });
  if (rel === 'months.json') {
    monthsJson ??= JSON.stringify(monthNames());
    return c.body(monthsJson, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  }
  if (rel.startsWith('fonts/')) {
    const f = fontPath(rel.slice('fonts/'.length));
    if (f) return c.body(read(f) as Uint8Array<ArrayBuffer>, 200, { 'Cache-Control': 'public, max-age=604800, immutable', 'Content-Type': 'font/woff2' });
  }
  throw new ApiError(404, 'not_found', `no static file ${rel}`);
}
