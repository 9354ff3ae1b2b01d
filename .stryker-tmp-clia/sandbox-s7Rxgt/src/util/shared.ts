// @ts-nocheck
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Path into the read-only reference data (`../shared` beside the project, or $MARSAD_SHARED).
 * Never copy these files into the project; read them from here.
 */
export function sharedPath(...parts: string[]): string {
  const base = process.env.MARSAD_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
  return path.join(base, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}
