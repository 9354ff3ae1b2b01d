import type { Stage } from '../pipeline/stage.ts';
import { findQuotes } from '../analyze/quotes/index.ts';

/** Direct and reported speech with cue and speaker; speakers link to the entities stage's ids. */
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['text', 'article', 'entities'],
  // speakers named by a title alone (الوزير) are resolved through the entity lexicons' titles
  resources: ['lexicons'],
  provides: ['quotes'],
  run: (doc) => ({ quotes: findQuotes(doc) }),
};
