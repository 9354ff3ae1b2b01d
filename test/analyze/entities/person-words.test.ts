import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { innerPersonWords, keepsFirstLetter } from '../../../src/analyze/entities/person-words.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests (session 14: a foreign family name opening with ف,
// ك or ب cut after that letter at its second mention, read on unlabelled news of 2015-08-02,
// 2015-08-06 and 2015-07-27).

/** The person mentions of a whole analysis, grouped by entity. */
function persons(text: string): string[][] {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'PER').map((e) => e.mentions.map((m) => m.text));
}

describe('a family name whose first letter reads as a clitic', () => {
  it('keeps that letter where the article wrote the word inside the full name', () => {
    expect(persons('وقال الممثل التجاري جيمس فرومان إن المفاوضات مستمرة. وأضاف فرومان أن الاتفاق قريب.')).toEqual([
      ['جيمس فرومان', 'فرومان'],
    ]);
    expect(persons('وكتب الناقد الرياضي باولو كالسادي مقالا. وأعرب كالسادي عن حزنه.')).toEqual([['باولو كالسادي', 'كالسادي']]);
  });

  it('…but a و stays a conjunction, which the tagger may have read inside two joined names', () => {
    const ws = tokenize('وحضر شوداري ورحمان الجلسة.').map((t) => wordTok(t));
    const tags = ws.map((w) => (w.text === 'شوداري' ? 'B-PERS' : w.text === 'ورحمان' ? 'I-PERS' : 'O'));
    const inner = innerPersonWords([ws], [tags]);
    expect(inner.has(ws.find((w) => w.text === 'ورحمان')!.fold)).toBe(true);
    expect(keepsFirstLetter(ws.find((w) => w.text === 'ورحمان')!, inner)).toBe(false);
    const ks = tokenize('وقال فرومان').map((t) => wordTok(t));
    expect(keepsFirstLetter(ks[1]!, new Set([ks[1]!.fold]))).toBe(true);
    expect(keepsFirstLetter(ks[1]!, new Set())).toBe(false);
  });
});
