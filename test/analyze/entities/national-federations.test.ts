import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 16: `الاتحاد السعودي`, `الاتحاد الكويتي`
// cut to the club `[الاتحاد]` with the adjective left outside, about 24 times on more/2015-07-23,
// 07-27, 08-04 and 08-09). `اتحاد` is a head of name-heads.json definite.national, like `منتخب`:
// with the article and a country's adjective it is that country's federation (guide rule 4).

const SPORT = 'وفاز الشباب على الرائد في الدوري، وسجل المهاجم هدفين في الشوط الثاني للمباراة.';

/** The pipeline's ORG mentions of a text. */
const orgs = (text: string): string[] =>
  analyse(text).entities.filter((e) => e.type === 'ORG').flatMap((e) => e.mentions.map((m) => m.text));

describe('a federation named by الاتحاد and a country is one organisation (issue 14)', () => {
  it('the head and the country adjective are one name, with a field after them when written', () => {
    expect(orgs(`${SPORT} وأكد الاتحاد السعودي أن المباراة أقيمت في موعدها.`)).toContain('الاتحاد السعودي');
    expect(orgs(`${SPORT} وقال رئيس الاتحاد الكويتي إن القرار نهائي.`)).toContain('الاتحاد الكويتي');
    expect(orgs('وأكد رئيس الاتحاد السعودي للتنس أن البطولة في موعدها.')).toEqual(['الاتحاد السعودي للتنس']);
  });

  it('the club alone is still the club', () => {
    const found = orgs(`${SPORT} وتعاقد الاتحاد مع المدرب الجديد.`);
    expect(found).toContain('الاتحاد');
    expect(found.filter((m) => m.startsWith('الاتحاد '))).toEqual([]);
  });
});
