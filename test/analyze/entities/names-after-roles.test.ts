import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { describedPlace, wordTok } from '../../../src/analyze/entities/extract.ts';
import { lookupName } from '../../../src/analyze/entities/names.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import {
  AFTER_ROLE_RULE,
  chainWithFamily,
  familyNames,
  personsAfterRoles,
} from '../../../src/analyze/entities/family-names.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 12: names no list knows after a role,
// read on unlabelled news of 2015-07-23 and 2015-08-08).

/** Words of a sentence and tags with `person` (if any) tagged as the tagger might have it. */
function setup(text: string, person?: string) {
  const ws = tokenize(text).map((t) => wordTok(t));
  const tags = ws.map(() => 'O');
  if (person) {
    const parts = person.split(' ');
    const a = ws.findIndex((w, i) => parts.every((p, j) => ws[i + j]?.text === p));
    if (a < 0) throw new Error(`no «${person}» in the sentence`);
    parts.forEach((_, j) => (tags[a + j] = j ? 'I-PERS' : 'B-PERS'));
  }
  return { ws, tags };
}

function chunks(ws: ReturnType<typeof setup>['ws'], tags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (tags[i] !== 'B-PERS') continue;
    let j = i + 1;
    while (tags[j] === 'I-PERS') j++;
    out.push(ws.slice(i, j).map((w) => w.text).join(' '));
  }
  return out;
}

function afterRoles(text: string, person?: string): string[] {
  const { ws, tags } = setup(text, person);
  const spans = personsAfterRoles([ws], [tags]);
  expect(spans.every((s) => s.rule === AFTER_ROLE_RULE)).toBe(true);
  return chunks(ws, tags);
}

describe('a person no list knows, named right after a role phrase', () => {
  it('a name word and an unknown word, closed by أن or punctuation, after a role of several words', () => {
    expect(afterRoles('وقال الناطق باسم الحكومة راجح كعبور أن الوفد وصل.')).toEqual(['راجح كعبور']);
    expect(afterRoles('وأوضح المتحدث باسم الهيئة رومان زيلنيك، أن الموعد لم يتغير.')).toEqual(['رومان زيلنيك']);
  });
  it('a given name and a family name written without the article, before a comma', () => {
    expect(afterRoles('ووصل وزير النقل المهندس بدر باعبود، إلى المكلا أمس.')).toEqual(['بدر باعبود']);
  });
  it('nothing when the phrase does not close right after the two words', () => {
    expect(afterRoles('وقال الناطق باسم الحكومة راجح كعبور في مؤتمر صحفي إن الوفد وصل.')).toEqual([]);
  });
  it('nothing after a bare one-word title, nor for words that are no names', () => {
    // `الملك` and `الفريق` are titles, but here the end of a cup's name and a team
    expect(afterRoles('إلا أن لقاء نهائي كأس الملك أهمية كبرى، كما قال المدرب.')).toEqual([]);
    expect(afterRoles('ولن يرضى الجمهور بخروج الفريق خالي الوفاض.')).toEqual([]);
    // a preposition with a pronoun, an adverb, a preposition: no name word opens them
    expect(afterRoles('وأوضح قائد القوات المعترف بها دوليا، أن الهجوم فشل.')).toEqual([]);
    expect(afterRoles('وأشار مدير المشروع على مساحة واسعة.')).toEqual([]);
    expect(afterRoles('وقال وزير الخارجية مساء أمس، إن المحادثات انتهت.')).toEqual([]);
  });
  it("a one-word person of the tagger's takes the family name after it before the phrase closes", () => {
    expect(afterRoles('وحضر وزير الداخلية اللواء عبده الكثيري، ووزير النقل.', 'عبده')).toEqual(['عبده الكثيري']);
    expect(afterRoles('وصرح وزير الصحة فواز الشهراني أن الحالات مستقرة.', 'فواز')).toEqual(['فواز الشهراني']);
  });
  it('…but not an adjective of a body that ends like one (ة), nor a word before the phrase goes on', () => {
    expect(afterRoles('وزار الوفد مكتبة الملك عبدالعزيز العامة، أمس.', 'عبدالعزيز')).toEqual(['عبدالعزيز']);
    expect(afterRoles('وحضر وزير الداخلية اللواء عبده الكثيري في مكتبه.', 'عبده')).toEqual(['عبده']);
  });
});

