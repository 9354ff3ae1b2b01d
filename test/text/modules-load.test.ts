/**
 * Every module of the text layer loads on its own, freshly evaluated. A module that throws while
 * building its tables at load time fails here as a test, not only as an import error of the test
 * files that use it (which Stryker's vitest runner records as "0 tests ran": a survived mutant).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const dir = new URL('../../src/text/', import.meta.url);
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/text modules load', () => {
  it('finds the modules', () => {
    expect(modules).toEqual(expect.arrayContaining(['dates.ts', 'normalize.ts', 'tokenize.ts', 'sentences.ts']));
  });

  it.each(modules)('%s', async (file) => {
    vi.resetModules();
    const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    expect(Object.keys(mod).length).toBeGreaterThan(0);
    for (const [name, v] of Object.entries(mod)) expect(v, name).toBeDefined();
  });
});
