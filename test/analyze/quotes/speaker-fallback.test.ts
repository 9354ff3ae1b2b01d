import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.ts';

// Issue 15, speakers: a cue with no subject of its own and no earlier speaker in the article takes
// the person named before it in its paragraph (fictional sentences).
describe('hidden subject with no earlier speaker', () => {
  const t = 'وكنت أظن أن الخبر مزحة لولا أن سامر الحربي مدير المكتب الإعلامي للنادي خرج مؤكداً أن الصفقة تمت.';
  const ents = (x: string) => [analyseEntity(x, 'p1', 'سامر الحربي', ['سامر الحربي'])];

  it('a masculine participle takes the person named earlier in the paragraph', () => {
    const { quotes } = analyse(t, ents);
    const q = quotes.find((x) => x.text.text.startsWith('الصفقة'))!;
    expect(q.speaker.entity).toBe('p1');
    expect(q.speaker.text?.text).toBe('سامر الحربي');
  });

  it('the fullest earlier mention of that person is the speaker text', () => {
    const u = 'زار سامر الحربي المعرض أمس، والحربي كعادته متفائل حين قال في لقاء إذاعي إن الموسم صعب.';
    const { quotes } = analyse(u, (x) => [analyseEntity(x, 'p1', 'سامر الحربي', ['سامر الحربي', 'الحربي'])]);
    const q = quotes.find((x) => x.text.text.startsWith('الموسم'))!;
    expect(q.speaker.entity).toBe('p1');
    expect(q.speaker.text?.text).toBe('سامر الحربي');
  });

  it('the person found that way speaks on in the next paragraph', () => {
    const u = 'وكنت أظن أن الخبر مزحة لولا أن سامر الحربي خرج مؤكداً أن الصفقة تمت.\nثم واصل إبهار الجمهور حين قال في تصريح صحفي: ” وجود المدربين في المباراة مهم جداً للجميع”، وهنا انتهى.';
    const { quotes } = analyse(u, (x) => [analyseEntity(x, 'p1', 'سامر الحربي', ['سامر الحربي'])]);
    const q = quotes.find((x) => x.kind === 'direct' && x.text.text.startsWith('وجود'))!;
    expect(q.speaker.entity).toBe('p1');
  });

  it('a feminine participle does not fall back to a man named earlier', () => {
    const u = 'استقبل الوزير خالد النمر الوفد، ووزعت المدارس الكتب على الطلاب مؤكدةً أن التوزيع اكتمل.';
    const { quotes } = analyse(u, (x) => [analyseEntity(x, 'p2', 'خالد النمر', ['خالد النمر'])]);
    const q = quotes.find((x) => x.text.text.startsWith('التوزيع'));
    expect(q?.speaker.entity ?? null).not.toBe('p2');
  });

  it('a person in another paragraph is not taken', () => {
    const u = 'زار سامر الحربي المعرض.\nوخرج الجمهور سعيدا مؤكداً أن العرض جميل.';
    const { quotes } = analyse(u, (x) => [analyseEntity(x, 'p1', 'سامر الحربي', ['سامر الحربي'])]);
    const q = quotes.find((x) => x.text.text.startsWith('العرض'));
    expect(q?.speaker.entity ?? null).not.toBe('p1');
  });
});

function analyseEntity(x: string, id: string, name: string, forms: string[]): ReturnType<typeof entity> {
  return entity(x, id, 'PER', name, forms);
}

// Issue 15: a group speaker is the noun phrase, not the phrase with the verb's complement glued on.
describe('a glued ب-complement ends the speaker phrase', () => {
  it('طالب ذوو … بمحاسبة … → ذوو الضحايا', () => {
    const { quotes } = analyse('وطالب ذوو الضحايا بمحاسبة المسؤولين، مؤكدين أن العدالة ستتحقق.');
    // بمحاسبة is the directive's content too (directive-simple-nouns.test.ts), with the same speaker.
    expect(quotes.map((q) => q.speaker.text?.text)).toEqual(['ذوو الضحايا', 'ذوو الضحايا']);
  });

  it('the subject of a participle’s sentence stops before بمسيرة', () => {
    const { quotes } = analyse('وخرج الأهالي بمسيرة كبيرة مؤكدين أن الحي آمن.');
    expect(quotes.map((q) => q.speaker.text?.text)).toEqual(['الأهالي']);
  });

  it('a short name after the verb is kept whole', () => {
    const { quotes } = analyse('وطالب مدير التعليم بدر العلي بتوفير الحافلات، مؤكدا أن النقل ضروري.');
    expect(quotes.map((q) => q.speaker.text?.text)).toEqual(['بدر العلي', 'بدر العلي']);
  });
});

