import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// The lists knew `شركة أرامكو` and `أرامكو السعودية`, so the head's longest match stopped before the
// adjective of the company's own name and left `السعودية` a place (8 times on four unlabelled days,
// more/2015-07-24, 07-25, 07-27, 08-07, session 14, issue #14); a fictional sentence.

describe('شركة أرامكو السعودية is one ORG', () => {
  it('with its head and the adjective of its name, and no place inside', () => {
    expect(typedMentions('أعلنت شركة أرامكو السعودية عن أرباحها الفصلية.')).toEqual(['ORG:شركة أرامكو السعودية']);
  });
});
