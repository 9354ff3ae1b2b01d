import { describe, expect, it } from 'vitest';
import { conventionChunks, typedMentions } from './helpers.ts';

// ORG classes read off unlabelled SaudiNewsNet days (more/2015-07-22, 07-26, 07-31, 08-03, session
// 13, issue #14); the sentences are fictional, written for these tests. The tags are given as the
// tagger might leave them (all O), so each test checks the convention rules on their own.

const chunks = (text: string) => conventionChunks(text);

describe('a noun in construct inside a name is a plain noun, not a word of the sentence (name-heads.json notInConstruct)', () => {
  it('a preposition, an adverb, a demonstrative or a quantifier after a head names nothing', () => {
    expect(chunks('ارتفعت أسهم شركة خلال هذا العام بنسبة كبيرة')).toEqual([]);
    expect(chunks('دعتني جامعة خارج حرمها الجامعي إلى محاضرة')).toEqual([]);
    expect(chunks('تدعم عشر شركات ومؤسسة هذه المبادرة الجديدة')).toEqual([]);
  });

  it('…nor after و inside a name: the name ends before it', () => {
    expect(chunks('اتفقت دول مجلس التنسيق وبعض الدول الأخرى على الخطة')).toEqual(['ORG:مجلس التنسيق']);
  });

  it('a word with an attached pronoun is never in construct (`تداولاتها`, `وأبرزها`)', () => {
    expect(chunks('أنهت أسهم خمسين شركة تداولاتها الأسبوع الماضي على ارتفاع')).toEqual([]);
    expect(chunks('وضع الفريق آلية محكمة تنفذها الجهات المعنية')).toEqual([]);
    expect(chunks('رصد مجلس الرقابة الصحية مخالفات وأبرزها التأخير الطويل')).toEqual(['ORG:مجلس الرقابة الصحية']);
  });

  it('a plain noun in construct still makes the name', () => {
    expect(chunks('افتتح مركز تطوير القدرات النسائية فرعا جديدا')).toEqual(['ORG:مركز تطوير القدرات النسائية']);
    expect(chunks('أعلنت هيئة الرقابة ومكافحة الفساد نتائجها')).toEqual(['ORG:هيئة الرقابة ومكافحة الفساد']);
  });
});

describe('a news agency named by `وكالة الأنباء` and its nationality, or `وكالة أنباء` and a name (name-heads.json newsAgencies)', () => {
  it('the head, the news word and the nationality adjective are one ORG', () => {
    expect(typedMentions('وقال مصدر لوكالة الأنباء الفرنسية إن الوضع هادئ.')).toEqual(['ORG:وكالة الأنباء الفرنسية']);
    expect(typedMentions('وذكرت وكالة الأنباء البرازيلية أن المدرب استقال.')).toEqual(['ORG:وكالة الأنباء البرازيلية']);
  });

  it('…with the agency\'s own name when it follows unquoted', () => {
    expect(typedMentions('وذكرت وكالة الأنباء الروسية تاس أن الرحلة نجحت.')).toEqual(['ORG:وكالة الأنباء الروسية تاس']);
  });

  it('`وكالة أنباء` before a name the tagger or the lists found is one ORG; a nationality after it stays outside', () => {
    expect(typedMentions('قالت وكالة أنباء يونهاب الكورية إن التجربة فشلت.')).toEqual(['ORG:وكالة أنباء يونهاب']);
  });

  it('news in general, or an agency of another kind, is no agency name', () => {
    expect(typedMentions('وتناقلت وكالات الأنباء الخبر صباحا.')).toEqual([]);
    expect(typedMentions('ولم تؤكد وكالة الأنباء الخبر حتى الآن.')).toEqual([]);
  });
});

describe('after و, another body ends an institution\'s name (name-heads.json otherBodies; a name found after و)', () => {
  it('a plural of a head, with or without the article, opens another body', () => {
    expect(chunks('فاز المجلس البلدي لأمانة العاصمة المقدسة والمجالس البلدية الأخرى بجائزة')).toEqual([
      'ORG:المجلس البلدي لأمانة العاصمة المقدسة',
    ]);
    expect(chunks('تعمل وزارة العمل والجهات التشريعية على النظام')).toEqual(['ORG:وزارة العمل']);
    expect(chunks('زار وفد الرئاسة العامة لرعاية الشباب ومراكز البحوث في الجامعات')).toEqual([
      'ORG:الرئاسة العامة لرعاية الشباب',
    ]);
  });

  it('a place or a body found after و is the next item of a list, not the end of the field', () => {
    expect(chunks('وقعت الهيئة العامة للسياحة والآثار ومحافظة الطائف اتفاقية للتعاون')).toEqual([
      'ORG:الهيئة العامة للسياحة والآثار',
      'LOC:ومحافظة الطائف',
    ]);
    expect(typedMentions('قدم الصندوق السعودي للتنمية وصندوق أوبك قرضا جديدا.')).toContain('ORG:الصندوق السعودي للتنمية');
  });

  it('`وكذلك` joins clauses, not the words of a name', () => {
    expect(chunks('ووقع اتحاد الكرة وكذلك الأندية على الميثاق')).toEqual(['ORG:اتحاد الكرة']);
  });

  it('a coordinated field stays in the name', () => {
    expect(chunks('أعلنت وزارة الثقافة والإعلام برنامجها')).toEqual(['ORG:وزارة الثقافة والإعلام']);
    expect(chunks('ضبطت الهيئة العامة للغذاء والدواء شحنة')).toEqual(['ORG:الهيئة العامة للغذاء والدواء']);
    expect(chunks('نظمت جمعية الثقافة والفنون معرضا')).toEqual(['ORG:جمعية الثقافة والفنون']);
  });
});