// Issue 15: the fullest mention of the speaker, not the organisation that employs them.
describe('NAME ROLE في ORG without a comma', () => {
  it('the name before the role noun speaks, not the organisation', () => {
    const t = 'انقطعت المياه أمس.\nوأوضح ماجد طلال مدير عام العمليات في هيئة المياه "الضخ سيعود قريبا إلى كل الأحياء".';
    const { quotes } = analyse(t, (x) => [entity(x, 'o1', 'ORG', 'هيئة المياه', ['هيئة المياه'])]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker.entity).not.toBe('o1');
    expect(quotes[0]!.speaker.text?.text).toBe('ماجد طلال');
  });

  it('the role is remembered for a later cue that names only the role', () => {
    const t = 'وأوضح ماجد طلال مدير عام العمليات في الهيئة أن الضخ سيعود.\nوأضاف مدير عام العمليات أن الأحياء كلها ستخدم.';
    const { quotes } = analyse(t);
    expect(quotes.map((q) => q.speaker.text?.text)).toEqual(['ماجد طلال', 'ماجد طلال']);
  });
});

// Issue 15: a document speaks for its issuer, and the verb's object is never part of the speaker.
describe('a statement glued to its issuer (بيان للجمعية …)', () => {
  const t = 'وأشار بيان للجمعية الخيرية للأيتام تلقت الصحيفة نسخة منه إلى أن التبرعات زادت.\nوناشد البيان رجال الأعمال بدعم الجمعية «من أجل كفالة مئة يتيم في المدينة».';

  it('the issuer after the indefinite document noun speaks, without the clause that follows', () => {
    const q = analyse(t).quotes.find((x) => x.text.text === 'التبرعات زادت')!;
    expect(q.speaker.text?.text).toBe('جمعية الخيرية للأيتام');
  });

  it('البيان later stands for that issuer, not البيان + the verb’s object', () => {
    const q = analyse(t).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.text?.text).toBe('جمعية الخيرية للأيتام');
  });
});

// Issue 15: a direct quote whose speaker is named in the sentence after it.
describe('«…». قال ذلك فلان', () => {
  const ents = (x: string) => [analyseEntity(x, 'p1', 'سامر الحربي', ['سامر الحربي']), analyseEntity(x, 'p2', 'خالد النمر', ['خالد النمر'])];
  const lead = 'وقال الوزير خالد النمر إن الميزانية جاهزة.\n';

  it('the speaker after قال ذلك in the next paragraph, not the last speaker', () => {
    const { quotes } = analyse(lead + '"الموسم صعب جدا على الجميع هذا العام".\nقال ذلك المدرب سامر الحربي في المؤتمر الصحفي.', ents);
    const q = quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.entity).toBe('p1');
    expect(q.cue?.text).toBe('قال');
  });

  it('the speaker after قال ذلك in the same paragraph', () => {
    const { quotes } = analyse(lead + '"الموسم صعب جدا على الجميع هذا العام". قال ذلك المدرب سامر الحربي في المؤتمر.', ents);
    expect(quotes.find((x) => x.kind === 'direct')!.speaker.entity).toBe('p1');
  });
});

// Issue 15: a direct quote whose speaker is named in the sentence before it.
describe('وقال فلان إنّ… . "…"', () => {
  it('a quotation opening the next sentence of the paragraph takes that statement’s speaker', () => {
    const t = 'افتتح الملعب أمس.\nوقال المدرب سامر الحربي في المؤتمر إن الفريق جاهز. "الموسم صعب جدا على الجميع هذا العام".';
    const { quotes } = analyse(t, (x) => [analyseEntity(x, 'p1', 'سامر الحربي', ['سامر الحربي'])]);
    const q = quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker.entity).toBe('p1');
  });

  it('a short quoted name in the next sentence is not a quotation', () => {
    const t = 'وقال المدرب سامر الحربي إن الفريق جاهز. "النجوم" فاز أمس.';
    expect(analyse(t).quotes.filter((x) => x.kind === 'direct')).toHaveLength(0);
  });
});
