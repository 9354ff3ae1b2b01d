import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 13: foreign persons after a nationality the
// lists did not have, read on unlabelled news of 2015-07-24, 2015-08-02 and 2015-08-07).

const persons = (text: string) => analyse(text).entities.filter((e) => e.type === 'PER').map((e) => e.name);

describe('a nationality adjective before a foreign name stays outside the person', () => {
  it('Costa Rican, like the nationalities listed before', () => {
    expect(persons('وأعلن المدرب الكوستاريكي روبرتو فالديز قائمة اللاعبين.')).toEqual(['روبرتو فالديز']);
    expect(persons('وأعلن المدرب البرازيلي روبرتو فالديز قائمة اللاعبين.')).toEqual(['روبرتو فالديز']);
  });
});
