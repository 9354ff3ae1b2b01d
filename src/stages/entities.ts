import type { Stage } from '../pipeline/stage.ts';

// Placeholder until its issue lands: provides an empty "entities" so the document shape is complete.
export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['tokens', 'sentences'],
  provides: ['entities'],
  run: () => ({ entities: [] }),
};
