/**
 * Speakers, session 13 (issue 15): phrases that are no subject must not become a speaker, so that
 * the cue continues the speaker before. Read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-31, 08-06, 07-22, 07-27). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
  entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('a verb joined by و takes no subject from the clause before it', () => {
  it('…فيما يتعلق بالاتفاق وأضاف: the words before وأضاف are the last clause\'s, the speaker continues', () => {
    const t = 'قال الوزير سالم الناصر إنه يريد توضيح الصورة فيما يتعلق بالاتفاق الجديد وأضاف أن «التفاصيل ستعلن غدا».';
    expect(speakers(t).at(-1)).toEqual(['التفاصيل ستعلن غدا', 'سالم الناصر']);
  });

  it('…قائلا إن الخطة فشلت وأضاف: a reported clause is no speaker of the quote after it', () => {
    const t = 'وانتقد النائب كريم العلي الحكومة، قائلا إن الخطة فشلت في أهدافها وأضاف: «علينا أن نبدأ من جديد».';
    expect(speakers(t).at(-1)).toEqual(['علينا أن نبدأ من جديد', 'كريم العلي']);
  });

  it('أما الشركة فتقول: ف after أما still closes a subject', () => {
    const t = 'أما الشركة المنتجة فتقول إن الأسعار ستنخفض.';
    expect(speakers(t)).toEqual([['الأسعار ستنخفض', 'الشركة المنتجة']]);
  });
});

describe('a cited verse or hadith does not change who speaks in the article', () => {
  it('كما قال تعالى «…». وقال «…»: the second quote is the citing speaker\'s, not تعالى\'s', () => {
    const t = 'وقال الوزير سالم الناصر إن المملكة تحترم الأديان، كما قال تعالى «لكم دينكم ولي دين». وقال «نأمل أن يعم السلام المنطقة كلها».';
    expect(speakers(t).at(-1)).toEqual(['نأمل أن يعم السلام المنطقة كلها', 'سالم الناصر']);
  });

  it('قال صلى الله عليه وسلم: the hadith keeps its speaker, the next وأضاف continues the preacher', () => {
    const t = 'وأوضح الشيخ كريم العلي أن الصدق واجب. وقال صلى الله عليه وسلم «عليكم بالصدق فإن الصدق يهدي إلى البر». وأضاف أن الكذب يهدم الثقة بين الناس.';
    const s = speakers(t);
    expect(s.find((x) => x[0] === 'عليكم بالصدق فإن الصدق يهدي إلى البر')?.[1]).toBe('صلى الله عليه وسلم');
    expect(s.at(-1)).toEqual(['الكذب يهدم الثقة بين الناس', 'كريم العلي']);
  });
});

describe('a person set off by commas after a description is the speaker', () => {
  it('وكشفت مؤسسة الموقع، فلان، أن…: the person, not the description', () => {
    const t = 'وكشفت مؤسسة الموقع، كريم العلي، في تغريدة أن «عدد القراء تضاعف هذا العام».';
    expect(speakers(t)).toEqual([['عدد القراء تضاعف هذا العام', 'كريم العلي']]);
  });

  it('أكد فلان، سفير المملكة، متانة العلاقات. وقال السفير: the role given after the name, with a verb whose content is no quote, names him later', () => {
    const t = 'من جانبه، أكد الدكتور كريم العلي، سفير المملكة في عمان، متانة العلاقات بين البلدين. وقال السفير لوكالة الأنباء: «العلاقات بين البلدين قوية جدا».';
    expect(speakers(t).at(-1)).toEqual(['العلاقات بين البلدين قوية جدا', 'كريم العلي']);
  });
});

describe('a source written again is the fullest mention that introduced it', () => {
  it('المصادر نفسها، المصدر ذاته: the sources introduced before, as المصادر alone', () => {
    const t = 'وقالت مصادر أمنية في المدينة إن الطريق أغلق. وأضافت المصادر نفسها أن «الإغلاق سيستمر يومين».';
    expect(speakers(t).at(-1)).toEqual(['الإغلاق سيستمر يومين', 'مصادر أمنية في المدينة']);
  });

  it('وتابع المصدر نفسه after a named person: the same source is the last one who spoke', () => {
    const t = 'وقال كريم العلي من منظمي التظاهرة إن «الاتحاد صامت منذ عامين». وتابع المصدر نفسه أنه «لا عذر الآن للصمت».';
    expect(speakers(t).at(-1)).toEqual(['لا عذر الآن للصمت', 'كريم العلي']);
  });

  it('المصادر after a source of nine words with its affiliation', () => {
    const t = 'أكدت مصادر في الجيش الوطني والمقاومة الموالية للحكومة في الإقليم أن المعركة انتهت. وأضافت المصادر: «الوجهة المقبلة هي الساحل».';
    expect(speakers(t).at(-1)).toEqual(['الوجهة المقبلة هي الساحل', 'مصادر في الجيش الوطني والمقاومة الموالية للحكومة في الإقليم']);
  });
});

describe('a role that already holds the name is followed by an adjunct, not by the name', () => {
  it('وقال وزير الخارجية فلان، بعيد استقباله الوفد، إن…: the person, not the adjunct', () => {
    const t = 'وقال وزير الخارجية كريم العلي، بعيد استقباله الوفد، إن الحكومة مستعدة للتعاون.';
    expect(speakers(t)).toEqual([['الحكومة مستعدة للتعاون', 'كريم العلي']]);
  });
});
