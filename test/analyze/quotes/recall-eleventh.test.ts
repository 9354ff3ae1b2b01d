/**
 * Quote recall, session 11 (issue 15), read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-21.zip, more/2015-07-24.zip). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { entity, analyse, quotes, view } from './helpers.ts';

describe('the verbal noun of قال after another verb (بقوله، بالقول)', () => {
  it('بقوله + a colon and a quotation after a verb that is no verb of saying', () => {
    const v = view(analyse('وفسر المدير سالم الناصر هذا التراجع بقوله: «الأسعار ارتفعت كثيراً هذا العام».', (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes);
    expect(v).toEqual([{ kind: 'direct', text: 'الأسعار ارتفعت كثيراً هذا العام', cue: 'بقوله', speaker: 'سالم الناصر' }]);
  });

  it('بالقول + إن is reported speech with the clause subject as speaker', () => {
    const v = view(quotes('وعلق الوزير على القرار بالقول إن الحكومة ستدرسه قبل نهاية الشهر.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'الحكومة ستدرسه قبل نهاية الشهر', cue: 'بالقول', speaker: 'الوزير' }]);
  });

  it('بقولها with a feminine subject and straight marks', () => {
    const v = view(quotes('وعلقت المغنية على ألبومها الجديد بقولها "هذا أفضل ما قدمت".'));
    expect(v.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', 'هذا أفضل ما قدمت', 'بقولها']]);
  });

  it('قوله alone after a relay stays the end of the relayed speaker, not a cue of its own', () => {
    const v = view(quotes('ونقلت الصحيفة عن مصدر مطلع قوله إن الوزير سيستقيل.'));
    expect(v.map((q) => [q.text, q.cue, q.speaker])).toEqual([['الوزير سيستقيل', 'ونقلت', 'مصدر مطلع']]);
  });
});
