/** Public API of the entity analysis, for the pipeline stage and other stages. */
// @ts-nocheck

export { extractEntities, findEntityAt, resolveRolePhrase, segment } from './extract.ts';
export { entityKey, lookupName } from './names.ts';
export { romanise } from './romanise.ts';
