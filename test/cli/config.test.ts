/**
 * src/cli/config.ts reads marsad's environment variables and nothing below cli/ does
 * (test/architecture/env.test.ts): these are the settings it hands down, and `openStore` applies
 * the archive's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { faultPointName, fetchCacheFile, storeSettings } from '../../src/cli/config.ts';
import { openStore } from '../../src/store/open.ts';
import { RANK_WINDOW, SEARCH_WINDOW } from '../../src/store/sql-store.ts';

describe('the CLI\'s settings from the environment', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('search windows: whole numbers ≥ 1, anything else the default', () => {
    expect(storeSettings({ MARSAD_SEARCH_WINDOW: '40', MARSAD_RANK_WINDOW: '7' })).toEqual({ searchWindow: 40, rankWindow: 7 });
    for (const bad of ['0', '-3', '2.5', 'many', ''])
      expect(storeSettings({ MARSAD_SEARCH_WINDOW: bad, MARSAD_RANK_WINDOW: bad })).toEqual({ searchWindow: null, rankWindow: null });
    expect(storeSettings({})).toEqual({ searchWindow: null, rankWindow: null });
  });

  it('openStore applies the windows it is given, and the defaults otherwise', async () => {
    const set = await openStore(path.join(dir, 'a.db'), storeSettings({ MARSAD_SEARCH_WINDOW: '40', MARSAD_RANK_WINDOW: '7' }));
    expect([set.searchWindow, set.rankWindow]).toEqual([40, 7]);
    await set.close();
    const plain = await openStore(path.join(dir, 'b.db'), storeSettings({ MARSAD_SEARCH_WINDOW: 'x' }));
    expect([plain.searchWindow, plain.rankWindow]).toEqual([SEARCH_WINDOW, RANK_WINDOW]);
    await plain.close();
  });

  it('the fetcher\'s validator file and the fault point', () => {
    expect(fetchCacheFile({ MARSAD_FETCH_CACHE: '/x/cache.json', XDG_CACHE_HOME: '/y' })).toBe('/x/cache.json');
    expect(fetchCacheFile({ XDG_CACHE_HOME: '/y' })).toBe('/y/marsad/fetch-cache.json');
    expect(fetchCacheFile({})).toBe(path.join(os.homedir(), '.cache', 'marsad', 'fetch-cache.json'));
    expect(faultPointName({ MARSAD_FAULT_POINT: 'before-stories' })).toBe('before-stories');
    expect(faultPointName({ MARSAD_FAULT_POINT: '' })).toBeNull();
    expect(faultPointName({})).toBeNull();
  });
});
