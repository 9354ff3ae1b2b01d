import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Named exhibitions, forums and conferences (guide rule 21; event-forums.ts), read on unlabelled
// SaudiNewsNet days (session 14, issue #14); the sentences are fictional, written for these tests.

describe('an exhibition, a forum or a conference told a name by what follows it', () => {
  it('a place with an adjective or a field is one MISC, the place inside it', () => {
    expect(typedMentions('افتتح الأمير معرض الرياض الدولي للكتاب أمس.')).toEqual(['MISC:معرض الرياض الدولي للكتاب']);
    expect(typedMentions('شارك الوزير في منتدى جدة الاقتصادي أمس.')).toEqual(['MISC:منتدى جدة الاقتصادي']);
    expect(typedMentions('يعقد ملتقى صلالة السنوي للتحكيم التجاري في مارس.')).toEqual([
      'MISC:ملتقى صلالة السنوي للتحكيم التجاري',
    ]);
  });

  it('definite complements with a listed adjective or an edition are one MISC', () => {
    expect(typedMentions('زار الطلاب معرض الكتاب الدولي الثالث أمس.')).toEqual(['MISC:معرض الكتاب الدولي الثالث']);
    expect(typedMentions('انطلقت فعاليات ملتقى الشباب الثاني في أبها.')).toEqual(['MISC:ملتقى الشباب الثاني', 'LOC:أبها']);
  });

  it('the head as a plain noun names nothing, and a conference named by a place is the place', () => {
    expect(typedMentions('زار المحافظ معرض الفن التشكيلي في المدينة.')).toEqual([]);
    expect(typedMentions('قال الوزير في مؤتمر صحافي إن الوضع مستقر.')).toEqual([]);
    expect(typedMentions('قال في معرض الرد على سؤال إن الأمر انتهى.')).toEqual([]);
    expect(typedMentions('أفشل الخلاف مؤتمر جنيف العام الماضي.')).toEqual(['LOC:جنيف']);
  });
});

describe('the field of a named conference', () => {
  it('takes an adjective, not a relative pronoun', () => {
    expect(typedMentions('قال إن مؤتمر جدة للاستثمار الذي عقد في مارس نجح.')).toEqual(['MISC:مؤتمر جدة للاستثمار']);
  });
});
