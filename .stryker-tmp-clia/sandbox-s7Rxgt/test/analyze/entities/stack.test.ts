// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { joinFeatures, stackFeatures } from '../../../src/analyze/ner/stack.ts';
import { NerModel, deserializeModel, serializeModel } from '../../../src/analyze/ner/model.ts';
import { GazBuilder, GazIndex } from '../../../src/analyze/ner/gazetteer.ts';
import { extractFeatures, prepare } from '../../../src/analyze/ner/features.ts';
import { rng } from '../../../src/analyze/ner/rng.ts';
import { NTAGS, TAG_INDEX } from '../../../src/analyze/ner/tags.ts';
import { tagIndices } from '../../../src/analyze/ner/train.ts';
import { treeCodes, svdVectors, ppmi } from '../../../src/analyze/ner/embed.ts';
import { mix } from '../../../src/analyze/ner/hash.ts';

const T = (t: string) => TAG_INDEX.get(t)!;
const set = (f: { feats: Uint32Array; offs: Uint32Array }, i: number) =>
  new Set(f.feats.subarray(f.offs[i]!, f.offs[i + 1]!));

describe('second-pass (stacked) features', () => {
  // word 7 is tagged B-PERS in sentence 0 and left O in sentence 1
  const keys = [Uint32Array.from([5, 7, 0]), Uint32Array.from([7, 9])];
  const tags = [Uint8Array.from([0, T('B-PERS'), 0]), Uint8Array.from([0, 0])];

  it('tells a token how the same word was tagged in other sentences nearby', () => {
    const near = stackFeatures(keys, tags, 30);
    const far = stackFeatures(keys, tags, 0);
    // majority type of the other occurrences: PERS (1) within the window, nothing outside it
    expect(set(near[1]!, 0).has(mix(310, 1))).toBe(true);
    expect(set(far[1]!, 0).has(mix(310, 1))).toBe(false);
    // and the first pass's own tag is a feature either way
    expect(set(far[1]!, 0).has(mix(301, 0))).toBe(true);
    // the occurrence itself is not counted: word 9 occurs once, so it has no document evidence
    expect(set(near[1]!, 1).has(315)).toBe(true);
  });
  it('skips non-words (key 0) for document counts', () => {
    const f = stackFeatures(keys, tags, 30)[0]!;
    expect(f.offs[3]! - f.offs[2]!).toBe(4);
  });
  it('joins two feature sets token by token', () => {
    const a = { n: 2, feats: Uint32Array.from([1, 2, 3]), offs: Uint32Array.from([0, 2, 3]) };
    const b = { n: 2, feats: Uint32Array.from([9, 8]), offs: Uint32Array.from([0, 1, 2]) };
    const j = joinFeatures(a, b);
    expect(Array.from(j.feats)).toEqual([1, 2, 9, 3, 8]);
    expect(Array.from(j.offs)).toEqual([0, 3, 5]);
  });
});

describe('gold tags for training', () => {
  it('repairs an I- tag that cannot continue a chunk into a B- tag', () => {
    expect(Array.from(tagIndices(['O', 'I-ORG', 'I-ORG', 'B-LOC', 'I-PERS']))).toEqual([
      0,
      T('B-ORG'),
      T('I-ORG'),
      T('B-LOC'),
      T('B-PERS'),
    ]);
  });
});

describe('two-pass model file', () => {
  it('round-trips the second pass and uses it when tagging', () => {
    const m = NerModel.blank(8, GazIndex.empty());
    m.trans[T('O')] = 1;
    const s2 = NerModel.blank(8, GazIndex.empty());
    // a second pass that prefers B-LOC everywhere (through the bias feature, bucket 1)
    for (let b = 0; b < 256; b++) s2.weights[b * NTAGS + T('B-LOC')] = 0.5;
    m.stage2 = s2;
    const back = deserializeModel(serializeModel(m));
    expect(back.stage2).not.toBeNull();
    expect(back.stage2!.weight(3, T('B-LOC'))).toBeCloseTo(0.5, 3);
    expect(Array.from(back.tagWords(['قال', 'زيد']))).toEqual([T('B-LOC'), T('B-LOC')]);
    const one = NerModel.blank(8, GazIndex.empty());
    expect(deserializeModel(serializeModel(one)).stage2).toBeNull();
  });
});

describe('distributional word classes', () => {
  // two groups of words with disjoint contexts
  const V = 8;
  const D = 6;
  const pairs: number[] = [];
  for (let v = 0; v < V; v++)
    for (let r = 0; r < 5; r++)
      for (const c of v < 4 ? [0, 1, 2] : [3, 4, 5]) pairs.push(v * D + ((c + v + r) % 3) + (v < 4 ? 0 : 3));
  const build = () => {
    const A = ppmi(Uint32Array.from(pairs), pairs.length, V, D);
    return svdVectors(A, 3, 7);
  };
  it('is deterministic', () => {
    expect(Array.from(build())).toEqual(Array.from(build()));
  });
  it('puts words used alike under the same top branch', () => {
    const codes = treeCodes(build(), V, 3, 4);
    const top = Array.from(codes, (c) => c >>> 3);
    expect(new Set(top.slice(0, 4)).size).toBe(1);
    expect(new Set(top.slice(4)).size).toBe(1);
    expect(top[0]).not.toBe(top[4]);
  });
});

describe('cached per-word emission sums', () => {
  it('score exactly as the full feature lists do', () => {
    const g = new GazBuilder();
    g.add('الرئيس', 'TITLE');
    g.add('زيد', 'PER');
    const m = NerModel.blank(12, g.build());
    const rand = rng(3);
    const q = new Int16Array(m.weights.length);
    for (let j = 0; j < q.length; j++) q[j] = Math.floor(rand() * 200) - 100;
    m.quantised = { w: q, scale: 0.01 };
    const words = ['قال', 'الرئيس', 'زيد', 'إن', 'زيد', 'وصل', '.'];
    const full = m.emissions(extractFeatures(prepare(words, m.gaz, m.clusters)));
    // twice: the second time the sums come from the per-word cache
    for (let r = 0; r < 2; r++) expect(Array.from(m.emissions(m.features(words)))).toEqual(Array.from(full));
  });
});
