import { describe, expect, it } from 'vitest';
import { trainModel, type TrainResources } from '../../../src/analyze/ner/trainer.ts';
import { crossValidate } from '../../../src/analyze/ner/cv.ts';
import { GazIndex } from '../../../src/analyze/ner/gazetteer.ts';
import { ClusterIndex } from '../../../src/analyze/ner/clusters.ts';
import { parseSecondEpochs } from '../../../src/cli/commands/train-ner.ts';

// Fictional sentences: a title, then a two-word person, a verb, then a place; one in three names an
// agency instead, so the passes have something to get wrong in the first epochs.
const FIRST = ['سامي', 'رنا', 'خالد', 'هالة', 'مازن', 'دانة', 'وليد'];
const LAST = ['الحداد', 'العلي', 'النجار', 'الخطيب', 'السالم', 'الراشد', 'الكبيسي', 'الزين'];
const PLACES = ['طرابلس', 'صيدا', 'حمص', 'إربد', 'نابلس', 'سوسة', 'مراكش'];
const TITLES = ['الوزير', 'السفير', 'الرئيس', 'النائب', 'المدير'];

function sentences(n: number, offset: number): { words: string[]; tags: string[] }[] {
  const out: { words: string[]; tags: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const f = FIRST[(i + offset) % FIRST.length]!;
    const l = LAST[(i * 3 + offset) % LAST.length]!;
    const p = PLACES[(i * 5 + offset) % PLACES.length]!;
    const t = TITLES[(i + 2 * offset) % TITLES.length]!;
    out.push(
      i % 3 === 2
        ? {
            words: ['أعلنت', 'هيئة', l.slice(2), 'في', p, 'خطة', 'جديدة', '.'],
            tags: ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O', 'O'],
          }
        : {
            words: ['وصل', t, f, l, 'إلى', p, 'أمس', '.'],
            tags: ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'O'],
          },
    );
  }
  return out;
}

const res: TrainResources = { gaz: GazIndex.empty(), clusters: ClusterIndex.empty(), report: [] };
const train = sentences(45, 0);
const dev = sentences(9, 4);
const base = { bits: 12, epochs: 5, seed: 11, ensemble: 2 };
const same = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

describe('train-ner --second-epochs: how many epochs the stacked pass trains', () => {
  const byDev = trainModel(train, dev, res, base);
  const fixed2 = trainModel(train, dev, res, { ...base, secondEpochs: 2 });
  const fixed4 = trainModel(train, dev, res, { ...base, secondEpochs: 4 });
  const first = trainModel(train, dev, res, { ...base, secondEpochs: 'first' });

  it('a number: the second pass trains exactly that many epochs; the first pass is untouched', () => {
    expect(fixed2.bestEpoch).toBe(2);
    expect(fixed4.bestEpoch).toBe(4);
    expect(fixed2.model.info.training?.secondEpochs).toBe(2);
    expect(fixed2.bestEpochFirst).toBe(byDev.bestEpochFirst);
    expect(same(fixed2.model.weights, byDev.model.weights)).toBe(true);
    // two more epochs of updates and averaging: different second-pass weights
    expect(same(fixed2.model.stage2!.weights, fixed4.model.stage2!.weights)).toBe(false);
  });

  it("first: as many epochs as the first pass chose, the same weights as that number's", () => {
    expect(first.bestEpoch).toBe(first.bestEpochFirst);
    expect(first.model.info.training?.secondEpochs).toBe('first');
    const n = trainModel(train, dev, res, { ...base, secondEpochs: first.bestEpochFirst });
    expect(same(first.model.stage2!.weights, n.model.stage2!.weights)).toBe(true);
  });

  it('dev (the default) keeps its pick and records nothing new; a fixed run cut there has its weights', () => {
    const explicit = trainModel(train, dev, res, { ...base, secondEpochs: 'dev' });
    expect(explicit.model.info.training).toEqual(byDev.model.info.training);
    expect(byDev.model.info.training).not.toHaveProperty('secondEpochs');
    // the averaged weights after epoch n do not depend on whether training went on past n
    const cut = trainModel(train, dev, res, { ...base, secondEpochs: byDev.bestEpoch });
    expect(same(cut.model.stage2!.weights, byDev.model.stage2!.weights)).toBe(true);
    expect(same(cut.model.stage2!.trans, byDev.model.stage2!.trans)).toBe(true);
  });

  it('cross-validation passes the option to every fold', () => {
    const folds = crossValidate([...train, ...dev], res, { ...base, folds: 3, secondEpochs: 3 });
    expect(folds).toHaveLength(3);
    for (const f of folds) expect(f.bestEpoch).toBe(3);
  });

  it('rejects a count below one', () => {
    expect(() => trainModel(train, dev, res, { ...base, secondEpochs: 0 })).toThrow(/positive integer/);
  });
});

describe('parsing --second-epochs', () => {
  it('dev, first, or a whole number in [1, 100]; anything else is a clear error', () => {
    expect(parseSecondEpochs(undefined)).toBeUndefined();
    expect(parseSecondEpochs('dev')).toBe('dev');
    expect(parseSecondEpochs('first')).toBe('first');
    expect(parseSecondEpochs('7')).toBe(7);
    for (const bad of ['0', '101', '2.5', '-1', 'last', ''])
      expect(() => parseSecondEpochs(bad)).toThrow(/--second-epochs must be dev, first or an integer/);
  });
});
