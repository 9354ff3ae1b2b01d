import { describe, expect, it } from 'vitest';
import { STOCK_LIST_RULE } from '../../../src/analyze/entities/stock-lists.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional market-report sentences written for these tests (session 15: companies listed by their
// trading names missed on tune2 and on more/2015-07-23, 07-27 and 08-02). The company names are
// made up.

/** Every ORG mention as `text source`. */
function orgs(text: string): string[] {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'ORG').flatMap((e) => e.mentions.map((m) => `${m.text} ${m.source}`));
}

describe('companies listed in a market report (stock-lists.ts)', () => {
  it('every name of the list after أسهم شركات is a company, up to the word that ends it', () => {
    const ms = orgs('وكانت أسهم شركات نوركو، وتلال للتأمين وأسمنت الوادي و سحاب الأكثر ارتفاعا اليوم.');
    for (const n of ['نوركو', 'تلال للتأمين', 'أسمنت الوادي', 'سحاب']) expect(ms).toContain(`${n} ${STOCK_LIST_RULE}`);
    expect(ms.some((m) => m.includes('الأكثر'))).toBe(false);
  });

  it('a name that spells a place is the company in the list', () => {
    expect(orgs('وجاءت أسهم شركات نوركو والسعودية للتغليف على رأس القائمة.')).toContain(`السعودية للتغليف ${STOCK_LIST_RULE}`);
  });

  it('one name after the head is a sector, not a list', () => {
    expect(orgs('وتأثرت أسهم شركات البتروكيماويات السعودية، لافتًا إلى أسعار النفط.')).toEqual([]);
  });
});
