import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { COMPANY_AGAIN_RULE, companyRepeats } from '../../../src/analyze/entities/company-repeats.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 15: a company's own word alone later in the
// article, typed as a person or missed; read on unlabelled news of more/2015-07-21 and 07-24).

/** The words the rule makes an organisation, over sentences tagged as given (`[text, tags]`). */
function repeats(...sents: [string, string[]][]): string[] {
  const words = sents.map(([text]) => tokenize(text).map((t) => wordTok(t)));
  const tags = sents.map(([, t]) => [...t]);
  const spans = companyRepeats(words, tags);
  expect(spans.every((s) => s.rule === COMPANY_AGAIN_RULE && tags[s.s]![s.a] === 'B-ORG')).toBe(true);
  return spans.map((s) => words[s.s]!.slice(s.a, s.b).map((w) => w.text).join(' '));
}

describe('a company named with its head is that company where its own word stands alone (companyRepeats)', () => {
  it('the bare word after the full name, nothing or a one-word person there, becomes the company', () => {
    expect(
      repeats(['أعلنت شركة جرير نتائجها', ['O', 'B-ORG', 'I-ORG', 'O']], ['وقالت جرير إن المبيعات ارتفعت', ['O', 'B-PERS', 'O', 'O', 'O']]),
    ).toEqual(['جرير']);
    // (a nationality after the name: `شركة زين السعودية`)
    expect(repeats(['أعلنت شركة زين السعودية أرباحها', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']], ['وأكدت زين ذلك', ['O', 'O', 'O']])).toEqual([
      'زين',
    ]);
  });

  it("no company for an adjective after the head, inside a person's name, or a product written with the word", () => {
    expect(repeats(['أسس شركة جديدة', ['O', 'B-ORG', 'I-ORG']], ['وبدأت مرحلة جديدة', ['O', 'O', 'O']])).toEqual([]);
    expect(repeats(['أعلنت شركة جرير نتائجها', ['O', 'B-ORG', 'I-ORG', 'O']], ['وقال محمد جرير إن', ['O', 'B-PERS', 'I-PERS', 'O']])).toEqual([]);
    // the word and the next written together twice are a product's name: `نمر بلس`
    expect(
      repeats(
        ['أطلقت شركة نمر خدمة نمر بلس', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']],
        ['واشترك كثيرون في نمر بلس وقالت نمر إن العدد كبير', ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']],
      ),
    ).toEqual(['نمر']);
  });

  it('runs in the pipeline', () => {
    const doc = analyse('أعلنت شركة زين نتائجها الفصلية أمس. وقالت زين في بيان إن المبيعات ارتفعت.');
    const bare = doc.entities.flatMap((e) => e.mentions.map((m) => ({ type: e.type, ...m }))).find((m) => m.text === 'زين');
    expect(bare?.type).toBe('ORG');
    expect(bare?.source).toBe(COMPANY_AGAIN_RULE);
  });
});
