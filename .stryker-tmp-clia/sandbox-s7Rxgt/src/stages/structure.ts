// @ts-nocheck
import { extractPlainText } from '../extract/plaintext.ts';
import type { Stage } from '../pipeline/stage.ts';

/** Plain-text article structure (headline, date line, caption, byline/dateline, paragraphs, furniture). */
export const structureStage: Stage = {
  name: 'structure',
  needs: ['text'],
  provides: ['article'],
  run: (doc) => ({ article: extractPlainText(doc.text, { title: doc.meta.title ?? null }) }),
};
