/**
 * Which archive a reading command (search, export, stories) opens when the user names none.
 * `npm start` builds the demo into ./marsad-demo.db, kept apart from the user's own
 * ./marsad.db so the samples never mix into real work; until the user ingests something, the
 * README's examples should still find the demo they just saw in the browser.
 */
// @ts-nocheck

import { existsSync } from 'node:fs';

export const DEFAULT_ARCHIVE = './marsad.db';
export const DEMO_ARCHIVE = './marsad-demo.db';

/** `--db` as given, else $MARSAD_DB, else ./marsad.db, else (with a note) the demo archive. */
export function readArchive(
  given: string | undefined,
  note: (msg: string) => void = (m) => process.stderr.write(m),
): string {
  if (given) return given;
  if (process.env.MARSAD_DB) return process.env.MARSAD_DB;
  if (!existsSync(DEFAULT_ARCHIVE) && existsSync(DEMO_ARCHIVE)) {
    note(
      `marsad: no ${DEFAULT_ARCHIVE} yet; reading the demo archive ${DEMO_ARCHIVE} (pass --db to choose)\n`,
    );
    return DEMO_ARCHIVE;
  }
  return DEFAULT_ARCHIVE;
}