describe('a regional directorate with its head `إدارة`, and traffic among the fields (name-heads.json directorates)', () => {
  it('`إدارة` before a directorate and its place is part of the name', () => {
    expect(typedMentions('أعلنت إدارة تعليم حائل بدء الدراسة.')).toEqual(['ORG:إدارة تعليم حائل']);
    expect(typedMentions('ونجحت إدارة مرور منطقة تبوك في ضبط المخالف.')).toEqual(['ORG:إدارة مرور منطقة تبوك']);
  });

  it('traffic and the place it serves is the directorate; passing time is not', () => {
    expect(typedMentions('وذكر بيان لمرور حائل أن الطريق أغلق.')).toEqual(['ORG:مرور حائل']);
    expect(typedMentions('وتحسن الأداء مع مرور الوقت.')).toEqual([]);
  });
});

describe('Saudi security forces named by قوات/قوة (orgs.json), with the region a branch serves (guide rule 20)', () => {
  it('the force is one ORG, and with the region after ب one span', () => {
    expect(typedMentions('واستهدف الهجوم مسجدا لقوات الطوارئ قرب المدينة.')).toEqual(['ORG:قوات الطوارئ']);
    expect(typedMentions('وزار الأمير مقر قوة الطوارئ الخاصة بمنطقة تبوك.')).toEqual(['ORG:قوة الطوارئ الخاصة بمنطقة تبوك']);
    expect(typedMentions('ونفذت القوة الخاصة لأمن الطرق حملة.')).toEqual(['ORG:القوة الخاصة لأمن الطرق']);
  });

  it('the mosque named after the force is a place, whole', () => {
    expect(typedMentions('وقع التفجير في مسجد قوات الطوارئ الخاصة أمس.')).toEqual(['LOC:مسجد قوات الطوارئ الخاصة']);
  });
});

describe('a religious community is no organisation (guide rule 11; name-heads.json notNames)', () => {
  it('the tagger\'s ORG on a sect is dropped; the place beside it stays', () => {
    expect(typedMentions('واحتفل الشيعة بالعيد يوم السبت.')).toEqual([]);
    expect(typedMentions('وتضع اليد على شيعة العراق.')).toEqual(['LOC:العراق']);
  });

  it('…nor a people named by its plural (guide rule 4)', () => {
    expect(typedMentions('قال المحلل إن تقدم الأكراد في الشمال مستمر.')).not.toContain('ORG:الأكراد');
  });
});

describe('a religious formula after a name is no name, nor part of one (guide rule 11; name-heads.json formulae)', () => {
  it('`رحمه الله` between dashes is dropped, the person before it kept', () => {
    expect(typedMentions('ودار النقاش عن حياة الملك خالد - رحمه الله - وأبرز القرارات.')).toEqual(['PER:خالد']);
  });

  it('a person\'s name ends before the formula', () => {
    expect(typedMentions('وتوفي الشيخ سالم رحمه الله عام 1990.')).toEqual(['PER:سالم']);
  });
});

describe('a month glossed by its other spelling is a date, not the company it also names (month-gloss.ts)', () => {
  it('`نيسان` beside `أبريل` is no ORG; alone it may still be the company', () => {
    expect(typedMentions('وصرح المسؤول في أبريل (نيسان) الماضي بأن الاتفاق قريب.')).toEqual([]);
    expect(typedMentions('وبلغت الأصول تريليون ريال بنهاية نيسان (أبريل) الماضي.')).toEqual([]);
  });
});

describe('a Saudi body whose name runs over prepositions is known whole (orgs.json)', () => {
  it('هيئة الأمر بالمعروف والنهي عن المنكر is one ORG, not its first two words', () => {
    expect(typedMentions('وقال الرئيس السابق لهيئة الأمر بالمعروف والنهي عن المنكر إن القرار صائب.')).toEqual([
      'ORG:هيئة الأمر بالمعروف والنهي عن المنكر',
    ]);
  });
});

describe('Saudi bodies the head-noun rules cannot read whole are known (orgs.json)', () => {
  it('a foundation named by a king with a tail of its own, and a hospital named by a plural noun', () => {
    expect(typedMentions('وتواصل مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع برامجها.')).toEqual([
      'ORG:مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع',
    ]);
    expect(typedMentions('ونقل المصاب إلى مستشفى قوى الأمن في الرياض.')).toEqual(['ORG:مستشفى قوى الأمن', 'LOC:الرياض']);
  });
});

describe('a company\'s own name before a field in ين that is one noun (name-heads.json singularFields)', () => {
  it('insurance is a field, not the people served', () => {
    expect(chunks('وتصدر سهم شركة الريادة للتأمين قائمة الأسهم المرتفعة')).toEqual(['ORG:شركة الريادة للتأمين']);
    // (a plural of people after لل is still the sentence's)
    expect(chunks('تقدمت شركة الكهرباء للمشتركين باعتذار')).toEqual([]);
  });
});

describe('one word written with tanween is no place nor body (an indefinite noun or an adverb)', () => {
  it('the tagger\'s or the lists\' one-word name with tanween is dropped; a person keeps it', () => {
    expect(typedMentions('ويتوقع أن يصل الوفد باكراً إلى المدينة.')).toEqual([]);
    expect(typedMentions('وكان الإنتاج نيجيرياً بالكامل.')).toEqual([]);
  });
});
