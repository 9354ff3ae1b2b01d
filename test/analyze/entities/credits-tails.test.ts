import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';
import { creditNames } from '../../../src/analyze/entities/byline.ts';

// Fictional articles written for these tests (people and stories are invented).

function mentions(doc: MarsadDocument): string[] {
  return doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
}

describe('names in the byline (guide rule 9: the author and the outlet)', () => {
  it('a byline line above the body gives the author (PER) and the outlet (ORG)', () => {
    const doc = analyse(
      'هالة المطيري – عين اليوم\nافتتحت بلدية القرية حديقة جديدة أمس بحضور عدد من الأهالي والمسؤولين.\n',
    );
    checkSpans(doc);
    expect(doc.article.byline?.text).toBe('هالة المطيري – عين اليوم');
    const ms = mentions(doc);
    expect(ms).toContain('PER:هالة المطيري');
    expect(ms).toContain('ORG:عين اليوم');
    const author = doc.entities.find((e) => e.name === 'هالة المطيري')!;
    expect(author.mentions[0]!.source).toBe('rule:credit/byline');
  });

  it('a "follow" word or a byline prefix is no name', () => {
    const text = 'كتب: سالم الحربي - متابعات';
    const got = creditNames(text, { start: 0, end: text.length }).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
    expect(got).toEqual(['PER:سالم الحربي']);
  });

  it('an agency and a dateline city are read for what they are; a clause is not an author', () => {
    const text = 'الرياض - واس';
    const got = creditNames(text, { start: 0, end: text.length }).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
    expect(got).toEqual(['LOC:الرياض', 'ORG:واس']);
    const long = 'قال إنه سيعود غدا إلى العمل من جديد';
    expect(creditNames(long, { start: 0, end: long.length })).toEqual([]);
  });
});

describe('tag lines and the link line at the end (guide rule 19)', () => {
  const body =
    'أعلن نادي الوحدة تعاقده مع المدرب فهد الزهراني لمدة موسمين، وقال رئيس النادي إن الاتفاق تم في جدة بعد مفاوضات قصيرة.';

  it('the link line repeating the title: the paper and the names in the title', () => {
    const doc = analyse(`${body}\nرابط الخبر بصحيفة الوئام: الوحدة يتعاقد مع الزهراني في جدة\n`);
    checkSpans(doc);
    // the structure stage still keeps the line out of the body
    expect(doc.article.boilerplate.some((b) => b.text.startsWith('رابط الخبر'))).toBe(true);
    const tail = doc.text.indexOf('رابط الخبر');
    const inTail = doc.entities.flatMap((e) =>
      e.mentions.filter((m) => m.start >= tail).map((m) => `${e.type}:${m.text}`),
    );
    expect(inTail).toContain('ORG:صحيفة الوئام');
    expect(inTail).toContain('LOC:جدة');
  });

  it('a tag list: the known names in it, joined to their entity in the body', () => {
    const doc = analyse(`${body} سمات جدة نادي الوحدة\n`);
    checkSpans(doc);
    const tail = doc.text.indexOf('سمات');
    expect(tail).toBeGreaterThan(0);
    const jeddah = doc.entities.find((e) => e.mentions.some((m) => m.text === 'جدة' && m.start > tail));
    expect(jeddah?.type).toBe('LOC');
    expect(jeddah!.mentions.length).toBe(2);
  });

  it('a tag list: each tag on its own, as the article names it, never run into the next tag', () => {
    const doc = analyse(`${body} سمات فهد الزهراني جدة تعاقدات\n`);
    checkSpans(doc);
    const tail = doc.text.indexOf('سمات');
    const inTail = doc.entities.flatMap((e) =>
      e.mentions.filter((m) => m.start > tail).map((m) => `${e.type}:${m.text}`),
    );
    expect(inTail).toEqual(['PER:فهد الزهراني', 'LOC:جدة']);
    const coach = doc.entities.find((e) => e.name === 'فهد الزهراني')!;
    expect(coach.mentions.length).toBe(2);
  });

  it('other furniture stays unread: a read-also line names nothing', () => {
    const doc = analyse(`${body}\nاقرأ أيضا: وزارة الصحة تعلن نتائج حملة التطعيم في الرياض\n`);
    const tail = doc.text.indexOf('اقرأ أيضا');
    expect(doc.entities.flatMap((e) => e.mentions).filter((m) => m.start >= tail)).toEqual([]);
  });
});
