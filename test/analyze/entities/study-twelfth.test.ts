import { describe, expect, it } from 'vitest';
import { typedMentions as mentions } from './helpers.ts';

// ORG boundary classes read off a hand-marked study sample of 23 unlabelled SaudiNewsNet articles
// from eight newspapers (2015-08-10.zip and more/2015-07-27.zip, session 12, issue #14); the
// sentences are fictional, written for these tests.

describe('a body named with the region it serves (guide rule 20)', () => {
  it('takes a region written with its head and the article (بالمنطقة الشرقية), as it does بمنطقة', () => {
    expect(mentions('وقال متحدث هيئة الهلال الأحمر السعودي بالمنطقة الشمالية إن الدورات اكتملت.')).toContain(
      'ORG:هيئة الهلال الأحمر السعودي بالمنطقة الشمالية',
    );
    expect(mentions('وافتتحت جمعية البر الخيرية بالمنطقة الوسطى فرعا جديدا.')).toContain(
      'ORG:جمعية البر الخيرية بالمنطقة الوسطى',
    );
  });

  it('a place written without its head only says where the body is', () => {
    const a = mentions('وزار وفد من جمعية البر الخيرية بالدمام المعرض.');
    expect(a).toContain('ORG:جمعية البر الخيرية');
    expect(a).toContain('LOC:الدمام');
  });

  it('a name the lists know with its nationality keeps it (هيئة الهلال الأحمر السعودي), and no ل of purpose', () => {
    const a = mentions('ودعت السيدات إلى التقدم إلى هيئة الهلال الأحمر السعودي للتسجيل في الدورات.');
    expect(a).toContain('ORG:هيئة الهلال الأحمر السعودي');
    expect(a.some((m) => m.includes('للتسجيل'))).toBe(false);
  });
});

describe('a municipality named with a place that has its own head (name-heads.json directorates)', () => {
  it('بلدية + محافظة … is one ORG, the clitic outside', () => {
    expect(mentions('ونفذ المقاول مشروعا تابعا لبلدية محافظة أبو عريش قبل العيد.')).toContain(
      'ORG:بلدية محافظة أبو عريش',
    );
    expect(mentions('وأعلنت بلدية محافظة الخرج إغلاق المحل.')).toContain('ORG:بلدية محافظة الخرج');
  });
});

describe('a field after ل goes on over و + a noun in construct with its complement', () => {
  it('the field of a definite head: للأرصاد وحماية البيئة', () => {
    expect(mentions('وتوقعت الرئاسة العامة للأرصاد وحماية البيئة أمطارا على المرتفعات.')).toContain(
      'ORG:الرئاسة العامة للأرصاد وحماية البيئة',
    );
  });
});

describe('new heads: خلية (a cell of a ministry) and the definite head المكتب with an adjective of the name', () => {
  it('خلية + its definite complement and what is coordinated with it, beside the ministry after ب', () => {
    const a = mentions('وتم ذلك بالتنسيق مع خلية الإغاثة والعمليات الميدانية بوزارة الداخلية أمس.');
    expect(a).toContain('ORG:خلية الإغاثة والعمليات الميدانية');
    expect(a).toContain('ORG:وزارة الداخلية');
  });

  it('an indefinite adjective after خلية names nothing', () => {
    expect(mentions('وضبطت الشرطة خلية إرهابية في الحي.').filter((m) => m.startsWith('ORG'))).toEqual([]);
  });

  it('المكتب + an adjective of the name + its field', () => {
    expect(mentions('وقال المكتب الوطني للإحصاءات أمس إن الأسعار تراجعت.')).toContain(
      'ORG:المكتب الوطني للإحصاءات',
    );
  });
});

describe('a word that only looks definite, or carries tanween, does not continue a name', () => {
  it('a word in آ after a complement is the object (آلية جديدة), not an adjective of the ministry', () => {
    const a = mentions('واعتمدت وزارة الشؤون البلدية والقروية آلية حديثة لترقيم المباني.');
    expect(a).toContain('ORG:وزارة الشؤون البلدية والقروية');
    expect(a.some((m) => m.includes('آلية'))).toBe(false);
  });

  it('a chunk of a club does not end on an indefinite noun written with tanween (عقداً)', () => {
    const a = mentions('وقعت إدارة نادي الإتحاد عقداً رسمياً مع المدرب الروماني.');
    expect(a).toContain('ORG:نادي الإتحاد');
    expect(a.some((m) => m.includes('عقد'))).toBe(false);
  });
});

describe('sports channels of the Gulf (media.json)', () => {
  it('أبوظبي الرياضية is the channel, not the emirate', () => {
    const a = mentions('وقالت أبوظبي الرياضية في بيان إنها ستشفر المباريات.');
    expect(a).toContain('ORG:أبوظبي الرياضية');
    expect(a).not.toContain('LOC:أبوظبي');
  });
});
