import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { isNotAlone } from '../../../src/analyze/entities/conventions.ts';

// Fictional sentences written for these tests (session 13: foreign persons after a nationality the
// lists did not have, and family names the lists know after given names they do not join to, read
// on unlabelled news of 2015-07-24, 2015-07-31, 2015-08-02 and 2015-08-07).

const persons = (text: string) => analyse(text).entities.filter((e) => e.type === 'PER').map((e) => e.name);

describe('a nationality adjective before a foreign name stays outside the person', () => {
  it('Costa Rican, like the nationalities listed before', () => {
    expect(persons('وأعلن المدرب الكوستاريكي روبرتو فالديز قائمة اللاعبين.')).toEqual(['روبرتو فالديز']);
    expect(persons('وأعلن المدرب البرازيلي روبرتو فالديز قائمة اللاعبين.')).toEqual(['روبرتو فالديز']);
  });
});

describe('a known family name after given names no list joins to it', () => {
  it('is one person with them, not the known holder of that family name', () => {
    const doc = analyse('وفاز السباح فهد القصبي بالمركز الأول.');
    const per = doc.entities.filter((e) => e.type === 'PER');
    expect(per.map((e) => e.name)).toEqual(['فهد القصبي']);
    expect(per[0]!.en).not.toBe('Nasser Al Qasabi');
  });
  it('…but a known name of more words stays whole (خليفة is his successor here)', () => {
    expect(persons('وقال خليفة الملا عمر إن الحركة مستمرة.')).toEqual(['الملا عمر']);
  });
});

describe('everyday words the tagger takes for a one-word person', () => {
  it('رضا "satisfaction" alone is no person; with a family name it is', () => {
    expect(persons('ونال المدرب رضا الجماهير بعد المباراة.')).toEqual([]);
    expect(persons('وفاز رضا الفلاني بالجائزة.')).toEqual(['رضا الفلاني']);
  });
  it('the preposition على is never one alone, the name علي may be', () => {
    const word = (text: string) => wordTok({ start: 0, end: text.length, text, kind: 'word' });
    expect(isNotAlone(word('على'))).toBe(true);
    expect(isNotAlone(word('علي'))).toBe(false);
  });
});
