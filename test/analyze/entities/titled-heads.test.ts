import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// A person named after a title inside an institution's or a place's name (guide rules 1, 8, 12;
// name-heads.json `titledHeads`), read on unlabelled SaudiNewsNet days (session 14, issue #14);
// the sentences are fictional, written for these tests.

describe('a noun that names only with a title and a person after it', () => {
  it('a city, a complex, a library or a chair named after a king or a prince is one ORG, the person inside it', () => {
    expect(typedMentions('وقعت مدينة الملك عبدالعزيز للعلوم والتقنية اتفاقا أمس.')).toEqual([
      'ORG:مدينة الملك عبدالعزيز للعلوم والتقنية',
    ]);
    expect(typedMentions('نقل المصاب إلى مجمع الملك عبدالله الطبي أمس.')).toEqual(['ORG:مجمع الملك عبدالله الطبي']);
    expect(typedMentions('نظمت مكتبة الملك عبدالعزيز العامة معرضا للأطفال.')).toEqual(['ORG:مكتبة الملك عبدالعزيز العامة']);
    expect(typedMentions('أصدرت دارة الملك عبدالعزيز كتابا جديدا.')).toEqual(['ORG:دارة الملك عبدالعزيز']);
  });

  it('a park named after a prince is one LOC, and an adjective of a stadium or a town makes the city LOC', () => {
    expect(typedMentions('أقيم الحفل في حديقة الملك فهد المركزية أمس.')).toEqual(['LOC:حديقة الملك فهد المركزية']);
    expect(typedMentions('تقام المباراة في مدينة الملك عبدالله الرياضية غدا.')).toEqual(['LOC:مدينة الملك عبدالله الرياضية']);
  });

  it('the field goes on over a listed adjective joined by و', () => {
    expect(typedMentions('أطلقت مدينة الملك عبدالله للطاقة الذرية والمتجددة مبادرة.')).toEqual([
      'ORG:مدينة الملك عبدالله للطاقة الذرية والمتجددة',
    ]);
  });

  it('a library takes no field after ل: the phrase is the sentence\'s', () => {
    expect(typedMentions('وزعت مكتبة الملك عبدالعزيز للأطفال هدايا.')).toEqual(['ORG:مكتبة الملك عبدالعزيز']);
  });

  it('without a title the noun only describes, or names nothing', () => {
    expect(typedMentions('وصل الوفد إلى مدينة الرياض أمس.')).toEqual(['LOC:الرياض']);
    expect(typedMentions('افتتح المحافظ مجمع الدوائر الحكومية أمس.')).toEqual([]);
  });
});

describe('a head that takes no plain complement, before a title and a person the tagger missed', () => {
  it('is one ORG with the person', () => {
    expect(typedMentions('افتتح المحافظ مركز الأمير سلطان الحضاري أمس.')).toEqual(['ORG:مركز الأمير سلطان الحضاري']);
  });
});

describe('a title that titles a person only inside a personal head\'s name', () => {
  it('a mosque named after an imam is one LOC, the imam inside it', () => {
    expect(typedMentions('استهدف التفجير مسجد الإمام الصادق أمس.')).toEqual(['LOC:مسجد الإمام الصادق']);
    expect(typedMentions('ألقى الخطبة في جامع الإمام تركي بن عبدالله أمس.')).toEqual(['LOC:جامع الإمام تركي بن عبدالله']);
  });

  it('elsewhere the imam is no title the rule reads', () => {
    expect(typedMentions('ألقى الإمام خطبة الجمعة أمس.')).toEqual([]);
  });
});

describe('a Saudi body whose own name ends in the kingdom\'s adjective (guide rule 4)', () => {
  it('keeps the adjective inside one ORG, with no place of its own', () => {
    expect(typedMentions('قالت هيئة المساحة الجيولوجية السعودية إن الهزة خفيفة.')).toEqual([
      'ORG:هيئة المساحة الجيولوجية السعودية',
    ]);
    expect(typedMentions('نظمت جمعية الكشافة العربية السعودية ورشة عمل.')).toEqual(['ORG:جمعية الكشافة العربية السعودية']);
  });

  it('a ministry leaves it out, and two adjectives still name a bilateral body', () => {
    expect(typedMentions('قالت وزارة الصحة السعودية إن الحالات تراجعت.')).toEqual(['ORG:وزارة الصحة']);
    expect(typedMentions('قال عضو مجلس الأعمال السعودي المصري إن التبادل زاد.')).toEqual(['ORG:مجلس الأعمال السعودي المصري']);
  });
});

describe('a relational adjective after the person an institution is named after', () => {
  it('belongs to the name, with the field after it', () => {
    expect(typedMentions('قالت جامعة الإمام محمد بن سعود الإسلامية إن التسجيل بدأ.')).toEqual([
      'ORG:جامعة الإمام محمد بن سعود الإسلامية',
    ]);
    expect(typedMentions('نظم مركز الملك عبدالله العالمي للحوار ندوة.')).toEqual(['ORG:مركز الملك عبدالله العالمي للحوار']);
  });

  it('a country adjective stays outside', () => {
    expect(typedMentions('قال مستشفى الملك فهد السعودي إن الحالة مستقرة.')).toEqual(['ORG:مستشفى الملك فهد']);
  });
});
