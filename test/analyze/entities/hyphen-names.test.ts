import { describe, expect, it } from 'vitest';
import { HYPHEN_NAME_RULE, hyphenNames } from '../../../src/analyze/entities/hyphen-names.ts';
import { isHyphen } from '../../../src/text/punctuation.ts';
import { analyse, checkSpans, personChunks, taggedPersons } from './helpers.ts';

// Fictional sentences written for these tests (session 14: Korean given names of two syllables
// joined by a hyphen, read on unlabelled news of 2015-07-22 and 2015-07-25).

/** The person chunks after the rule, the tagger having tagged `person` (the text they cover). */
function chunks(text: string, person: string): string[] {
  const { ws, tags } = taggedPersons(text, [person]);
  const spans = hyphenNames([ws], [tags]);
  expect(spans.every((s) => s.rule === HYPHEN_NAME_RULE)).toBe(true);
  return personChunks(ws, tags, text);
}

describe('a syllable glued to a person by a hyphen', () => {
  it('belongs to the name, whatever the tagger made of it alone', () => {
    for (const [text, name] of [
      ['وقال المدرب جانج سو-سيك إن المباراة صعبة.', 'جانج سو-سيك'],
      ['وقال المخرج كيم جون-سيوك إن الفيلم جاهز.', 'كيم جون-سيوك'],
    ]) {
      const doc = analyse(text!);
      checkSpans(doc);
      const per = doc.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.map((m) => m.text));
      expect(per).toEqual([name]);
      // (the tagger had the last syllable alone as a body)
      expect(doc.entities.filter((e) => e.type !== 'PER')).toEqual([]);
    }
    expect(chunks('وقالت الممثلة بارك سو-يون إن الفيلم جاهز.', 'بارك سو')).toEqual(['بارك سو-يون']);
  });

  it('…not a dateline, a known place, a formula, nor a spaced dash', () => {
    expect(chunks('سالم الحربي-الباحة أقامت البلدية حفلا.', 'سالم الحربي')).toEqual(['سالم الحربي']);
    expect(chunks('سالم الحربي-جدة أقامت البلدية حفلا.', 'سالم الحربي')).toEqual(['سالم الحربي']);
    expect(chunks('عن عبد الله بن عمر-رضي الله عنهما- أنه قال.', 'عبد الله بن عمر')).toEqual(['عبد الله بن عمر']);
    expect(chunks('وقال سالم الحربي - جون إن العمل مستمر.', 'سالم الحربي')).toEqual(['سالم الحربي']);
  });

  it('the text layer knows the hyphens', () => {
    expect(isHyphen('-')).toBe(true);
    expect(isHyphen('\u2010')).toBe(true);
    expect(isHyphen('–')).toBe(false);
  });
});
