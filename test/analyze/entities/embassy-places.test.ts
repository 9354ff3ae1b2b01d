import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// An embassy named with the place where it stands is one ORG (tune2 choice under guide rule 20:
// `سفارة المملكة في باريس`). The embassy and the city came apart (`[السفارة الأمريكية] في [طهران]`),
// about 20 times in one day of unlabelled news (more/2015-07-21) and once on tune3, session 16,
// issue #14. Fictional sentences.

describe('an embassy with its place: one ORG', () => {
  it('after في or لدى, or with ب glued to the place', () => {
    expect(typedMentions('أغلقت السفارة الأمريكية في نيروبي أبوابها يومين.')).toEqual(['ORG:السفارة الأمريكية في نيروبي']);
    expect(typedMentions('عمل مستشارا بالسفارة السعودية لدى الخرطوم خمس سنوات.')).toEqual(['ORG:السفارة السعودية لدى الخرطوم']);
    expect(typedMentions('تعاونت الجمعية مع سفارة المملكة بمصر في حملة الشتاء.')).toEqual(['ORG:سفارة المملكة بمصر']);
  });

  it('names the rule', () => {
    const doc = analyse('أقيم الحفل بمقر القنصلية العامة في هونج كونج أمس.');
    expect(doc.entities.flatMap((e) => e.mentions.map((m) => [e.type, m.text, m.source]))).toEqual([
      ['ORG', 'القنصلية العامة في هونج كونج', 'rule:org/embassy-place'],
    ]);
  });

  it('…but an embassy with no place after it is left as it was', () => {
    expect(typedMentions('قال مسؤول في السفارة إن المعاملات تسير بانتظام.')).toEqual([]);
  });
});
