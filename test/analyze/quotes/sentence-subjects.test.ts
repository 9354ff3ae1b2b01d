/**
 * Who speaks when the cue has no subject of its own: the subject of the sentence's opening verb,
 * read also after a pluperfect auxiliary (وكانت قوات… دانت…، معتبرة) and for an organisation named
 * right after a verb of saying whose content is not a quote (أعلنت الحركة مسؤوليتها…، قائلة…); the
 * participle passes its subject on to the وقالت that follows. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/doc/types.ts';
import { analyse, entity } from './helpers.ts';

const spoken = (text: string, ents: (t: string) => Entity[] = () => []): [string, string | null, string | null][] =>
  analyse(text, ents).quotes.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text ?? null]);

describe('the subject of the sentence speaks through a subjectless cue', () => {
  it('an organisation after a verb of saying with a noun object speaks on (قائلة، وقالت)', () => {
    const text =
      'قالت الشرطة المحلية إن الطريق أغلق. وأعلنت جبهة الوادي الأخضر مسؤوليتها عن الهجوم على المعسكر قائلة إنها ترد على قصف سابق. وقالت إنها "ستواصل القتال حتى النهاية".';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'جبهة الوادي الأخضر', ['جبهة الوادي الأخضر'])];
    const got = spoken(text, ents);
    expect(got.find((q) => q[0].startsWith('ترد'))?.[1]).toBe('o1');
    expect(got.find((q) => q[0].startsWith('ستواصل'))?.[1]).toBe('o1');
  });

  it('the subject after a pluperfect auxiliary, with its construct chain, then the وقالت after it', () => {
    const text =
      'وقالت وزارة الزراعة إن المحصول جيد. وكانت قوات الحماية الشعبية دانت في بيان القصف الأخير، معتبرة أنه "عدوان سافر على المدنيين العزل". وقالت إن الهدنة انتهت.';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'وزارة الزراعة', ['وزارة الزراعة'])];
    const got = spoken(text, ents);
    const after = got.filter((q) => !q[0].startsWith('المحصول'));
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const q of after) expect(q.slice(1)).toEqual([null, 'قوات الحماية الشعبية']);
  });

  it('a source that asks not to be named: its phrase stops before طالبا عدم الكشف', () => {
    const text = 'وذكر مصدر أمني في المدينة طالبا عدم الكشف عن هويته، أن رجلا ألقى قنبلة. وأضاف: "كنت على بعد مئتي متر من المكان".';
    const got = spoken(text);
    expect(got.map((q) => q[2])).toEqual(['مصدر أمني في المدينة', 'مصدر أمني في المدينة']);
  });

  it('after كان … قد the subject came before the verb; the words after it are its object', () => {
    const text = 'وكان وزير النقل سالم الهاشمي، قد أبلغ الأمم المتحدة في يونيو بضرورة إيصال المساعدات، مضيفا أنه سيغلق الميناء إن لم يحدث ذلك.';
    const ents = (t: string): Entity[] => [
      entity(t, 'p1', 'PER', 'سالم الهاشمي', ['سالم الهاشمي']),
      entity(t, 'o1', 'ORG', 'الأمم المتحدة', ['الأمم المتحدة']),
    ];
    const got = spoken(text, ents);
    expect(got.length).toBeGreaterThan(0);
    for (const q of got) expect(q[1]).toBe('p1');
  });

  it('a verbal noun after عدم neither speaks nor ends the statement it stands in', () => {
    const text = 'وقال أحد العاملين في الميناء، طالبا عدم كشف هويته، إن «العمل توقف منذ شهور طويلة». وأضاف: "كنت هناك حين أغلقوا البوابة".';
    const got = spoken(text);
    expect(got.map((q) => q[2])).toEqual(['أحد العاملين في الميناء', 'أحد العاملين في الميناء']);
  });

  it('an unnamed source inside an organisation is the whole phrase, not the organisation', () => {
    const text = 'وقال مصدر بوزارة الإسكان إن اللجنة درست الطلبات. وأوضح المصدر أن الردود ستصل خلال أسبوع.';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'وزارة الإسكان', ['وزارة الإسكان'])];
    expect(spoken(text, ents).map((q) => q.slice(1))).toEqual([
      [null, 'مصدر بوزارة الإسكان'],
      [null, 'مصدر بوزارة الإسكان'],
    ]);
  });

  it('المصدر names the last unnamed source introduced, whatever its head', () => {
    const text =
      'قالت وزارة الإسكان إن المشروع يسير وفق الخطة. وقال مسؤول في بلدية الوادي إن الأعمال ستنتهي قريبا. وأضاف المصدر أن «التأخير سببه الأمطار الغزيرة هذا الشتاء».';
    const ents = (t: string): Entity[] => [
      entity(t, 'o1', 'ORG', 'وزارة الإسكان', ['وزارة الإسكان']),
      entity(t, 'o2', 'ORG', 'بلدية الوادي', ['بلدية الوادي']),
    ];
    expect(spoken(text, ents).map((q) => q[2])).toEqual(['وزارة الإسكان', 'مسؤول في بلدية الوادي', 'مسؤول في بلدية الوادي']);
  });

  it('a name that opens with علي is the subject, not the preposition على', () => {
    const text = 'وقال سكان إن القصف توقف ليلا. وقال علي الهاشمي المتحدث باسم اللجنة الشعبية، إن القتال مستمر في الضواحي.';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'علي الهاشمي', ['علي الهاشمي'])];
    expect(spoken(text, ents).map((q) => q[1])).toEqual([null, 'p1']);
  });

  it('after لكنه the verb speaks for the person who is the subject of the sentence, apposition commas included', () => {
    const text =
      'وقال مسؤول محلي إن القصف مستمر. وسارع وزير الخارجية، سامي الخطيب، إلى طمأنة الجيران بأن الحرب لا تستهدفهم، لكنه أكد أن العملية مستمرة «حتى زوال الخطر عن الحدود كلها».';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'سامي الخطيب', ['سامي الخطيب'])];
    expect(spoken(text, ents).find((q) => q[0].startsWith('حتى'))?.[1]).toBe('p1');
  });

  it('a person named before the title of their role speaks, not the organisation in the role', () => {
    const text = 'وأكد فهد الزامل المتحدث الإعلامي لمجلس بلدية الوادي أن الانتخابات ستجري في موعدها. وأوضح أن التسجيل يبدأ غدا.';
    const ents = (t: string): Entity[] => [
      entity(t, 'p1', 'PER', 'فهد الزامل', ['فهد الزامل']),
      entity(t, 'o1', 'ORG', 'مجلس بلدية الوادي', ['مجلس بلدية الوادي']),
    ];
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1', 'p1']);
  });

  it('لدى goes on a role phrase, and a place after the role noun is no name', () => {
    const text = 'وقال مندوب الأردن الدائم لدى الجامعة العربية السفير ماهر الزين إن اللجنة ستجتمع غدا. وأوضح أن الوزراء سيحضرون.';
    const ents = (t: string): Entity[] => [
      entity(t, 'l1', 'LOC', 'الأردن', ['الأردن']),
      entity(t, 'o1', 'ORG', 'الجامعة العربية', ['الجامعة العربية']),
      entity(t, 'p1', 'PER', 'ماهر الزين', ['ماهر الزين']),
    ];
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1', 'p1']);
  });

  it('a run of quotations after one cue keeps its speaker, sentence by sentence', () => {
    const text = 'وقال وزير الصحة سامي الخطيب إن «الوضع مستقر في كل المدن». «نحن نتابع كل التفاصيل بدقة مع الفرق». «ولن نسمح بأي تجاوز مهما كان مصدره».';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'سامي الخطيب', ['سامي الخطيب'])];
    expect(spoken(text, ents).map((q) => [q[0].split(' ')[0], q[1]])).toEqual([
      ['الوضع', 'p1'],
      ['نحن', 'p1'],
      ['ولن', 'p1'],
    ]);
  });

  it('a verbal noun the verb asserts, a relative pronoun or a clitic is no speaker: the hidden subject speaks', () => {
    const text = 'وقال وزير الإسكان ماهر الزين إن المشروع سيكتمل قريبا. وأكد حرص الوزارة على إنجاز الأعمال، مشيرا إلى أن التمويل متوفر.';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'ماهر الزين', ['ماهر الزين'])];
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1', 'p1']);
    const rel = 'وقال المزارعون إن الموسم جيد. وعانى الأهالي من التهميش الطويل، التي يقولون إن الحكومة ورثته عن سابقتها.';
    const q = spoken(rel).find((x) => x[0].startsWith('الحكومة'));
    expect(q).toBeDefined();
    expect(q![2]).not.toBe('التي');
  });

  it('a present role does not name a former holder (الرئيس after الرئيس السابق فلان)', () => {
    const text =
      'شهدت البلاد حربا طويلة بعد سقوط نظام الرئيس السابق محمد بري. وأعرب الرئيس الحالي حسن محمود عن استيائه من الهجوم. وقال الرئيس في تصريح صحفي إن "النائب قضى شهيدا في خدمة الأمة".';
    const ents = (t: string): Entity[] => [
      entity(t, 'p0', 'PER', 'محمد بري', ['محمد بري'], ['الرئيس السابق']),
      entity(t, 'p1', 'PER', 'حسن محمود', ['حسن محمود'], ['الرئيس الحالي']),
    ];
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1']);
  });
});
