/**
 * The count-only classes of LOC and MISC errors (scripts/gold/locmisc-classes.ts, eval:entities
 * --loc-classes / --misc-classes) on fictional sentences: labels from offsets and the lexicons.
 */
import { describe, expect, it } from 'vitest';
import { lexicons } from '../../../src/analyze/entities/lexicon.ts';
import { locMiscLists, locMiscMissLabels, locMiscSpuriousLabels, locMiscWordKind } from '../../../scripts/gold/locmisc-classes.ts';
import type { TypedSpan } from '../../../scripts/gold/entity-score.ts';
import { parseEvalArgs } from '../../../scripts/gold/entity-splits.ts';

const L = locMiscLists(lexicons());
const at = (text: string, part: string, type: TypedSpan['type'] = 'MISC'): TypedSpan => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length, type };
};

describe('LOC and MISC error classes', () => {
  it('tells event heads and place heads from the other kinds of word', () => {
    expect(locMiscWordKind('مهرجان', L)).toBe('event-head');
    expect(locMiscWordKind('محافظة', L)).toBe('place-head');
    expect(locMiscWordKind('وزارة', L)).toBe('head');
  });

  it('labels an event cut short before its field, and the entity written again', () => {
    const text = 'انطلق مهرجان الصقور للهواة أمس. وشارك في مهرجان الصقور للهواة مئة صقار.';
    const g = at(text, 'مهرجان الصقور للهواة');
    const labels = locMiscMissLabels(text, g, [at(text, 'مهرجان الصقور')], L, [{ found: false }]);
    expect(labels).toEqual(expect.arrayContaining(['words:3', 'first:event-head', 'cut:end', 'missingEnd:lil', 'predType:MISC', 'elsewhere:missed-there', 'mentions:2', 'prevWord:other']));
  });

  it('labels a place glued to its preposition and found nowhere, and a spurious one', () => {
    const text = 'وصل الوفد بالقرية النائية ليلا.';
    const g = at(text, 'القرية النائية', 'LOC');
    expect(locMiscMissLabels(text, g, [], L)).toEqual(expect.arrayContaining(['prevWord:proclitic', 'predType:none', 'elsewhere:only-mention', 'mentions:1', 'words:2']));
    expect(locMiscSpuriousLabels(text, at(text, 'ليلا', 'LOC'), L)).toEqual(expect.arrayContaining(['words:1', 'first:other', 'known:no', 'prevWord:article', 'after:sentence-edge']));
  });

  it('is asked for with --loc-classes and --misc-classes', () => {
    expect(parseEvalArgs(['--loc-classes']).locClasses).toBe(true);
    expect(parseEvalArgs(['--misc-classes']).miscClasses).toBe(true);
    expect(parseEvalArgs(['--classes']).locClasses).toBe(false);
  });
});
