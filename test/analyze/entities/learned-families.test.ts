import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { LEARNED_FAMILY_RULE, learnedFamilies, learnedFamily } from '../../../src/analyze/entities/learned-families.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 14: persons named with no cue, read on
// unlabelled news of more/2015-07-23, more/2015-07-27 and more/2015-08-02). The family names are
// words of the generated learned-families.json (scripts/build-learned-families.ts).

/** The person chunks the rule leaves on an untagged sentence, and the rule it names. */
function persons(text: string, tags?: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const t = tags ?? ws.map(() => 'O');
  const spans = learnedFamilies([ws], [t]);
  expect(spans.every((s) => s.rule === LEARNED_FAMILY_RULE)).toBe(true);
  return spans.map((s) => ws.slice(s.a, s.b).map((w) => w.text).join(' '));
}

describe('learned family names (issue 14, name statistics)', () => {
  it('learned a family name from unlabelled news, and not an ordinary word after a given name', () => {
    expect(learnedFamily(foldName('البدين'))).toBe(true);
    expect(learnedFamily(foldName('الماضي'))).toBe(false);
    expect(learnedFamily(foldName('الظن'))).toBe(false);
  });

  it('a given name and a learned family name with no cue are one person', () => {
    expect(persons('وحضر اللقاء إلى جانب فهد البدين عدد من رجال الأعمال.')).toEqual(['فهد البدين']);
    // a chain with بن, and the next name of a list after و
    expect(persons('وحضر سعد بن فهد البدين الحفل.')).toEqual(['سعد بن فهد البدين']);
    expect(persons('وشارك ماجد الحربي ونواف العابد في التدريب.')).toEqual(['ونواف العابد']);
  });

  it('a person chunk of given names only takes the learned family name after it, mid-sentence', () => {
    expect(persons('وواصل نواف العابد تدريباته مع الفريق', ['O', 'B-PERS', 'O', 'O', 'O', 'O'])).toEqual([
      'نواف العابد',
    ]);
    // not a chunk that is more than given names
    expect(persons('وواصل نواف العابد تدريباته', ['B-PERS', 'I-PERS', 'O', 'O'])).toEqual([]);
  });

  it('no person for a word the statistics did not learn, nor inside a bigger name', () => {
    expect(persons('وكان حسن الظن بالجميع.')).toEqual([]);
    expect(persons('وراجع مستشفى الملك فيصل التخصصي أمس.')).toEqual([]);
    expect(persons('افتتح مستشفى فهد البدين الجديد.')).toEqual([]);
    // a word the tagger already tagged stays its own
    expect(persons('حضر فهد البدين', ['O', 'B-PERS', 'I-PERS'])).toEqual([]);
  });

  it('runs in the pipeline: the person is an entity made by the rule', () => {
    const doc = analyse('وحضر اللقاء إلى جانب فهد البدين عدد من رجال الأعمال.');
    const per = doc.entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.text === 'فهد البدين'));
    expect(per?.mentions.find((m) => m.text === 'فهد البدين')?.source).toBe(LEARNED_FAMILY_RULE);
  });
});
