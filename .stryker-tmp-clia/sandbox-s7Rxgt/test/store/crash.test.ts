// @ts-nocheck
import { expect, it } from 'vitest';
import { describeShared } from '../helpers/shared.ts';
import { runCrashTest } from '../../scripts/crash-test.ts';

describeShared('crash: kill -9 during ingest, then ingest again', ['data', 'news', '2015-08-10.zip'], () => {
  it(
    'ends with every article exactly once and an intact store',
    async () => {
      const r = await runCrashTest();
      expect(r.records).toBe(3386);
      expect(r.storedAtKill).toBeGreaterThan(0);
      expect(r.storedAtKill).toBeLessThan(r.expected);
      expect(r.integrityAfterKill).toBe('ok');
      expect(r.final).toBe(r.expected);
      expect(r.missing).toBe(0);
      expect(r.duplicateHashes).toBe(0);
      expect(r.integrity).toBe('ok');
      expect(r.ftsIntegrity).toBe('ok');
      expect(r.ftsRows).toBe(r.expected);
    },
    600_000,
  );
});
