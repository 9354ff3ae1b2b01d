import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { LEARNED_JOIN_RULE, learnedOrgJoins } from '../../../src/analyze/entities/learned-org-joins.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 16: names cut before `و` + their second
// part, read on unlabelled news of more/2015-08-09, 07-27 and 08-04). The names are names of the
// generated learned-org-joins.json (scripts/build-learned-org-joins.ts).

/** The organisation chunks the rule leaves. */
function joins(text: string, tags: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const spans = learnedOrgJoins([ws], [tags]);
  expect(spans.every((s) => s.rule === LEARNED_JOIN_RULE)).toBe(true);
  for (const s of spans) expect(tags.slice(s.a, s.b)).toEqual(tags.slice(s.a, s.b).map((_, k) => (k ? 'I-ORG' : 'B-ORG')));
  return spans.map((s) => ws.slice(s.a, s.b).map((w) => w.text).join(' '));
}

/** The pipeline's mentions of a sentence as `TYPE text`. */
const mentions = (text: string): string[] => analyse(text).entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`));

describe('a name the archive writes on over و + a second part takes it (issue 14)', () => {
  it('an organisation cut before its learned و part takes it, and the parts learned after it', () => {
    expect(joins('وحضر ممثل هيئة الشباب والرياضة اللقاء', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual(['هيئة الشباب والرياضة']);
    // two joins in a row, the second learned only after the first
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'];
    expect(joins('بالتعاون مع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد في المنطقة', tags)).toEqual([
      'وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد',
    ]);
    // …and an adjective of the name after the join
    expect(joins('وأشادت هيئة التحقيق والادعاء العام بالجهود', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'])).toEqual([
      'هيئة التحقيق والادعاء العام',
    ]);
  });

  it('no join after a name the archive lists others after, a longer chunk, or a word someone tagged', () => {
    expect(joins('وطالبت الأمم المتحدة والمنظمات الدولية بوقف القتال', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O'])).toEqual([]);
    expect(joins('وحضر ممثل هيئة الشباب والرياضة اللقاء', ['O', 'O', 'B-ORG', 'O', 'O', 'O'])).toEqual([]);
    expect(joins('وحضر ممثل هيئة الشباب والرياضة اللقاء', ['O', 'O', 'B-ORG', 'I-ORG', 'B-ORG', 'O'])).toEqual([]);
  });

  it("a country's adjective the archive writes after the name is the name's, after a head whose names take one", () => {
    expect(mentions('وقالت هيئة المسح الجيولوجي الأمريكية إن الهزة قوية.')).toEqual(['ORG هيئة المسح الجيولوجي الأمريكية']);
    expect(mentions('وقال المجلس الوطني للمقاومة الإيرانية إن الاتفاق ضعيف.')).toEqual(['ORG المجلس الوطني للمقاومة الإيرانية']);
    // (after a ministry it stays outside, guide rule 4)
    expect(mentions('وأكدت وزارة الآثار المصرية أن القطعة أصلية.')).toEqual(['ORG وزارة الآثار']);
  });

  it('runs in the pipeline: the whole name is one organisation', () => {
    expect(mentions('وشاركت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد في الحملة.')).toEqual([
      'ORG وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد',
    ]);
    const doc = analyse('وأعلنت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد عن برنامج.');
    const name = 'وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد';
    expect(doc.entities.flatMap((e) => e.mentions).find((m) => m.text === name)?.source).toBe(LEARNED_JOIN_RULE);
  });
});
