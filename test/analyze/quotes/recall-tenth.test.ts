/**
 * Quote recall, session 10 (issue 15), read off unlabelled SaudiNewsNet days outside the sample:
 * cue verbs the lexicon lacked (أجاب, تساءل before a colon or a quotation). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

describe('cue verbs added from unlabelled news', () => {
  it('أجاب before a colon and a quotation is a direct quote', () => {
    const v = view(quotes('وعن خطط النادي للموسم المقبل، أجاب المدرب سالم الناصر: «سنعتمد على اللاعبين الشباب في المباريات الأولى».'));
    expect(v).toEqual([{ kind: 'direct', text: 'سنعتمد على اللاعبين الشباب في المباريات الأولى', cue: 'أجاب', speaker: 'سالم الناصر' }]);
  });

  it('أجاب with an أن clause is reported speech', () => {
    const v = view(quotes('وسئل الوزير عن موعد افتتاح الجسر، فأجاب بأن العمل سينتهي قبل نهاية العام.'));
    expect(v.map((q) => [q.kind, q.text, q.cue])).toEqual([['indirect', 'العمل سينتهي قبل نهاية العام', 'فأجاب']]);
  });

  it('تساءل opens a question after a colon, and reads no أن/إن after it as reported speech', () => {
    const v = view(quotes('وتساءل الكاتب عادل المرزوق: من يتحمل كلفة هذا التأخير الطويل؟'));
    expect(v.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', 'من يتحمل كلفة هذا التأخير الطويل', 'وتساءل']]);
    // تساءل إن كان… is "wondered whether": no statement.
    expect(quotes('وتساءل الأهالي إن كانت البلدية ستصلح الطريق قبل الشتاء.')).toEqual([]);
  });
});
