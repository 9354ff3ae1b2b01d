import { describe, expect, it } from 'vitest';
import {
  binariseVectors,
  buildClusters,
  ClusterIndex,
  SIGN_DIMS,
  SIGN_WORDS,
  type ClusterData,
} from '../../../src/analyze/ner/clusters.ts';
import {
  extractFeatures,
  foldWord,
  prepare,
  stripAll,
  stripArticle,
  wordClassRow,
} from '../../../src/analyze/ner/features.ts';
import { fnv1a } from '../../../src/analyze/ner/hash.ts';
import { GazIndex } from '../../../src/analyze/ner/gazetteer.ts';
import { deserializeModel, NerModel, serializeModel } from '../../../src/analyze/ner/model.ts';
import { decodeRawModel, encodeRawModel } from '../../../src/analyze/ner/model-raw.ts';
import { parseClassOptions, parsePrototypes } from '../../../src/cli/commands/train-ner.ts';
import { prototypeClasses } from '../../../src/analyze/ner/trainer.ts';
import { TAGS } from '../../../src/analyze/ner/tags.ts';

/** The sign bits (0 none, 1 above, 2 below) of word w, dimension d. */
const sign = (signs: Uint32Array, w: number, d: number) =>
  (signs[w * SIGN_WORDS + (d >> 4)]! >>> ((d & 15) * 2)) & 3;

describe('binarised word vectors (Guo et al. 2014)', () => {
  it('marks a dimension only where the value is beyond mean ± k sd over the vocabulary', () => {
    // five words; dimension 0 holds 0, 0, 0, 10, -10 (mean 0, sd √40 ≈ 6.3); the rest are zero
    const n = 5;
    const vecs = new Float32Array(n * SIGN_DIMS);
    [0, 0, 0, 10, -10].forEach((v, w) => (vecs[w * SIGN_DIMS] = v));
    vecs[1 * SIGN_DIMS + 63] = 1; // the last dimension: one word above, the others at the mean
    const b = binariseVectors(vecs, n, SIGN_DIMS, 1);
    expect(b.length).toBe(n * SIGN_WORDS);
    expect([0, 1, 2, 3, 4].map((w) => sign(b, w, 0))).toEqual([0, 0, 0, 1, 2]);
    expect([0, 1, 2, 3, 4].map((w) => sign(b, w, 63))).toEqual([0, 1, 0, 0, 0]);
    // a higher threshold keeps fewer: 10 is 1.58 sd out
    expect(sign(binariseVectors(vecs, n, SIGN_DIMS, 2), 3, 0)).toBe(0);
    // a constant dimension marks nothing
    expect([0, 1, 2, 3, 4].map((w) => sign(b, w, 5))).toEqual([0, 0, 0, 0, 0]);
  });

  it('needs at least SIGN_DIMS dimensions', () => {
    expect(() => binariseVectors(new Float32Array(8), 1, 8, 1)).toThrow(/64 dimensions/);
  });

  it('buildClusters stores them per word only when asked, in the order of the keys', () => {
    const texts = Array.from({ length: 60 }, (_, i) =>
      i % 2 ? `قال الوزير سامي ${i % 5} في عمان` : `زار الرئيس مازن مدينة حلب ${i % 7}`,
    );
    const plain = buildClusters(texts, { minCount: 2, contexts: 20 });
    const withSigns = buildClusters(texts, { minCount: 2, contexts: 20, signs: 1 });
    expect(plain.signs).toBeUndefined();
    expect(withSigns.signs!.length).toBe(withSigns.keys.length * SIGN_WORDS);
    // the classes themselves do not change
    expect(withSigns.keys).toEqual(plain.keys);
    expect(withSigns.codes).toEqual(plain.codes);
    let set = 0;
    for (let w = 0; w < withSigns.keys.length; w++)
      for (let d = 0; d < SIGN_DIMS; d++) if (sign(withSigns.signs!, w, d)) set++;
    expect(set).toBeGreaterThan(0);
  });

  it('refuses a sign array that does not match the keys', () => {
    const data: ClusterData = {
      keys: Uint32Array.of(1, 2),
      codes: Uint32Array.of(0, 1),
      signs: new Uint32Array(3),
    };
    expect(() => new ClusterIndex(data)).toThrow(/sign words/);
  });
});

