import type { Span, Token } from '../doc/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { tokenize, tokenizeInto } from '../text/tokenize.ts';

/**
 * The blocks whose text is analysed: headline, caption and body paragraphs in text order, with
 * overlaps dropped; the whole text when the structure found none of them. Shared with the
 * sentences stage so both cover the same text.
 */
export function textBlocks(article: {
  headline: Span | null;
  caption: Span | null;
  paragraphs: readonly Span[];
}): Array<{ span: Span; paragraph: number }> {
  const blocks: Array<{ span: Span; paragraph: number }> = [];
  if (article.headline) blocks.push({ span: article.headline, paragraph: -1 });
  if (article.caption) blocks.push({ span: article.caption, paragraph: -1 });
  article.paragraphs.forEach((p, i) => blocks.push({ span: p, paragraph: i }));
  blocks.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Array<{ span: Span; paragraph: number }> = [];
  let last = -1;
  for (const b of blocks) {
    if (b.span.end <= b.span.start || b.span.start < last) continue;
    out.push(b);
    last = b.span.end;
  }
  return out;
}

export const tokensStage: Stage = {
  name: 'tokens',
  needs: ['text', 'article'],
  provides: ['tokens'],
  run: (doc) => {
    const blocks = textBlocks(doc.article);
    if (blocks.length === 0) return { tokens: tokenize(doc.text) };
    const tokens: Token[] = [];
    for (const b of blocks) tokenizeInto(doc.text, b.span.start, b.span.end, tokens);
    return { tokens };
  },
};
