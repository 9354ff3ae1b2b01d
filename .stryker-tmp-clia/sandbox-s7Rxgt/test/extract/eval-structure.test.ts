// @ts-nocheck
import { expect, it } from 'vitest';
import { describeShared } from '../helpers/shared.ts';
import { evaluate } from '../../scripts/eval-structure.ts';

// A wrong dateline is worse than none: the gold (offsets only) guards precision on real articles.
describeShared('structure on real articles (hand-read gold)', ['data', 'news', '2015-08-11.zip'], () => {
  it('keeps byline and dateline precision at 0.95 or more, with useful recall', { timeout: 60_000 }, () => {
    const r = evaluate();
    expect(r.articles).toBe(178);
    for (const g of r.golds) {
      for (const f of ['byline', 'dateline'] as const) {
        const s = g.scores[f];
        expect(s.gold, `${g.name} ${f}`).toBeGreaterThan(5);
        expect(s.precision, `${g.name} ${f} precision`).toBeGreaterThanOrEqual(0.95);
        expect(s.recall, `${g.name} ${f} recall`).toBeGreaterThanOrEqual(0.8);
      }
    }
  });
});