describe('the tagger features of the binarised vectors and the class back-off', () => {
  // fictional: a word the classes know, the same word behind a preposition, an unknown word
  const known = 'سوراني';
  const withPrep = 'لسوراني';
  const words = ['قال', withPrep, 'و', known, 'كلاما', 'غريبا'];
  const signs = new Uint32Array(2 * SIGN_WORDS);
  // the known word: dimension 3 above, dimension 40 below
  signs[3 >> 4] = 1 << ((3 & 15) * 2);
  signs[40 >> 4] = 2 << ((40 & 15) * 2);
  const hKnown = fnv1a(stripArticle(foldWord(known)));
  const hOther = fnv1a(foldWord('كلاما'));
  const sorted = [hKnown, hOther].sort((a, b) => a - b);
  const codes = Uint32Array.from(sorted.map((h) => (h === hKnown ? 0xabcdef : 0x123456)));
  const signsSorted = new Uint32Array(2 * SIGN_WORDS);
  signsSorted.set(signs.subarray(0, SIGN_WORDS), sorted.indexOf(hKnown) * SIGN_WORDS);
  const data: ClusterData = { keys: Uint32Array.from(sorted), codes };
  const gaz = GazIndex.empty();
  const feats = (c: ClusterIndex) => {
    const p = prepare(words, gaz, c);
    return { p, f: extractFeatures(p) };
  };
  const tokenSet = (f: ReturnType<typeof extractFeatures>, i: number) =>
    new Set(f.feats.subarray(f.offs[i]!, f.offs[i + 1]!));

  it('without signs or back-off, a word behind a preposition the classes do not know has no class', () => {
    const { p } = feats(new ClusterIndex(data));
    expect(p.cluster[3]).toBe(0xabcdef + 1);
    expect(p.cluster[1]).toBe(0);
  });

  it('with the back-off, it takes the class of its bare form', () => {
    expect(stripAll(foldWord(withPrep))).toBe(stripArticle(foldWord(known)));
    const { p } = feats(new ClusterIndex(data, { backoff: true }));
    expect(p.cluster[1]).toBe(0xabcdef + 1);
    expect(p.cluster[5]).toBe(0); // no form to fall back to
  });

  it('the signs add exactly one feature per marked dimension to the word, and nothing else', () => {
    const plain = feats(new ClusterIndex(data)).f;
    const signed = feats(new ClusterIndex({ ...data, signs: signsSorted })).f;
    const a = tokenSet(plain, 3);
    const b = tokenSet(signed, 3);
    for (const x of a) expect(b.has(x)).toBe(true);
    expect(b.size - a.size).toBe(2);
    // the neighbours are untouched without signsNear; an unknown word gets none
    expect(tokenSet(signed, 2)).toEqual(tokenSet(plain, 2));
    expect(tokenSet(signed, 1)).toEqual(tokenSet(plain, 1));
  });

  it('signsNear gives the neighbours at ±1 their own features of the marked dimensions', () => {
    const signed = feats(new ClusterIndex({ ...data, signs: signsSorted })).f;
    const near = feats(new ClusterIndex({ ...data, signs: signsSorted }, { signsNear: true })).f;
    expect(tokenSet(near, 3)).toEqual(tokenSet(signed, 3));
    expect(tokenSet(near, 2).size - tokenSet(signed, 2).size).toBe(2);
    expect(tokenSet(near, 4).size - tokenSet(signed, 4).size).toBe(2);
    expect(tokenSet(near, 5)).toEqual(tokenSet(signed, 5));
  });

  it('the model file refuses what it cannot store instead of dropping it', () => {
    const m = NerModel.blank(12, gaz, new ClusterIndex({ ...data, signs: signsSorted }));
    expect(() => serializeModel(m)).toThrow(/cannot store/);
    expect(() => serializeModel(NerModel.blank(12, gaz, new ClusterIndex(data, { backoff: true })))).toThrow(
      /cannot store/,
    );
    expect(serializeModel(NerModel.blank(12, gaz, new ClusterIndex(data))).length).toBeGreaterThan(0);
  });
});

