// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { CITY_TEAM_RULE, retypeCityTeams, trimOrgNationality } from '../../../src/analyze/ner/city-teams.ts';
import { finishTags } from '../../../src/analyze/ner/finish.ts';
import { nerModel } from '../../../src/analyze/ner/tagger.ts';

// Fictional sentences written for these tests.
const run = (s: string, tags: string[]) => {
  const words = [s.split(' ')];
  const t = [tags];
  const spans = retypeCityTeams(nerModel(), words, t);
  return { tags: t[0]!, spans };
};

describe('a place followed by a masculine nationality adjective', () => {
  it('is a club (ORG): the adjective agrees with an implied النادي', () => {
    const { tags, spans } = run('وفاز هامبورغ الألماني على ضيفه', ['O', 'B-LOC', 'O', 'O', 'O']);
    expect(tags).toEqual(['O', 'B-ORG', 'O', 'O', 'O']);
    expect(spans).toEqual([{ s: 0, a: 1, b: 2 }]);
  });
  it('a whole chunk of several words is retyped', () => {
    const { tags } = run('تعادل سانت إتيان الفرنسي أمس', ['O', 'B-LOC', 'I-LOC', 'O', 'O']);
    expect(tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
  });
  it('the city with a feminine adjective stays a place', () => {
    const { tags, spans } = run('وصل الوفد إلى هامبورغ الألمانية أمس', ['O', 'O', 'O', 'B-LOC', 'O', 'O']);
    expect(spans).toEqual([]);
    expect(tags[3]).toBe('B-LOC');
  });
  it('a country stays a place, and a word that is not a nationality changes nothing', () => {
    expect(run('في فرنسا الفرنسي', ['O', 'B-LOC', 'O']).spans).toEqual([]);
    expect(run('وصل إلى هامبورغ الثاني', ['O', 'O', 'B-LOC', 'O']).spans).toEqual([]);
  });
  it('finishTags names the rule', () => {
    const words = [['وفاز', 'هامبورغ', 'الألماني', 'على', 'ضيفه']];
    const tags = [['O', 'B-LOC', 'O', 'O', 'O']];
    expect(finishTags(nerModel(), words, tags).map((r) => r.rule)).toContain(CITY_TEAM_RULE);
  });
});

describe('a nationality adjective after a one-word organisation', () => {
  it('is left out of the name', () => {
    const words = [['ونقلت', 'فاكتا', 'الألمانية', 'عن', 'الوزير']];
    const tags = [['O', 'B-ORG', 'I-ORG', 'O', 'O']];
    expect(trimOrgNationality(nerModel(), words, tags)).toEqual([{ s: 0, a: 1, b: 2 }]);
    expect(tags[0]).toEqual(['O', 'B-ORG', 'O', 'O', 'O']);
  });
  it('a longer name keeps it, and a word that is not a nationality stays', () => {
    const words = [
      ['منظمة', 'التحرير', 'الفلسطينية'],
      ['شركة', 'فاكتا', 'للتجارة'],
    ];
    const tags = [
      ['B-ORG', 'I-ORG', 'I-ORG'],
      ['O', 'B-ORG', 'I-ORG'],
    ];
    expect(trimOrgNationality(nerModel(), words, tags)).toEqual([]);
    expect(tags[0]).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    expect(tags[1]).toEqual(['O', 'B-ORG', 'I-ORG']);
  });
});
