import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import {
  isNameWord,
  romanise,
  romaniseWordByRules,
  transliterator,
} from '../../../src/analyze/entities/romanise.ts';
import { arabicForModel, latinForModel } from '../../../src/analyze/translit/letters.ts';
import { Transliterator, decodeArtefact, encodeArtefact } from '../../../src/analyze/translit/model.ts';
import { NgramCounts, NgramModel } from '../../../src/analyze/translit/ngram.ts';
import { DEFAULT_TRAIN, trainTransliterator } from '../../../src/analyze/translit/train.ts';
import { editDistance, references, score } from '../../../src/analyze/translit/evaluate.ts';

describe('the shipped transliterator on made-up names', () => {
  const m = transliterator()!;
  // invented names, none in the name-word table, so the model alone spells them
  const cases: [string, RegExp][] = [
    ['مارينيلا', /^mar[ie]n+[ei]l+a$/],
    ['فيلانوفيتش', /^vil+anovi(c|ch|tch)$/],
    ['سولفيرا', /^s[ou]lv[ie]ra$/],
    ['تيودورا', /^t[ie][ou]dora$/],
    ['زاروفسكايا', /^zarovsk(aya|aia)$/],
    ['هيلمسترونغ', /^h[ei]lmstrong$/],
    ['جيرالدينا', /^[gj][ie]raldina$/],
    ['أوليفانتي', /^ol[ie]vant[ie]$/],
  ];
  it.each(cases)('%s reads as a name', (ar, re) => {
    expect(isNameWord(foldName(ar))).toBe(false);
    expect(m.best(arabicForModel(ar)!)).toMatch(re);
  });
  it('spells the seed photographer as English does, where the letter rules did not', () => {
    for (const w of ['نتاليا', 'كوليسنيكوفا']) expect(isNameWord(foldName(w))).toBe(false);
    expect(romanise('نتاليا كوليسنيكوفا')).toBe('Natalia Kolesnikova');
    expect(['نتاليا', 'كوليسنيكوفا'].map(romaniseWordByRules).join(' ')).toBe('Ntalya Kolisnikofa');
  });
  it('keeps the table first, the article and عبد, and capitals', () => {
    expect(romanise('عبدالرحيم')).toBe('Abd al-Rahim');
    expect(romanise('سامر الخطيب')).toMatch(/^Samer .*Khatib$/);
    // a hamza-seated alef opens a foreign name, not the article
    expect(romanise('ألبيرتينو')).toMatch(/^Alb/);
    expect(romanise('الفارونيز')).toMatch(/^al-[A-Z]/);
    // the model reads the article with the word, which tells it the name is Arabic (غ = gh)
    expect(romanise('الغنامي')).toMatch(/^al-Gh/);
  });
  it('answers n-best lists, best first, and nothing for no letters', () => {
    const n = m.nbest(arabicForModel('تيودورا')!, 3);
    expect(n).toHaveLength(3);
    expect(n[0]!.score).toBeGreaterThanOrEqual(n[1]!.score);
    expect(new Set(n.map((c) => c.latin)).size).toBe(3);
    expect(m.best('')).toBe('');
    expect(arabicForModel('abc')).toBeNull();
    expect(romanise('ZX-9')).toBe('');
  });
});

