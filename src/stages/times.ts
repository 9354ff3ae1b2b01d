import type { Stage } from '../pipeline/stage.ts';
import { findTimesInTokens } from '../analyze/time/tagger.ts';
import { attachAges } from '../analyze/time/ages.ts';

/**
 * Time expressions of the whole text (headline and date line included), read through the shared
 * tokens and resolved against `doc.meta.referenceDate`; without one, relative values stay
 * underspecified. An age is linked to the person it belongs to (`of`), which is why the stage runs
 * after the entities.
 */
export const timesStage: Stage = {
  name: 'times',
  needs: ['text', 'tokens', 'entities'],
  provides: ['times'],
  run: (doc) => ({
    times: attachAges(doc.text, findTimesInTokens(doc.text, doc.tokens, { anchor: doc.meta.referenceDate }), doc.entities),
  }),
};
