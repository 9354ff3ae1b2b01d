/**
 * Speakers, session 13 (issue 15): phrases that are no subject must not become a speaker, so that
 * the cue continues the speaker before. Read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-31, 08-06, 07-22, 07-27). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
  entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('a verb joined by و takes no subject from the clause before it', () => {
  it('…فيما يتعلق بالاتفاق وأضاف: the words before وأضاف are the last clause\'s, the speaker continues', () => {
    const t = 'قال الوزير سالم الناصر إنه يريد توضيح الصورة فيما يتعلق بالاتفاق الجديد وأضاف أن «التفاصيل ستعلن غدا».';
    expect(speakers(t).at(-1)).toEqual(['التفاصيل ستعلن غدا', 'سالم الناصر']);
  });

  it('…قائلا إن الخطة فشلت وأضاف: a reported clause is no speaker of the quote after it', () => {
    const t = 'وانتقد النائب كريم العلي الحكومة، قائلا إن الخطة فشلت في أهدافها وأضاف: «علينا أن نبدأ من جديد».';
    expect(speakers(t).at(-1)).toEqual(['علينا أن نبدأ من جديد', 'كريم العلي']);
  });

  it('أما الشركة فتقول: ف after أما still closes a subject', () => {
    const t = 'أما الشركة المنتجة فتقول إن الأسعار ستنخفض.';
    expect(speakers(t)).toEqual([['الأسعار ستنخفض', 'الشركة المنتجة']]);
  });
});
