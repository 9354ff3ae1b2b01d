/**
 * Speakers, session 14 (issue 15): a verb of saying with no subject, joined mid-sentence to a clause
 * whose verb opens the sentence (وألقى مدير المدرسة كلمة…، وقال…؛ وحسّنت الشركة…، حيث أكدت…), speaks
 * for that verb's subject when it is a role, a source or a body agreeing with the cue in gender, not
 * for the article's last speaker. Read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-24, more/2015-08-02). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سامر الخطيب', ['سامر الخطيب']),
  entity(t, 'p2', 'PER', 'سلمى الحداد', ['سلمى الحداد']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('the subject of the verb that opens the sentence speaks', () => {
  it('وألقى مدير المدرسة كلمة رحب فيها…، وقال إن…: the role, up to the verb\'s object', () => {
    const t = 'وقال سامر الخطيب إن المعرض ناجح. وألقى مدير المدرسة كلمة رحب فيها بالضيوف، وقال إن العام الدراسي سيبدأ قريبا.';
    expect(speakers(t).at(-1)).toEqual(['العام الدراسي سيبدأ قريبا', 'مدير المدرسة']);
  });

  it('وحسنت الشركة واجهة الاستخدام، حيث أكدت أن…: a body for a feminine cue', () => {
    const t = 'وقال سامر الخطيب إن الهاتف جديد. وحسنت الشركة واجهة الاستخدام، حيث أكدت أن البطء اختفى.';
    expect(speakers(t).at(-1)).toEqual(['البطء اختفى', 'الشركة']);
  });

  it('وحمل مصدر مسؤول … المسؤولية، وقال إن…: an unnamed source', () => {
    const t = 'وقالت سلمى الحداد إن المشروع متأخر. وحمل مصدر مسؤول في الشركة البلدية مسؤولية التأخير، وقال إن الشركة لا تتحمل الخطأ.';
    expect(speakers(t).at(-1)?.[1]).toContain('مصدر');
  });
});

describe('guards', () => {
  it('وتواصل الوزارة العمل…، وأضاف أن…: a body whose head does not agree with a masculine cue is no speaker', () => {
    const t = 'وقال سامر الخطيب إن الخطة جاهزة. وتواصل الوزارة العمل في المشروع، وأضاف أن التكلفة ارتفعت.';
    expect(speakers(t).at(-1)).toEqual(['التكلفة ارتفعت', 'سامر الخطيب']);
  });

  it('وفي بيان نشره الفريق قال: «…»: a preposition opens the sentence, not a verb with a subject', () => {
    const t = 'وقال سامر الخطيب إن المباراة صعبة. وفي بيان نشره النادي على موقعه قال: «سنعود أقوى».';
    expect(speakers(t).at(-1)?.[1]).not.toBe('بيان');
  });
});
