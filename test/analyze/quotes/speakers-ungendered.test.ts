/**
 * Speakers, session 15 (issue 15): a continuation with a masculine cue (وأضاف، وتابع، مضيفاً) and no
 * subject takes the last speaker of its gender. A person the entities stage named whose own cue told
 * no gender (بحسب فلان، ونقلت عن فلان قوله) was skipped, and the continuation reached back to an
 * older speaker (or a stray phrase). Read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-08-04, more/2015-07-21, more/2015-08-07). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سامر الخطيب', ['سامر الخطيب']),
  entity(t, 'p2', 'PER', 'ماجد العتيبي', ['ماجد العتيبي']),
  entity(t, 'p3', 'PER', 'معالي', ['معالي']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('a person whose cue told no gender continues for a masculine cue', () => {
  it('وبحسب فلان، فإن…. وأضاف: «…»: the person of the attribution, not the speaker before', () => {
    const t = 'وقال سامر الخطيب إن الأسعار مستقرة. وبحسب ماجد العتيبي، فإن الطلب على الشقق يرتفع. وأضاف: «سنفتح فرعا جديدا في الشمال».';
    expect(speakers(t).at(-1)).toEqual(['سنفتح فرعا جديدا في الشمال', 'ماجد العتيبي']);
  });
});

describe('guards', () => {
  it('ورفض أي لقاء مع الوزير فلان. وقال: «…»: a person read after words that name nobody may be the object', () => {
    const t = 'وقال سامر الخطيب إن الحوار ممكن، ورفض أي لقاء مع الوزير ماجد العتيبي. وقال: «لن نتراجع عن موقفنا».';
    expect(speakers(t).at(-1)).toEqual(['لن نتراجع عن موقفنا', 'سامر الخطيب']);
  });

  it('a title the entities stage took for a name (معالي) names nobody', () => {
    const t = 'وقال سامر الخطيب إن الأسعار مستقرة. وبحسب معالي، فإن الطلب على الشقق يرتفع. وأضاف: «سنفتح فرعا جديدا في الشمال».';
    expect(speakers(t).at(-1)).toEqual(['سنفتح فرعا جديدا في الشمال', 'سامر الخطيب']);
  });
});
