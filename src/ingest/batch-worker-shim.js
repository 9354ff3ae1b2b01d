// Piscina loads worker files with plain Node, which cannot import TypeScript: register tsx's
// loader in this thread first, then load the real worker. Only runs from the sources (tests, tsx):
// the compiled product loads the worker's .js directly (src/util/worker-file.ts), without tsx.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./batch-worker.ts');

export default mod.default;
