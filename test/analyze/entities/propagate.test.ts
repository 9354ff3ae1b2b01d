import { describe, expect, it } from 'vitest';
import { propagate, propagateWindows } from '../../../src/analyze/ner/propagate.ts';

describe('document-level propagation', () => {
  it('marks a lone repeat of a one-word name the tagger found elsewhere', () => {
    const words = [
      ['وقال', 'المدرب', 'فينتر', 'إن', 'الفريق', 'جاهز'],
      ['وأضاف', 'فينتر', 'أن', 'المباراة', 'صعبة'],
    ];
    const tags = [
      ['O', 'O', 'B-PERS', 'O', 'O', 'O'],
      ['O', 'O', 'O', 'O', 'O'],
    ];
    propagate(words, tags);
    expect(tags[1]).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
  });
  it('uses a surname from a full name, and leaves words next to other names alone', () => {
    const words = [
      ['التقى', 'سامي', 'حداد', 'الوفد'],
      ['وأكد', 'حداد', 'أن', 'العمل', 'مستمر'],
      ['وصل', 'سليم', 'حداد'],
    ];
    const tags = [
      ['O', 'B-PERS', 'I-PERS', 'O'],
      ['O', 'O', 'O', 'O', 'O'],
      ['O', 'B-PERS', 'O'],
    ];
    propagate(words, tags);
    expect(tags[1]![1]).toBe('B-PERS');
    // attached to a name already: not a lone mention, left for the model to decide
    expect(tags[2]![2]).toBe('O');
  });
  it('does not spread a word mostly used as an ordinary word, nor across windows', () => {
    const words = [['الأمل', 'كبير'], ['الأمل', 'موجود'], ['الأمل', 'باق'], ['فريق', 'الأمل']];
    const tags = [['O', 'O'], ['O', 'O'], ['O', 'O'], ['B-ORG', 'I-ORG']];
    propagate(words, tags);
    expect(tags.slice(0, 3).flat().every((t) => t === 'O')).toBe(true);
    const w2 = [['فينتر', 'قال'], ['فينتر', 'أضاف']];
    const t2 = [['B-PERS', 'O'], ['O', 'O']];
    propagateWindows(w2, t2, 1);
    expect(t2[1]![0]).toBe('O');
  });
  it('weighs a name against its own ordinary uses: the words left O count too (issue 18: only named words are counted)', () => {
    const words = [['قال', 'ناصر'], ['ناصر', 'كبير'], ['ناصر', 'موجود'], ['ناصر', 'باق']];
    const tags = [['O', 'B-PERS'], ['O', 'O'], ['O', 'O'], ['O', 'O']];
    propagate(words, tags);
    expect(tags.slice(1).flat().every((t) => t === 'O')).toBe(true);
    const fewer = [['O', 'B-PERS'], ['O', 'O'], ['O', 'O']];
    propagate(words.slice(0, 3), fewer);
    expect(fewer.slice(1).map((t) => t[0])).toEqual(['B-PERS', 'B-PERS']);
  });
});
