/**
 * A quoted name right after the singular head noun of a body (`شركة «…»`, `وكالة «…»`, `جمعية
 * «…»`: an ORG head of name-heads.json) is that body, ORG (guide rules 9, 13 and 25: the head stays
 * outside, as with `قناة "…"`). The tagger reads a quoted foreign name as a work and makes it MISC
 * (`شركة «[صنينج]»`, `وكالة «[دوغان]»`: about 15 in 1,950 articles of more/2015-07-27, 08-02,
 * 08-09 and 2015-08-10, session 16, issue #14), so a MISC chunk that fills the quote marks there
 * becomes the organisation. A plural head (`شركات «أوفشور»`) is a kind of company, and no head.
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { headOf, QUOTE_MARKS } from './conventions.ts';
import { chunkEnd } from './chunks.ts';

export const QUOTED_BODY_RULE = 'rule:org/quoted-body';

/** Tags are rewritten in place; the spans retyped are returned. */
export function quotedBodies(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let q = 1; q + 2 < ws.length; q++) {
      const a = q + 1;
      if (!QUOTE_MARKS.has(ws[q]!.text) || t[a] !== 'B-MISC') continue;
      const h = ws[q - 1]!;
      if (h.kind !== 'word' || t[q - 1] !== 'O' || headOf(h)?.type !== 'ORG') continue;
      const b = chunkEnd(t, a);
      if (b >= ws.length || !QUOTE_MARKS.has(ws[b]!.text)) continue;
      for (let k = a; k < b; k++) t[k] = k === a ? 'B-ORG' : 'I-ORG';
      out.push({ s, a, b, rule: QUOTED_BODY_RULE });
      q = b;
    }
  });
  return out;
}
