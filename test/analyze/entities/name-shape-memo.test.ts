import { describe, expect, it } from 'vitest';
import { nameShapedWord } from '../../../src/analyze/entities/conventions.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { EntityResources, withEntityResources } from '../../../src/analyze/entities/resources.ts';

// nameShapedWord keeps its answer by spelling (issue 18: the person rules ask it of most words of
// every article); the answer kept is the token's own, never one for folds a caller changed.
const word = (text: string) => wordTok({ start: 0, end: text.length, text, kind: 'word' });

describe('nameShapedWord answers by the word it is given, also when it has answered the spelling before', () => {
  it('a plain name word, a nationality and a title, asked in turn and again, answer as a fresh pipeline does', () => {
    const words = ['زهران', 'السعودي', 'الوزير', 'زهران'].map(word);
    const fresh = words.map((w) => withEntityResources(new EntityResources(), () => nameShapedWord(w)));
    expect(fresh).toEqual([true, false, false, true]);
    const shared = new EntityResources();
    for (let round = 0; round < 2; round++)
      expect(words.map((w) => withEntityResources(shared, () => nameShapedWord(w)))).toEqual(fresh);
  });

  it('a word handed over with another fold is answered for that fold, not from the spelling kept', () => {
    const r = new EntityResources();
    const w = word('زهران');
    expect(withEntityResources(r, () => nameShapedWord(w))).toBe(true);
    const nationality = foldName('سعودي');
    expect(withEntityResources(r, () => nameShapedWord({ ...w, fold: nationality, mfold: nationality }))).toBe(false);
    expect(withEntityResources(r, () => nameShapedWord(w))).toBe(true);
  });
});
