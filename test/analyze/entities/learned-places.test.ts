import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { LEARNED_PLACES_RULE, learnedPlace, learnedPlaces } from '../../../src/analyze/entities/learned-places.ts';

// Fictional sentences written for these tests (session 14: small places learned from place heads
// over unlabelled news, read on more/2015-08-06, 07-31 and 08-01: في الحوطة، في الصوابر، في باغا).

/** The words the rule tags as a place, with `places` tagged LOC first as the tagger might have them. */
function places(text: string, found: string[] = []): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const tags = ws.map((w) => (found.includes(w.text) ? 'B-LOC' : 'O'));
  const spans = learnedPlaces([ws], [tags]);
  for (const sp of spans) expect(sp.rule).toBe(LEARNED_PLACES_RULE);
  return spans.map((sp) => ws[sp.a]!.text);
}

describe('places learned from place heads (learned-places.json)', () => {
  it('holds the towns the unlabelled news names after a place head, not the everyday words', () => {
    expect(learnedPlace('الحوطه')).toBe(true);
    expect(learnedPlace('الصوابر')).toBe(true);
    // after منطقة now and then, mostly elsewhere: a currency, an adjective with a pronoun
    expect(learnedPlace('اليورو')).toBe(false);
    expect(learnedPlace('الجزاء')).toBe(false);
  });
  it('is a place alone after a word of place, with ب, or in a list of places', () => {
    expect(places('ووصلت القافلة إلى الحوطة صباح اليوم.')).toEqual(['الحوطة']);
    expect(places('واحتفل الأهالي بالصوابر مساء أمس.')).toEqual(['بالصوابر']);
    expect(places('وشهدت لحج والحوطة أمطارا غزيرة.', ['لحج'])).toEqual(['والحوطة']);
  });
  it('is left alone where no place stands', () => {
    // the head-noun rule reads the head and its name; a word that opens with ب is no ب + name
    expect(places('وزار الوفد محافظة الحوطة أمس.')).toEqual([]);
    expect(places('الحوطة هادئة هذا المساء.')).toEqual([]);
    expect(places('ووصلت القافلة إلى المدينة صباح اليوم.')).toEqual([]);
  });
});
