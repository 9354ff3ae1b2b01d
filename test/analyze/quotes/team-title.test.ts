/**
 * الفريق is a military rank among the titles, and the words after a title are read as a name; after
 * a role noun in the construct state with no person after it, it is the team (مدرب الفريق السابق)
 * and the whole phrase names the speaker. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

describe('الفريق after a role noun', () => {
  it('completes the role instead of opening a name', () => {
    const { quotes } = analyse('وأضاف مدرب الفريق السابق: لا بد أن يعرف اللاعبون قيمة الشعار.');
    expect(view(quotes).map((q) => q.speaker)).toEqual(['مدرب الفريق السابق']);
  });

  it('a person named after it still speaks', () => {
    const text = 'وقال قائد الفريق الأول سالم الحربي إن المعسكر ناجح.';
    const { quotes } = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي'])]);
    expect(quotes.map((q) => q.speaker.entity)).toEqual(['p1']);
  });
});
