import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { LEARNED_EVENT_RULE, learnedEvents } from '../../../src/analyze/entities/learned-events.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 16: events the head-noun rule cut at their
// complement or the tagger missed, read on unlabelled news of more/2015-07-27, 08-02 and
// 2015-08-10). The events are names of the generated learned-events.json (scripts/build-learned-events.ts).

/** The event chunks the rule leaves. */
function events(text: string, tags: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const spans = learnedEvents([ws], [tags]);
  for (const s of spans) expect(tags.slice(s.a, s.b)).toEqual(tags.slice(s.a, s.b).map((_, k) => (k ? 'I-MISC' : 'B-MISC')));
  return spans.map((s) => ws.slice(s.a, s.b).map((w) => w.text).join(' '));
}

/** The pipeline's MISC mentions of a sentence as `text source`. */
const misc = (text: string): string[] =>
  analyse(text).entities.filter((e) => e.type === 'MISC').flatMap((e) => e.mentions.map((m) => `${m.text} ${m.source}`));

describe('an event learned from the archive is one MISC in full (guide rule 21)', () => {
  it('widens an event cut at its complement, over a place inside, and marks one nothing found', () => {
    expect(events('زار الوفد مهرجان أبها يجمعنا أمس', ['O', 'O', 'B-MISC', 'I-MISC', 'O', 'O'])).toEqual(['مهرجان أبها يجمعنا']);
    expect(events('وتنطلق مسابقة الطائف سما للفنون الشعبية غدا', ['O', 'O', 'B-LOC', 'O', 'O', 'O', 'O'])).toEqual([
      'مسابقة الطائف سما للفنون الشعبية',
    ]);
    expect(events('وفازت الطالبة في جائزة لوحة وقصيدة هذا العام', ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['جائزة لوحة وقصيدة']);
  });

  it('nothing for a plain description, which the build leaves out (guide rule 21)', () => {
    expect(events('وزار الوفد معرض الأسر المنتجة أمس', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual([]);
  });

  it('nothing for a prefix alone, a chunk running on past the name, or the event already whole', () => {
    expect(events('زار الوفد مهرجان أبها أمس', ['O', 'O', 'B-MISC', 'I-MISC', 'O'])).toEqual([]);
    expect(events('زار الوفد مهرجان أبها يجمعنا الكبير', ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC'])).toEqual([]);
    expect(events('زار الوفد مهرجان أبها يجمعنا أمس', ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'])).toEqual([]);
  });

  it('runs in the pipeline, the clitics before the head left out', () => {
    expect(misc('وتواصل فعاليات مهرجان أبها يجمعنا استقبال الزوار.')).toEqual([`مهرجان أبها يجمعنا ${LEARNED_EVENT_RULE}`]);
    expect(misc('وشارك الزوار بمعرض مشكاة التفاعلي للطاقة الذرية والمتجددة في المدينة.')).toEqual([
      `معرض مشكاة التفاعلي للطاقة الذرية والمتجددة ${LEARNED_EVENT_RULE}`,
    ]);
  });
});
