import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// Guide rule 4 (docs/gold/entities-guide.md): an established name keeps its country adjective
// (`الهلال الأحمر السعودي`, `اللجنة الأولمبية السعودية`). Read on unlabelled SaudiNewsNet days
// (more/2015-07-24, 07-27, 08-06, session 14, issue #14); the sentences are fictional.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('a national Olympic committee is one ORG with its country (name-heads.json nationalBodies)', () => {
  it('head + Olympic adjective + country adjective', () => {
    expect(orgs('أعلنت اللجنة الأولمبية السعودية أسماء الوفد المشارك.')).toEqual(['ORG:اللجنة الأولمبية السعودية']);
    expect(orgs('أعلنت اللجنة البارالمبية القطرية عن مشاركتها.')).toEqual(['ORG:اللجنة البارالمبية القطرية']);
    const doc = analyse('وقع رئيس اللجنة الأولمبية اليابانية الاتفاق.');
    expect(doc.entities.filter((e) => e.type === 'ORG').flatMap((e) => e.mentions.map((m) => m.source))).toEqual(['rule:org/national-body']);
  });

  it('الهلال الأحمر takes its country adjective the same way (nationalBodies.names)', () => {
    expect(orgs('أعلن الهلال الأحمر السعودي عن خطته لموسم الحج.')).toEqual(['ORG:الهلال الأحمر السعودي']);
  });

  it('head + Olympic adjective alone names the body too', () => {
    expect(orgs('قالت اللجنة الأولمبية إن الوفد جاهز للسفر.')).toEqual(['ORG:اللجنة الأولمبية']);
  });

  it('…but an Olympic adjective after a word that is no head, or after a club, names nothing', () => {
    expect(orgs('يحتاج الملعب الأولمبي السعودي إلى صيانة عاجلة.')).toEqual([]);
    // (a club's Olympic side: the club's name, the adjective outside)
    expect(typedMentions('فاز الهلال الأولمبي على ضيفه في الدوري.').join()).not.toContain('الأولمبي');
  });
});
