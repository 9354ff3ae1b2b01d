import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// Guide rule 26 (docs/gold/entities-guide.md): "an established nickname of a team (`الأخضر` for the
// Saudi side, `أخضر اليد`) is the same ORG entity". Read on unlabelled SaudiNewsNet days
// (more/2015-07-22, 07-26, 08-02, 08-08; checked on 08-03 and 08-09: 12 found, none wrong), session
// 15, issue #14; the sentences are fictional.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));
// an article about sport: enough different sport words of name-heads.json `sport`
const SPORT = 'وقال مدرب المنتخب إن اللاعبين جاهزون للمباراة في البطولة.';

describe('a national team by its nickname in an article about sport (name-heads.json teamNicknames)', () => {
  it('the nickname alone, in quotes or not, with the rule named', () => {
    const doc = analyse(`${SPORT} ويسعى «الأخضر» إلى الفوز، ويقود الأخضر مدرب جديد.`);
    const ms = doc.entities.filter((e) => e.type === 'ORG').flatMap((e) => e.mentions.map((m) => [m.text, m.source]));
    expect(ms).toContainEqual(['الأخضر', 'rule:org/team-nickname']);
    expect(ms.filter(([t]) => t === 'الأخضر')).toHaveLength(2);
  });

  it('with منتخبنا before it, a nationality after it, and a sport after أخضر', () => {
    expect(orgs(`${SPORT} وفاز منتخبنا الأخضر على ضيفه.`)).toContain('ORG:منتخبنا الأخضر');
    expect(orgs(`${SPORT} ويعسكر الأخضر السعودي في تركيا.`)).toContain('ORG:الأخضر السعودي');
    expect(orgs(`تأهل أخضر السلة إلى النهائي. ${SPORT}`)).toContain('ORG:أخضر السلة');
  });

  it('…but a colour stays a colour: after a definite noun or a pronoun, in a list of colours, outside sport', () => {
    expect(orgs(`${SPORT} ورفع الحكم العلم الأخضر ثم ارتدت فرقتها الأخضر.`)).not.toContain('ORG:الأخضر');
    expect(orgs(`${SPORT} واختار المصمم الأخضر والأصفر للقمصان.`)).not.toContain('ORG:الأخضر');
    expect(orgs('يميل لون الشعر إلى الأخضر بعد السباحة في المسبح.')).not.toContain('ORG:الأخضر');
  });
});
