// Piscina loads worker files with plain Node, which cannot import TypeScript: register tsx's
// loader in this thread first, then load the real worker.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./search-worker.ts');

export default mod.default;
