/**
 * One document of `marsad analyze` over many inputs, run in a worker thread (or inline with one
 * job). It answers the document's JSON line, serialised here so the main thread only writes, or
 * the failure: an error thrown here cannot cross the thread boundary with its class, so it is
 * turned into its kind and code on this side.
 */
import type { PipelineInput } from '../doc/input.ts';
import { isMarsadError } from '../errors.ts';
import type { PipelineSettings } from '../pipeline/pipeline.ts';
import { pipelineFor } from './pipelines.ts';

export interface BatchTask {
  input: PipelineInput;
  /** The reference date: the container's own date for the article, else --date. */
  date: string | null;
  tokens: boolean;
  /** The pipeline's settings (the CLI's MARSAD_* environment); the shipped data when absent. */
  pipeline?: PipelineSettings;
}

/** Why one document has no analysis: the kind, stable code and message of its error. */
export interface BatchError {
  kind: string;
  code: string;
  message: string;
}

export type BatchTaskResult = { json: string } | { error: BatchError };

/** The kind and code of any error: marsad's own say theirs; anything else is unexpected. */
export function describeError(e: unknown): BatchError {
  if (isMarsadError(e)) return { kind: e.kind, code: e.code, message: e.message };
  return { kind: 'unexpected', code: 'internal_error', message: (e as Error)?.message ?? String(e) };
}

export function runBatchTask(task: BatchTask): BatchTaskResult {
  try {
    const doc = pipelineFor(task.pipeline).analyze(task.input, { date: task.date, tokens: task.tokens });
    return { json: JSON.stringify(doc) };
  } catch (e) {
    return { error: describeError(e) };
  }
}

export default runBatchTask;