describe('n-gram model', () => {
  it('gives a proper distribution after pruning, for seen and unseen histories', () => {
    const c = new NgramCounts(3);
    for (const s of [
      [1, 2, 3],
      [1, 2, 2, 3],
      [3, 1],
      [2, 2, 2],
    ])
      c.addSequence(s, 0, 0);
    const m = new NgramModel(3, 4, c.serialise(2));
    for (const h of [
      [0, 0],
      [1, 2],
      [2, 2],
      [3, 3],
    ]) {
      const code = m.code(h);
      let total = 0;
      for (let s = 0; s < 4; s++) total += Math.exp(m.logProb(code, s));
      expect(total).toBeCloseTo(1, 9);
    }
    expect(m.logProb(m.code([1, 2]), 3)).toBeGreaterThan(m.logProb(m.code([1, 2]), 1));
  });

  it('reads a count table line by line: ids, a tab and a count, blank lines and a missing final newline allowed', () => {
    // unigrams 1 (3) and 2 (1), bigrams 1,2 (2) and 1,1 (1); vocabulary of 3
    const m = new NgramModel(2, 3, '1\t3\n\n2\t1\n1,2\t2\n1,1\t1');
    const p2 = (1 + 2 / 3) / (4 + 2);
    expect(Math.exp(m.logProb(m.code([0]), 2))).toBeCloseTo(p2, 12);
    // after 1: 3 seen, 2 kinds of follower
    expect(Math.exp(m.logProb(m.code([1]), 2))).toBeCloseTo((2 + 2 * p2) / (3 + 2), 12);
    expect(Math.exp(m.logProb(m.code([1]), 1))).toBeCloseTo((1 + 2 * ((3 + 2 / 3) / 6)) / 5, 12);
    expect(m.unigram(1)).toBe(3);
    expect(() => new NgramModel(2, 3, '1\t3\n1;2\t1')).toThrow(/unexpected character/);
    expect(() => new NgramModel(2, 3, '1,2,1\t3')).toThrow(/3-gram in an order-2 table/);
  });

  it('decoding states give the same probabilities as full histories, boundaries included', () => {
    const c = new NgramCounts(4);
    for (const s of [
      [1, 2, 3, 4],
      [1, 2, 2, 3],
      [3, 1, 4],
      [2, 2, 2, 1],
      [4, 3, 2, 1, 1],
    ])
      c.addSequence(s, 0, 0);
    const m = new NgramModel(4, 5, c.serialise(2));
    // every walk of four symbols over the vocabulary, the boundary id 0 included
    let compared = 0;
    const syms = [0, 1, 2, 3, 4];
    const walk = (h: number, st: number, depth: number) => {
      const r = m.row(st, 0, syms);
      for (const sym of syms) {
        expect(r.lp[sym]).toBe(m.logProb(h, sym));
        compared++;
        if (depth < 4) walk(m.push(h, sym), r.next[sym]!, depth + 1);
      }
    };
    walk(0, m.stateOf(0), 1);
    expect(compared).toBe(5 + 25 + 125 + 625);
  });
});

describe('training', () => {
  // a tiny made-up training set
  const pairs = [
    ['باسل', 'basel'],
    ['سامر', 'samer'],
    ['كمال', 'kamal'],
    ['رامي', 'rami'],
    ['سلمى', 'salma'],
    ['ماري', 'mari'],
    ['كريم', 'karim'],
    ['سمير', 'samir'],
    ['بلال', 'bilal'],
    ['رباب', 'rabab'],
  ].map(([ar, en]) => ({ ar: ar!, en: en!, weight: 1 }));
  const opts = { ...DEFAULT_TRAIN, minCount: 1, minUnit: 0.5, dropWorst: 0, note: 'test' };
  it('is deterministic: the same pairs in any order give the same bytes', () => {
    const a = encodeArtefact(trainTransliterator(pairs, opts));
    const b = encodeArtefact(trainTransliterator([...pairs].reverse(), opts));
    expect(a.equals(b)).toBe(true);
    const m = new Transliterator(decodeArtefact(a));
    expect(m.best('كمال')).toBe('kamal');
    expect(m.best('سامر')).toBe('samer');
  });
  it('refuses an artefact of another format', () => {
    const bad = encodeArtefact({ ...trainTransliterator(pairs, opts), format: 'x' as never });
    expect(() => decodeArtefact(bad)).toThrow(/format/);
  });
});

describe('letters and scoring', () => {
  it('normalises both sides', () => {
    expect(arabicForModel('مُحَمَّـد')).toBe('محمد');
    expect(latinForModel('Mužinić')).toBe('muzinic');
    expect(latinForModel('4th')).toBeNull();
  });
  it('counts character errors against the closest accepted spelling', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const refs = references([
      { ar: 'محمد', en: 'mohamed' },
      { ar: 'محمد', en: 'muhammad' },
      { ar: 'سامر', en: 'samer' },
    ]);
    const s = score(refs, (ar) => (ar === 'محمد' ? 'muhamad' : 'Sa-mer'));
    expect(s.correct).toBe(1);
    expect(s.charErrors).toBe(1);
    expect(s.refChars).toBe(8 + 5);
  });
});
