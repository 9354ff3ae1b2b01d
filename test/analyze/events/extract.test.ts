import { describe, expect, it } from 'vitest';
import type { EntityType, NewsEvent } from '../../../src/doc/types.ts';
import { extractEvents } from '../../../src/analyze/events/extract.ts';
import { findTimes } from '../../../src/analyze/time/tagger.ts';
import { entitiesFor } from './helpers.ts';

const ANCHOR = '2021-05-26'; // a Wednesday

interface Readable {
  type: NewsEvent['type'];
  trigger: string;
  who: string[];
  where: string | null;
  when: string | null;
  status: NewsEvent['status'];
}

/** Runs the time tagger and the event extractor on a fictional text with hand-built entities. */
function events(text: string, names: [EntityType, string][], anchor: string | null = ANCHOR): Readable[] {
  const entities = entitiesFor(text, names);
  const name = (id: string | null): string | null => (id ? entities.find((e) => e.id === id)!.name : null);
  const out = extractEvents({ text, entities, times: findTimes(text, { anchor }), anchor });
  for (const e of out) expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  return out.map((e) => ({
    type: e.type,
    trigger: e.trigger.text,
    who: e.participants.map((p) => name(p)!).sort(),
    where: name(e.place),
    when: e.time?.value ?? null,
    status: e.status,
  }));
}

describe('events from fictional sentences', () => {
  it('a planned meeting: future verb, نظيره + the counterpart, place after في, weekday resolved forward', () => {
    const text = 'سيلتقي وزير الخارجية سامي الحداد بنظيره الأردني، خالد العمري، في عمّان الأحد المقبل لبحث العلاقات مع فريد ناصر.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري'], ['LOC', 'عمّان'], ['PER', 'فريد ناصر']])).toEqual([
      { type: 'meeting', trigger: 'سيلتقي', who: ['خالد العمري', 'سامي الحداد'], where: 'عمّان', when: '2021-05-30', status: 'planned' },
    ]);
  });

  it('a meeting that happened: past verb, yesterday', () => {
    const text = 'التقى الرئيس كريم منصور أمس في الرباط رئيس الوزراء يوسف بنعلي.';
    expect(events(text, [['PER', 'كريم منصور'], ['LOC', 'الرباط'], ['PER', 'يوسف بنعلي']])).toEqual([
      { type: 'meeting', trigger: 'التقى', who: ['كريم منصور', 'يوسف بنعلي'], where: 'الرباط', when: '2021-05-25', status: 'happened' },
    ]);
  });

  it('a phone call: the subject of أجرى takes part', () => {
    const text = 'أجرى الأمير فهد السالم اتصالاً هاتفياً بالرئيس عمر الطيب، تناول العلاقات الثنائية.';
    expect(events(text, [['PER', 'فهد السالم'], ['PER', 'عمر الطيب']])).toEqual([
      // Undated, reported by a past verb: the publication date (issue 15).
      { type: 'call', trigger: 'اتصالاً هاتفياً', who: ['عمر الطيب', 'فهد السالم'], where: null, when: ANCHOR, status: 'happened' },
    ]);
  });

  it('a cancelled visit', () => {
    const text = 'ألغت الحكومة زيارة الوزيرة ليلى حسن إلى باريس بسبب الإضراب.';
    expect(events(text, [['ORG', 'الحكومة'], ['PER', 'ليلى حسن'], ['LOC', 'باريس']])).toEqual([
      { type: 'visit', trigger: 'زيارة', who: ['ليلى حسن'], where: 'باريس', when: null, status: 'cancelled' },
    ]);
  });

  it('a postponed meeting is cancelled too', () => {
    const text = 'أعلنت الرئاسة تأجيل اجتماع الوزير نبيل داود مع السفير مروان عيسى.';
    expect(events(text, [['ORG', 'الرئاسة'], ['PER', 'نبيل داود'], ['PER', 'مروان عيسى']])[0]!.status).toBe('cancelled');
  });

  it('the announcer before أن is not a participant; المرتقبة makes a summit planned', () => {
    const text = 'أعلن المتحدث باسم الرئاسة ماهر العلي أن القمة المرتقبة بين الرئيس حسان الزين والملك نادر الفهد ستعقد في القاهرة الشهر المقبل.';
    expect(events(text, [['PER', 'ماهر العلي'], ['PER', 'حسان الزين'], ['PER', 'نادر الفهد'], ['LOC', 'القاهرة']])).toEqual([
      { type: 'summit', trigger: 'القمة', who: ['حسان الزين', 'نادر الفهد'], where: 'القاهرة', when: '2021-06', status: 'planned' },
    ]);
  });

  it('a speaker before a noun trigger is not a participant', () => {
    const text = 'ونصح الناطق عادل سعيد بتجنب التوقعات خلال القمة.';
    expect(events(text, [['PER', 'عادل سعيد']])).toEqual([]);
  });

  it('mentions of one event across the article are merged, keeping the most precise time', () => {
    const text =
      'قال البيت الأبيض إن القمة المزمع عقدها الشهر المقبل بين الرئيس حسان الزين والملك نادر الفهد مهمة. ' +
      'وأعلنت الرئاسة أمس أن حسان الزين سيلتقي نادر الفهد في جدة في 16 يونيو المقبل.';
    const ev = events(text, [['ORG', 'البيت الأبيض'], ['ORG', 'الرئاسة'], ['PER', 'حسان الزين'], ['PER', 'نادر الفهد'], ['LOC', 'جدة']]);
    expect(ev).toEqual([
      { type: 'meeting', trigger: 'سيلتقي', who: ['حسان الزين', 'نادر الفهد'], where: 'جدة', when: '2021-06-16', status: 'planned' },
    ]);
  });

  it('the stops of a trip go to the traveller named before them and share the trip status', () => {
    const text = 'وتأتي الجولة الأولى لرئيسة الوزراء منى الخطيب، وتشمل توقفاً في روما، ثم زيارة لمقر المنظمة في جنيف.';
    const ev = events(text, [['PER', 'منى الخطيب'], ['LOC', 'روما'], ['LOC', 'جنيف']]);
    expect(ev.map((e) => [e.trigger, e.who, e.where, e.status])).toEqual([
      ['الجولة', ['منى الخطيب'], null, 'planned'],
      ['توقفاً', ['منى الخطيب'], 'روما', 'planned'],
      ['زيارة', ['منى الخطيب'], 'جنيف', 'planned'],
    ]);
  });

  it('a noun with a future date and no other cue is planned; with a past date it happened', () => {
    const future = 'محادثات الوزير رامي حداد والسفير وليد جابر في 3 يونيو 2021.';
    const past = 'محادثات الوزير رامي حداد والسفير وليد جابر في 3 مايو 2021.';
    const names: [EntityType, string][] = [['PER', 'رامي حداد'], ['PER', 'وليد جابر']];
    expect(events(future, names)[0]!.status).toBe('planned');
    expect(events(past, names)[0]!.status).toBe('happened');
  });

  it('a trigger with nobody named gives no event', () => {
    expect(events('وقال إن اللقاء المرتقب مهم للغاية.', [])).toEqual([]);
  });

  it('works without sentences or anchor', () => {
    const text = 'يزور الرئيس كريم منصور تونس الأسبوع المقبل';
    expect(events(text, [['PER', 'كريم منصور'], ['LOC', 'تونس']], null)).toEqual([
      // The destination of a visit verb is its direct object (no في/إلى needed).
      { type: 'visit', trigger: 'يزور', who: ['كريم منصور'], where: 'تونس', when: null, status: 'planned' },
    ]);
  });
});

