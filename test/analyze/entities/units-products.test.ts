import { describe, expect, it } from 'vitest';
import { analyse, conventionChunks, typedMentions } from './helpers.ts';
import { PRODUCT_MODEL_RULE } from '../../../src/analyze/entities/conventions.ts';

// Classes read off 300 unlabelled SaudiNewsNet articles (more/2015-07-26.zip, session 10, issue
// #14); the sentences are fictional, written for these tests. The chunk-level tests give the tags as
// the tagger might leave them (all O), so each checks one convention rule on its own.

const chunks = (text: string) => conventionChunks(text);
const mentions = typedMentions;

describe('a department named after the role that runs it (name-heads.json afterRole, guide rule 17)', () => {
  it('مدير / مدير عام / و + role, then إدارة and its complement: one ORG', () => {
    expect(chunks('وأوضح مدير إدارة الشؤون الفنية بالمؤسسة أن العمل بدأ')).toEqual(['ORG:إدارة الشؤون الفنية']);
    expect(chunks('قال مدير عام إدارة النقل المدرسي إن الحافلات جاهزة')).toEqual(['ORG:إدارة النقل المدرسي']);
    expect(chunks('حضر اللقاء ومدير إدارة التخطيط والمتابعة')).toEqual(['ORG:إدارة التخطيط والمتابعة']);
  });

  it('a noun in construct and a place after it stay inside the name', () => {
    expect(mentions('وقالت مديرة إدارة مدارس تبوك إن الدراسة تبدأ الأحد.')).toContain('ORG:إدارة مدارس تبوك');
  });

  it('without a role before it, إدارة is "the management of" and names nothing', () => {
    expect(chunks('يدرس إدارة الأعمال في الجامعة')).toEqual([]);
    expect(chunks('نجحت إدارة الأزمة في تخفيف الأضرار')).toEqual([]);
    // a role with a clitic on the head is another construction (`مدير لإدارة …` is rare and loose)
    expect(chunks('عين مديرا لإدارة الأملاك')).toEqual([]);
    // a role that is not one of the listed ones
    expect(chunks('تحدث خبير إدارة الموارد عن التجربة')).toEqual([]);
  });
});

describe('a product line with its model designation is one MISC of its own (name-heads.json productModels, guide rule 13)', () => {
  it('a number, a Latin token or a model word after a product line of events.json', () => {
    const a = mentions('وطرحت الشركة هاتف جالكسي نوت 9 وجهاز آيفون 6 بلس في الأسواق.');
    expect(a).toContain('MISC:جالكسي نوت 9');
    expect(a).toContain('MISC:آيفون 6 بلس');
    expect(mentions('يعمل الحاسوب بنظام ويندوز 10 منذ شهر.')).toContain('MISC:ويندوز 10');
    expect(mentions('أعلنت الشركة عن هاتف غالاكسي S9 الجديد.')).toContain('MISC:غالاكسي S9');
  });

  it('the model is not merged with its product line, and names the rule that made it', () => {
    const doc = analyse('باع المتجر جهاز آيفون 6 بلس ثم جهاز آيفون آخر.');
    const model = doc.entities.find((e) => e.mentions.some((m) => m.text === 'آيفون 6 بلس'));
    expect(model?.type).toBe('MISC');
    expect(model?.mentions.map((m) => m.text)).toEqual(['آيفون 6 بلس']);
    expect(model?.mentions[0]!.source).toBe(PRODUCT_MODEL_RULE);
    const line = doc.entities.find((e) => e.mentions.some((m) => m.text === 'آيفون'));
    expect(line).toBeDefined();
    expect(line).not.toBe(model);
  });

  it('the line alone, or followed by a word that is no model, stays the line; a long number is no model', () => {
    expect(mentions('يفضل كثيرون هاتف جالكسي الجديد على غيره.')).toEqual(['MISC:جالكسي']);
    expect(mentions('بيع من آيفون 2500 جهاز في يوم واحد.')).toContain('MISC:آيفون');
  });
});

describe('a title never continues the name of a body (a role of its own, or the person in apposition)', () => {
  it('و + a title, or a title after the name, stays outside it', () => {
    expect(conventionChunks('حضر وكيل وزارة المالية والرئيس التنفيذي للصندوق')).toEqual(['ORG:وزارة المالية']);
    expect(conventionChunks('وقال مدير إدارة الشؤون الفنية المتحدث الرسمي إن')).toEqual(['ORG:إدارة الشؤون الفنية']);
  });

  it('a cup is still named by a title alone', () => {
    expect(conventionChunks('فاز الفريق بكأس الملك أمس')).toEqual(['MISC:بكأس الملك']);
  });
});
