// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { headOfPair, learnHeadAdjectives, markHeadAdjectives } from '../../../src/analyze/ner/head-pairs.ts';
import { nerModel } from '../../../src/analyze/ner/tagger.ts';
import { finishTags, type RuleSpan } from '../../../src/analyze/ner/finish.ts';

// Fictional sentences written for these tests.
const sent = (s: string, tags: string) => ({ words: s.split(' '), tags: tags.split(' ') });

describe('organisation = head noun + relational adjective', () => {
  it('recognises the pattern: both words definite, the second a nisba adjective', () => {
    expect(headOfPair('البنك', 'الزراعي')).toBe('بنك');
    expect(headOfPair('وللبنك', 'الوطني')).toBe('بنك');
    expect(headOfPair('المنظمة', 'الدولية')).toBe('منظمه');
    // the adjective must agree in gender with the head
    expect(headOfPair('البنك', 'الرأسمالية')).toBeNull();
    expect(headOfPair('المنظمة', 'الدولي')).toBeNull();
    expect(headOfPair('البنك', 'الى')).toBeNull();
    expect(headOfPair('بنك', 'الزراعي')).toBeNull();
    expect(headOfPair('البنك', 'الكبير')).toBeNull();
  });
  it('learns the heads that form names often enough, and only those', () => {
    const data = [
      ...Array.from({ length: 4 }, () => sent('أقرض المصرف الزراعي المزارعين', 'O B-ORG I-ORG O')),
      sent('وقال المصرف الشعبي إن', 'O B-ORG I-ORG O'),
      // a head that is an organisation once in five: not learned
      ...Array.from({ length: 4 }, () => sent('وحضر الوفد الرسمي الاجتماع', 'O O O O')),
      sent('وحضر الوفد الرسمي الاجتماع', 'O B-ORG I-ORG O'),
      // too rare to count
      sent('وقالت الهيئة الملكية إن', 'O B-ORG I-ORG O'),
    ];
    expect(learnHeadAdjectives(data)).toEqual([{ head: 'مصرف', n: 5, org: 5 }]);
  });
  it('tags pairs the tagger left out, and nothing it already tagged', () => {
    const words = [
      ['وأعلن', 'المصرف', 'الزراعي', 'أمس'],
      ['مع', 'المصرف', 'الدولي', 'للتنمية'],
    ];
    const tags = [
      ['O', 'O', 'O', 'O'],
      ['O', 'O', 'O', 'I-ORG'],
    ];
    const spans = markHeadAdjectives(new Set(['مصرف']), words, tags);
    expect(spans).toEqual([{ s: 0, a: 1, b: 3 }]);
    expect(tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(tags[1]).toEqual(['O', 'O', 'O', 'I-ORG']);
  });
  it('the committed model carries heads learned from ANERcorp train, and finishTags applies them', () => {
    const model = nerModel();
    expect(model.info.headAdjectives).toContain('بنك');
    const words = [['وقال', 'البنك', 'الزراعي', 'إن', 'أرباحه', 'ارتفعت']];
    const tags = [words[0]!.map(() => 'O')];
    const spans: RuleSpan[] = finishTags(model, words, tags);
    expect(tags[0]!.slice(1, 3)).toEqual(['B-ORG', 'I-ORG']);
    expect(spans.map((s) => s.rule)).toContain('rule:org/head-adjective');
  });
});

describe('context rules on first-pass tags (what the second pass counts)', () => {
  it('rewrite tag indices in place', async () => {
    const { firstPassRules } = await import('../../../src/analyze/ner/finish.ts');
    const { TAG_INDEX } = await import('../../../src/analyze/ner/tags.ts');
    const words = [['وقال', 'البنك', 'الزراعي', 'إن']];
    const tags = [Uint8Array.from([0, 0, 0, 0])];
    firstPassRules(nerModel(), words, tags);
    expect(Array.from(tags[0]!)).toEqual([0, TAG_INDEX.get('B-ORG'), TAG_INDEX.get('I-ORG'), 0]);
  });
});
