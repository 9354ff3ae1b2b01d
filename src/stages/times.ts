import type { Stage } from '../pipeline/stage.ts';

// Placeholder until its issue lands: provides an empty "times" so the document shape is complete.
export const timesStage: Stage = {
  name: 'times',
  needs: ['tokens', 'sentences'],
  provides: ['times'],
  run: () => ({ times: [] }),
};
