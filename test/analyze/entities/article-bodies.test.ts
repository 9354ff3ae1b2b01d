import { describe, expect, it } from 'vitest';
import { ARTICLE_BODY_RULE } from '../../../src/analyze/entities/conventions.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests.

const orgs = (text: string) => {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'ORG');
};

describe('a party or ministry written bare after its full name (issue 14: entities as things)', () => {
  it('the bare word after a verb of saying or a word of membership is the same body', () => {
    const a = orgs(
      'وأعلن حزب الفجر مشاركته في الانتخابات. وقال المتحدث باسم الفجر إن الحزب جاهز. وأكد قادة الفجر أن القوائم اكتملت.',
    );
    expect(a.map((e) => e.name)).toEqual(['حزب الفجر']);
    expect(a[0]!.mentions.map((m) => m.text)).toEqual(['حزب الفجر', 'الفجر', 'الفجر']);
    expect(a[0]!.mentions.slice(1).every((m) => m.source === ARTICLE_BODY_RULE)).toBe(true);
    const b = orgs('وأصدرت وزارة الأوقاف تعميما للمساجد. وأوضحت الأوقاف أن الخطباء ملزمون به.');
    expect(b.map((e) => [e.name, e.mentions.length])).toEqual([['وزارة الأوقاف', 2]]);
  });
  it('stays the common noun elsewhere, and before the full name', () => {
    // the dawn prayer, not the party; a bare word before the party is named
    const a = orgs('وبعد صلاة الفجر أعلن حزب الفجر مشاركته. وحضر أعضاؤه الفجر الجديد للمدينة.');
    expect(a.map((e) => [e.name, e.mentions.length])).toEqual([['حزب الفجر', 1]]);
    // a definite word after it makes a noun phrase: `قادة الفجر الجديد`
    expect(orgs('وأعلن حزب الفجر بيانا. وقال قادة الفجر الجديد إنهم مستعدون.').map((e) => e.mentions.length)).toEqual([1]);
  });
});
