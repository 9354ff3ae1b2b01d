import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPhraseStop, lastPhraseStop, splitSentences, QUOTE_CAP } from '../../src/text/sentences.ts';
import type { Span } from '../../src/doc/types.ts';
import { hostileText, newsText } from './arbitraries.ts';

function texts(text: string, blocks: Span[] = []): string[] {
  return splitSentences(text, blocks).map((s) => s.text);
}

function block(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

describe('splitSentences', () => {
  it('splits on . ! ? ؟ … and keeps the marks with their sentence', () => {
    expect(texts('وصل الوفد. هل انتهى الاجتماع؟ نعم! ثم غادروا… وانتهى اليوم')).toEqual([
      'وصل الوفد.',
      'هل انتهى الاجتماع؟',
      'نعم!',
      'ثم غادروا…',
      'وانتهى اليوم',
    ]);
  });

  it('keeps runs of marks together', () => {
    expect(texts('حقا؟! لا أصدق... حسنا.')).toEqual(['حقا؟!', 'لا أصدق...', 'حسنا.']);
  });

  it('never splits inside a quotation', () => {
    expect(texts('وقال: «لن نتراجع. سنواصل العمل؟ نعم». ثم غادر.')).toEqual([
      'وقال: «لن نتراجع. سنواصل العمل؟ نعم».',
      'ثم غادر.',
    ]);
    expect(texts('وقالت “الوضع صعب. لكنه تحت السيطرة” في بيان.')).toEqual([
      'وقالت “الوضع صعب. لكنه تحت السيطرة” في بيان.',
    ]);
    expect(texts('وأضاف "هذا نص. طويل" ثم سكت. انتهى.')).toEqual(['وأضاف "هذا نص. طويل" ثم سكت.', 'انتهى.']);
  });

  it('handles nested quotations', () => {
    expect(texts('قال «نقلوا عن الوزير «انتهى الأمر. لا عودة» أمس. وهذا خطأ» ثم صمت. بعدها')).toEqual([
      'قال «نقلوا عن الوزير «انتهى الأمر. لا عودة» أمس. وهذا خطأ» ثم صمت.',
      'بعدها',
    ]);
  });

  it('ends a sentence after a quotation that ends with a full stop', () => {
    expect(texts('قال الوزير: «انتهى الاجتماع.» وغادر القاعة.')).toEqual([
      'قال الوزير: «انتهى الاجتماع.»',
      'وغادر القاعة.',
    ]);
  });

  it('does not let an unclosed quotation swallow the rest', () => {
    expect(texts('قال «هذا اقتباس لم يغلق. جملة ثانية. جملة ثالثة.')).toEqual([
      'قال «هذا اقتباس لم يغلق.',
      'جملة ثانية.',
      'جملة ثالثة.',
    ]);
    const long = `قال «${'كلام طويل. '.repeat(Math.ceil(QUOTE_CAP / 10))}» ثم انتهى.`;
    expect(texts(long).length).toBeGreaterThan(10);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(
      texts(
        'التقى د. أحمد و م. سامي مع J. Smith من U.S. Army. النمو 2.5 في المئة. شركة الأمل ش.م.ع. أعلنت أرباحها.',
      ),
    ).toEqual([
      'التقى د. أحمد و م. سامي مع J. Smith من U.S. Army.',
      'النمو 2.5 في المئة.',
      'شركة الأمل ش.م.ع. أعلنت أرباحها.',
    ]);
  });

  it('splits after a unit letter glued to a number', () => {
    expect(texts('وقع ذلك عام 2021م. ثم تغير كل شيء.')).toEqual(['وقع ذلك عام 2021م.', 'ثم تغير كل شيء.']);
  });

  it('does not split inside a web address', () => {
    expect(texts('زوروا marsad.example.com للمزيد.')).toEqual(['زوروا marsad.example.com للمزيد.']);
  });

  it('splits at line breaks and drops empty lines', () => {
    expect(texts('العنوان بلا نقطة\n\nالفقرة الأولى\r\nالفقرة الثانية.\n\n')).toEqual([
      'العنوان بلا نقطة',
      'الفقرة الأولى',
      'الفقرة الثانية.',
    ]);
  });

  it('splits a sentence glued to the next without a space', () => {
    expect(texts('انتهى الاجتماع.وقال الوزير')).toEqual(['انتهى الاجتماع.', 'وقال الوزير']);
  });

  it('stays inside the blocks and gives each sentence its block index', () => {
    const text = 'عنوان الخبر\nالفقرة الأولى. جملة ثانية.\nخارج الكتل. \nالفقرة الثانية!';
    const p1 = text.indexOf('الفقرة الأولى');
    const p2 = text.indexOf('الفقرة الثانية');
    const blocks = [block(text, p1, text.indexOf('\n', p1)), block(text, p2, text.length)];
    const s = splitSentences(text, blocks);
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['الفقرة الأولى.', 0],
      ['جملة ثانية.', 0],
      ['الفقرة الثانية!', 1],
    ]);
    expect(splitSentences(text, []).every((x) => x.paragraph === -1)).toBe(true);
  });

  it('property: sentences are in order, non-overlapping, trimmed, inside their blocks, and keep offsets', () => {
    fc.assert(
      fc.property(
        fc.oneof(newsText, hostileText),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        (text, cuts) => {
          // Non-overlapping blocks in order, from random cut points.
          const points = [...new Set(cuts.flat().map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
          const blocks: Span[] = [];
          for (let k = 0; k + 1 < points.length; k += 2) blocks.push(block(text, points[k]!, points[k + 1]!));
          const sentences = splitSentences(text, blocks);
          let last = 0;
          for (const s of sentences) {
            expect(s.text).toBe(text.slice(s.start, s.end));
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.text.trim()).not.toBe('');
            expect(/^\s/.test(s.text) || /\s$/.test(s.text)).toBe(false);
            last = s.end;
            if (blocks.length > 0) {
              const b = blocks[s.paragraph]!;
              expect(s.start).toBeGreaterThanOrEqual(b.start);
              expect(s.end).toBeLessThanOrEqual(b.end);
            } else expect(s.paragraph).toBe(-1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: every non-space character of a block is in some sentence', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const s of splitSentences(text, [])) covered.fill(1, s.start, s.end);
        for (let i = 0; i < text.length; i++) {
          if (!covered[i]) expect(text[i]).toMatch(/[\s\u200B-\u200F\uFEFF\u061C]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitSentences with mismatched double quotes', () => {
  it('pairs reversed curly quotes by position', () => {
    expect(texts('قال ”نص أول. مهم“ ثم جملة. وقال ”نص ثان“ أخيرا.')).toEqual([
      'قال ”نص أول. مهم“ ثم جملة.',
      'وقال ”نص ثان“ أخيرا.',
    ]);
  });

  it('does not take a closing quote for an opening one', () => {
    expect(texts('وصفها بـ"المفرطة" ثم قال. وأضاف "نعم. لا" أخيرا.')).toEqual([
      'وصفها بـ"المفرطة" ثم قال.',
      'وأضاف "نعم. لا" أخيرا.',
    ]);
  });
});

describe('splitSentences with list numbers and spaced abbreviations', () => {
  it('keeps a list number with its item', () => {
    expect(texts('وتشمل الخطة ما يلي:\n1. بناء المدارس.\n2. تدريب المعلمين.')).toEqual([
      'وتشمل الخطة ما يلي:',
      '1. بناء المدارس.',
      '2. تدريب المعلمين.',
    ]);
  });

  it('reads "د ." as an abbreviation', () => {
    expect(texts('وقال د . سامر إن الخطة جاهزة.')).toEqual(['وقال د . سامر إن الخطة جاهزة.']);
  });

  it('still ends a sentence at a number', () => {
    expect(texts('بلغ عدد الزوار 120. وارتفع العدد أمس.')).toEqual([
      'بلغ عدد الزوار 120.',
      'وارتفع العدد أمس.',
    ]);
  });

  it('pairs double quotes in order when their spacing is irregular', () => {
    expect(texts('وقال: ” الأمر مهم. جدا ”، ثم غادر. وانتهى.')).toEqual([
      'وقال: ” الأمر مهم. جدا ”، ثم غادر.',
      'وانتهى.',
    ]);
  });
});

describe('phrase stops', () => {
  it('are the rough stops plus commas and semicolons, Arabic and Latin, and nothing else', () => {
    expect(firstPhraseStop('يقام سنويا، في مارس')).toBe(10);
    expect(lastPhraseStop('أولا، ثم; بعدها؛ أخيرا')).toBe(15);
    for (const ch of ['.', '؟', '!', '\n', '،', ',', '؛', ';']) {
      expect(firstPhraseStop(`في ${ch} مارس`)).toBe(3);
      expect(lastPhraseStop(`في ${ch} مارس`)).toBe(3);
    }
    for (const ch of [':', '-', '?', '«', ' ']) expect(firstPhraseStop(`في${ch}مارس`)).toBe(-1);
    expect(lastPhraseStop('')).toBe(-1);
  });
});
