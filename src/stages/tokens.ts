import type { Stage } from '../pipeline/stage.ts';

// Placeholder until its issue lands: provides an empty "tokens" so the document shape is complete.
export const tokensStage: Stage = {
  name: 'tokens',
  needs: ['article'],
  provides: ['tokens'],
  run: () => ({ tokens: [] }),
};
