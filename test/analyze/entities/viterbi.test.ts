import { describe, expect, it } from 'vitest';
import { NerModel, deserializeModel, serializeModel, viterbi } from '../../../src/analyze/ner/model.ts';
import { NTAGS, TAGS, TAG_INDEX } from '../../../src/analyze/ner/tags.ts';
import { GazIndex } from '../../../src/analyze/ner/gazetteer.ts';
import { chunks, score } from '../../../src/analyze/ner/conll.ts';

const T = (t: string) => TAG_INDEX.get(t)!;

function emissions(rows: Record<string, number>[]): Float32Array {
  const em = new Float32Array(rows.length * NTAGS);
  rows.forEach((r, i) => {
    for (const [t, v] of Object.entries(r)) em[i * NTAGS + T(t)] = v;
  });
  return em;
}

describe('constrained Viterbi', () => {
  it('follows transitions when they outweigh a local preference', () => {
    const em = emissions([
      { 'B-PERS': 2, 'B-LOC': 1.5 },
      { 'I-PERS': 1, 'I-LOC': 1.2 },
    ]);
    const trans = new Float32Array((NTAGS + 1) * NTAGS);
    // greedy: B-PERS then I-LOC (invalid); the best valid path
    const tags = Array.from(viterbi(em, 2, trans), (t) => TAGS[t]);
    expect(tags).toEqual(['B-PERS', 'I-PERS']);
    trans[(T('B-LOC') + 1) * NTAGS + T('I-LOC')] = 1;
    expect(Array.from(viterbi(em, 2, trans), (t) => TAGS[t])).toEqual(['B-LOC', 'I-LOC']);
  });
  it('never starts a sentence or follows O with an I- tag', () => {
    const em = emissions([{ 'I-ORG': 5 }, { O: 3 }, { 'I-ORG': 5, 'I-LOC': 4 }]);
    const tags = Array.from(viterbi(em, 3, new Float32Array((NTAGS + 1) * NTAGS)), (t) => TAGS[t]!);
    expect(tags[0]).not.toMatch(/^I-/);
    // the I-ORG at the end is only reachable through B-ORG, which costs the O of word 2
    expect(tags).toEqual(['O', 'B-ORG', 'I-ORG']);
    for (let i = 1; i < tags.length; i++) {
      if (tags[i]!.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tags[i]!.slice(2));
    }
  });
  it('decodes the empty sentence', () => {
    expect(viterbi(new Float32Array(0), 0, new Float32Array((NTAGS + 1) * NTAGS)).length).toBe(0);
  });
});

describe('model file', () => {
  it('round-trips quantised weights and the gazetteer', () => {
    const m = NerModel.blank(10, GazIndex.empty());
    m.weights[5 * NTAGS + 2] = 1.5;
    m.weights[700 * NTAGS + 0] = -0.25;
    m.trans[3] = 0.75;
    const back = deserializeModel(serializeModel(m));
    expect(back.bits).toBe(10);
    expect(back.weight(5, 2)).toBeCloseTo(1.5, 3);
    expect(back.weight(700, 0)).toBeCloseTo(-0.25, 3);
    expect(back.weight(6, 0)).toBe(0);
    // a second round trip is lossless: the bytes of the quantised model come back unchanged
    const bytes = serializeModel(back);
    expect(serializeModel(deserializeModel(bytes)).equals(bytes)).toBe(true);
    expect(deserializeModel(serializeModel(back)).weight(5, 2)).toBe(back.weight(5, 2));
    expect(back.trans[3]).toBeCloseTo(0.75, 6);
  });
});

describe('conlleval scoring', () => {
  it('finds chunks as conlleval does, including I- after O', () => {
    expect(chunks(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });
  it('scores exact matches only', () => {
    const s = score([['B-PERS', 'I-PERS', 'O', 'B-LOC']], [['B-PERS', 'O', 'O', 'B-LOC']]);
    expect(s.byType.LOC!.f1).toBe(1);
    expect(s.byType.PERS!.f1).toBe(0);
    expect(s.overall.precision).toBe(0.5);
    expect(s.overall.recall).toBe(0.5);
  });
});
