/**
 * The heap of an analysis worker thread. Analysing an article allocates about 1.7 MB, much of it
 * kept until the article is done (tokens, tags, candidates, pieces), so with V8's default
 * young generation (48 MB: 16 MB semi-spaces) each scavenge copies many of them that die soon
 * after. Twice that leaves them to die in place, at the price of up to 48 MB more memory a
 * worker: `npm run bench -- worker-heap` read a median 1.064x the default's speed over six runs
 * (0.94-1.10 on a loaded machine; about half the scavenges). Four times that was no faster.
 */
import type { ResourceLimits } from 'node:worker_threads';

export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 96 };
