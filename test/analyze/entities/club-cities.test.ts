import { describe, expect, it } from 'vitest';
import { CLUB_CITY_RULE } from '../../../src/analyze/entities/club-cities.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests (session 15: foreign clubs named after their city
// typed as the city in articles about sport, on tune2 and on more/2015-07-23, 07-27 and 08-02).

/** Every mention as `TYPE text`, with the rule that made it when `rules` is set. */
function mentions(text: string, rules = false): string[] {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}${rules ? ` ${m.source}` : ''}`));
}

// three sport words or more make an article about sport
const SPORT = 'وقال المدرب إن اللاعب جاهز للمباراة في الدوري.';

describe('a foreign city that names a club, in an article about sport (club-cities.ts)', () => {
  it('is the club', () => {
    const ms = mentions(`فاز برشلونة على منافسه بهدفين. ${SPORT}`, true);
    expect(ms).toContain(`ORG برشلونة ${CLUB_CITY_RULE}`);
  });

  it('stays the place after a preposition of place, a mayor, or outside sport', () => {
    expect(mentions(`وأقام الفريق معسكره في مدينة «برشلونة». ${SPORT}`)).toContain('LOC برشلونة');
    expect(mentions(`وقال عمدة برشلونة إن المدينة جاهزة. ${SPORT}`)).toContain('LOC برشلونة');
    expect(mentions('وزار الوفد برشلونة أمس والتقى رجال الأعمال.')).toContain('LOC برشلونة');
  });

  it('never makes a club of a country', () => {
    expect(mentions(`وفاز المنتخب على الكويت أمس. ${SPORT}`)).toContain('LOC الكويت');
  });
});
