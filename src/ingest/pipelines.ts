/**
 * The pipelines of this thread, one per settings: a worker thread builds its pipeline (model,
 * lexicons) once, on its first task, and reuses it for every later one.
 */
import { createPipeline, settingsConfig, type Pipeline, type PipelineSettings } from '../pipeline/pipeline.ts';

const built = new Map<string, Pipeline>();

export function pipelineFor(settings: PipelineSettings = {}): Pipeline {
  const key = JSON.stringify([settings.lexiconDir ?? null, settings.translitModel ?? null]);
  let p = built.get(key);
  if (!p) {
    p = createPipeline(settingsConfig(settings));
    built.set(key, p);
  }
  return p;
}
