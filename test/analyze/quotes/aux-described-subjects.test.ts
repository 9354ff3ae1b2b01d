/**
 * وكان + a source described with a preposition + a verb of saying (issue 15; subjectBefore in
 * find.ts): the preposition belongs to the source's description, and the verb has its subject.
 * Read off the second tuning set and unlabelled days more/2015-07-26 and 08-04. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

describe('a pluperfect report whose subject has a preposition in it', () => {
  it('an unnamed source in an organisation, adjuncts in commas after the verb', () => {
    expect(view(quotes('وكان مسؤول كبير في وزارة النقل قال، في تصريح أمس، إن الجسر سيفتح قريبا.'))).toEqual([
      { kind: 'indirect', text: 'الجسر سيفتح قريبا', cue: 'قال', speaker: 'مسؤول كبير في وزارة النقل' },
    ]);
  });
});
