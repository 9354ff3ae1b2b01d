import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { AFTER_ROLE_RULE, familyNames, FAMILY_NAME_RULE } from '../../../src/analyze/entities/family-names.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests.

/** The person chunks after the rule, with `tags` as the tagger might leave them. */
function persons(text: string, person: string): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const first = person.split(' ')[0]!;
  const a = ws.findIndex((w) => w.text === first);
  const n = person.split(' ').length;
  const tags = ws.map((_, k) => (k === a ? 'B-PERS' : k > a && k < a + n ? 'I-PERS' : 'O'));
  familyNames([ws], [tags]);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (tags[i] !== 'B-PERS') continue;
    let j = i + 1;
    while (tags[j] === 'I-PERS') j++;
    out.push(ws.slice(i, j).map((w) => w.text).join(' '));
  }
  return out;
}

describe('a name chain takes the family name after it', () => {
  it('the family name the tagger left out joins the chain', () => {
    expect(persons('وتعيين نادر بن عبدالله بن سليمان الحقيلي على وظيفة مستشار.', 'نادر بن عبدالله بن سليمان')).toEqual([
      'نادر بن عبدالله بن سليمان الحقيلي',
    ]);
    expect(persons('وحضر اللقاء سعد بن حمود الزميع، ومدير الفرع.', 'سعد بن حمود')).toEqual(['سعد بن حمود الزميع']);
  });
  it('an object, a title, a nationality or a place after the chain stays out', () => {
    // a definite adjective after the word: the word is a noun phrase, not a name
    expect(persons('ويرعى فهد بن سعد بن ناصر الحفل الختامي للمهرجان.', 'فهد بن سعد بن ناصر')).toEqual([
      'فهد بن سعد بن ناصر',
    ]);
    expect(persons('وأكد فهد بن سعد المستشار في الديوان أن…', 'فهد بن سعد')).toEqual(['فهد بن سعد']);
    expect(persons('وقال فهد بن سعد السعودي إن…', 'فهد بن سعد')).toEqual(['فهد بن سعد']);
    expect(persons('ووصل فهد بن سعد الرياض أمس.', 'فهد بن سعد')).toEqual(['فهد بن سعد']);
    // a chain that does not end on بن + a name: `خالد الحربي` is a full name already
    expect(persons('وقال خالد الحربي العتيبي إن…', 'خالد الحربي')).toEqual(['خالد الحربي']);
  });
  it('in the entities stage, a list of appointments', () => {
    const doc = analyse(
      'وافق مجلس الإدارة على تعيينات جديدة:\n' +
        '• تعيين نادر بن عبدالله بن سليمان الحقيلي على وظيفة مستشار، بالمرتبة 15.\n' +
        '• تعيين عادل بن صالح بن عثمان الزميع على وظيفة وكيل، بالمرتبة 15.\n' +
        '• تعيين فهد بن حمود بن صالح الدغيثر على وظيفة أمين، بالمرتبة 14.',
    );
    checkSpans(doc);
    const per = doc.entities.filter((e) => e.type === 'PER');
    expect(per.map((e) => e.name)).toEqual([
      'نادر بن عبدالله بن سليمان الحقيلي',
      'عادل بن صالح بن عثمان الزميع',
      'فهد بن حمود بن صالح الدغيثر',
    ]);
    expect(per.every((e) => e.mentions.every((m) => m.source === FAMILY_NAME_RULE))).toBe(true);
  });
});

describe('a person named right after a role phrase', () => {
  const persons = (text: string) =>
    analyse(text)
      .entities.filter((e) => e.type === 'PER')
      .map((e) => [e.name, e.mentions[0]!.source]);
  it('a given name and a family name after the role are the person', () => {
    expect(persons('وأعرب الإعلامي السعودي علي الغفيلي عن حزنه لرحيل زميله.')).toEqual([
      ['علي الغفيلي', AFTER_ROLE_RULE],
    ]);
  });
  it('given names before the part the tagger found join it', () => {
    const doc = analyse('وقال المواطن عائض غازي الأسمري إن الطريق أغلق منذ الصباح.');
    checkSpans(doc);
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['عائض غازي الأسمري']);
  });
  it('a preposition spelled like a given name, or a given name with no family name, is no person', () => {
    // `على` folds to `علي`: the alef maqsura keeps them apart
    expect(persons('وأكد المدرب عدم قدرة اللاعب على الالتحاق بالمعسكر.')).toEqual([]);
    expect(persons('وقال المدرب سالم إن الفريق جاهز.').map(([n]) => n)).not.toContain('سالم الفريق');
  });
});
