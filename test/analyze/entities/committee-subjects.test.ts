import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// A committee named by what it rules on is one ORG with the matter after `في` (guide rules 1 and
// 20). Cut at the verbal noun (`[لجنة النظر] في مخالفات …`) on tune3 and 7 times in one day of
// unlabelled news (more/2015-07-24), session 16, issue #14. Fictional sentences.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('a committee with the matter it rules on', () => {
  it('takes the matter up to a relative pronoun, a preposition or a clause, and the region with ب', () => {
    expect(orgs('أحالت الوزارة الملف إلى لجنة النظر في مخالفات نظام النقل البري التي ستبت فيه.')).toEqual([
      'ORG:لجنة النظر في مخالفات نظام النقل البري',
    ]);
    expect(orgs('اجتمعت لجنة الفصل في الطعون الانتخابية بمنطقة حائل برئاسة القاضي.')).toEqual(['ORG:لجنة الفصل في الطعون الانتخابية بمنطقة حائل']);
  });

  it('names the rule', () => {
    const doc = analyse('أصدرت لجنة البت في المنازعات التجارية قرارها أمس.');
    expect(doc.entities.flatMap((e) => e.mentions.map((m) => [e.type, m.text, m.source]))).toEqual([
      ['ORG', 'لجنة البت في المنازعات التجارية', 'rule:org/committee-subject'],
    ]);
  });

  it('…but a committee that only looks into something, with no such verbal noun, is left as it was', () => {
    expect(orgs('قالت اللجنة في بيانها إن العمل مستمر.')).toEqual([]);
  });
});
