/**
 * أهمية أن، like ضرورة أن, opens no reported claim: شدد على أهمية أن… says what should be, which the
 * guide leaves out (speech.json notComplementizerAfter). Nor does a role's سابقا open a claim of أكد
 * (claims.json notClaimHeads). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, quotes } from './helpers.ts';

const withName = (text: string) => analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي'])]).quotes;

describe('أن after أهمية', () => {
  it('is no complementizer of the verb of saying', () => {
    expect(withName('وشدد سالم الحربي على أهمية أن يلتزم الجميع بالتعليمات.')).toEqual([]);
    expect(withName('وأكد سالم الحربي على أهمية أن يكون العمل التطوعي موازيا لعمل الحكومة.')).toEqual([]);
  });

  it('nor does a former role make the words after it a claim', () => {
    expect(withName('أكد عضو مجلس الشورى سابقا سالم الحربي على أهمية أن يكون التطوع منظما.')).toEqual([]);
  });

  it('a claim after the same verb is still reported', () => {
    expect(quotes('وأكد المدير أن العمل التطوعي مهم للشباب.').map((q) => q.text.text)).toEqual(['العمل التطوعي مهم للشباب']);
  });
});
