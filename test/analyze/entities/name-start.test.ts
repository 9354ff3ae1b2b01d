import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { unknownNameStart, wordTok } from '../../../src/analyze/entities/extract.ts';

// Where a name no list knows starts in its first word (issue #14: بييلسا → ييلسا, لويز → ويز were
// wrong cuts). The corpus is given as a set here; in the pipeline it is the tagger's word classes.

const word = (w: string) => wordTok(tokenize(w)[0]!);
const start = (w: string, corpus: string[] = [], alone: string[] = []) =>
  w.slice(unknownNameStart(word(w), new Set(alone), (f) => corpus.includes(f)));

describe('cutting ب/ل/ف off a name no list knows', () => {
  it('keeps a first letter that belongs to the name when what is left is written nowhere', () => {
    expect(start('بييلسا')).toBe('بييلسا');
    expect(start('لويز')).toBe('لويز');
    expect(start('بيونجيانج')).toBe('بيونجيانج');
  });

  it('cuts the preposition when what is left is a word of the news corpus and the whole is not', () => {
    expect(start('بكاستيرو', ['كاستيرو'])).toBe('كاستيرو');
    expect(start('لكاستيرو', ['كاستيرو'])).toBe('كاستيرو');
    // …but not when the whole word is written too
    expect(start('لكاستيرو', ['كاستيرو', 'لكاستيرو'])).toBe('لكاستيرو');
  });

  it('cuts it when what is left stands alone elsewhere in the article', () => {
    expect(start('بكاستيرو', [], ['كاستيرو'])).toBe('كاستيرو');
  });

  it('never cuts a سـ, the future prefix of verbs, off a name (session 15: ستيرلينج, سنابتشات)', () => {
    expect(start('ستيرلينج')).toBe('ستيرلينج');
    expect(start('وستيرلينج')).toBe('ستيرلينج');
  });

  it('always cuts a leading و and the article after a preposition', () => {
    expect(start('وكاستيرو')).toBe('كاستيرو');
    expect(start('بالمرسى')).toBe('المرسى');
  });
});
