import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared } from '../../helpers/shared.ts';
import { sharedPath } from '../../../src/util/shared.ts';
import { readConll, score } from '../../../src/analyze/ner/conll.ts';
import { loadModel } from '../../../src/analyze/ner/tagger.ts';
import { tagSentences } from '../../../src/analyze/ner/train.ts';

/**
 * The committed weights, scored on ANERcorp dev like `marsad train-ner` does. The issue's bar is
 * 0.80 overall F1; the committed model does not reach it yet (see DEV_F1_FLOOR), so this test
 * guards against regressions and checks the file reproduces the score it was trained to.
 */
const ISSUE_BAR = 0.8;
const DEV_F1_FLOOR = 0.76;

describeShared('committed NER model on ANERcorp dev', ['data', 'anercorp', 'dev.txt'], () => {
  const dev = readConll(readFileSync(sharedPath('data', 'anercorp', 'dev.txt'), 'utf8'));
  const model = loadModel();
  const s = score(
    dev.map((x) => x.tags),
    tagSentences(model, dev),
  );
  it('reproduces the dev F1 recorded at training time (quantisation loses nothing that matters)', () => {
    const recorded = (model.info.training as { devF1: number }).devF1;
    expect(Math.abs(s.overall.f1 - recorded)).toBeLessThan(0.005);
  });
  it(`scores at least ${DEV_F1_FLOOR} overall F1 (issue bar ${ISSUE_BAR}: not met yet)`, () => {
    expect(s.overall.f1).toBeGreaterThanOrEqual(DEV_F1_FLOOR);
    expect(s.byType.LOC!.f1).toBeGreaterThan(0.85);
    expect(s.byType.ORG!.f1).toBeGreaterThan(0.7);
    // the model file holds both passes
    expect(model.stage2).not.toBeNull();
  });
});
