import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { LEARNED_ORG_RULE, learnedOrgs } from '../../../src/analyze/entities/learned-orgs.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 14: institution names cut short or missed,
// read on unlabelled news of more/2015-08-01 and more/2015-08-06). The names are names of the
// generated learned-orgs.json (scripts/build-learned-orgs.ts).

/** The organisation chunks the rule leaves, and the rule it names. */
function orgs(text: string, tags?: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const t = tags ?? ws.map(() => 'O');
  const spans = learnedOrgs([ws], [t]);
  expect(spans.every((s) => s.rule === LEARNED_ORG_RULE)).toBe(true);
  for (const s of spans) expect(t.slice(s.a, s.b)).toEqual(t.slice(s.a, s.b).map((_, k) => (k ? 'I-ORG' : 'B-ORG')));
  return spans.map((s) => ws.slice(s.a, s.b).map((w) => w.text).join(' '));
}

describe('institution names learned from recurrence (issue 14)', () => {
  it('a learned name written in full with nothing tagged is one organisation', () => {
    expect(orgs('وأعلنت شركة سلامة للتأمين التعاوني نتائجها أمس.')).toEqual(['شركة سلامة للتأمين التعاوني']);
    // the head's clitics stay outside the name's first word (ب before the head)
    expect(orgs('وأقيم الحفل بجمعية الثقافة والفنون بالطائف مساء.')).toEqual(['بجمعية الثقافة والفنون بالطائف']);
  });

  it('an organisation over a prefix of a learned name becomes the whole name (cut at the end)', () => {
    expect(orgs('نظمت جمعية الثقافة والفنون بالطائف أمسية', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual([
      'جمعية الثقافة والفنون بالطائف',
    ]);
  });

  it('a place inside a learned name gives way to the whole organisation (cut at the start)', () => {
    const tags = ['O', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'O', 'O', 'O'];
    expect(orgs('وزارت هيئة تطوير مكة المكرمة والمشاعر المقدسة الموقع', tags)).toEqual([
      'هيئة تطوير مكة المكرمة والمشاعر المقدسة',
    ]);
  });

  it('no organisation where the tags run past the name, for a two-word name alone, or an everyday room', () => {
    expect(orgs('قرر مجلس القضاء الأعلى الجديد', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual([]);
    // a two-word run is often an everyday phrase: it only widens a name found
    expect(orgs('وأبلغ مركز الشرطة بالحادث.')).toEqual([]);
    expect(orgs('ونقل إلى غرفة العناية المركزة في المستشفى.')).toEqual([]);
    // a nationality after a complete name stays outside (guide rule 4)
    expect(orgs('ساعدوا وكالة الاستخبارات المركزية الأميركية في البرنامج.')).toEqual(['وكالة الاستخبارات المركزية']);
  });

  // read on unlabelled news of more/2015-08-09 (name-heads.json descriptiveAfterName)
  it('an adjective that describes the body after its complete name stays outside (guide rule 4)', () => {
    expect(orgs('وتقدمت القوات على جماعة الحوثي المسلحة في المدينة', ['O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O'])).toEqual([
      'جماعة الحوثي',
    ]);
    expect(orgs('وقالت وكالة الأنباء الرسمية إن الوفد وصل.')).toEqual([]);
  });

  // session 15: names that open with the head's definite form, and no `… بالمنطقة` ending
  it('a learned name opening with a definite head is one organisation, also over a prefix cut before و', () => {
    expect(orgs('وأعلنت الرئاسة العامة للبحوث العلمية والإفتاء موعد الاجتماع.')).toEqual(['الرئاسة العامة للبحوث العلمية والإفتاء']);
    expect(orgs('وعقدت اللجنة الوطنية للحج والعمرة اجتماعا', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual([
      'اللجنة الوطنية للحج والعمرة',
    ]);
    // (a definite head with one word after it is as often the body named before: nothing learned)
    expect(orgs('وقالت اللجنة الوطنية إن الموعد تغير.')).toEqual([]);
  });

  it('a body found before ب + a word that is no place stays without it (where, not which branch)', () => {
    expect(orgs('وقال أمين مجلس التنمية السياحية بالمنطقة إن', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual([]);
    expect(orgs('وقال رئيس لجنة المسرح بالجمعية إن', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual([]);
  });

  it("a role's portfolio after the body is not learned into its name", () => {
    expect(orgs('وحضر مساعد رئيس الديوان الملكي للشؤون التنفيذية الحفل', ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'])).toEqual([]);
  });

  it('a learned name holds the places inside it against the lists (the places are no mentions of their own)', () => {
    const doc = analyse('أصدرت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي العدد الجديد من مجلتها.');
    expect(doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`))).toEqual([
      'ORG الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي',
    ]);
  });

  it('runs in the pipeline: the organisation is an entity made by the rule', () => {
    const doc = analyse('وقال متحدث إن جمعية الثقافة والفنون بالطائف نظمت أمسية شعرية.');
    const org = doc.entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === 'جمعية الثقافة والفنون بالطائف'));
    expect(org?.mentions.find((m) => m.text === 'جمعية الثقافة والفنون بالطائف')?.source).toBe(LEARNED_ORG_RULE);
  });
});
