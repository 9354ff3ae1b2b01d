import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { emptyArticle, sourced } from '../../doc/types.ts';
import type { PipelineInput } from '../../pipeline/pipeline.ts';

export interface HtmlInputOptions {
  url?: string;
  contentType?: string;
}

/** Turns a saved page into pipeline input: extracted text plus the article structure over it. */
export function htmlToInput(bytes: Uint8Array, opts: HtmlInputOptions = {}): PipelineInput {
  const html = new TextDecoder('utf-8').decode(bytes);
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const headline = (parsed?.title ?? '').trim();
  const paras = (parsed?.textContent ?? '')
    .split(/\n\s*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const blocks = [headline, ...paras].filter((b) => b.length > 0);
  const text = blocks.join('\n\n');
  const article = emptyArticle();
  let pos = 0;
  blocks.forEach((b, i) => {
    if (i === 0 && headline) article.headline = sourced(text, pos, pos + b.length, 'html:readability');
    else article.paragraphs.push(sourced(text, pos, pos + b.length, 'html:readability'));
    pos += b.length + 2;
  });
  return {
    text,
    meta: { format: 'html', encoding: 'utf-8', url: opts.url ?? null, title: headline || null, site: parsed?.siteName ?? null },
    article,
  };
}
