import { describe, expect, it } from 'vitest';
import { NAME_REPEAT_RULE, nameRepeats } from '../../../src/analyze/entities/name-repeats.ts';
import { analyse, personChunks, taggedPersons } from './helpers.ts';

// Fictional sentences written for these tests (session 15: surnames without the article written
// alone again, read on unlabelled news of more/2015-08-02, 07-25, 08-06, 07-21 and 07-27).

/** The person chunks of the sentences after the rule; the first sentence's `persons` tagged as the tagger might have them. */
function again(texts: string[], ...persons: string[]): string[] {
  const sents = texts.map((text, i) => taggedPersons(text, i ? [] : persons));
  const spans = nameRepeats(
    sents.map((x) => x.ws),
    sents.map((x) => x.tags),
  );
  expect(spans.every((s) => s.rule === NAME_REPEAT_RULE)).toBe(true);
  return sents.flatMap((x) => personChunks(x.ws, x.tags));
}

describe('a surname without the article written alone again (issue 14, second mentions)', () => {
  it('is the person the article named in full, with a glued و or ل too', () => {
    expect(again(['وقاد المدرب ماركو فيرانتي الفريق.', 'وقال فيرانتي إن الفوز مستحق.'], 'ماركو فيرانتي')).toEqual([
      'ماركو فيرانتي',
      'فيرانتي',
    ]);
    expect(again(['وصل الكاتب توماس بيركلي أمس.', 'ويبقى لبيركلي عام في عقده.'], 'توماس بيركلي')).toEqual([
      'توماس بيركلي',
      'لبيركلي',
    ]);
  });

  it('…and several of its words in a row are one mention of it', () => {
    expect(again(['وحضرت الشيف ماري وقدمت ماري دوبوا طبقا.', 'وتعمل ماري دوبوا في باريس.'], 'الشيف ماري', 'ماري دوبوا')).toEqual([
      'الشيف ماري',
      'ماري دوبوا',
      'ماري دوبوا',
    ]);
  });

  it('…not a word spelled otherwise (سأل is no سال), a given name, a definite word, a pronoun', () => {
    expect(again(['واستقبل الرئيس ماكي سال الوفد.', 'وسأل الصحفي عن الموعد.'], 'ماكي سال')).toEqual(['ماكي سال']);
    // (a given name is also an everyday word: لصالح is 'in favour of')
    expect(again(['وقال علي صالح كلمة.', 'وصوت المجلس لصالح القرار.'], 'علي صالح')).toEqual(['علي صالح']);
    // definite family names are family-mentions.ts's
    expect(again(['وقال محمد العربي كلمة.', 'وشدد على العمل العربي المشترك.'], 'محمد العربي')).toEqual(['محمد العربي']);
    expect(again(['وكتب ابنك البار أنا', 'وقال أنا جاهز.'], 'البار أنا')).toEqual(['البار أنا']);
    // a name link is no surname, whatever chunk it ends (`مظهر أبي`: my father's looks)
    expect(again(['ويعجبني مظهر أبي وأناقته.', 'وأنا معجبة بأبي كثيرا.'], 'مظهر أبي')).toEqual(['مظهر أبي']);
    // a tag list runs its keywords into one chunk, whose last word is no surname
    expect(again(['سمات الرياض فهد محمد بئر حادث', 'وسقط العامل في بئر قديمة.'], 'فهد محمد بئر')).toEqual(['فهد محمد بئر']);
  });

  it('…nor after an untagged given name, which makes it the full name again', () => {
    expect(again(['وقال الوزير بدر باسلمة كلمة.', 'ورحب بدر باسلمة بالضيوف.'], 'بدر باسلمة')).toEqual(['بدر باسلمة']);
  });

  it('runs in the pipeline: the repeat after a clitic joins the person, the clitic left outside', () => {
    const doc = analyse('وصل الكاتب الأسترالي توماس بيركلي إلى الرياض أمس. ويبقى لبيركلي عام في عقده مع الدار.');
    const per = doc.entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.text === 'توماس بيركلي'));
    const again = per?.mentions.find((m) => m.text === 'بيركلي');
    expect(again?.source).toBe(NAME_REPEAT_RULE);
    expect(doc.text.slice(again!.start - 1, again!.start)).toBe('ل');
  });
});
