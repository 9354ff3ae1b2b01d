/**
 * `marsad analyze` over many inputs: files, folders, containers (JSON lines, JSON, feeds, ZIP,
 * WARC), URLs and JSON lines on standard input, analysed in one process (in `jobs` worker threads
 * when more than one) and answered in input order, one line per document. A document that cannot
 * be read or analysed gets a line of its own saying why, and the others go on.
 */
import { statSync } from 'node:fs';
import type { PipelineInput } from '../doc/input.ts';
import { isMarsadError } from '../errors.ts';
import { expandPath, handlerFor, HANDLERS, toPipelineInput, type ExpandOptions } from '../extract/sources/index.ts';
import { workerFile } from '../util/worker-file.ts';
import { ANALYSIS_WORKER_LIMITS } from './analysis-heap.ts';
import { describeError, runBatchTask, type BatchError, type BatchTask, type BatchTaskResult } from './batch-worker.ts';
import type { PipelineSettings } from '../pipeline/pipeline.ts';

export type { BatchError } from './batch-worker.ts';

export interface BatchOptions {
  /** Worker threads; 1 (the default) analyses in this thread. */
  jobs?: number;
  /** --date: the reference date when neither the container nor the text gives one. */
  date?: string | null;
  tokens?: boolean;
  /** The per-document limit, in bytes. */
  maxBytes?: number;
  /** The first bytes of standard input, when the caller already read them to look at them. */
  stdinHead?: Buffer;
  /** The pipeline's settings, handed to every worker (the CLI's MARSAD_* environment). */
  pipeline?: PipelineSettings;
  /** The fetcher's file of validators for URLs (see ExpandOptions.fetchCache). */
  fetchCache?: string | null;
}

/** One line of the answer: a document's JSON, or why the document at `origin` has none. */
export type BatchLine = { origin: string; json: string } | { origin: string; error: BatchError; exitCode: number };

/** A document to analyse, or one that could not be read. */
type Item = { origin: string; task: BatchTask } | { origin: string; error: BatchError; exitCode: number };

/** Exit codes of src/errors.ts by kind, for errors that crossed a thread boundary as plain data. */
const EXIT_BY_KIND: Record<string, number> = { user: 2, query: 2, input: 3, store: 4, limit: 5, fetch: 6 };

function failure(origin: string, error: BatchError): Item {
  return { origin, error, exitCode: EXIT_BY_KIND[error.kind] ?? 1 };
}

/** Inputs that are one document each (read like `analyze FILE`); anything else is a container. */
const ONE_DOCUMENT = new Set([HANDLERS['.txt'], HANDLERS['.text'], HANDLERS['.html'], HANDLERS['.htm']]);

/**
 * True when `arg` names many documents (a folder, a URL, a container format): `analyze` then
 * answers JSON lines even for that one argument.
 */
export function isContainer(arg: string): boolean {
  if (arg === '-') return false;
  if (/^https?:\/\//i.test(arg)) return true;
  try {
    if (statSync(arg).isDirectory()) return true;
  } catch {
    return false; // a missing file is reported when it is read
  }
  const h = handlerFor(arg);
  return h !== undefined && !ONE_DOCUMENT.has(h);
}

/** Every document named by `args`, in order, with a failure item where one cannot be read. */
async function* itemsOf(args: string[], opts: BatchOptions): AsyncGenerator<Item> {
  const date = opts.date ?? null;
  const tokens = !!opts.tokens;
  const task = (input: PipelineInput, published?: string | null): BatchTask => ({
    input,
    date: published ?? date,
    tokens,
    ...(opts.pipeline ? { pipeline: opts.pipeline } : {}),
  });
  // Readers report bad files and records through a callback while they are iterated: held here
  // and given out before the next document, so the answer keeps the order of the input.
  const pending: Item[] = [];
  const expand: ExpandOptions = {
    maxDocumentBytes: opts.maxBytes,
    fetchCache: opts.fetchCache ?? null,
    onError: (origin, reason, error) => {
      const e = isMarsadError(error) ? describeError(error) : { kind: 'input', code: 'invalid_input', message: '' };
      pending.push(failure(origin, { ...e, message: reason }));
    },
  };
  for (const arg of args) {
    if (arg === '-') {
      const { peekStdin, looksLikeJsonLines, jsonLinesFromFd } = await import('../extract/stdin.ts');
      const head = opts.stdinHead ?? peekStdin();
      if (looksLikeJsonLines(head)) {
        for (const raw of jsonLinesFromFd(0, head, expand)) {
          yield* pending.splice(0);
          yield { origin: raw.origin, task: task(toPipelineInput(raw), raw.published) };
        }
        yield* pending.splice(0);
        continue;
      }
      yield* oneDocument(arg, { ...opts, stdinHead: head }, task);
      continue;
    }
    if (!isContainer(arg)) {
      yield* oneDocument(arg, opts, task);
      continue;
    }
    for await (const raw of expandPath(arg, expand)) {
      yield* pending.splice(0);
      yield { origin: raw.origin, task: task(toPipelineInput(raw), raw.published) };
    }
    yield* pending.splice(0);
  }
}

/** A file (or standard input) read as `analyze FILE` reads it. */
async function* oneDocument(
  arg: string,
  opts: BatchOptions,
  task: (input: PipelineInput) => BatchTask,
): AsyncGenerator<Item> {
  const origin = arg === '-' ? 'stdin' : arg;
  try {
    const { inputFromBytes } = await import('../extract/load.ts');
    const { readBytes } = await import('../extract/input.ts');
    const bytes = readBytes(arg, { maxBytes: opts.maxBytes, head: opts.stdinHead });
    yield { origin, task: task(await inputFromBytes(bytes, arg, { maxBytes: opts.maxBytes })) };
  } catch (e) {
    yield failure(origin, describeError(e));
  }
}

/**
 * Analyses every document of `args` and yields one line per document in input order. At most
 * four documents per job are in flight, so memory stays bounded however many the inputs hold.
 */
export async function* analyzeBatch(args: string[], opts: BatchOptions = {}): AsyncGenerator<BatchLine> {
  const jobs = Math.max(1, opts.jobs ?? 1);
  let run: (t: BatchTask) => Promise<BatchTaskResult> = async (t) => runBatchTask(t);
  let close = async (): Promise<void> => undefined;
  if (jobs > 1) {
    const { Piscina } = await import('piscina');
    const pool = new Piscina({
      filename: workerFile(import.meta.url, 'batch-worker', 'batch-worker-shim.js'),
      minThreads: jobs,
      maxThreads: jobs,
      resourceLimits: ANALYSIS_WORKER_LIMITS,
    });
    run = (t) => pool.run(t) as Promise<BatchTaskResult>;
    close = () => pool.destroy();
  }
  const inFlight: Array<Promise<BatchLine>> = [];
  try {
    for await (const item of itemsOf(args, opts)) {
      if ('error' in item) inFlight.push(Promise.resolve(item));
      else {
        const { origin } = item;
        inFlight.push(
          run(item.task).then(
            (r): BatchLine => ('json' in r ? { origin, json: r.json } : (failure(origin, r.error) as BatchLine)),
            (e: unknown): BatchLine => failure(origin, describeError(e)) as BatchLine,
          ),
        );
      }
      while (inFlight.length >= jobs * 4) yield await inFlight.shift()!;
    }
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    await Promise.allSettled(inFlight);
    await close();
  }
}
