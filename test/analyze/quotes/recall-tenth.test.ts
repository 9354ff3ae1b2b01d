/**
 * Quote recall, session 10 (issue 15), read off unlabelled SaudiNewsNet days outside the sample:
 * cue verbs the lexicon lacked (أجاب, تساءل before a colon or a quotation). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

describe('cue verbs added from unlabelled news', () => {
  it('أجاب before a colon and a quotation is a direct quote', () => {
    const v = view(quotes('وعن خطط النادي للموسم المقبل، أجاب المدرب سالم الناصر: «سنعتمد على اللاعبين الشباب في المباريات الأولى».'));
    expect(v).toEqual([{ kind: 'direct', text: 'سنعتمد على اللاعبين الشباب في المباريات الأولى', cue: 'أجاب', speaker: 'سالم الناصر' }]);
  });

  it('أجاب with an أن clause is reported speech', () => {
    const v = view(quotes('وسئل الوزير عن موعد افتتاح الجسر، فأجاب بأن العمل سينتهي قبل نهاية العام.'));
    expect(v.map((q) => [q.kind, q.text, q.cue])).toEqual([['indirect', 'العمل سينتهي قبل نهاية العام', 'فأجاب']]);
  });

  it('تساءل opens a question after a colon, and reads no أن/إن after it as reported speech', () => {
    const v = view(quotes('وتساءل الكاتب عادل المرزوق: من يتحمل كلفة هذا التأخير الطويل؟'));
    expect(v.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', 'من يتحمل كلفة هذا التأخير الطويل', 'وتساءل']]);
    // تساءل إن كان… is "wondered whether": no statement.
    expect(quotes('وتساءل الأهالي إن كانت البلدية ستصلح الطريق قبل الشتاء.')).toEqual([]);
  });
});

describe('where an أن clause ends', () => {
  const texts = (t: string): string[] => quotes(t).map((q) => q.text.text);

  it('a comma and و + another speech act (أعرب، أشاد، تحدث) open the narrator\'s next clause', () => {
    expect(texts('وأكد المحافظ أن المشروع سينتهي في موعده، وأعرب عن شكره للعاملين فيه.')).toEqual(['المشروع سينتهي في موعده']);
    expect(texts('وقال الوزير إن الاتفاق يحمي الصيادين، وتحدث عن خطط الوزارة للموسم المقبل.')).toEqual(['الاتفاق يحمي الصيادين']);
    expect(texts('وذكرت الشرطة أن الحريق بدأ في المخزن، وأشاد السكان بسرعة رجال الإطفاء.')).toEqual(['الحريق بدأ في المخزن']);
  });

  it('a verb of the content after و stays in it (قدم، عبر)', () => {
    expect(texts('ولفت المدرب إلى أن المعسكر حقق أهدافه، وقدم خدمات كبيرة للاعبين.')).toEqual(['المعسكر حقق أهدافه، وقدم خدمات كبيرة للاعبين']);
  });
});

describe('the narrator after a comma: يأتي ذلك، وذلك بحسب', () => {
  it('ends the content before the narrator\'s context or source', () => {
    const texts = (t: string): string[] => quotes(t).map((q) => q.text.text);
    expect(texts('وأكدت الجمعية أن التسجيل مفتوح للجميع، يأتي ذلك في الوقت الذي افتتحت فيه فرعها الثالث.')).toEqual(['التسجيل مفتوح للجميع']);
    expect(texts('وكشف المدير أن الإقبال ارتفع هذا العام، وذلك بحسب استبيان أعدته الإدارة.')).toEqual(['الإقبال ارتفع هذا العام']);
  });
});

describe('attribution after the content without a comma', () => {
  const texts = (t: string): string[] => quotes(t).map((q) => q.text.text);

  it('، وذلك حسبما قال… and a verb of saying after ما that ends the sentence', () => {
    expect(texts('وصل الوفد التجاري إلى العاصمة صباح أمس، وذلك حسبما قال مسؤول في الغرفة التجارية.')).toEqual(['وصل الوفد التجاري إلى العاصمة صباح أمس']);
    expect(texts('سيغيب المهاجم عن الفريق أسبوعين بسبب إصابة في الركبة بحسب ما ذكر النادي.')).toEqual(['سيغيب المهاجم عن الفريق أسبوعين بسبب إصابة في الركبة']);
  });

  it('not a bare بحسب mid-clause, nor ما + a verb that the sentence goes on after', () => {
    expect(texts('وتختلف أسعار العسل بحسب نوعه ومصدره.')).toEqual([]);
    expect(texts('ووضع المخطط بحسب ما ذكر المهندس في الاجتماع، ثم عرض على المجلس.')).toEqual([]);
  });
});

describe('an attribution to a name in quotation marks', () => {
  it('بحسب "…" is a source as a newspaper or an agency is; a bare بحسب + a common noun is not', () => {
    const texts = (t: string): string[] => quotes(t).map((q) => q.text.text);
    expect(texts('تمنح الموظفة إجازة طوال فترة العدة، بحسب “الرائد”.')).toEqual(['تمنح الموظفة إجازة طوال فترة العدة']);
    expect(texts('وبحسب "الرائد"، تأمل الحكومة اختتام المحادثات سريعا.')).toEqual(['تأمل الحكومة اختتام المحادثات سريعا']);
    expect(texts('وتوزع المقاعد على الطلاب، بحسب الترتيب.')).toEqual([]);
  });
});