describe('a name chain ends on its family name before a relative pronoun', () => {
  it('الذي after the family name does not keep it out', () => {
    const { ws, tags } = setup(
      'وأوضح مدير الشؤون الصحية الدكتور خالد بن سليمان الجحدلي الذي زار المستشفى أن الحالات مستقرة.',
      'خالد بن سليمان',
    );
    familyNames([ws], [tags]);
    expect(chunks(ws, tags)).toEqual(['خالد بن سليمان الجحدلي']);
  });
  it('a definite noun after the word still does', () => {
    const { ws, tags } = setup('ويرعى فهد بن سعد بن ناصر الحفل الختامي للمهرجان.', 'فهد بن سعد بن ناصر');
    familyNames([ws], [tags]);
    expect(chunks(ws, tags)).toEqual(['فهد بن سعد بن ناصر']);
  });
});

describe('a known chain with a family name after it is another person', () => {
  const text = 'افتتح عميد الكلية الدكتور عبدالله بن عبدالعزيز الهديان على هامش الملتقى معرضا للكتاب.';
  it('the chunk that runs on over the family name is the mention', () => {
    const { ws, tags } = setup(text, 'عبدالله بن عبدالعزيز الهديان');
    const a = ws.findIndex((w) => w.text === 'عبدالله');
    expect(chainWithFamily(ws, tags, a, a + 3)).toBe(true);
  });
  it('not when the chunk ends on the known name, nor when it goes on with a link (آل)', () => {
    const short = setup(text, 'عبدالله بن عبدالعزيز');
    const a = short.ws.findIndex((w) => w.text === 'عبدالله');
    expect(chainWithFamily(short.ws, short.tags, a, a + 3)).toBe(false);
    const royal = setup('وأصدر الملك عبدالله بن عبدالعزيز آل سعود أمرا.', 'عبدالله بن عبدالعزيز آل سعود');
    const r = royal.ws.findIndex((w) => w.text === 'عبدالله');
    expect(chainWithFamily(royal.ws, royal.tags, r, r + 3)).toBe(false);
  });
});

describe('a descriptive head before a known place stays outside the mention (guide rule 15)', () => {
  /** Whether the lists' name of `phrase`, found at its place in `text`, leaves its head outside. */
  function headOutside(text: string, phrase: string): boolean {
    const ws = tokenize(text).map((t) => wordTok(t));
    const n = phrase.split(' ').length;
    const a = ws.findIndex((w) => w.text === phrase.split(' ')[0]);
    const known = lookupName(foldName(phrase));
    if (!known) throw new Error(`the lists do not know «${phrase}»`);
    return describedPlace(ws, a, a + n, known);
  }
  it('مدينة before a place the lists spell with it, whose bare name is the same place', () => {
    expect(headOutside('ونقل المخطوفون إلى مدينة تدمر التي يسيطر عليها التنظيم.', 'مدينة تدمر')).toBe(true);
    expect(headOutside('وعاد التيار الكهربائي إلى مدينة الموصل بعد انقطاع.', 'مدينة الموصل')).toBe(true);
  });
  it('…but not where the bare name is another place or none (مدينة غزة, مدينة الصدر)', () => {
    expect(headOutside('وقصفت الطائرات مدينة غزة فجر اليوم.', 'مدينة غزة')).toBe(false);
    expect(headOutside('وزار الوفد مدينة الصدر ثم عاد.', 'مدينة الصدر')).toBe(false);
  });
  it('in the entities stage, the mention is the name after the head', () => {
    const places = analyse('ونقل المخطوفون إلى مدينة تدمر التي يسيطر عليها التنظيم منذ مايو.')
      .entities.filter((e) => e.type === 'LOC')
      .flatMap((e) => e.mentions.map((m) => m.text));
    expect(places).toEqual(['تدمر']);
  });
});
