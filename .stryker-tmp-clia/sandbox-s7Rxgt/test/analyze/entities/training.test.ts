// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { featurize, tagIndices, trainPerceptron } from '../../../src/analyze/ner/train.ts';
import { trainEnsemble } from '../../../src/analyze/ner/trainer.ts';
import { NerModel } from '../../../src/analyze/ner/model.ts';
import { GazIndex } from '../../../src/analyze/ner/gazetteer.ts';
import { TAGS } from '../../../src/analyze/ner/tags.ts';

// Fictional training sentences: a title, then a two-word person; a preposition, then a place.
const FIRST = ['سامي', 'رنا', 'خالد', 'هالة', 'مازن', 'دانة', 'وليد', 'سلمى'];
const LAST = ['الحداد', 'العلي', 'النجار', 'الخطيب', 'السالم', 'الراشد', 'الحسن', 'الكبيسي'];
const PLACES = ['طرابلس', 'صيدا', 'حمص', 'إربد', 'نابلس', 'سوسة', 'مراكش', 'الزرقاء'];
const TITLES = ['الوزير', 'السفير', 'الرئيس', 'النائب'];

function sentences(n: number, offset: number): { words: string[]; tags: string[] }[] {
  const out: { words: string[]; tags: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const f = FIRST[(i + offset) % FIRST.length]!;
    const l = LAST[(i * 3 + offset) % LAST.length]!;
    const p = PLACES[(i * 5 + offset) % PLACES.length]!;
    const t = TITLES[i % TITLES.length]!;
    out.push({
      words: ['وصل', t, f, l, 'إلى', p, 'أمس', '.'],
      tags: ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'O'],
    });
  }
  return out;
}

describe('perceptron training', () => {
  const gaz = GazIndex.empty();
  const data = sentences(40, 0).map((s) => ({ f: featurize(s.words, gaz), g: tagIndices(s.tags) }));
  const opts = { bits: 14, epochs: 4, seed: 7, gaz };

  it('learns the pattern and tags an unseen sentence', () => {
    const r = trainPerceptron(data, opts);
    const m = new NerModel(14, r.weights, r.trans, gaz);
    const words = ['وصل', 'السفير', 'رنا', 'الكبيسي', 'إلى', 'صيدا', 'أمس', '.'];
    expect(Array.from(m.decode(featurize(words, gaz)), (t) => TAGS[t])).toEqual([
      'O',
      'O',
      'B-PERS',
      'I-PERS',
      'O',
      'B-LOC',
      'O',
      'O',
    ]);
  });

  it('is deterministic for a seed, and an ensemble is the average of its members', () => {
    const a = trainPerceptron(data, opts);
    const b = trainPerceptron(data, opts);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const second = trainPerceptron(data, { ...opts, seed: opts.seed + 7919 });
    const ens = trainEnsemble(data, opts, 2);
    let checked = 0;
    for (let j = 0; j < ens.weights.length; j++) {
      if (a.weights[j] === 0 && second.weights[j] === 0) continue;
      expect(ens.weights[j]).toBeCloseTo((a.weights[j]! + second.weights[j]!) / 2, 5);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('repairs gold tags that break IOB2 (an I- after O opens a chunk)', () => {
    expect(Array.from(tagIndices(['O', 'I-PERS', 'I-PERS', 'O']), (t) => TAGS[t])).toEqual([
      'O',
      'B-PERS',
      'I-PERS',
      'O',
    ]);
  });
});
