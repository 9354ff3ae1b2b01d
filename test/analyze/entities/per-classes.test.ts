/**
 * The count-only classes of PER errors (scripts/gold/per-classes.ts, eval:entities --per-classes)
 * on fictional sentences: each label is computed from offsets, the lexicons and the letter model,
 * never printed text.
 */
import { describe, expect, it } from 'vitest';
import { lexicons } from '../../../src/analyze/entities/lexicon.ts';
import { contextKind, letterBand, nameWordKind, perClassLists, perMissLabels, perSpuriousLabels } from '../../../scripts/gold/per-classes.ts';
import type { TypedSpan } from '../../../scripts/gold/entity-score.ts';
import { parseEvalArgs } from '../../../scripts/gold/entity-splits.ts';

const L = perClassLists(lexicons());
const at = (text: string, part: string, type: TypedSpan['type'] = 'PER'): TypedSpan => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length, type };
};

describe('PER error classes', () => {
  it('says which name list knows a word', () => {
    expect(nameWordKind('خالد', L)).toBe('given');
    expect(nameWordKind('وخالد', L)).toBe('given');
    expect(nameWordKind('بوتين', L)).toBe('person-list');
    expect(nameWordKind('قرطاسية', L)).toBe('unknown');
    expect(nameWordKind('Smith', L)).toBe('latin');
  });

  it('says what stands before and after a name', () => {
    const text = 'وقال الرئيس سامر قرطاس إن العمل بدأ. سامر قرطاس في الرياض';
    const s = at(text, 'سامر قرطاس');
    expect(contextKind(text, s.start, 'before', L)).toBe('title');
    expect(contextKind(text, s.end, 'after', L)).toBe('complementizer');
    expect(contextKind('قال الطالب سامر', 'قال الطالب '.length, 'before', L)).toBe('other-def');
    expect(contextKind('سجل فيها سامر', 'سجل فيها '.length, 'before', L)).toBe('other-indef');
    const t2 = 'وقال سامر قرطاس، إن العمل بدأ.';
    const s2 = at(t2, 'سامر قرطاس');
    expect(contextKind(t2, s2.start, 'before', L)).toBe('say-verb');
    expect(contextKind(t2, s2.end, 'after', L)).toBe('punct');
    const second = text.lastIndexOf('سامر');
    expect(contextKind(text, second, 'before', L)).toBe('sentence-edge');
    expect(contextKind(text, second + 'سامر قرطاس'.length, 'after', L)).toBe('prep');
    expect(contextKind(text, 0, 'before', L)).toBe('edge');
  });

  it('labels a missed person: known words, a glued clitic, its other mentions and what was predicted over it', () => {
    const text = 'والتقى الوزير بسامر قرطاس أمس. وقال قرطاس إن العمل بدأ.';
    const g = at(text, 'سامر قرطاس');
    const labels = perMissLabels(text, g, [at(text, 'قرطاس أمس', 'LOC')], L, [{ found: true }]);
    expect(labels).toEqual(
      expect.arrayContaining(['words:2', 'shape:given+unknown', 'first:given', 'last:unknown', 'known:some', 'script:arabic', 'before:title', 'glued:yes(1)', 'elsewhere:found-there', 'predTypes:LOC']),
    );
    const alone = perMissLabels(text, g, [], L);
    expect(alone).toEqual(expect.arrayContaining(['elsewhere:only-mention', 'predTypes:none']));
    expect(perMissLabels(text, g, [], L, [{ found: false }])).toContain('elsewhere:missed-there');
  });

  it('bands the letter model score of the least name-like word, and labels a spurious person', () => {
    expect(['low', 'neg', 'pos', 'high']).toContain(letterBand('قرطاس'));
    expect(letterBand('و')).toBe('none');
    const text = 'قال John Smith إن العمل بدأ.';
    const labels = perSpuriousLabels(text, at(text, 'John Smith'), L);
    expect(labels).toEqual(expect.arrayContaining(['words:2', 'script:latin', 'first:latin', 'known:none', 'glued:no', 'lettersMin:none', 'before:say-verb', 'after:complementizer']));
  });

  it('reads --per-classes', () => {
    expect(parseEvalArgs(['--per-classes']).perClasses).toBe(true);
    expect(parseEvalArgs([]).perClasses).toBe(false);
  });
});
