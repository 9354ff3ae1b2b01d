/**
 * One ingest task, run in a worker thread (or inline with --workers 0): the analysis pipeline,
 * then the store's CPU-heavy preparation (hash, index terms, MinHash), so the single writer in
 * the main thread only writes.
 */
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import { pipelineFor } from './pipelines.ts';
import type { MarsadDocument } from '../doc/types.ts';
import { prepareDocument, type Prepared } from '../store/prepare.ts';
import { toPipelineInput, type RawArticle } from '../extract/sources/index.ts';

export interface AnalyzeTask {
  raw: RawArticle;
  /** --date: the reference date when neither the container nor the text gives one. */
  date: string | null;
  /** Pipeline stages to skip (AnalyzeOptions.skip). */
  skip?: string[];
  /** The pipeline's settings (the CLI's MARSAD_* environment); the shipped data when absent. */
  pipeline?: PipelineSettings;
}

export interface AnalyzeResult {
  doc: MarsadDocument;
  prepared: Prepared;
}

export function analyzeTask(task: AnalyzeTask): AnalyzeResult {
  const { raw } = task;
  const doc = pipelineFor(task.pipeline).analyze(toPipelineInput(raw), {
    date: raw.published ?? task.date ?? null,
    skip: task.skip,
  });
  return { doc, prepared: prepareDocument(doc) };
}

export default analyzeTask;
