import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

// Verbs of saying found by scripts/cue-candidates.ts (ألمح، أقسم، تعهد، اقترح، أخبر): each form
// is found with its content in verbs.test.ts; here, what they must not do.

describe('verbs of saying learned from the archive', () => {
  it('a noun object after them is no quote (a proposal, a pledge of support)', () => {
    expect(quotes('واقترح المهندس رائد سمير تعديلات على التصميم.')).toHaveLength(0);
    expect(quotes('وتعهد المحافظ باسل نعيم بدعم المزارعين.')).toHaveLength(0);
  });
});

describe('تعهد is also the verbal noun "a pledge"', () => {
  it('inside a sentence of another cue it does not take the cue over', () => {
    const qs = quotes('وقالت الوزارة إنه رغم تعهد البلدية بعدم رفع الرسوم فإن الأسعار زادت.');
    expect(qs.map((q) => q.cue?.text)).toEqual(['وقالت']);
  });
});

describe('اقترح counts at a clause start only', () => {
  it("a writer's own أقترح inside a clause is no cue", () => {
    expect(quotes('وقد يظن القارئ أني أقترح إغلاق الحديقة، وليس هذا حلا، بل الحل أن نزرع أشجارا قليلة الجذور.')).toHaveLength(0);
  });
});
