import type { Stage } from '../pipeline/stage.ts';
import { findTimes } from '../analyze/time/tagger.ts';
import { attachAges } from '../analyze/time/ages.ts';

/**
 * Time expressions of the whole text (headline and date line included), resolved against
 * `doc.meta.referenceDate`; without one, relative values stay underspecified. An age is linked
 * to the person it belongs to (`of`), which is why the stage runs after the entities.
 */
export const timesStage: Stage = {
  name: 'times',
  needs: ['text', 'entities'],
  provides: ['times'],
  run: (doc) => ({ times: attachAges(doc.text, findTimes(doc.text, { anchor: doc.meta.referenceDate }), doc.entities) }),
};
