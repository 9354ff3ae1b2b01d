import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';
import { COORDINATED_PLACE_RULE } from '../../../src/analyze/entities/coordinated-places.ts';

// Classes read off unlabelled SaudiNewsNet days (more/2015-07-22, 2015-08-03, 2015-08-08 and
// others, session 13, issue #14); the sentences are fictional, written for these tests.

const mentions = typedMentions;

describe('a place named by an everyday word inside a list of places (coordinated-places.ts)', () => {
  it('joined by و to places the lists know, or after a plural head, it is the place', () => {
    const a = mentions('تهطل أمطار على مناطق عسير والباحة وجازان ونجران مساء اليوم.');
    expect(a).toEqual(['LOC:عسير', 'LOC:الباحة', 'LOC:جازان', 'LOC:نجران']);
    const doc = analyse('وزار الفريق القصيم وحائل الأسبوع الماضي.');
    const hail = doc.entities.find((e) => e.mentions.some((m) => m.text === 'حائل'));
    expect(hail?.type).toBe('LOC');
    expect(hail?.mentions.map((m) => m.source)).toEqual([COORDINATED_PLACE_RULE]);
  });

  it('region names that are adjectives elsewhere count in such a list only', () => {
    expect(mentions('شملت الحملة مناطق الرياض والشرقية والحدود الشمالية.')).toEqual([
      'LOC:الرياض',
      'LOC:الشرقية',
      'LOC:الحدود الشمالية',
    ]);
    expect(mentions('وقال إن الطريق عسير والواجهة الشرقية جاهزة.')).toEqual([]);
  });

  it('a word that only folds to a listed place after a clitic is left alone', () => {
    // `فخور` (proud) is not ف + `الخور`, `وأدى` (and led) not `الوادي`
    const rules = (text: string) => analyse(text).entities.flatMap((e) => e.mentions.map((m) => m.source));
    expect(rules('وقال إن شعب القاهرة فخور بالإنجاز.')).not.toContain(COORDINATED_PLACE_RULE);
    expect(mentions('وقع الانفجار في دمشق، وأدى إلى أضرار.')).toEqual(['LOC:دمشق']);
  });
});

describe('a district named after حي with a preposition glued to the head (بحي السلام)', () => {
  it('is one LOC from the head on, the preposition outside', () => {
    expect(mentions('وأقيمت الخيمة الشعبية بحي الورود في ليلة العيد.')).toEqual(['LOC:حي الورود']);
    // (the tagger's bare name after it is the district too, not the body the word also names)
    expect(mentions('وتقع الشقة بحي الجزيرة، شرق الرياض.')).toEqual(['LOC:حي الجزيرة', 'LOC:الرياض']);
  });
});
