/**
 * An opinion as the object and predicate of a participle of اعتبر (issue 15, session 14, read
 * off unlabelled days, checked on more/2015-08-07 and 2015-08-10). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const named = (t: string) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])];

describe('معتبراً + object + predicate after a comma', () => {
  it('the object and its predicate are the opinion reported, by the sentence\'s speaker', () => {
    const qs = analyse('وأشاد الوزير سالم الناصر بالمبادرة، معتبرا مشاركة الشباب فيها واجبا وطنيا.', named).quotes;
    expect(view(qs)).toEqual([{ kind: 'indirect', text: 'مشاركة الشباب فيها واجبا وطنيا', cue: 'معتبرا', speaker: 'سالم الناصر' }]);
    expect(qs[0]!.source).toBe('rule:quotes/nominal');
  });

  it('not without the comma, nor before a preposition or an adjunct', () => {
    expect(analyse('وأشاد الوزير سالم الناصر بالمبادرة معتبرا إياها خطوة مهمة.', named).quotes).toEqual([]);
    expect(analyse('وأشاد الوزير سالم الناصر بالمبادرة، معتبرا في الوقت نفسه.', named).quotes).toEqual([]);
  });
});
