/**
 * The count-only classes of ORG errors (scripts/gold/org-classes.ts, eval:entities --org-classes)
 * on fictional sentences: each label is computed from offsets and the lexicons, never printed text.
 */
import { describe, expect, it } from 'vitest';
import { lexicons, nameHeadsJson } from '../../../src/analyze/entities/lexicon.ts';
import { orgClassLists, orgMissLabels, orgSpuriousLabels, wordKind, wordShape } from '../../../scripts/gold/org-classes.ts';
import type { TypedSpan } from '../../../scripts/gold/entity-score.ts';
import { parseEvalArgs } from '../../../scripts/gold/entity-splits.ts';

const L = orgClassLists(lexicons(), nameHeadsJson());
/** The span of `part` inside `text` (its first occurrence). */
const at = (text: string, part: string, type: TypedSpan['type'] = 'ORG'): TypedSpan => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length, type };
};

describe('ORG error classes', () => {
  it('says what kind of word a word is, from the lexicons', () => {
    expect(wordKind('وزارة', L)).toBe('head');
    expect(wordKind('صحة', L)).toBe('directorate');
    expect(wordKind('السعودية', L)).toBe('nationality');
    expect(wordKind('والقروية', L)).toBe('conj');
    expect(wordKind('للتنمية', L)).toBe('lil');
    expect(wordKind('(نزاهة)', L)).toBe('paren');
    expect(wordKind('«الفجر»', L)).toBe('quoted');
    expect(wordKind('Zain', L)).toBe('latin');
    expect(wordShape('الاجتماعية')).toBe('fem');
    expect(wordShape('المهندسين')).toBe('plural');
  });

  it('labels a name cut short at its end by a coordinated adjective', () => {
    const text = 'قالت وزارة الشؤون البلدية والقروية إن العمل بدأ.';
    const labels = orgMissLabels(text, at(text, 'وزارة الشؤون البلدية والقروية'), [at(text, 'وزارة الشؤون البلدية')], L);
    expect(labels).toEqual(expect.arrayContaining(['words:4+', 'first:head', 'predType:ORG', 'cut:end', 'missingEnd:conj', 'missingEndWords:1', 'pieces:one']));
    expect(labels.some((l) => l.startsWith('missingStart'))).toBe(false);
  });

  it('labels a name cut at its start to the place inside it, and a name found nowhere', () => {
    const text = 'زار الوفد غرفة تجارة الرياض أمس.';
    const cut = orgMissLabels(text, at(text, 'غرفة تجارة الرياض'), [at(text, 'الرياض', 'LOC')], L);
    expect(cut).toEqual(expect.arrayContaining(['cut:start', 'predType:LOC', 'missingStartWords:2', 'missingStart:head']));
    const none = orgMissLabels(text, at(text, 'غرفة تجارة الرياض'), [], L);
    expect(none).toEqual(expect.arrayContaining(['predType:none', 'words:3', 'first:head', 'glued:no']));
  });

  it('labels a short form whose long name the article gives, and a name the prediction runs past', () => {
    const text = 'أعلنت وزارة الأوقاف خطة. وقالت الأوقاف الكويتية إنها جاهزة.';
    const second = text.indexOf('الأوقاف', text.indexOf('.'));
    const g: TypedSpan = { start: second, end: second + 'الأوقاف'.length, type: 'ORG' };
    const long: TypedSpan = { start: second, end: second + 'الأوقاف الكويتية'.length, type: 'ORG' };
    const labels = orgMissLabels(text, g, [long], L, [at(text, 'وزارة الأوقاف'), g]);
    expect(labels).toEqual(expect.arrayContaining(['inLongerGold:yes', 'over:end', 'extra:nationality', 'words:1']));
  });

  it('is asked for with --org-classes', () => {
    expect(parseEvalArgs(['--org-classes']).orgClasses).toBe(true);
    expect(parseEvalArgs(['--classes']).orgClasses).toBe(false);
  });

  it('tells a name the lists know only as an everyday word (a club\'s common spelling)', () => {
    const text = 'فاز الهلال على ضيفه أمس.';
    expect(orgMissLabels(text, at(text, 'الهلال'), [], L)).toContain('known:org-common');
  });

  it('labels a spurious prediction by its words only', () => {
    const text = 'أعلنت الجهات المختصة أمس.';
    expect(orgSpuriousLabels(text, at(text, 'الجهات المختصة'), L)).toEqual(['words:2', 'first:article', 'known:no']);
  });
});
