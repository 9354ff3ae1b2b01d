/**
 * Where reported content ends, session 12 (issue 15): read off indirect contents of unlabelled
 * SaudiNewsNet days outside the sample (more/2015-07-21.zip, more/2015-07-24.zip) and the tuning
 * gold's span errors. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const texts = (t: string): string[] => quotes(t).map((q) => q.text.text);

describe('a participle of a pledge, a refusal, a reminder or a blame after a comma opens the speaker\'s next clause', () => {
  it('واعداً، رافضاً، مذكراً، محملاً end the content before them', () => {
    expect(texts('وأكد المحافظ أن المساعدات ستصل إلى القرى خلال يومين، واعداً بمزيد من القوافل في الأسابيع المقبلة.')).toEqual(['المساعدات ستصل إلى القرى خلال يومين']);
    expect(texts('وأوضح الوزير أن المفاوضات ما زالت جارية، رافضاً الحديث عن أي موعد لانتهائها.')).toEqual(['المفاوضات ما زالت جارية']);
    expect(texts('وقال المتحدث إن الطريق سيغلق مساء الجمعة، مذكراً السائقين بالطرق البديلة.')).toEqual(['الطريق سيغلق مساء الجمعة']);
    expect(texts('وأشار القائد إلى أن القصف طال الأحياء السكنية، محملاً الجماعة المسلحة مسؤولية سقوط الضحايا.')).toEqual(['القصف طال الأحياء السكنية']);
  });

  it('feminine and plural forms: محددةً، رافضين، منددين', () => {
    expect(texts('وطالبت الإدارة الموظفين بتحديث بياناتهم على الموقع، محددةً يوم الأحد آخر موعد للتحديث.')).toEqual(['بتحديث بياناتهم على الموقع']);
    expect(texts('وأكد السكان أن المياه انقطعت منذ أسبوع، رافضين مغادرة منازلهم قبل إصلاح الشبكة.')).toEqual(['المياه انقطعت منذ أسبوع']);
    expect(texts('وقال النواب إن القانون يحتاج إلى مراجعة، منددين بتأخر الحكومة في إرساله.')).toEqual(['القانون يحتاج إلى مراجعة']);
  });

  it('the plural participles of verbs of saying are cues of their own (منوهين، واصفين)', () => {
    expect(texts('وأكد الأطباء أن الحالة مستقرة، منوهين بأن المريض سيغادر المستشفى قريباً.')).toEqual(['الحالة مستقرة', 'المريض سيغادر المستشفى قريباً']);
    expect(texts('وأشار المشجعون إلى أن الفريق لعب بحماس، واصفين المباراة بأنها الأجمل هذا الموسم.')).toEqual(['الفريق لعب بحماس', 'الأجمل هذا الموسم']);
  });

  it('a feminine form that is also an adjective or a noun stays inside the content (طالبة، واعدة)', () => {
    expect(texts('وأكد المدير أن المدرسة استقبلت ثلاثين طالبة، طالبة من كل حي.')).toEqual(['المدرسة استقبلت ثلاثين طالبة، طالبة من كل حي']);
    expect(texts('وقال الخبير إن في القطاع فرصا كثيرة، واعدة للمستثمرين الصغار.')).toEqual(['في القطاع فرصا كثيرة، واعدة للمستثمرين الصغار']);
  });
});

describe('the speaker\'s grounds and the newspaper\'s own sourcing end the content', () => {
  it('مرجعةً، عاداً، مستنداً after a comma', () => {
    expect(texts('وذكرت الهيئة أن الرحلات توقفت يومين، مرجعةً ذلك إلى سوء الأحوال الجوية.')).toEqual(['الرحلات توقفت يومين']);
    expect(texts('ولفت المدير إلى أن السوق الجديد يخدم الأسر، عاداً ذلك دعماً للاقتصاد المحلي.')).toEqual(['السوق الجديد يخدم الأسر']);
    expect(texts('وقالت المنظمة إن السجناء حرموا من الزيارات، مستندةً إلى شهادات ذويهم.')).toEqual(['السجناء حرموا من الزيارات']);
  });

  it('، وعلمت + the newspaper: its own sourcing, not the speaker\'s words', () => {
    expect(texts('وأوضحت الإدارة أن الفريق أنهى معسكره في النمسا، وعلمت «الأخبار» من مصادرها أن المدرب طلب لاعبين جددا.')[0]).toBe('الفريق أنهى معسكره في النمسا');
  });
});

describe('the narrator\'s words around the next cue are no part of the content', () => {
  it('a two-word connective before the next cue (في حين) goes with that cue', () => {
    expect(texts('وطالب المسؤول بالسماح للعمال بالتنقل لتوصيل المواد الغذائية في حين حث الأطراف على العودة إلى الحوار.')).toEqual([
      'بالسماح للعمال بالتنقل لتوصيل المواد الغذائية',
      'على العودة إلى الحوار',
    ]);
  });

  it('، بحسبه / ، على حد قوله after the content repeat the attribution', () => {
    expect(texts('وأضاف المدرب أن الفريق لن يبيع أي لاعب هذا الصيف، بحسبه.')).toEqual(['الفريق لن يبيع أي لاعب هذا الصيف']);
    expect(texts('وقالت المديرة إن المدرسة ستفتح أبوابها مبكرا، على حد قولها.')).toEqual(['المدرسة ستفتح أبوابها مبكرا']);
  });
});