describe('train-ner class screen options', () => {
  it('parses what is given and rejects bad values', () => {
    expect(parseClassOptions({})).toEqual({});
    expect(
      parseClassOptions({ classMinCount: '1', classBackoff: true, embedSigns: '0.5', embedNear: true }),
    ).toEqual({
      minCount: 1,
      backoff: true,
      signs: 0.5,
      signsNear: true,
    });
    expect(() => parseClassOptions({ classMinCount: '0' })).toThrow(/class-min-count/);
    expect(() => parseClassOptions({ embedSigns: 'x' })).toThrow(/embed-signs/);
    expect(() => parseClassOptions({ embedNear: true })).toThrow(/needs --embed-signs/);
  });
});

describe('prototype features (Haghighi & Klein 2006; Guo et al. 2014)', () => {
  // three fictional word groups with hand-made 64-dimensional unit vectors: names, places, verbs
  const names = ['سامي', 'رنا', 'مازن'];
  const places = ['حمص', 'صيدا', 'سوسة'];
  const verbs = ['قال', 'زار', 'أعلن'];
  const all = [...names, ...places, ...verbs];
  const hashes = all.map((w) => fnv1a(stripArticle(foldWord(w))));
  const order = [...hashes.keys()].sort((a, b) => hashes[a]! - hashes[b]!);
  const vectors = new Float32Array(all.length * SIGN_DIMS);
  order.forEach((wi, row) => {
    const group = Math.floor(wi / 3);
    vectors[row * SIGN_DIMS + group] = Math.cos(0.1 * (wi % 3));
    vectors[row * SIGN_DIMS + 10 + (wi % 3)] = Math.sin(0.1 * (wi % 3));
  });
  const data: ClusterData = {
    keys: Uint32Array.from(order.map((i) => hashes[i]!)),
    codes: new Uint32Array(all.length),
    vectors,
  };
  const train = Array.from({ length: 12 }, (_, i) => ({
    words: [verbs[i % 3]!, names[i % 3]!, 'في', places[(i + 1) % 3]!],
    tags: ['O', 'B-PERS', 'O', 'B-LOC'],
  }));

  it('picks the words most tied to each label and lists, for every word, the close prototypes only', () => {
    const { clusters, prototypes } = prototypeClasses(train, new ClusterIndex(data), {
      perLabel: 1,
      top: 5,
      threshold: 0.9,
    });
    // one prototype per label seen (B-PERS, B-LOC): a name and a place
    expect(prototypes).toBe(2);
    const lists = all.map((w) => {
      const r = wordClassRow(clusters, w);
      return Array.from(
        clusters.data.protoIds!.subarray(clusters.data.protoOffs![r]!, clusters.data.protoOffs![r + 1]!),
      );
    });
    // names share one prototype, places another, verbs none
    for (const i of [0, 1, 2]) expect(lists[i]).toEqual(lists[0]);
    for (const i of [3, 4, 5]) expect(lists[i]).toEqual(lists[3]);
    expect(lists[0]).toHaveLength(1);
    expect(lists[3]).toHaveLength(1);
    expect(lists[0]).not.toEqual(lists[3]);
    for (const i of [6, 7, 8]) expect(lists[i]).toEqual([]);
    // the tagger features: one more for a name, none more for a verb
    const gaz = GazIndex.empty();
    const plain = extractFeatures(prepare(['قال', 'رنا'], gaz, new ClusterIndex(data)));
    const proto = extractFeatures(prepare(['قال', 'رنا'], gaz, clusters));
    const size = (f: ReturnType<typeof extractFeatures>, i: number) => f.offs[i + 1]! - f.offs[i]!;
    expect(size(proto, 1) - size(plain, 1)).toBe(1);
    expect(size(proto, 0)).toBe(size(plain, 0));
  });

  it('the model file (feature version 8) and the raw file carry the prototype lists; 7 has none', () => {
    const { clusters } = prototypeClasses(train, new ClusterIndex(data), {
      perLabel: 1,
      top: 5,
      threshold: 0.9,
    });
    const gaz = GazIndex.empty();
    const m = NerModel.blank(12, gaz, clusters);
    // some non-zero weights on the prototype features, so tags depend on them
    for (let b = 0; b < 1 << 12; b += 7) m.weights[b * TAGS.length + (b % TAGS.length)] = (b % 5) - 2;
    const gz = serializeModel(m);
    const words = ['قال', 'رنا', 'في', 'صيدا'];
    const feats = (x: NerModel) => {
      const f = extractFeatures(prepare(words, x.gaz, x.clusters));
      return { offs: Array.from(f.offs), keys: Array.from(f.keys!) };
    };
    for (const back of [deserializeModel(gz), decodeRawModel(encodeRawModel(gz))]) {
      expect(back.info.featureVersion).toBe(8);
      expect(Array.from(back.clusters.data.protoOffs!)).toEqual(Array.from(clusters.data.protoOffs!));
      expect(Array.from(back.clusters.data.protoIds!)).toEqual(Array.from(clusters.data.protoIds!));
      expect(feats(back)).toEqual(feats(m));
    }
    // without prototypes, version 8 stores empty lists and reads back none
    const plain = deserializeModel(serializeModel(NerModel.blank(12, gaz, new ClusterIndex(data))));
    expect(plain.clusters.data.protoOffs).toBeUndefined();
    // a version 7 file has no prototype sections: it cannot take the lists, and reads back without them
    const m7 = NerModel.blank(12, gaz, clusters);
    m7.info.featureVersion = 7;
    expect(() => serializeModel(m7)).toThrow(/cannot store prototype/);
    const v7 = NerModel.blank(12, gaz, new ClusterIndex(data));
    v7.info.featureVersion = 7;
    const back7 = deserializeModel(serializeModel(v7));
    expect(back7.info.featureVersion).toBe(7);
    expect(back7.clusters.data.protoOffs).toBeUndefined();
    expect(Array.from(back7.clusters.data.keys)).toEqual(Array.from(data.keys));
    // other versions are refused
    const v6 = NerModel.blank(12, gaz, new ClusterIndex(data));
    v6.info.featureVersion = 6;
    expect(() => deserializeModel(serializeModel(v6))).toThrow(/feature version 6/);
  });

  it('with labels, a word lists the tags of its close prototypes instead', () => {
    const { clusters } = prototypeClasses(train, new ClusterIndex(data), {
      perLabel: 1,
      top: 5,
      threshold: 0.9,
      labels: true,
    });
    const list = (w: string) => {
      const r = wordClassRow(clusters, w);
      return Array.from(
        clusters.data.protoIds!.subarray(clusters.data.protoOffs![r]!, clusters.data.protoOffs![r + 1]!),
      );
    };
    expect(list('مازن')).toEqual([TAGS.indexOf('B-PERS')]);
    expect(list('صيدا')).toEqual([TAGS.indexOf('B-LOC')]);
    expect(list('زار')).toEqual([]);
  });

  it('needs the vectors', () => {
    expect(() =>
      prototypeClasses(train, new ClusterIndex({ keys: data.keys, codes: data.codes }), {
        perLabel: 1,
        top: 1,
        threshold: 0.5,
      }),
    ).toThrow(/word vectors/);
  });

  it('--prototypes parses m,k,t', () => {
    expect(parsePrototypes('40,3,0.5')).toEqual({ perLabel: 40, top: 3, threshold: 0.5 });
    expect(parsePrototypes(undefined)).toBeUndefined();
    expect(parsePrototypes('40,3,0.5,labels')).toEqual({
      perLabel: 40,
      top: 3,
      threshold: 0.5,
      labels: true,
    });
    expect(() => parsePrototypes('40,3')).toThrow(/m,k,t/);
    expect(() => parsePrototypes('40,3,0.5,x')).toThrow(/m,k,t/);
    expect(() => parsePrototypes('0,3,0.5')).toThrow(/m,k,t/);
  });
});
