import { emptyArticle } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// Placeholder until the plain-text structure extractor lands.
export const structureStage: Stage = {
  name: 'structure',
  needs: ['text'],
  provides: ['article'],
  run: () => ({ article: emptyArticle() }),
};
