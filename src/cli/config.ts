/**
 * The one place that reads marsad's environment variables: the CLI turns them into settings and
 * passes them down (to createPipeline, to ingest's workers, to the archive, to training). Nothing
 * below cli/ reads the environment (test/architecture/env.test.ts).
 *   MARSAD_LEXICON_DIR     another copy of src/lexicon/entities (experiments, a newsroom's own lists)
 *   MARSAD_TRANSLIT_MODEL  another transliteration model
 *   MARSAD_NER_CLUSTERS    word classes for train-ner, read from a file instead of built
 *   MARSAD_SEARCH_WINDOW   search: matches counted exactly (store/search.ts, SEARCH_WINDOW)
 *   MARSAD_RANK_WINDOW     search: matches ranked together (RANK_WINDOW)
 *   MARSAD_FETCH_CACHE     the fetcher's file of validators (default $XDG_CACHE_HOME or
 *                          ~/.cache, marsad/fetch-cache.json)
 *   MARSAD_FAULT_POINT     crash tests: the point where ingest stops and waits to be killed
 */
import os from 'node:os';
import path from 'node:path';
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import type { StoreSettings } from '../store/open.ts';

export function pipelineSettings(env: NodeJS.ProcessEnv = process.env): PipelineSettings {
  return {
    lexiconDir: env.MARSAD_LEXICON_DIR || null,
    translitModel: env.MARSAD_TRANSLIT_MODEL || null,
  };
}

export function nerClustersFile(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.MARSAD_NER_CLUSTERS || null;
}

/** A window size from the environment: a whole number ≥ 1, else the default (null). */
function windowFrom(v: string | undefined): number | null {
  const n = Number(v);
  return v !== undefined && Number.isInteger(n) && n >= 1 ? n : null;
}

export function storeSettings(env: NodeJS.ProcessEnv = process.env): StoreSettings {
  return { searchWindow: windowFrom(env.MARSAD_SEARCH_WINDOW), rankWindow: windowFrom(env.MARSAD_RANK_WINDOW) };
}

/** Where the fetcher remembers validators (ETag, Last-Modified) between runs. */
export function fetchCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MARSAD_FETCH_CACHE) return env.MARSAD_FETCH_CACHE;
  const base = env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(base, 'marsad', 'fetch-cache.json');
}

export function faultPointName(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.MARSAD_FAULT_POINT || null;
}
