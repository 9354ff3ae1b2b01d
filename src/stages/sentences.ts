import type { Sentence } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { splitSentences } from '../text/sentences.ts';
import { textBlocks } from './tokens.ts';

/**
 * Sentences of the headline and caption (paragraph -1) and of each body paragraph (its index);
 * when the structure found none of these, of the whole text, broken at blank lines and newlines.
 */
export const sentencesStage: Stage = {
  name: 'sentences',
  needs: ['text', 'article'],
  provides: ['sentences'],
  run: (doc) => {
    const blocks = textBlocks(doc.article);
    if (blocks.length === 0) return { sentences: splitSentences(doc.text, []) };
    const sentences: Sentence[] = splitSentences(
      doc.text,
      blocks.map((b) => b.span),
    );
    // splitSentences numbers sentences by block; the document numbers them by body paragraph.
    for (const s of sentences) s.paragraph = blocks[s.paragraph]!.paragraph;
    return { sentences };
  },
};
