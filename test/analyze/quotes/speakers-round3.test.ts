/**
 * Speakers of direct quotes, session 16 (issue 15, round 3). Read off unlabelled SaudiNewsNet days
 * outside the sample (more/2015-07-21, 07-27, 08-02, 08-04). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.ts';

// The speaker's entity id where it has one, else its phrase.
const speakers = (t: string, people: (t: string) => ReturnType<typeof entity>[]) =>
  analyse(t, people).quotes.map((q) => [q.text.text, q.speaker.entity ?? q.speaker.text?.text ?? null]);

describe('a definite phrase the entities stage gave one person as a role names that person', () => {
  const people = (t: string) => [
    entity(t, 'p1', 'PER', 'سلمى الهادي', ['سلمى الهادي'], ['الممثلة المصرية']),
    entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي'], ['المخرج']),
  ];
  it('وقالت الممثلة المصرية after قالت الممثلة المصرية سلمى الهادي: the actress, not the phrase', () => {
    const t = 'قالت الممثلة المصرية سلمى الهادي إن «الدور صعب». وقال المخرج كريم العلي إن «التصوير انتهى». وقالت الممثلة المصرية: «العمل ممتع جدا».';
    expect(speakers(t, people).at(-1)).toEqual(['العمل ممتع جدا', 'p1']);
  });

  it('a role two people hold (الشاعر for two poets) names neither of them', () => {
    const poets = (t: string) => [
      entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'], ['الشاعر']),
      entity(t, 'p2', 'PER', 'منصور التركي', ['منصور التركي'], ['الشاعر']),
    ];
    const t = 'قال الشاعر سالم الناصر إن «القصيدة جاهزة». وحضر الشاعر منصور التركي الأمسية. وقال الشاعر: «الشعر باق».';
    expect(speakers(t, poets).at(-1)).toEqual(['الشعر باق', 'الشاعر']);
  });

  it('a role written without the article (مستشارة فلان: someone\'s adviser) is no title of the person', () => {
    const people2 = (t: string) => [entity(t, 'p1', 'PER', 'كريم العلي', ['كريم العلي'], ['مستشارة'])];
    const t = 'وقالت مستشارة كريم العلي إن «القرار نهائي». وأضافت المستشارة: «التنفيذ يبدأ غدا».';
    expect(speakers(t, people2).at(-1)?.[1]).not.toBe('p1');
  });
});

describe('an adverb after a verb with a hidden subject is no speaker: the last speaker goes on', () => {
  const people = (t: string) => [
    entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر', 'الناصر']),
    entity(t, 'p2', 'PER', 'جاكوب زوما', ['زوما']),
  ];
  const opening = 'وقال سالم الناصر إن «الخطة جاهزة». ';
  it('وقال بهذا الخصوص: a preposition with a demonstrative', () => {
    expect(speakers(opening + 'وقال بهذا الخصوص: «التنفيذ يبدأ غدا».', people).at(-1)).toEqual(['التنفيذ يبدأ غدا', 'p1']);
  });

  it('قال حينها: a time that points back', () => {
    expect(speakers(opening + 'وحضر الناصر المؤتمر في الشتاء. قال حينها: «الوضع صعب جدا».', people).at(-1)).toEqual(['الوضع صعب جدا', 'p1']);
  });

  it('وقالت أمام الطلاب، بينهم أجانب: a preposition with a pronoun opening a comma phrase', () => {
    const t = 'وقالت سلمى الهادي إن «الخطة جاهزة». وقالت أمام مئة طالب، بينهم طلاب أجانب: «العلم طريقنا».';
    const salma = (x: string) => [entity(x, 'p3', 'PER', 'سلمى الهادي', ['سلمى الهادي'])];
    expect(speakers(t, salma).at(-1)).toEqual(['العلم طريقنا', 'p3']);
  });

  it('وأضاف مدافعا: an accusative word written without its tanween mark', () => {
    expect(speakers(opening + 'وأضاف مدافعا: «القرار كان صائبا».', people).at(-1)).toEqual(['القرار كان صائبا', 'p1']);
  });

  it('a name ending in alef that the entities stage found (زوما) stays the speaker', () => {
    expect(speakers(opening + 'وقال زوما: «نحن مستعدون».', people).at(-1)).toEqual(['نحن مستعدون', 'p2']);
  });
});

describe('a person named at the sentence start, set off by a long apposition, speaks through the verb after it', () => {
  const people = (t: string) => [
    entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
    entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي']),
  ];
  const opening = 'وقال كريم العلي إن «السوق هادئة». ';
  it('فلان، ناشر مجلة «الأفق»، قال: marks around a name in the apposition are no quotation', () => {
    const t = opening + 'سالم الناصر، ناشر مجلة «الأفق» في المدينة، قال: «النشر صعب هذه الأيام».';
    expect(speakers(t, people).at(-1)).toEqual(['النشر صعب هذه الأيام', 'p1']);
  });

  it('فلان، + an apposition of some twenty words + قال: still the person named first', () => {
    const t =
      opening +
      'سالم الناصر، المحامي الذي يعمل أيضا في لجنة القانون التجاري، وهي هيئة استشارية تابعة لغرفة التجارة في المدينة منذ سنوات طويلة، قال: «القانون واضح تماما».';
    expect(speakers(t, people).at(-1)).toEqual(['القانون واضح تماما', 'p1']);
  });
});

describe('a verb of saying with no subject speaks for the person who opened the sentence before, with a verb that is no verb of saying', () => {
  const people = (t: string) => [
    entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
    entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي']),
    entity(t, 'p3', 'PER', 'سلمى الهادي', ['سلمى الهادي']),
  ];
  it('ويراجع فلان…. وعن ذلك، قال: «…»: the person who reviews, not the last speaker', () => {
    const t = 'وقال كريم العلي إن «السوق هادئة». ويراجع سالم الناصر الخطتين في تقريره. وعن ذلك، قال: «الخطة الأولى أفضل».';
    expect(speakers(t, people).at(-1)).toEqual(['الخطة الأولى أفضل', 'p1']);
  });

  it('a woman found that way does not go on through a masculine verb later', () => {
    const t = 'وقال كريم العلي إن «السوق هادئة». وتشعر سلمى الهادي بالرضا عن النتائج. وتقول: «العمل مستمر». وفي المساء، يقول: «الأسعار ثابتة».';
    expect(speakers(t, people).slice(-2)).toEqual([
      ['العمل مستمر', 'p3'],
      ['الأسعار ثابتة', 'p2'],
    ]);
  });
});

describe('a definite plural in ين right after the verb is its object, never its subject', () => {
  const people = (t: string) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])];
  it('ودعا المستثمرين إلى «…»: the last speaker goes on', () => {
    const t = 'وقال سالم الناصر إن «السوق هادئة». ودعا المستثمرين إلى «التحلي بالصبر والحذر».';
    expect(speakers(t, people).at(-1)).toEqual(['التحلي بالصبر والحذر', 'p1']);
  });

  it('وقال الأمين العام للاتحاد فلان: a role in ين opens the subject all the same', () => {
    const two = (x: string) => [...people(x), entity(x, 'p2', 'PER', 'كريم العلي', ['كريم العلي'])];
    const t = 'وقال سالم الناصر إن «السوق هادئة». وقال الأمين العام للاتحاد كريم العلي: «الاجتماع مهم جدا».';
    expect(speakers(t, two).at(-1)).toEqual(['الاجتماع مهم جدا', 'p2']);
  });
});
