// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeShared } from '../helpers/shared.ts';
import { evaluate } from '../../scripts/eval-search.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

const gold = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test/gold/search-queries.json'), 'utf8')) as Array<{
  query: string;
  kind: string;
  pattern: string;
  relevant: string[];
}>;

describe('search gold file', () => {
  it('has 30 queries of every kind, ids only (no article text)', () => {
    expect(gold).toHaveLength(30);
    expect(new Set(gold.map((g) => g.kind))).toEqual(new Set(['clitic', 'hamza', 'diacritics', 'name']));
    for (const g of gold) {
      expect(Object.keys(g).sort()).toEqual(['kind', 'pattern', 'query', 'relevant']);
      expect(g.query.length).toBeLessThan(30);
      expect(() => new RegExp(g.pattern, 'u')).not.toThrow();
      expect(g.relevant.length).toBeGreaterThan(0);
      for (const id of g.relevant) expect(id).toMatch(/^sn-\d{3}$/);
    }
  });
});

describeShared('search quality on the shared sample', ['data', 'news', 'saudinewsnet-sample.jsonl'], () => {
  it(
    'marsad finds clitic, hamza, diacritic and name variants that a raw unicode61 index misses',
    async () => {
      const r = await evaluate();
      expect(r.marsad.recall10).toBeGreaterThan(0.9);
      expect(r.marsad.mrr).toBeGreaterThan(0.9);
      expect(r.marsad.recall10).toBeGreaterThan(r.unicode61.recall10 + 0.5);
      expect(r.byKind.diacritics!.marsadR10).toBe(1);
    },
    300_000,
  );
});
