import { describe, expect, it } from 'vitest';
import { FOREIGN_PARTICLE_RULE, foreignParticles } from '../../../src/analyze/entities/foreign-particles.ts';
import { analyse, checkSpans, personChunks, taggedPersons } from './helpers.ts';

// Fictional sentences written for these tests (session 15: a foreign family name opening on a
// particle, cut after the given name the lists know; read on unlabelled news of 2015-07-22, 07-27,
// 08-01, 08-06 and 08-08).

function joined(text: string, ...persons: string[]): string[] {
  const { ws, tags } = taggedPersons(text, persons);
  const spans = foreignParticles([ws], [tags]);
  expect(spans.every((s) => s.rule === FOREIGN_PARTICLE_RULE)).toBe(true);
  return personChunks(ws, tags);
}

const persons = (text: string): string[] => {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.map((m) => m.text));
};

describe('a foreign family name that opens on a particle', () => {
  it('joins the person before it, untagged or tagged apart', () => {
    expect(joined('وسجل المهاجم ماركو دا كوستا هدفين.', 'ماركو')).toEqual(['ماركو دا كوستا']);
    expect(joined('وفاز العداء بيتر فان دير بيرغ بالسباق.', 'بيتر', 'فان دير بيرغ')).toEqual(['بيتر فان دير بيرغ']);
  });
  it('is left alone with no person before it, after a letter of an acronym, or before a word of the sentence', () => {
    expect(joined('وأعلنت شركة إف دي إكس نتائجها.', 'إف')).toEqual(['إف']);
    expect(joined('وقال ماركو فإن أكثر اللاعبين جاهزون.', 'ماركو')).toEqual(['ماركو']);
    expect(joined('وقال ماركو فان أكثر اللاعبين جاهزون.', 'ماركو')).toEqual(['ماركو']);
    expect(joined('ووصل دا كوستا إلى الملعب.')).toEqual([]);
  });
  it('keeps a given name the lists know inside the whole name', () => {
    expect(persons('وغاب البرازيلي نيمار دا سيلفا عن التدريب أمس.')).toEqual(['نيمار دا سيلفا']);
    expect(persons('وسجل الجنوب أفريقي كاميرون فان دير بيرغ رقما جديدا.')).toEqual(['كاميرون فان دير بيرغ']);
  });
});
