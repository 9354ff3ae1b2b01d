import { describe, expect, it } from 'vitest';
import { QUOTE_CAP, splitSentences } from '../../src/text/sentences.ts';

/**
 * The less common marks a news text carries (pasted from Word, Urdu or Persian sources, the web):
 * each terminator, line break, space and closing mark the splitter knows, one at a time.
 */
function texts(text: string): string[] {
  return splitSentences(text, []).map((s) => s.text);
}

describe('splitSentences: every terminator ends a sentence', () => {
  it.each([
    ['.', 'full stop'],
    ['!', 'exclamation'],
    ['?', 'question'],
    ['؟', 'Arabic question'],
    ['…', 'ellipsis'],
    ['۔', 'Urdu full stop'],
    ['‼', 'double exclamation'],
    ['⁇', 'double question'],
    ['⁈', 'question exclamation'],
    ['⁉', 'exclamation question'],
  ])('%s (%s)', (mark) => {
    expect(texts(`وصل الوفد${mark} ثم بدأ الاجتماع`)).toEqual([`وصل الوفد${mark}`, 'ثم بدأ الاجتماع']);
  });

  it('does not end a sentence at other punctuation', () => {
    for (const mark of ['،', '؛', ':', ',', ';', '⁆', '‽']) {
      expect(texts(`وصل الوفد${mark} ثم بدأ الاجتماع`), mark).toEqual([`وصل الوفد${mark} ثم بدأ الاجتماع`]);
    }
  });
});

describe('splitSentences: every line break ends a sentence', () => {
  it.each([
    ['\n', 'LF'],
    ['\r', 'CR'],
    ['\u2028', 'line separator'],
    ['\u2029', 'paragraph separator'],
    ['\u000B', 'vertical tab'],
    ['\u000C', 'form feed'],
    ['\u0085', 'next line'],
  ])('%j (%s)', (br) => {
    const s = splitSentences(`العنوان بلا نقطة${br}النص الأول`, []);
    expect(s.map((x) => x.text)).toEqual(['العنوان بلا نقطة', 'النص الأول']);
    expect(s[1]!.start).toBe('العنوان بلا نقطة'.length + 1);
  });

  it('skips a run of line breaks and spaces before the next sentence', () => {
    const text = 'سطر أول\n \u00A0\r\n\tسطر ثان';
    const s = splitSentences(text, []);
    expect(s.map((x) => x.text)).toEqual(['سطر أول', 'سطر ثان']);
    expect(s[1]!.start).toBe(text.indexOf('سطر ثان'));
  });
});

describe('splitSentences: the spaces around a sentence are left out of it', () => {
  it.each([
    ['\u0020', 'space'],
    ['\t', 'tab'],
    ['\u00A0', 'no-break space'],
    ['\u1680', 'ogham space'],
    ['\u2000', 'en quad'],
    ['\u2009', 'thin space'],
    ['\u200F', 'right-to-left mark'],
    ['\u202F', 'narrow no-break space'],
    ['\u205F', 'math space'],
    ['\u3000', 'ideographic space'],
    ['\uFEFF', 'byte order mark'],
    ['\u061C', 'Arabic letter mark'],
  ])('%j (%s)', (sp) => {
    const text = `${sp}وصل الوفد.${sp}${sp}ثم بدأ الاجتماع${sp}`;
    const s = splitSentences(text, []);
    expect(s.map((x) => x.text)).toEqual(['وصل الوفد.', 'ثم بدأ الاجتماع']);
    expect(s[0]!.start).toBe(sp.length);
    expect(s[1]!.end).toBe(text.length - sp.length);
  });

  it('keeps the punctuation next to the space ranges (‐ ‰ 、 ؛) inside the sentence', () => {
    for (const c of ['\u2010', '\u2030', '\u3001', '\u061B']) {
      expect(texts(`${c}وصل الوفد${c}`), c).toEqual([`${c}وصل الوفد${c}`]);
    }
  });
});

describe('splitSentences: closing marks stay with the sentence they close', () => {
  it.each([
    [')', 'parenthesis'],
    [']', 'bracket'],
    ['»', 'guillemet'],
    ['’', 'right single quote'],
    ['›', 'single guillemet'],
  ])('%s (%s)', (closer) => {
    expect(texts(`انتهى الأمر.${closer} ثم بدأ غيره.`)).toEqual([`انتهى الأمر.${closer}`, 'ثم بدأ غيره.']);
  });

  it('does not keep an opening mark with the sentence before it', () => {
    expect(texts('انتهى الأمر.(ثم بدأ غيره).')).toEqual(['انتهى الأمر.', '(ثم بدأ غيره).']);
  });
});