describe('places and triggers read through the shared tokens', () => {
  it('a visit verb takes the place named as its object; a name that merely starts with ب is not a place after a preposition', () => {
    const text = 'زار الوزير سامي الحداد بيروت أمس، وقال إن بغداد تنتظر.';
    expect(events(text, [['PER', 'سامي الحداد'], ['LOC', 'بيروت'], ['LOC', 'بغداد']])[0]).toMatchObject({ where: 'بيروت' });
    const meeting = 'يلتقي غداً الوزير سامي الحداد والسفير خالد العمري قبل السفر إلى بنغازي ومن برلين.';
    // بنغازي follows إلى; برلين only starts with ب, as do many names.
    expect(events(meeting, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري'], ['LOC', 'بنغازي'], ['LOC', 'برلين']])[0]).toMatchObject({ where: 'بنغازي' });
    const noPrep = 'يلتقي غداً الوزير سامي الحداد والسفير خالد العمري، وبرلين تراقب.';
    expect(events(noPrep, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري'], ['LOC', 'برلين']])[0]).toMatchObject({ where: null });
  });

  it('a generic place noun between the preposition and the name: في العاصمة الأردنية عمّان', () => {
    const text = 'التقى الوزير سامي الحداد نظيره خالد العمري في العاصمة الأردنية عمّان أمس.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري'], ['LOC', 'عمّان']])[0]).toMatchObject({
      where: 'عمّان',
      status: 'happened',
    });
    const glued = 'التقى الوزير سامي الحداد نظيره خالد العمري بمدينة الزرقاء أمس.';
    expect(events(glued, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري'], ['LOC', 'الزرقاء']])[0]).toMatchObject({ where: 'الزرقاء' });
  });

  it('the future سـ behind a conjunction, and a trigger behind لـ that ate the article', () => {
    const text = 'وسيلتقي الوزير سامي الحداد نظيره خالد العمري الأحد المقبل.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']])).toMatchObject([
      { type: 'meeting', trigger: 'وسيلتقي', status: 'planned', when: '2021-05-30' },
    ]);
    const summit = 'دعا المجلس للقمة بين الرئيس كريم منصور والأمير فهد السالم في القاهرة.';
    expect(events(summit, [['PER', 'كريم منصور'], ['PER', 'فهد السالم'], ['LOC', 'القاهرة']])).toMatchObject([
      { type: 'summit', trigger: 'للقمة', who: ['فهد السالم', 'كريم منصور'], where: 'القاهرة' },
    ]);
  });
});

describe('what is not a meeting, and past light verbs after the noun', () => {
  it('لقاء السوبر is a football match', () => {
    const text = 'يدير الحكم ماجد الشمري لقاء السوبر بين الفريقين الأربعاء المقبل.';
    expect(events(text, [['PER', 'ماجد الشمري']])).toEqual([]);
  });
  it('محادثات أجراها … happened', () => {
    const text = 'جاء هذا بعد محادثات أجراها الوزير سامي الحداد مع نظيره خالد العمري في عمّان.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري'], ['LOC', 'عمّان']])).toEqual([
      { type: 'meeting', trigger: 'محادثات', who: ['خالد العمري', 'سامي الحداد'], where: 'عمّان', when: ANCHOR, status: 'happened' },
    ]);
  });
});
