/**
 * Issue 15: an age is a duration on the person it belongs to. Fictional sentences; entities are
 * built by hand (test/analyze/events/helpers.ts) so only the linking is under test, and once through
 * the pipeline with the real entity stage.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/doc/types.ts';
import { attachAges } from '../../../src/analyze/time/ages.ts';
import { findTimes } from '../../../src/analyze/time/tagger.ts';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';
import { entitiesFor } from '../events/helpers.ts';

function ages(text: string, names: [EntityType, string][]) {
  const entities = entitiesFor(text, names);
  const byId = new Map(entities.map((e) => [e.id, e.name]));
  return attachAges(text, findTimes(text, { anchor: '2015-08-10' }), entities).map((t) => ({
    text: t.text,
    value: t.value,
    source: t.source,
    of: t.of ? byId.get(t.of) : null,
  }));
}

describe('ages are linked to their person', () => {
  it('البالغ 40 عاماً → P40Y on the person named before it', () => {
    expect(ages('أصيب سالم العلي البالغ 40 عاما في الحادث.', [['PER', 'سالم العلي']])).toEqual([
      { text: '40 عاما', value: 'P40Y', source: 'rule:time/age', of: 'سالم العلي' },
    ]);
  });

  it('the nearest person before it wins, not one named later', () => {
    const out = ages('استقبل خالد الحربي الطفل ماجد السالم البالغ من العمر 9 أعوام، ثم وصل فهد الزين.', [
      ['PER', 'خالد الحربي'],
      ['PER', 'ماجد السالم'],
      ['PER', 'فهد الزين'],
    ]);
    expect(out.map((t) => t.of)).toEqual(['ماجد السالم']);
  });

  it('a count of years in parentheses right after a name is that person’s age', () => {
    expect(ages('ولم يكن الطالب سالم العلي (23 عاماً) يعرف المدينة.', [['PER', 'سالم العلي']])[0]).toMatchObject({ value: 'P23Y', source: 'rule:time/age', of: 'سالم العلي' });
  });

  it('after a thing, a count in parentheses stays a duration', () => {
    expect(ages('وقع سالم العلي العقد (5 سنوات) أمس.', [['PER', 'سالم العلي']])[0]).toMatchObject({ value: 'P5Y', source: 'rule:time/duration', of: null });
  });

  it('no person in the sentence: the age stays unlinked', () => {
    expect(ages('وصل سالم العلي. وأصيب رجل البالغ 40 عاما.', [['PER', 'سالم العلي']])[0]!.of).toBeNull();
  });
});

describe('through the pipeline', () => {
  it('the times stage links an age to the person entity', () => {
    const doc = analyzeText({ text: 'أصيب المواطن سالم بن خالد العلي البالغ 40 عاما في حادث سير على طريق الرياض.' }, { date: '2015-08-10' });
    const age = doc.times.find((t) => t.source === 'rule:time/age');
    expect(age, JSON.stringify(doc.times)).toBeDefined();
    const person = doc.entities.find((e) => e.id === age!.of);
    expect(person?.type, JSON.stringify(doc.entities.map((e) => [e.id, e.type, e.name]))).toBe('PER');
    expect(person!.name).toContain('سالم');
  });
});
