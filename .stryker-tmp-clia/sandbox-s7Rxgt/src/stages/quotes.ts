// @ts-nocheck
import type { Stage } from '../pipeline/stage.ts';
import { findQuotes } from '../analyze/quotes/index.ts';

/** Direct and reported speech with cue and speaker; speakers link to the entities stage's ids. */
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['entities', 'sentences', 'times'],
  provides: ['quotes'],
  run: (doc) => ({ quotes: findQuotes(doc) }),
};
