import type { Stage } from '../pipeline/stage.ts';

// Placeholder until its issue lands: provides an empty "events" so the document shape is complete.
export const eventsStage: Stage = {
  name: 'events',
  needs: ['entities', 'times'],
  provides: ['events'],
  run: () => ({ events: [] }),
};