describe('splitSentences: quotations', () => {
  it('does not split inside single guillemets ‹…›', () => {
    expect(texts('قال ‹لن نتراجع. أبدا› ثم غادر. وانتهى.')).toEqual(['قال ‹لن نتراجع. أبدا› ثم غادر.', 'وانتهى.']);
  });

  it('handles nested single guillemets', () => {
    expect(texts('قال ‹نقلوا ‹لا. أبدا› عنه. وهذا خطأ› ثم صمت. بعدها')).toEqual([
      'قال ‹نقلوا ‹لا. أبدا› عنه. وهذا خطأ› ثم صمت.',
      'بعدها',
    ]);
  });

  it('ends a sentence after a quotation closed by a terminator and a space', () => {
    expect(texts('قال الوزير: «انتهى الاجتماع. » وغادر القاعة.')).toEqual([
      'قال الوزير: «انتهى الاجتماع. »',
      'وغادر القاعة.',
    ]);
  });

  it('keeps the marks after the close of such a quotation with it', () => {
    expect(texts('قال: «انتهى الاجتماع!»!) وغادر.')).toEqual(['قال: «انتهى الاجتماع!»!)', 'وغادر.']);
  });

  it('does not end the sentence after a quotation whose last dot follows an abbreviation', () => {
    expect(texts('قال: «التقيت د.» سامي أمس. وغادر.')).toEqual(['قال: «التقيت د.» سامي أمس.', 'وغادر.']);
  });

  it('a blank line ends an unclosed guillemet quotation', () => {
    expect(texts('قال «كلام بلا نهاية\n\nفقرة جديدة. ثم» أخرى.')).toEqual([
      'قال «كلام بلا نهاية',
      'فقرة جديدة.',
      'ثم» أخرى.',
    ]);
  });

  it('a blank line breaks a pair of double quotes', () => {
    expect(texts('قال "كلام بلا نهاية\n\nفقرة جديدة. ثم" أخرى.')).toEqual([
      'قال "كلام بلا نهاية',
      'فقرة جديدة.',
      'ثم" أخرى.',
    ]);
  });

  it('a line break inside a quotation does not end the sentence', () => {
    expect(texts('قال «سطر أول\nسطر ثان. وثالث» ثم غادر.')).toEqual(['قال «سطر أول\nسطر ثان. وثالث» ثم غادر.']);
  });

  it('judges an odd number of double quotes by the letters around each', () => {
    // Three quotes: the first opens (a letter after it) and the second closes (a letter before it).
    expect(texts('قال "نص. آخر" ثم جملة. وبقي " وحده.')).toEqual(['قال "نص. آخر" ثم جملة.', 'وبقي " وحده.']);
    // A quote with a space after it cannot open.
    expect(texts('قال " نص. آخر" ثم " جملة.')).toEqual(['قال " نص.', 'آخر" ثم " جملة.']);
  });
});

describe('splitSentences: dots that do not end a sentence', () => {
  it('inside numbers in Arabic-Indic and Persian digits', () => {
    expect(texts('النمو ٢.٥ في المئة. والتضخم ۳.۱ فقط.')).toEqual(['النمو ٢.٥ في المئة.', 'والتضخم ۳.۱ فقط.']);
  });

  it('after an accented Latin initial', () => {
    expect(texts('التقى É. Zola أمس. ثم غادر.')).toEqual(['التقى É. Zola أمس.', 'ثم غادر.']);
  });

  it('after a Latin abbreviation from the lexicon, but not after any Latin word', () => {
    expect(texts('التقى Mr. Smith أمس. ثم غادر.')).toEqual(['التقى Mr. Smith أمس.', 'ثم غادر.']);
    expect(texts('وصل إلى Paris. ثم غادر.')).toEqual(['وصل إلى Paris.', 'ثم غادر.']);
  });

  it('after an Arabic abbreviation written with harakat or tatweel', () => {
    expect(texts('التقى دُ. سامي أمس. ثم غادر.')).toEqual(['التقى دُ. سامي أمس.', 'ثم غادر.']);
  });

  it('but a unit glued to a number before the dot ends the sentence (Arabic-Indic digits)', () => {
    expect(texts('وقع ذلك عام ١٤٤٢هـ. ثم تغير كل شيء.')).toEqual(['وقع ذلك عام ١٤٤٢هـ.', 'ثم تغير كل شيء.']);
  });

  it('a list number opening a sentence in Arabic-Indic digits', () => {
    expect(texts('الخطة:\n١. بناء المدارس.\n٢. تدريب المعلمين.')).toEqual([
      'الخطة:',
      '١. بناء المدارس.',
      '٢. تدريب المعلمين.',
    ]);
  });

  it('a number of three digits or more at the start is not a list number', () => {
    expect(texts('120. وارتفع العدد أمس.')).toEqual(['120.', 'وارتفع العدد أمس.']);
    expect(texts('12. بند ثان.')).toEqual(['12. بند ثان.']);
  });

  it('a number ending a sentence with a line break after its dot', () => {
    expect(texts('بلغ العدد 5.\nثم ارتفع.')).toEqual(['بلغ العدد 5.', 'ثم ارتفع.']);
  });

  it('a dot at the very end of a block', () => {
    expect(texts('بلغ العدد 5.')).toEqual(['بلغ العدد 5.']);
    expect(texts('2.')).toEqual(['2.']);
  });
});

