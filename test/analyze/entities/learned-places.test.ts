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
    // after a plural head of places, and the next of the list after it
    expect(places('وتقدمت القوات نحو مدينتي الحوطة والصوابر أمس.')).toEqual(['الحوطة', 'والصوابر']);
  });
  it('is left alone where no place stands', () => {
    // a word that opens with the letter ب without the article is no ب + name (بائعات)
    expect(places('واستأجروا بائعات للمتجر.')).toEqual([]);
    expect(places('الحوطة هادئة هذا المساء.')).toEqual([]);
    expect(places('ووصلت القافلة إلى المدينة صباح اليوم.')).toEqual([]);
  });
});

describe('a learned place right after a place head the head-noun rule left', () => {
  /** The spans the rule sets, as text. */
  const spans = (text: string): string[] => {
    const ws = tokenize(text).map((t) => wordTok(t));
    const tags = ws.map(() => 'O');
    return learnedPlaces([ws], [tags]).map((sp) => ws.slice(sp.a, sp.b).map((w) => w.text).join(' '));
  };
  it('is the place with its head, or alone after a head that only describes (guide rules 2 and 15)', () => {
    expect(spans('وسيطر المقاتلون على مديرية الحوطة كاملة.')).toEqual(['مديرية الحوطة']);
    expect(spans('وعاد الهدوء إلى مدينة الصوابر أمس.')).toEqual(['الصوابر']);
  });
  it('is no place after a municipality, nor a feminine adjective after منطقة', () => {
    expect(spans('وافتتحت بلدية الحوطة حديقة جديدة.')).toEqual([]);
    expect(spans('وطالبوا بإقامة منطقة عازلة على الحدود.')).toEqual([]);
  });
});
