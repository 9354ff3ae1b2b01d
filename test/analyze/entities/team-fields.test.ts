import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// Guide rule 26 (docs/gold/entities-guide.md): a national team is one ORG "with its age group or
// sport when written". Read on unlabelled SaudiNewsNet days (more/2015-07-24, 07-27, 08-06,
// session 14, issue #14); the sentences are fictional.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('a national team takes its rank, age group and sport (name-heads.json teamFields)', () => {
  it('age group and sport after the team', () => {
    expect(orgs('تأهل المنتخب الكويتي للناشئين لكرة اليد إلى النهائي.')).toEqual(['ORG:المنتخب الكويتي للناشئين لكرة اليد']);
    expect(orgs('فاز منتخب اليابان لكرة القدم على منافسه.')).toEqual(['ORG:منتخب اليابان لكرة القدم']);
    expect(orgs('شارك منتخب مصر للتنس في البطولة.')).toEqual(['ORG:منتخب مصر للتنس']);
  });

  it('the rank before a sport, and a sport of two words', () => {
    const doc = analyse('يلعب المنتخب الأرجنتيني الأول لكرة القدم الشاطئية غدا.');
    const team = doc.entities.find((e) => e.type === 'ORG')!;
    expect(team.mentions.map((m) => [m.text, m.source])).toEqual([['المنتخب الأرجنتيني الأول لكرة القدم الشاطئية', 'rule:org/team-field']]);
  });

  it('a sport the tagger took for a name of its own (MISC) is still the team\'s field', () => {
    expect(orgs('أحرز المنتخب السعودي للتايكوندو ميداليتين.')).toEqual(['ORG:المنتخب السعودي للتايكوندو']);
    expect(typedMentions('أحرز المنتخب السعودي للتايكوندو ميداليتين.').filter((m) => m.startsWith('MISC:'))).toEqual([]);
  });

  it('منتخبنا with a qualifier or a field is the team, bare منتخبنا nothing (name-heads.json teamFields ours)', () => {
    expect(orgs('وتغلب منتخبنا الوطني على ضيفه.')).toEqual(['ORG:منتخبنا الوطني']);
    expect(orgs('وخسر منتخبنا للناشئين لكرة اليد مباراته.')).toEqual(['ORG:منتخبنا للناشئين لكرة اليد']);
    expect(orgs('وخسر منتخبنا مباراته الأولى.')).toEqual([]);
  });

  it('…and a verb after the sport is no second word of it', () => {
    expect(orgs('وقال إن منتخبنا الأول لكرة السلة قدم أداء جيدا.')).toEqual(['ORG:منتخبنا الأول لكرة السلة']);
  });

  it('a ل phrase of purpose after a team is the sentence\'s; the players it is for are its own', () => {
    expect(orgs('ويسعى المنتخب الإماراتي لتحقيق اللقب الأول.')).toEqual(['ORG:المنتخب الإماراتي']);
    expect(orgs('واستعد المنتخب الكويتي للتصفيات الآسيوية.')).toEqual(['ORG:المنتخب الكويتي']);
    expect(orgs('وعاد المنتخب السعودي لذوي الإعاقة إلى الرياض.')).toEqual(['ORG:المنتخب السعودي لذوي الإعاقة']);
    expect(orgs('وعسكر المنتخب السعودي للجودو للناشئين في أبها.').filter((m) => m.includes('منتخب'))).toEqual(['ORG:المنتخب السعودي للجودو للناشئين']);
  });

  it('…but a rank with no field after it stays outside, and a ball with no sport word is no sport', () => {
    expect(orgs('انضم اللاعب إلى المنتخب السعودي الأول بعد غياب.')).toEqual(['ORG:المنتخب السعودي']);
    expect(orgs('قدم المنتخب السعودي لكرة جديدة في التدريب.')).toEqual(['ORG:المنتخب السعودي']);
  });
});