describe('splitSentences: bounds of the quotation and abbreviation rules', () => {
  const body = (n: number): string => 'ك'.repeat(n);

  it('a guillemet quotation suppresses breaks up to QUOTE_CAP units from its opening mark, not one more', () => {
    // «, n letters, ". نص", »: the closing mark lies n + 5 units after the opening one.
    const within = `قال «${body(QUOTE_CAP - 5)}. نص» ثم. وانتهى.`;
    expect(texts(within)).toHaveLength(2);
    const beyond = `قال «${body(QUOTE_CAP - 4)}. نص» ثم. وانتهى.`;
    expect(texts(beyond)).toHaveLength(3);
  });

  it('a pair of double quotes suppresses breaks up to QUOTE_CAP units apart, not one more', () => {
    const within = `قال "${body(QUOTE_CAP - 5)}. نص" ثم. وانتهى "هنا" أخيرا.`;
    expect(texts(within)).toHaveLength(2);
    const beyond = `قال "${body(QUOTE_CAP - 4)}. نص" ثم. وانتهى "هنا" أخيرا.`;
    expect(texts(beyond)).toHaveLength(3);
  });

  it('pairs two quotations of double quotes in one sentence; a blank line breaks a pair', () => {
    expect(texts('قال "نص. آخر" و"ثالث. رابع" انتهى.')).toEqual(['قال "نص. آخر" و"ثالث. رابع" انتهى.']);
    expect(texts('قال "نص.\n\nآخر" ثم "هنا" أخيرا.')).toEqual(['قال "نص.', 'آخر" ثم "هنا" أخيرا.']);
  });

  it('a lone double quote at either end of a block opens nothing', () => {
    expect(texts('"نص. آخر')).toEqual(['"نص.', 'آخر']);
    expect(texts('قال نص. آخر "')).toEqual(['قال نص.', 'آخر "']);
    expect(texts('قال "نص. آخر "ثم. هنا')).toEqual(['قال "نص. آخر "ثم.', 'هنا']);
  });

  it('"X ." is an abbreviation only when X is a lone letter from the lexicon', () => {
    expect(texts('قال محمد . ثم غادر.')).toEqual(['قال محمد .', 'ثم غادر.']);
    expect(texts('د . سامر حضر.')).toEqual(['د . سامر حضر.']);
  });

  it('a list number may follow blanks at the start of its line; elsewhere a number ends the sentence', () => {
    expect(texts('قال: \n  3. بند ثالث.')).toEqual(['قال:', '3. بند ثالث.']);
    expect(texts('ورقمه 3. ثم غادر.')).toEqual(['ورقمه 3.', 'ثم غادر.']);
  });

  it('an abbreviation written with tatweel or a shadda is still one', () => {
    expect(texts('زار دـ. سامي المكان.')).toEqual(['زار دـ. سامي المكان.']);
    expect(texts('زار دّـ. سامي.')).toEqual(['زار دّـ. سامي.']);
  });

  it('dotted abbreviations from the lexicon only', () => {
    expect(texts('في ص.ب. 12 عنوان.')).toEqual(['في ص.ب. 12 عنوان.']);
    expect(texts('شركة ش.م. أعلنت.')).toEqual(['شركة ش.م.', 'أعلنت.']);
  });

  it('runs of two or four dots end a sentence like an ellipsis', () => {
    expect(texts('انتظر.. ثم عاد.')).toEqual(['انتظر..', 'ثم عاد.']);
    expect(texts('انتظر.... ثم عاد.')).toEqual(['انتظر....', 'ثم عاد.']);
  });

  it('an extra closing guillemet after a quotation ended by a full stop stays with it', () => {
    expect(texts('قال «لا.»» ثم. وانتهى')).toEqual(['قال «لا.»»', 'ثم.', 'وانتهى']);
  });
});

describe('splitSentences: the edges of the digit and letter ranges', () => {
  it('numbers with the first and last digit of each digit set keep their dot', () => {
    for (const [lo, hi] of [
      ['0', '9'],
      ['٠', '٩'],
      ['۰', '۹'],
    ]) {
      const s = `بلغ ${lo}.${hi} و${hi}.${lo} فقط. ثم`;
      expect(texts(s), s).toEqual([`بلغ ${lo}.${hi} و${hi}.${lo} فقط.`, 'ثم']);
    }
  });

  it('initials at the edges of the Latin ranges, upper and lower case', () => {
    for (const [a, b] of [
      ['A', 'Z'],
      ['a', 'z'],
      ['À', 'ɏ'],
    ]) {
      const s = `التقى ${a}. Smith و ${b}. Jones أمس. ثم`;
      expect(texts(s), s).toEqual([`التقى ${a}. Smith و ${b}. Jones أمس.`, 'ثم']);
    }
  });

  it('the multiplication and division signs are not initials', () => {
    expect(texts('قال ×. ثم')).toEqual(['قال ×.', 'ثم']);
    expect(texts('قال ÷. ثم')).toEqual(['قال ÷.', 'ثم']);
  });

  it('a Latin letter of either case right after a number\'s dot keeps it', () => {
    for (const c of ['A', 'Z', 'a', 'z']) expect(texts(`ثم 5.${c} هنا. بعد`), c).toEqual([`ثم 5.${c} هنا.`, 'بعد']);
  });
});
