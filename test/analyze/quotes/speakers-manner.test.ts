/**
 * Speakers, session 14 (issue 15): what stands between a verb of saying and its words may say how
 * they were said, not who said them: a circumstantial clause opening with a pronoun (ويقول وهو
 * يبتسم: «…»), a manner word (وتقول بتردد: «…») or an adverb (ويقول صراحة إن…). Taken as the
 * speaker, such a phrase also became the speaker of every continuation after it. Read off unlabelled
 * SaudiNewsNet days outside the sample (2015-08-11, more/2015-08-02). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سامر الخطيب', ['سامر الخطيب']),
  entity(t, 'p2', 'PER', 'سلمى الحداد', ['سلمى الحداد']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('manner is no speaker', () => {
  it('ويقول وهو يبتسم: «…». ويضيف: «…»: the circumstantial clause is not the speaker, nor the one continued', () => {
    const t = 'وقال سامر الخطيب إن الرحلة كانت طويلة. ويقول وهو يبتسم: «لم أتوقع هذا النجاح». ويضيف: «سأعود العام المقبل».';
    expect(speakers(t).slice(1)).toEqual([
      ['لم أتوقع هذا النجاح', 'سامر الخطيب'],
      ['سأعود العام المقبل', 'سامر الخطيب'],
    ]);
  });

  it('وتقول بتردد: «…»: a manner word', () => {
    const t = 'وقالت سلمى الحداد إن الفيلم جاهز. وتقول بتردد: «لا أعرف متى سيعرض».';
    expect(speakers(t).at(-1)).toEqual(['لا أعرف متى سيعرض', 'سلمى الحداد']);
  });

  it('ويقول صراحة إن…: an adverb', () => {
    const t = 'وقال سامر الخطيب إن السوق مستقر. ويقول صراحة إن الأسعار سترتفع.';
    expect(speakers(t).at(-1)).toEqual(['الأسعار سترتفع', 'سامر الخطيب']);
  });
});
