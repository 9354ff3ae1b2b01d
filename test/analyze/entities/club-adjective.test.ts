import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// Guide rule 4 (docs/gold/entities-guide.md): a country adjective after a complete name stays
// outside it (`نادي الوصل الإماراتي` → ORG `نادي الوصل`). clubs.json spells many clubs with their
// adjective; the match keeps the club and leaves the adjective out. Read on unlabelled
// SaudiNewsNet days (more/2015-07-22, 07-25, session 14, issue #14); fictional sentences.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('a club with its country adjective: the club only', () => {
  it('ريال مدريد الإسباني، روما الإيطالي، السد القطري: the adjective stays outside', () => {
    expect(orgs('انتقل اللاعب إلى ريال مدريد الإسباني مقابل مبلغ كبير.')).toEqual(['ORG:ريال مدريد']);
    expect(orgs('فاز روما الإيطالي على ضيفه بهدفين في المباراة الودية.')).toEqual(['ORG:روما']);
    expect(orgs('يلتقي الفريق مع السد القطري في الجولة المقبلة من البطولة.')).toEqual(['ORG:السد']);
  });

  it('names the rule that cut it, and still links the club', () => {
    const doc = analyse('انتقل اللاعب إلى ريال مدريد الإسباني مقابل مبلغ كبير.');
    const club = doc.entities.find((e) => e.type === 'ORG')!;
    expect(club.mentions.map((m) => [m.text, m.source])).toEqual([['ريال مدريد', 'rule:org/club-without-adjective']]);
    expect(club.en).toBe('Real Madrid CF');
  });

  it('…but a sports body whose head takes a complement keeps it (اتحاد الكرة المصري)', () => {
    expect(orgs('أعلن اتحاد الكرة المصري موعد انطلاق الموسم الجديد.')).toEqual(['ORG:اتحاد الكرة المصري']);
  });
});
