import type { Stage } from '../pipeline/stage.ts';

// Placeholder until its issue lands: provides an empty "sentences" so the document shape is complete.
export const sentencesStage: Stage = {
  name: 'sentences',
  needs: ['article'],
  provides: ['sentences'],
  run: () => ({ sentences: [] }),
};
