/**
 * Issue 15: the verb's tense decides an event's status (a present-tense headline reports the day's
 * news; سيلتقي / من المقرر / المرتقب plan; التقى / عقد / جرت report), and an undated event inherits
 * the date governing its sentence, else the publication date for what a past verb reports.
 * Fictional sentences; the anchor 2021-05-26 is a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, Span } from '../../../src/doc/types.ts';
import { extractEvents } from '../../../src/analyze/events/extract.ts';
import { findTimes } from '../../../src/analyze/time/tagger.ts';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';
import { entitiesFor } from './helpers.ts';

const ANCHOR = '2021-05-26';

function events(text: string, names: [EntityType, string][], headline: Span | null = null) {
  const entities = entitiesFor(text, names);
  return extractEvents({ text, entities, times: findTimes(text, { anchor: ANCHOR }), anchor: ANCHOR, headline }).map((e) => ({
    trigger: e.trigger.text,
    status: e.status,
    when: e.time?.value ?? null,
    written: e.time?.span?.text ?? null,
  }));
}

const firstLine = (text: string): Span => ({ start: 0, end: text.indexOf('\n'), text: text.slice(0, text.indexOf('\n')) });

describe('tense decides the status', () => {
  it('a present-tense headline happened on the publication day', () => {
    const text = 'الوزير سامي الحداد يستقبل السفير خالد العمري\nاستقبل الوزير ضيفه في مكتبه.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']], firstLine(text))[0]).toEqual({
      trigger: 'يستقبل',
      status: 'happened',
      when: ANCHOR,
      written: null,
    });
  });

  it('the same present verb in the body announces a planned event', () => {
    const text = 'مقدمة الخبر\nويستقبل الوزير سامي الحداد السفير خالد العمري في مكتبه.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']], firstLine(text))[0]!.status).toBe('planned');
  });

  it('a present-tense headline after من المقرر stays planned', () => {
    const text = 'من المقرر أن يستقبل الوزير سامي الحداد السفير خالد العمري\nتفاصيل.';
    expect(events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']], firstLine(text))[0]!.status).toBe('planned');
  });

  it('سيلتقي and من المقرر plan; التقى and جرت report', () => {
    const names: [EntityType, string][] = [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']];
    expect(events('سيلتقي سامي الحداد خالد العمري.', names)[0]!.status).toBe('planned');
    expect(events('ومن المقرر أن يلتقي سامي الحداد خالد العمري.', names)[0]!.status).toBe('planned');
    expect(events('التقى سامي الحداد خالد العمري.', names)[0]!.status).toBe('happened');
    expect(events('وجرت محادثات بين سامي الحداد وخالد العمري.', names)[0]!.status).toBe('happened');
  });
});

describe('an undated event inherits a date', () => {
  it('from the time expression governing its sentence', () => {
    const text = 'وفي الثالث من مايو 2021، وبعد انتظار طويل، عقد سامي الحداد وخالد العمري اجتماعا مطولا لمناقشة الخطة.';
    const ev = events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']]);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ status: 'happened', when: '2021-05-03', written: 'الثالث من مايو 2021' });
  });

  it('else the publication date, when a past verb reports it', () => {
    expect(events('التقى سامي الحداد خالد العمري.', [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']])[0]).toMatchObject({ when: ANCHOR, written: null });
  });

  it('else the publication date, when a past light verb carries a noun trigger', () => {
    const names: [EntityType, string][] = [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']];
    expect(events('عقد سامي الحداد وخالد العمري اجتماعا مطولا.', names)[0]).toMatchObject({ status: 'happened', when: ANCHOR, written: null });
    expect(events('وجرت محادثات بين سامي الحداد وخالد العمري.', names)[0]).toMatchObject({ status: 'happened', when: ANCHOR });
  });

  it('but not when only an adjective says it is over (الاجتماع السابق)', () => {
    const ev = events('وكان الاجتماع الأخير بين سامي الحداد وخالد العمري مثمرا.', [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']]);
    expect(ev.map((e) => [e.trigger, e.status, e.when])).toEqual([['الاجتماع', 'happened', null]]);
  });

  it('a planned event with no date gets none', () => {
    expect(events('سيلتقي سامي الحداد خالد العمري.', [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']])[0]!.when).toBeNull();
  });

  it('an inherited date does not split two mentions of one event', () => {
    const text = 'التقى سامي الحداد خالد العمري في عمان. وكان لقاء سامي الحداد وخالد العمري أمس قد تناول التجارة.';
    const ev = events(text, [['PER', 'سامي الحداد'], ['PER', 'خالد العمري']]);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ when: '2021-05-25', written: 'أمس' });
  });
});

describe('through the pipeline', () => {
  it('the events stage passes the headline', () => {
    const doc = analyzeText({ text: 'الرئيس عمر الطيب يستقبل وزير الخارجية فهد السالم\n\nالرباط - استقبل الرئيس عمر الطيب في القصر وزير الخارجية فهد السالم.' }, { date: ANCHOR });
    const headline = doc.article.headline!;
    const ev = doc.events.find((e) => e.trigger.start >= headline.start && e.trigger.end <= headline.end);
    expect(ev, JSON.stringify(doc.events)).toBeDefined();
    expect(ev!.status).toBe('happened');
  });
});
