/**
 * Speakers, session 15 (issue 15): whom a speaker told (وقال فلان للصحافيين، وصرح … لصحفيين) ran on
 * into the speaker's phrase, so a name the entities stage had missed came out as «فلان للصحافيين في
 * المطار» and named nobody. The audience is an adjunct, like an outlet (لوكالة…). Read off unlabelled
 * SaudiNewsNet days outside the sample (more/2015-07-22, more/2015-08-06). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { view, quotes } from './helpers.ts';

const speakerOf = (t: string) => view(quotes(t)).at(-1)?.speaker;

describe('the audience ends the speaker phrase', () => {
  it('وقال فلان للصحافيين في الميناء «…»', () => {
    expect(speakerOf('وقال الزهراني للصحافيين في الميناء «وصلت الشحنة الأولى بسلام».')).toBe('الزهراني');
  });

  it('وصرح مسؤول محلي لصحفيين «…»: the indefinite form too', () => {
    expect(speakerOf('وصرح مسؤول محلي لصحفيين «سنفتح الطريق أمام السيارات صباح الغد بعد انتهاء الصيانة».')).toBe('مسؤول محلي');
  });

  it('وقال نائب المحافظ لوسائل الإعلام إن…', () => {
    expect(speakerOf('وقال نائب المحافظ لوسائل الإعلام إن المدارس ستفتح الأحد.')).toBe('نائب المحافظ');
  });
});
