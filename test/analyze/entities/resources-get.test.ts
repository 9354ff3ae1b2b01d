import { describe, expect, it } from 'vitest';
import { EntityResources } from '../../../src/analyze/entities/resources.ts';

// EntityResources.get builds each thing once per resources (issue 18: it is asked with one Map
// probe); a build that gives nothing (undefined, null) is not built again either.
describe('EntityResources.get', () => {
  it('builds once per resources, whatever the build gives, and keeps resources apart', () => {
    let calls = 0;
    const nothing = (): undefined => {
      calls++;
      return undefined;
    };
    const none = (): null => {
      calls++;
      return null;
    };
    const some = (r: EntityResources) => {
      calls++;
      return { dir: r.lexiconDir };
    };
    const a = new EntityResources();
    const b = new EntityResources({ lexiconDir: '/elsewhere' });
    for (let round = 0; round < 3; round++) {
      expect(a.get(nothing)).toBeUndefined();
      expect(a.get(none)).toBeNull();
      expect(a.get(some)).toBe(a.get(some));
      expect(b.get(some).dir).toBe('/elsewhere');
    }
    expect(calls).toBe(4);
  });
});
