import { resource, type Stage } from '../pipeline/stage.ts';
import { extractEntities } from '../analyze/entities/extract.ts';
import { nerModel } from '../analyze/ner/tagger.ts';
import type { NerModel } from '../analyze/ner/model.ts';

export { findEntityAt, resolveRolePhrase } from '../analyze/entities/extract.ts';
export { entityKey } from '../analyze/entities/names.ts';

/** The shipped model, for the stage run on its own (outside a pipeline). */
function shipped(): { model: NerModel | null; error: string | null } {
  try {
    return { model: nerModel(), error: null };
  } catch (e) {
    return { model: null, error: (e as Error).message };
  }
}

/**
 * People, organisations, places: the perceptron tagger plus known names, roles, coreference,
 * English names and cross-article keys. Without the tagger's weights the lexicons still run and a
 * warning says why names are missing.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['text', 'article', 'sentences', 'tokens'],
  provides: ['entities'],
  resources: ['ner', 'lexicons'],
  run: (doc, ctx) => {
    const m = resource(ctx, 'ner') ?? shipped();
    const { entities } = extractEntities(doc, m.model);
    if (!m.error) return { entities };
    return {
      entities,
      meta: { ...doc.meta, warnings: [...doc.meta.warnings, { code: 'ner-model-missing', message: m.error }] },
    };
  },
};
