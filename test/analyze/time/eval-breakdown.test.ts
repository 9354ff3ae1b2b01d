import { describe, expect, it } from 'vitest';
import {
  TimesBreakdown,
  differenceKind,
  leadOf,
  prepositionGloss,
  valueError,
} from '../../../scripts/eval-times-breakdown.ts';

// The held-out breakdown of `npm run eval:times` prints only these counts: each class must be
// the one a reader would give, checked here on made-up expressions.
describe('eval:times error classes', () => {
  it('names the kind of a wrong value', () => {
    expect(valueError('2014-05-03', '2015-05-03')).toBe('year±1');
    expect(valueError('2011-05', '2015-05')).toBe('year-other');
    expect(valueError('2015-05-03', '2015-05')).toBe('granularity');
    expect(valueError('2015-W20', '2015-05-12')).toBe('granularity');
    expect(valueError('2015-05-03', '2015-05-04')).toBe('day-month');
    expect(valueError('P3Y', '2012', 'DURATION')).toBe('kind');
    expect(valueError('PRESENT_REF', '2015-08-10')).toBe('kind');
    expect(valueError('P3Y', 'P3M', 'DURATION')).toBe('length');
    expect(valueError('2015-05-03T20:15', '2015-05-03T08:15')).toBe('clock');
    expect(valueError('2015-05-03T20:15', '2015-05-03')).toBe('granularity');
    expect(valueError('T20:00', 'T08:00')).toBe('clock');
    expect(valueError('P1D', 'PXD', 'SET')).toBe('unresolved');
    expect(valueError('2015', undefined)).toBe('none');
  });

  it('tells a preposition, a clitic and neither at the start', () => {
    expect(leadOf('منذ ثلاث سنوات')).toBe('prep');
    expect(leadOf('وبعد يومين')).toBe('prep');
    expect(leadOf('والعام الماضي')).toBe('clitic');
    expect(leadOf('فبراير 2015')).toBe('none');
    expect(leadOf('يوم الأحد')).toBe('none');
    expect(differenceKind('و')).toBe('clitic');
    expect(differenceKind('منذ ')).toBe('prep');
    expect(differenceKind('صباح يوم ')).toBe('other');
    expect(prepositionGloss('ومنذ ')).toBe('since');
    expect(prepositionGloss('قبل نحو ')).toBe('before');
    expect(prepositionGloss('لمدة ')).toBe('other');
  });

  it('counts span classes against the best-overlapping prediction', () => {
    const text = 'وصل منذ ثلاث سنوات، وغادر يوم الأحد الماضي، ثم عاد في مايو.';
    const at = (s: string): { start: number; end: number } => {
      const start = text.indexOf(s);
      return { start, end: start + s.length };
    };
    const b = new TimesBreakdown();
    b.add(
      text,
      [
        { ...at('ثلاث سنوات'), value: 'P3Y', type: 'DURATION' },
        { ...at('يوم الأحد الماضي'), value: '2015-08-09', type: 'DATE' },
        { ...at('مايو'), value: '2015-05', type: 'DATE' },
      ],
      [
        { ...at('منذ ثلاث سنوات'), value: '2012', type: 'DATE' },
        { ...at('الأحد الماضي'), value: '2015-08-09', type: 'DATE' },
        { ...at('ثم'), value: 'X', type: 'DATE' },
      ],
    );
    expect(b.byType).toEqual({
      spurious: { DATE: 1, all: 1 },
      longer: { DURATION: 1, all: 1 },
      shorter: { DATE: 1, all: 1 },
      missed: { DATE: 1, all: 1 },
    });
    expect(b.boundaries.longer).toEqual({ start: 1, 'start: prep': 1, 'start prep: since': 1 });
    expect(b.boundaries.shorter).toEqual({ start: 1, 'start: other': 1 });
    expect(b.values.kind).toMatchObject({ DURATION: 1, all: 1, 'other span': 1 });
    expect(b.values.right).toMatchObject({ DATE: 1, all: 1, 'other span': 1 });
    expect(b.values['TIMEX type differs']).toEqual({ DURATION: 1 });
  });
});
