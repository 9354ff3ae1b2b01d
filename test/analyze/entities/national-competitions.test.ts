import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests (session 15: `كأس السوبر [الأوروبي]` cut before its
// adjective on tune2, and `كأس السوبر [السعودي]`, `[الإسبانية]`, `[الألماني]` … about 30 times in
// 1,200 articles of more/2015-07-23, 07-27 and 08-02).

/** The text of every MISC mention. */
function events(text: string): string[] {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'MISC').flatMap((e) => e.mentions.map((m) => m.text));
}

describe('a competition keeps the nationality that tells it from another (name-heads.json nationalCompetitions)', () => {
  it('a cup named by a common word keeps its country or continent', () => {
    expect(events('وتقام مباراة كأس السوبر السعودي في مدينة بعيدة.')).toEqual(['كأس السوبر السعودي']);
    expect(events('ويلتقي الفريقان في كأس السوبر الأوروبية غدا.')).toEqual(['كأس السوبر الأوروبية']);
    expect(events('وخسر الفريق نهائي دوري النجوم القطري أمس.')).toEqual(['دوري النجوم القطري']);
  });

  it('a proper name is complete without the adjective, and a league inside a championship keeps its own span', () => {
    expect(events('وفاز اللاعب ببطولة ويمبلدون الإنجليزية أمس.')).toEqual(['بطولة ويمبلدون']);
    expect(events('وتوج الفريق ببطولة الدوري السعودي الموسم الماضي.')).toEqual(['الدوري السعودي']);
  });
});
