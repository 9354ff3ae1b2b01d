/**
 * أكد / نفى + an unnamed source (مصدر، مصادر) with its adjectives and a preposition's phrase + a
 * claim as the verb's object: the source names no entity, so the claim after it was not read
 * (issue 15; marker:none on finite verbs; more/2015-08-02 skip 170, 07-23 skip 90, 08-09 skip 240,
 * 07-27 skip 50 and 08-06 skip 400: 1 quote found and 1 mended, 1 doubtful, none lost). The
 * sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const rows = (t: string): [string, string, string | null, string | null][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null, q.speaker.text?.text ?? null]);

describe('a claim after an unnamed source', () => {
  it('مصدر + a nisba adjective', () => {
    expect(rows('أكد مصدر محلي مقتل ثلاثة من المسلحين.')).toEqual([['indirect', 'مقتل ثلاثة من المسلحين', 'أكد', 'مصدر محلي']]);
  });

  it('مصادر + an adjective + في and a definite noun', () => {
    expect(rows('وأكدت مصادر أمنية في المحافظة وصول التعزيزات إلى المدينة.')).toEqual([
      ['indirect', 'وصول التعزيزات إلى المدينة', 'وأكدت', 'مصادر أمنية في المحافظة'],
    ]);
  });
});

describe('no claim where the word after the source belongs to it', () => {
  it('باسم continues the title of a spokesman', () => {
    expect(rows('ونفى المتحدث الرسمي باسم الجماعة هذه الأنباء.')).toEqual([]);
  });

  it('a deontic head stays no quote (أكد مصدر رسمي ضرورة…)', () => {
    expect(rows('وأكد مصدر رسمي في الوزارة ضرورة الالتزام بالتعليمات.')).toEqual([]);
  });
});
