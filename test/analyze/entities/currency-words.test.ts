import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Guide rule 11: currencies are no entities. A currency whose first letter reads as a clitic
// (`فرنك` as ف + `رنك`) slipped past the check on the word without its clitics, and the tagger's
// MISC stood (tune2 once, more/2015-08-02 twice; session 16, issue #14). The sentences are fictional.

describe('a currency written whole is no name', () => {
  it('a franc after a number, with its adjective', () => {
    expect(typedMentions('وقدرت الخسائر بنحو ثلاثة آلاف مليار فرنك إفريقي في ذلك العام.')).toEqual([]);
    expect(typedMentions('وبلغت قيمة الصفقة مئة مليون فرنك سويسري.')).toEqual([]);
  });
});
