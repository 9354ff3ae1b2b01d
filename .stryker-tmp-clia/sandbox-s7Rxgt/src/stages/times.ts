// @ts-nocheck
import type { Stage } from '../pipeline/stage.ts';
import { findTimes } from '../analyze/time/tagger.ts';

/**
 * Time expressions of the whole text (headline and date line included), resolved against
 * `doc.meta.referenceDate`; without one, relative values stay underspecified.
 */
export const timesStage: Stage = {
  name: 'times',
  needs: ['tokens', 'sentences'],
  provides: ['times'],
  run: (doc) => ({ times: findTimes(doc.text, { anchor: doc.meta.referenceDate }) }),
};
