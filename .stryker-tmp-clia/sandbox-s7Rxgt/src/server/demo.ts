/**
 * The demo archive: the fictional sample articles in samples/ (written for the project), ingested
 * into a store. Idempotent: the store's content hash skips articles already there.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../util/shared.ts';
import type { Store } from '../store/types.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { ingestOne } from './ingest.ts';

export const SAMPLES_DIR = path.join(PROJECT_ROOT, 'samples');

export interface SampleEntry {
  file: string;
  site: string;
  url: string;
  /** Publication date, used only when the analysis finds none in the text. */
  date: string;
}

/**
 * The samples' outlet, URL and date. Named `.jsonc` so that `marsad ingest samples/` reads the
 * articles and does not take the manifest for a malformed article file.
 */
export function sampleManifest(dir = SAMPLES_DIR): SampleEntry[] {
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.jsonc'), 'utf8')) as { articles: SampleEntry[] };
  return m.articles;
}

export interface SampleText extends SampleEntry {
  text: string;
}

export function readSamples(dir = SAMPLES_DIR): SampleText[] {
  return sampleManifest(dir).map((e) => ({ ...e, text: readFileSync(path.join(dir, e.file), 'utf8') }));
}

function isSqlStore(store: Store): store is SqlStore {
  return typeof (store as Partial<SqlStore>).storyInputs === 'function' && typeof (store as Partial<SqlStore>).setStories === 'function';
}

/** Ingests every sample article; returns how many were new. */
export async function ingestSamples(store: Store, dir = SAMPLES_DIR): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const s of readSamples(dir)) {
    const r = await ingestOne(store, {
      text: s.text,
      // The first line is the headline; used only if the structure stage finds none.
      title: s.text.split('\n', 1)[0]!.trim(),
      url: s.url,
      source: s.site,
      published: s.date,
      origin: `samples/${s.file}`,
    });
    if (r.created) created++;
    else existing++;
  }
  // As `marsad ingest` does: recluster stories once the new articles are in.
  if (created > 0 && isSqlStore(store)) {
    const { rebuildStories } = await import('../store/stories.ts');
    await rebuildStories(store);
  }
  return { created, existing };
}
