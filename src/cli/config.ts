/**
 * The one place that reads marsad's environment variables: the CLI turns them into settings and
 * passes them down (to createPipeline, to ingest's workers, to training). Nothing below cli/
 * reads the environment.
 *   MARSAD_LEXICON_DIR     another copy of src/lexicon/entities (experiments, a newsroom's own lists)
 *   MARSAD_TRANSLIT_MODEL  another transliteration model
 *   MARSAD_NER_CLUSTERS    word classes for train-ner, read from a file instead of built
 */
import type { PipelineSettings } from '../pipeline/pipeline.ts';

export function pipelineSettings(env: NodeJS.ProcessEnv = process.env): PipelineSettings {
  return {
    lexiconDir: env.MARSAD_LEXICON_DIR || null,
    translitModel: env.MARSAD_TRANSLIT_MODEL || null,
  };
}

export function nerClustersFile(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.MARSAD_NER_CLUSTERS || null;
}
