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
    expect(forms[1]!.forms).toEqual(['2021']);
    expect(forms[2]!).toEqual({ key: '،', forms: ['،'], proclitics: [], stem: '،' });
  });

  it('keeps the form after the conjunction alone as well as the article-restored one after لـ', () => {
    // و + لـ + القمة: the mention without و (لقمة) is a form of its own besides القمة and قمة.
    const { forms } = words('وللقمة');
    expect(forms[0]!.forms).toEqual(['وللقمة', 'لقمة', 'القمة', 'قمة'].map(matchKey));
  });

  it('computes the forms of one word once, whichever token array it comes in', () => {
    const a = tokenForms(tokenize('لقاء'))[0];
    expect(tokenForms(tokenize('وزير لقاء'))[1]).toBe(a);
  });
});

describe('PhraseMatcher', () => {
  // Built inside each test, not while the file is collected, so that a fault in building shows
  // as a failing test (and mutation testing sees it) rather than as a file that fails to load.
  const matcher = () =>
    new PhraseMatcher<string>().add('اتصال هاتفي', 'call-phrase').add('اتصال', 'contact').add('القمة', 'summit');

  it('prefers the longest phrase at a position, and matches each word through its clitic forms', () => {
    const m = matcher();
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
    const m = matcher();
    const { forms } = words('وفي ختام أعمال بالقمة وللقمة والقمة');
    expect(m.findAll(forms).map((x) => x.start)).toEqual([3, 4, 5]);
  });

  it('never matches across a missing next word', () => {
    const m = matcher();
    const { forms } = words('اتصال');
    expect(m.matchAt(forms, 0).map((x) => x.value)).toEqual(['contact']);
    expect(m.matchAt(forms, 1)).toEqual([]);
    expect(m.startsWith(matchKey('اتصال'))).toBe(true);
    expect(m.startsWith(matchKey('هاتفي'))).toBe(false);
  });

  it('orders the phrases of one first word longest first, whatever the order they were added in', () => {
    const m = new PhraseMatcher<string>().add('اتصال', 'short').add('اتصال هاتفي مطول', 'long').add('اتصال هاتفي', 'mid');
    const { forms } = words('جرى اتصال هاتفي مطول');
    expect(m.matchAt(forms, 1).map((x) => x.value)).toEqual(['long', 'mid', 'short']);
    expect(m.findAll(forms)).toEqual([{ start: 1, end: 4, value: 'long' }]);
    // Each later word is compared with the token at its own place, not one behind.
    expect(m.matchAt(words('جرى اتصال مطول هاتفي').forms, 1).map((x) => x.value)).toEqual(['short']);
  });

  it('ignores an empty phrase', () => {
    const m = new PhraseMatcher<string>().add('  ', 'empty').add('قمة', 'summit');
    expect(m.findAll(words('قمة  ').forms).map((x) => x.value)).toEqual(['summit']);
  });

  it('hasForm and wordSet agree with the matcher on forms', () => {
    const set = wordSet(['مؤتمر']);
    const { forms } = words('بالمؤتمر مؤتمرات');
    expect(hasForm(set, forms[0])).toBe(true);
    expect(hasForm(set, forms[1])).toBe(false);
    expect(hasForm(set, undefined)).toBe(false);
  });
});
