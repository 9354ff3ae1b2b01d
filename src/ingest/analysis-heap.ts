/**
 * The heap of an analysis worker thread. Analysing an article allocates about 1.7 MB of objects
 * that live until the article is done (tokens, tags, candidates, pieces), so with V8's default
 * young generation (48 MB: 16 MB semi-spaces) each scavenge copies many of them that die soon
 * after. Twice that leaves them to die in place: a worker analysed the bench articles 1.06-1.08x
 * faster by CPU time (ABBA, two workers in one process; the default against itself read 1.000x),
 * for up to 48 MB more memory a worker. Four times that was no faster (1.00-1.03x).
 */
import type { ResourceLimits } from 'node:worker_threads';

export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 96 };
