/**
 * Ingest of one article for `POST /api/articles` and the demo archive, through the ingest
 * module's per-article step (src/ingest/analyze-worker.ts: the same analysis and metadata as
 * `marsad ingest`), then `store.putDocument`: the store's content hash keeps it idempotent.
 * (The batch entry point, `ingest(store, paths)`, reads files without the outlet and URL the
 * sample manifest and the API carry, so it is not used here.)
 */
import { analyzeTask } from '../ingest/analyze-worker.ts';
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import type { PutResult, Store } from '../store/types.ts';

export interface IngestInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  origin?: string | null;
}

/** `pipeline`: the settings of the pipeline (built once per process and settings, src/ingest/pipelines.ts). */
export async function ingestOne(store: Store, input: IngestInput, pipeline?: PipelineSettings): Promise<PutResult> {
  const origin = input.origin ?? input.url ?? 'api';
  const { doc } = analyzeTask({
    raw: {
      text: input.text,
      title: input.title ?? null,
      url: input.url ?? null,
      source: input.source ?? null,
      published: input.published ?? null,
      origin,
      encoding: 'utf-8',
    },
    date: null,
    ...(pipeline ? { pipeline } : {}),
  });
  return store.putDocument(doc, { origin, url: input.url ?? null, site: input.source ?? null });
}
