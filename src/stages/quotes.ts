import type { Stage } from '../pipeline/stage.ts';

// Placeholder until its issue lands: provides an empty "quotes" so the document shape is complete.
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['entities', 'sentences'],
  provides: ['quotes'],
  run: () => ({ quotes: [] }),
};
