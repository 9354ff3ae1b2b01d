/**
 * Speakers of cues with no subject of their own, and speakers written as a partial mention
 * (issue #15, session 11). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/doc/types.ts';
import { analyse, entity } from './helpers.ts';

const spoken = (text: string, ents: (t: string) => Entity[] = () => []): [string, string | null, string | null][] =>
  analyse(text, ents).quotes.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text ?? null]);

describe('a verb of saying mid-sentence speaks for its sentence subject', () => {
  it('the person who is the subject of the sentence opening verb, not the last speaker of the article', () => {
    const text =
      'وقال وزير الثقافة فادي النمر إن المعرض سيفتتح غدا. ونعى رئيس الوزراء، سامر الكردي، الكاتب الراحل في تغريدة على حسابه قال فيها: «خسرنا قلما شجاعا ورجلا نبيلا».';
    const ents = (t: string): Entity[] => [
      entity(t, 'p1', 'PER', 'فادي النمر', ['فادي النمر']),
      entity(t, 'p2', 'PER', 'سامر الكردي', ['سامر الكردي']),
    ];
    const got = spoken(text, ents);
    expect(got.find((q) => q[0].startsWith('خسرنا'))?.[1]).toBe('p2');
  });

  it('after a clause with a person as subject, a joined وقال speaks for that person', () => {
    const text =
      'وقال المدرب حامد الشريف إن الفريق جاهز للمباراة. وفي السياق نفسه، تباهى القائد الميداني زياد العمري بقوة فرقته في المعارك الأخيرة، وقال: «لن يهزمنا أحد هذا الموسم».';
    const ents = (t: string): Entity[] => [
      entity(t, 'p1', 'PER', 'حامد الشريف', ['حامد الشريف']),
      entity(t, 'p2', 'PER', 'زياد العمري', ['زياد العمري']),
    ];
    const got = spoken(text, ents);
    expect(got.find((q) => q[0].startsWith('لن'))?.[1]).toBe('p2');
  });

  it('a speaker already named in the sentence keeps speaking (وقال فلان إن…، وأضاف أن…)', () => {
    const text =
      'وقال وزير النقل عادل السالم إن الطريق الجديد يخدم ثلاث مدن يسكنها الشاعر نبيل الحايك، وأضاف أن العمل سيبدأ في الربيع.';
    const ents = (t: string): Entity[] => [
      entity(t, 'p1', 'PER', 'عادل السالم', ['عادل السالم']),
      entity(t, 'p2', 'PER', 'نبيل الحايك', ['نبيل الحايك']),
    ];
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1', 'p1']);
  });
});

describe('a partial mention the entities stage left out of its cluster names the entity', () => {
  it('a surname alone names the one person whose full name ends with it, with the fullest mention', () => {
    const text = 'وقال رئيس الاتحاد الدولي للملاكمة جورج فالتر إن البطولة ستقام في موعدها. وأضاف فالتر: «لا نية لتأجيل أي مباراة».';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'جورج فالتر', ['جورج فالتر'])];
    const got = spoken(text, ents);
    expect(got.find((q) => q[0].startsWith('لا نية'))?.slice(1)).toEqual(['p1', 'جورج فالتر']);
  });

  it('one definite word names the one organisation named before whose name opens with it', () => {
    const text = 'أعلنت المفوضية الأوروبية أمس خطة جديدة للطاقة. وقالت المفوضية إن الخطة تبدأ العام المقبل.';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'المفوضية الأوروبية', ['المفوضية الأوروبية'])];
    const got = spoken(text, ents);
    expect(got.find((q) => q[0].startsWith('الخطة'))?.slice(1)).toEqual(['o1', 'المفوضية الأوروبية']);
  });

  it('a surname two people share stays as written, with no entity', () => {
    const text = 'التقى سالم الحربي مع فهد الحربي في المعرض. وقال الحربي إن المعرض ناجح.';
    const ents = (t: string): Entity[] => [
      entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي']),
      entity(t, 'p2', 'PER', 'فهد الحربي', ['فهد الحربي']),
    ];
    expect(spoken(text, ents).map((q) => q.slice(1))).toEqual([[null, 'الحربي']]);
  });
});

describe('an adjunct or a complement after the subject is no part of the speaker', () => {
  it('على حسابه: the adjunct ends the subject, and an outlet named inside it does not speak', () => {
    const text = 'وكتب المرشد على حسابه في موقع تويتر أن «الحوار هو الطريق الوحيد». وأضاف: «لن نتراجع عن مواقفنا أبدا».';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'تويتر', ['تويتر'])];
    expect(spoken(text, ents).map((q) => q.slice(1))).toEqual([
      [null, 'المرشد'],
      [null, 'المرشد'],
    ]);
  });

  it('في تصريحاته after the subject is an adjunct like في تصريح', () => {
    const said = spoken('وقال الضابط في تصريحاته للصحيفة إن الجبهة هادئة تماما.');
    expect(said.map((q) => q[2])).toEqual(['الضابط']);
  });

  it('a role then an object with ل + a definite word is no role holder named (نداء للشباب)', () => {
    const text = 'ووجه مفتي البلاد نداء للشباب الذين غرر بهم، بأن يعودوا إلى أهلهم. وقال مفتي البلاد خلال حديثه إن الدين يدعو إلى الرحمة.';
    const q = spoken(text).find((x) => x[0].startsWith('الدين'));
    expect(q?.[2]).toBe('مفتي البلاد');
  });
});

describe('an unnamed source written again with the article is the phrase that introduced it', () => {
  it('المسؤول الإيراني after مسؤول إيراني names that source; another adjective names another one', () => {
    const text = 'قال مسؤول إيراني إن المفاوضات ستستأنف الأسبوع المقبل. وأضاف المسؤول الإيراني: «لا تراجع عن حقوقنا في أي ملف».';
    expect(spoken(text).map((q) => q[2])).toEqual(['مسؤول إيراني', 'مسؤول إيراني']);
    const other = 'قال مسؤول أمريكي إن المفاوضات ستستأنف قريبا. وقال المسؤول الإيراني: «لا تراجع عن حقوقنا في أي ملف».';
    expect(spoken(other).map((q) => q[2])).toEqual(['مسؤول أمريكي', 'المسؤول الإيراني']);
  });
});

describe('speakers across paragraphs', () => {
  const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'سامي النجار', ['سامي النجار'])];

  it('a run of quoted paragraphs after وقال فلان: keeps its speaker', () => {
    const text = 'وقال وزير المالية سامي النجار:\n«سنواصل ضبط الإنفاق العام في كل الوزارات».\n«ولن نسمح بأي هدر للمال العام مهما كان».';
    expect(spoken(text, ents).map((q) => [q[0].split(' ')[0], q[1]])).toEqual([
      ['سنواصل', 'p1'],
      ['ولن', 'p1'],
    ]);
  });

  it('the first cue of a paragraph with nobody named before it in its paragraph takes the person of the paragraph before', () => {
    const text = 'وصل سامي النجار إلى العاصمة أمس في زيارة رسمية تستمر ثلاثة أيام.\nوقال في تصريح للصحفيين: «نأمل أن تكون الزيارة مثمرة للبلدين».';
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1']);
  });

  it('a byline alone in the paragraph before names no speaker', () => {
    const text = 'سامي النجار\nحدثني أحد الرجال الثقات، فقال إنه رأى العجب في السوق القديم.';
    const got = spoken(text, ents);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((q) => q[1] !== 'p1')).toBe(true);
  });
});
