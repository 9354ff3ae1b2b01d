/**
 * Ingest of one article for `POST /api/articles` and the demo archive. Until the ingest module
 * (src/ingest/, a colleague's) lands, this runs the analysis pipeline and stores the document
 * directly; the store's content hash keeps it idempotent.
 */
import { analyzeText } from '../pipeline/pipeline.ts';
import type { PutResult, Store } from '../store/types.ts';

export interface IngestInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  origin?: string | null;
}

export async function ingestOne(store: Store, input: IngestInput): Promise<PutResult> {
  const doc = analyzeText(
    {
      text: input.text,
      meta: {
        origin: input.origin ?? input.url ?? null,
        title: input.title ?? null,
        url: input.url ?? null,
        site: input.source ?? null,
      },
    },
    { date: input.published ?? null },
  );
  return store.putDocument(doc, { origin: input.origin ?? input.url ?? null, url: input.url ?? null, site: input.source ?? null });
}
