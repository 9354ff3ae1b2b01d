import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

/**
 * Verbs of saying found by scripts/cue-candidates.ts (words before أن/إن/بأن over the unlabelled
 * archive that the lexicon lacked): ألمح، أقسم، تعهد، اقترح، أخبر. One fictional sentence per family
 * and form: [cue as written, sentence, content].
 */
const CASES: [string, string, string][] = [
  ['وألمح', 'وألمح المدرب سالم ناجي إلى أن الفريق سيغير خطته.', 'الفريق سيغير خطته'],
  ['ألمحت', 'ألمحت الوزيرة هدى فريد إلى أن الميزانية ستزيد.', 'الميزانية ستزيد'],
  ['وأقسم', 'وأقسم الشاهد كريم عادل أن السيارة كانت متوقفة.', 'السيارة كانت متوقفة'],
  ['وتعهد', 'وتعهد المحافظ باسل نعيم بأن الطريق سيفتح قبل الصيف.', 'الطريق سيفتح قبل الصيف'],
  ['تعهدت', 'تعهدت الشركة بأن الأسعار لن ترتفع.', 'الأسعار لن ترتفع'],
  ['وأخبر', 'وأخبر المدير سامي نور الموظفين أن الدوام سيبدأ مبكرا.', 'الدوام سيبدأ مبكرا'],
  ['أخبرت', 'أخبرت المعلمة رنا حسن الطلاب بأن الرحلة ألغيت.', 'الرحلة ألغيت'],
  ['واقترح', 'واقترح المهندس رائد سمير أن يبنى الجسر من الحديد.', 'يبنى الجسر من الحديد'],
];

describe('verbs of saying learned from the archive', () => {
  for (const [cue, sentence, content] of CASES) {
    it(cue, () => {
      const qs = quotes(sentence);
      expect(qs).toHaveLength(1);
      expect(qs[0]!.kind).toBe('indirect');
      expect(qs[0]!.cue?.text).toBe(cue);
      expect(qs[0]!.text.text).toBe(content);
      expect(qs[0]!.source).toMatch(/^rule:quotes\//);
    });
  }

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
