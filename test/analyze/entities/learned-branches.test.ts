import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { LEARNED_BRANCH_RULE, learnedBranches } from '../../../src/analyze/entities/learned-branches.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 15: a body's regional branch taken as the
// place alone, read on unlabelled news of more/2015-08-04 and more/2015-07-27). The bodies are
// names of the generated learned-branches.json (scripts/build-learned-branches.ts).

/** The organisation chunks the rule leaves. */
function branches(text: string, tags: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const spans = learnedBranches([ws], [tags]);
  expect(spans.every((s) => s.rule === LEARNED_BRANCH_RULE)).toBe(true);
  for (const s of spans) expect(tags.slice(s.a, s.b)).toEqual(tags.slice(s.a, s.b).map((_, k) => (k ? 'I-ORG' : 'B-ORG')));
  return spans.map((s) => ws.slice(s.a, s.b).map((w) => w.text).join(' '));
}

/** The pipeline's mentions of a sentence as `TYPE text`. */
const mentions = (text: string): string[] => analyse(text).entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`));

describe('a body learned from the archive with the region it serves is one organisation (guide rule 20)', () => {
  it('the body and ب + a place opened by its head: one ORG over both', () => {
    expect(branches('وأعلنت الشؤون الصحية بمنطقة نجران عن حملة', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O'])).toEqual([
      'الشؤون الصحية بمنطقة نجران',
    ]);
    // an organisation the rules found over the body widens too
    expect(branches('وقال مدير إدارة التعليم بمحافظة الخرج إن', ['O', 'O', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'O', 'O'])).toEqual([
      'إدارة التعليم بمحافظة الخرج',
    ]);
  });

  it('no organisation for the body alone, before a bare town, or inside a longer name', () => {
    expect(branches('وأعلنت الشؤون الصحية عن حملة', ['O', 'O', 'O', 'O', 'O'])).toEqual([]);
    // (where the body is, not which branch: `بجدة` has no place head)
    expect(branches('وقال مدير الشؤون الصحية بجدة إن', ['O', 'O', 'O', 'O', 'B-LOC', 'O'])).toEqual([]);
    expect(branches('وأعلن فرع وزارة الشؤون الاجتماعية بمنطقة عسير', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'I-LOC'])).toEqual([]);
  });

  it('runs in the pipeline: the branch, not the region, is the entity', () => {
    expect(mentions('وأعلنت الشؤون الصحية بمنطقة الباحة عن حملة تطعيم.')).toEqual(['ORG الشؤون الصحية بمنطقة الباحة']);
    expect(mentions('وتواصل إدارة التعليم بمحافظة ينبع استقبال الطلاب.')).toEqual(['ORG إدارة التعليم بمحافظة ينبع']);
    const doc = analyse('وأعلنت الشؤون الصحية بالمنطقة الشرقية عن حملة.');
    expect(doc.entities.flatMap((e) => e.mentions).find((m) => m.text === 'الشؤون الصحية بالمنطقة الشرقية')?.source).toBe(LEARNED_BRANCH_RULE);
  });
});
