import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { QUOTED_BODY_RULE, quotedBodies } from '../../../src/analyze/entities/quoted-bodies.ts';
import { analyse } from './helpers.ts';

// Guide rules 9, 13 and 25: a quoted name after a body's head is that body, ORG. The tagger took
// such quoted foreign names for works (session 16, more/2015-07-27, 08-09, 2015-08-10 and 08-11);
// the sentences are fictional.

/** The chunks the rule retypes, as `TYPE:words`, on tags given as the tagger might leave them. */
function retyped(text: string, tags: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  return quotedBodies([ws], [tags]).map((s) => `${tags[s.a]!.slice(2)}:${ws.slice(s.a, s.b).map((w) => w.text).join(' ')}`);
}

describe('a quoted name after a body\'s head is the body (ORG), not a work', () => {
  it('after a company, an agency or a newspaper', () => {
    expect(retyped('استثمرت في شركة « نوفارا تك » الصينية', ['O', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'O', 'O'])).toEqual(['ORG:نوفارا تك']);
    expect(retyped('ونقلت وكالة " كاراتاش " الخبر', ['O', 'O', 'O', 'B-MISC', 'O', 'O'])).toEqual(['ORG:كاراتاش']);
  });

  it('…not after a plural head, a work noun, nor a chunk that goes on past the quote', () => {
    expect(retyped('اشترى عبر شركات « أوفشور » عقارات', ['O', 'O', 'O', 'O', 'B-MISC', 'O', 'O'])).toEqual([]);
    expect(retyped('شاهد فيلم « نوفارا » أمس', ['O', 'O', 'O', 'B-MISC', 'O', 'O'])).toEqual([]);
    expect(retyped('في شركة « نوفارا » تك', ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC'])).toEqual([]);
  });

  it('runs in the pipeline', () => {
    const doc = analyse('أصبحت الشركة ثاني أكبر مساهم في شركة "صنينج" لتجارة الأجهزة المنزلية.');
    const m = doc.entities.flatMap((e) => e.mentions.map((x) => [e.type, x.text, x.source]));
    expect(m).toContainEqual(['ORG', 'صنينج', QUOTED_BODY_RULE]);
  });
});
