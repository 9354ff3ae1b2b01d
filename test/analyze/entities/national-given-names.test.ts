import { describe, expect, it } from 'vitest';
import { NATIONAL_GIVEN_RULE } from '../../../src/analyze/entities/family-names.ts';
import { analyse, checkSpans, conventionChunks } from './helpers.ts';
import { tokenize } from '../../../src/text/tokenize.ts';

// Fictional sentences written for these tests.

const persons = (text: string) => {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'PER');
};

describe('a given name that is also a nationality, before a family name (issue 14: names the lists do not know)', () => {
  it('is the person, not the adjective: after a verb, and with و', () => {
    const a = persons('وقال تركي الشمراني إن التجربة نجحت.');
    expect(a.map((e) => e.name)).toEqual(['تركي الشمراني']);
    expect(a[0]!.mentions[0]!.source).toBe(NATIONAL_GIVEN_RULE);
    expect(persons('وأوضح وتركي الهزاع أن العمل مستمر.').map((e) => e.name)).toEqual(['تركي الهزاع']);
  });
  it('a chunk the tagger gave both words keeps the given name', () => {
    const text = 'وأشار تركي الهزاع إلى المشروع.';
    const ws = tokenize(text);
    const i = ws.findIndex((w) => w.text === 'تركي');
    const tags = ws.map((_, k) => (k === i ? 'B-PERS' : k === i + 1 ? 'I-PERS' : 'O'));
    expect(conventionChunks(text, tags)).toEqual(['PERS:تركي الهزاع']);
  });
  it('stays the adjective before a day, a word of origin, or after a common noun', () => {
    expect(persons('وقال مسؤول تركي الخميس إن الهجوم فشل.')).toEqual([]);
    expect(persons('وحضر الاجتماع وزير تركي الجنسية.')).toEqual([]);
    expect(persons('ووصل وفد تركي الرياض أمس.')).toEqual([]);
  });
});
