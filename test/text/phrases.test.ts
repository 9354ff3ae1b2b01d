import { describe, expect, it } from 'vitest';
import { hasForm, matchKey, PhraseMatcher, tokenForms, wordSet } from '../../src/text/phrases.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const words = (text: string, tokens = tokenize(text)) => ({ tokens, forms: tokenForms(tokens) });

describe('matchKey', () => {
  it('folds marks, alef forms, ta marbuta and tatweel as the tokens are folded', () => {
    expect(matchKey('اجتماعٌ')).toBe(matchKey('اجتماع'));
    expect(matchKey('إجتماع')).toBe(matchKey('اجتماع'));
    expect(matchKey('زيارة')).toBe(matchKey('زياره'));
    expect(matchKey('لقـــاء')).toBe(matchKey('لقاء'));
    expect(matchKey('  اتصال   هاتفي ')).toBe('اتصال هاتفي');
  });
});

describe('tokenForms', () => {
  it('gives every word its forms without proclitics and article, whole word first', () => {
    const { forms } = words('وبالاجتماع سيزور وزير');
    expect(forms[0]!.forms).toEqual([matchKey('وبالاجتماع'), matchKey('الاجتماع'), matchKey('اجتماع')]);
    expect(forms[0]!.proclitics).toEqual(['و', 'ب']);
    expect(forms[1]!.proclitics).toEqual(['س']);
    expect(forms[1]!.stem).toBe(matchKey('يزور'));
    // وزير is a word, not و + زير: the clitic exceptions of the text layer apply.
    expect(forms[2]!.forms).toEqual([matchKey('وزير')]);
  });

  it('computes the forms of one token array once and shares them', () => {
    const tokens = tokenize('لقاء الوزيرين');
    expect(tokenForms(tokens)).toBe(tokenForms(tokens));
    expect(tokenForms(tokenize('لقاء الوزيرين'))).not.toBe(tokenForms(tokens));
  });

  it('leaves numbers and punctuation whole', () => {
    const { forms } = words('في 2021، وصل');
    expect(forms.map((f) => f.forms.length)).toEqual([1, 1, 1, 1]);
    expect(forms[1]!.key).toBe('2021');
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>()
    .add('اتصال هاتفي', 'call-phrase')
    .add('اتصال', 'contact')
    .add('القمة', 'summit');

  it('prefers the longest phrase at a position, and matches each word through its clitic forms', () => {
    const { forms } = words('وأجرى الرئيس واتصال هاتفياً؟ لا، بل باتصال هاتفي ثم اتصال.');
    expect(m.matchAt(forms, 2).map((x) => x.value)).toEqual(['contact']); // هاتفياً is not هاتفي
    const all = m.findAll(forms).map((x) => [x.start, x.end, x.value]);
    expect(all).toEqual([
      [2, 3, 'contact'],
      [8, 10, 'call-phrase'],
      [11, 12, 'contact'],
    ]);
  });

  it('finds a listed word with the article behind a conjunction and a preposition, also after لـ', () => {
    const { forms } = words('وفي ختام أعمال بالقمة وللقمة والقمة');
    expect(m.findAll(forms).map((x) => x.start)).toEqual([3, 4, 5]);
  });

  it('never matches across a missing next word', () => {
    const { forms } = words('اتصال');
    expect(m.matchAt(forms, 0).map((x) => x.value)).toEqual(['contact']);
    expect(m.matchAt(forms, 1)).toEqual([]);
    expect(m.startsWith(matchKey('اتصال'))).toBe(true);
    expect(m.startsWith(matchKey('هاتفي'))).toBe(false);
  });

  it('hasForm and wordSet agree with the matcher on forms', () => {
    const set = wordSet(['مؤتمر']);
    const { forms } = words('بالمؤتمر مؤتمرات');
    expect(hasForm(set, forms[0])).toBe(true);
    expect(hasForm(set, forms[1])).toBe(false);
    expect(hasForm(set, undefined)).toBe(false);
  });
});
