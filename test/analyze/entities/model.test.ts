import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, lazy } from '../../helpers/shared.ts';
import { sharedPath } from '../../../src/util/shared.ts';
import { readConll, score } from '../../../src/analyze/ner/conll.ts';
import { loadModel } from '../../../src/analyze/ner/tagger.ts';
import { tagSentences } from '../../../src/analyze/ner/train.ts';

/**
 * The committed weights and the rules after them (finish.ts), scored on ANERcorp dev like
 * `marsad train-ner` does. The figure that decides what is kept is five-fold cross-validation
 * (`marsad train-ner --cv 5`: 76.87 ± 3.85 overall F1 as committed, see the model README); dev is
 * one of its samples. Since the lexicon entries picked from dev errors left the gazetteer, dev
 * scores about 0.78: below the 0.80 bar, which this test no longer pretends to meet. The
 * floors below are regression guards set just under the honest figures, so a change that costs a
 * point fails here. The retrain without the news gold's articles in the word classes moved dev
 * ORG from 0.73 to 0.724 (overall 0.7785 → 0.780; CV ORG 62.13 → 61.86, well inside its 9-point
 * spread), hence the ORG floor of 0.715.
 */
const FLOOR = { overall: 0.77, LOC: 0.86, ORG: 0.715, PERS: 0.74 };

describeShared('committed NER model on ANERcorp dev', ['data', 'anercorp', 'dev.txt'], () => {
  // read and scored inside the tests, never while the suite is collected
  const scored = lazy(() => {
    const dev = readConll(readFileSync(sharedPath('data', 'anercorp', 'dev.txt'), 'utf8'));
    const model = loadModel();
    return {
      model,
      s: score(
        dev.map((x) => x.tags),
        tagSentences(model, dev),
      ),
    };
  });
  it('reproduces the dev F1 recorded at training time (quantisation loses nothing that matters)', () => {
    const { model, s } = scored();
    const recorded = (model.info.training as { devF1: number }).devF1;
    expect(Math.abs(s.overall.f1 - recorded)).toBeLessThan(0.005);
  });
  it(`scores at least the regression floors (overall ${FLOOR.overall})`, () => {
    const { model, s } = scored();
    expect(s.overall.f1).toBeGreaterThanOrEqual(FLOOR.overall);
    expect(s.byType.LOC!.f1).toBeGreaterThan(FLOOR.LOC);
    expect(s.byType.ORG!.f1).toBeGreaterThan(FLOOR.ORG);
    expect(s.byType.PERS!.f1).toBeGreaterThan(FLOOR.PERS);
    // the model file holds both passes
    expect(model.stage2).not.toBeNull();
  });
});
