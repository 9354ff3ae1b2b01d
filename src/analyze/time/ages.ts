/**
 * Ages on people. The tagger marks `البالغ 40 عاماً` as an age (`rule:time/age`); this links it to
 * the person named just before it in the same sentence, the way a reader does, and reads a count of
 * years alone in parentheses right after a person's name (`سالم العلي (40 عاماً)`) as that
 * person's age too — after a thing (`العقد (5 سنوات)`) it stays a duration. Runs after the entities.
 */
import type { Entity, TimeExpression } from '../../doc/types.ts';
import { hasRoughStop } from '../../text/sentences.ts';

/** How far (UTF-16 units) before an age its person may end: a title or البالغ من العمر between. */
const AGE_REACH = 60;
const YEARS = /^P\d+Y$/;

export function attachAges(text: string, times: TimeExpression[], entities: readonly Entity[]): TimeExpression[] {
  const people = entities.filter((e) => e.type === 'PER');
  if (people.length === 0) return times;
  const lastPersonBefore = (at: number, reach: number): string | null => {
    let best: { id: string; end: number } | null = null;
    for (const p of people)
      for (const m of p.mentions) {
        if (m.end > at || at - m.end > reach) continue;
        if (hasRoughStop(text.slice(m.end, at))) continue;
        if (!best || m.end > best.end) best = { id: p.id, end: m.end };
      }
    return best?.id ?? null;
  };
  return times.map((t) => {
    if (t.source === 'rule:time/age') {
      const of = lastPersonBefore(t.start, AGE_REACH);
      return of ? { ...t, of } : t;
    }
    if (t.type === 'DURATION' && YEARS.test(t.value) && /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*\)/.test(text.slice(t.end, t.end + 3))) {
      const open = text.lastIndexOf('(', t.start);
      const of = lastPersonBefore(open, 2);
      if (of) return { ...t, of, source: 'rule:time/age' };
    }
    return t;
  });
}
