import { describe, expect, it } from 'vitest';
import { cvFolds, foldSplit, formatCv, meanSd, summarise } from '../../../src/analyze/ner/cv.ts';
import { score } from '../../../src/analyze/ner/conll.ts';

describe('cross-validation folds', () => {
  for (const [n, k] of [
    [3973, 5],
    [10, 3],
    [7, 7],
    [101, 4],
  ] as const) {
    it(`${n} sentences in ${k} folds: contiguous, disjoint, covering, balanced`, () => {
      const folds = cvFolds(n, k);
      expect(folds).toHaveLength(k);
      expect(folds[0]!.lo).toBe(0);
      expect(folds[k - 1]!.hi).toBe(n);
      const seen = new Array<number>(n).fill(0);
      folds.forEach((f, i) => {
        expect(f.hi).toBeGreaterThan(f.lo);
        if (i > 0) expect(f.lo).toBe(folds[i - 1]!.hi); // each block starts where the last ended
        for (let s = f.lo; s < f.hi; s++) seen[s]!++;
      });
      expect(seen.every((c) => c === 1)).toBe(true);
      const sizes = folds.map((f) => f.hi - f.lo);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    });
  }

  it('is deterministic', () => {
    expect(cvFolds(3973, 5)).toEqual(cvFolds(3973, 5));
    expect(cvFolds(3973, 5).map((f) => f.lo)).toEqual([0, 794, 1589, 2383, 3178]);
  });

  it('rejects impossible splits', () => {
    expect(() => cvFolds(3, 5)).toThrow(/cannot cut/);
    expect(() => cvFolds(100, 1)).toThrow(/at least 2/);
  });

  it('a fold trains on the other blocks, in order, with their last tenth as the inner dev', () => {
    const all = Array.from({ length: 50 }, (_, i) => i);
    const folds = cvFolds(all.length, 5);
    const { train, dev, test } = foldSplit(all, folds[1]!);
    expect(test).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(dev).toEqual([46, 47, 48, 49]);
    expect(train).toEqual([...all.slice(0, 10), ...all.slice(20, 46)]);
    // the last fold's inner dev is the end of the block before it
    const last = foldSplit(all, folds[4]!);
    expect(last.test).toEqual(all.slice(40));
    expect(last.dev).toEqual([36, 37, 38, 39]);
    for (const f of folds) {
      const s = foldSplit(all, f);
      expect([...s.train, ...s.dev, ...s.test].sort((a, b) => a - b)).toEqual(all);
    }
  });
});

describe('cross-validation summary', () => {
  it('mean and sample standard deviation', () => {
    expect(meanSd([1, 2, 3])).toEqual({ mean: 2, sd: 1 });
    expect(meanSd([0.5])).toEqual({ mean: 0.5, sd: 0 });
  });

  it('per type and overall, over fold scores', () => {
    const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC']];
    const a = score(gold, [['B-PERS', 'I-PERS', 'O', 'B-LOC']]); // all right
    const b = score(gold, [['B-PERS', 'O', 'O', 'B-LOC']]); // person cut short
    const s = summarise([a, b]);
    expect(s.LOC!.f1).toEqual({ mean: 1, sd: 0 });
    expect(s.PERS!.f1.mean).toBeCloseTo(0.5);
    expect(s.PERS!.f1.sd).toBeCloseTo(Math.SQRT1_2);
    expect(s.overall!.f1.mean).toBeCloseTo(0.75);
    const text = formatCv([a, b]);
    expect(text).toMatch(/PERS\s+50\.00 ± 70\.71/);
    expect(text).toMatch(/overall\s+75\.00 ± 35\.36/);
  });
});
