/**
 * The tables the entity analysis derives from the shipped lexicons (the names index, the knowledge
 * base, the romanisation word table), precomputed by `npm run build` into one file beside the
 * lexicons in dist/ (derived-build.ts writes it), so a start reads them as they are instead of
 * folding and indexing some 40,000 spellings: a one-line `marsad analyze` spent more than half its
 * time there. Runs from the sources, and lexicons other than the shipped ones (MARSAD_LEXICON_DIR),
 * derive the tables as before; so does a dist/ whose lexicon files no longer hash to what the file
 * was made from (an edit in place: hashed when a source is newer than the file), or whose Node has
 * other CLDR country names.
 *
 * The file is text: a JSON header line (format, the stamp of its sources, the character range of
 * each section in the rest), then the sections, each a block of lines read in place
 * (src/util/sorted-lines.ts). It is stored as UTF-16LE after a byte order mark, the way a JS string
 * holds it: decoding its 2 MB from UTF-8 cost about 10 ms of every start, from UTF-16 about 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_FILES } from './lexicon.ts';
import { DEFAULT_LEXICON_DIR, type EntityResources } from './resources.ts';

export const DERIVED_FILE = 'derived.lines';
export const DERIVED_FORMAT = 1;

/** The lexicon files the tables are made of (all of what names.ts, kb.ts and romanise.ts read). */
export const DERIVED_SOURCES = [...ENTITY_FILES, 'ambiguous.json', 'territories.json', 'romanise-words.json'];

export interface DerivedHeader {
  format: number;
  stamp: string;
  /** the CLDR and ICU versions of the Node that made it (country names) */
  cldr: string;
  /** section → [start, end) in the text after the header line */
  sections: Record<string, [number, number]>;
}

/**
 * What the tables depend on besides code: the bytes of their source files, and the CLDR data of
 * this Node (the country names of the names index and the knowledge base).
 */
export function sourcesStamp(dir: string): string {
  const h = createHash('sha256');
  h.update(`marsad-derived ${DERIVED_FORMAT} ${cldr()}\n`);
  for (const f of DERIVED_SOURCES) {
    const p = path.join(dir, f);
    const b = existsSync(p) ? readFileSync(p) : null;
    h.update(`${f} ${b ? b.length : -1}\n`);
    if (b) h.update(b);
  }
  return h.digest('hex');
}

/** The CLDR data of this Node (the country names of the names index and the knowledge base). */
export const cldr = (): string => `cldr ${process.versions.cldr} icu ${process.versions.icu}`;

export interface DerivedTables {
  header: DerivedHeader;
  section(name: string): string;
}

const BOM = '\uFEFF';

/** The bytes of a derived file whose text is `text`: a byte order mark, then UTF-16LE. */
export function derivedFileBytes(text: string): Buffer {
  return Buffer.from(BOM + text, 'utf16le');
}

/** The text of a derived file's bytes, or null when they are not one (an older UTF-8 file). */
export function derivedFileText(bytes: Buffer): string | null {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : null;
}

/** Parses a derived file's text (throws when it is not one). */
export function parseDerived(text: string): DerivedTables {
  const nl = text.indexOf('\n');
  const header = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as DerivedHeader;
  if (header.format !== DERIVED_FORMAT || typeof header.sections !== 'object')
    throw new Error(`${DERIVED_FILE}: format ${String(header.format)}, this code reads ${DERIVED_FORMAT}`);
  const body = nl + 1;
  return {
    header,
    section(name) {
      const r = header.sections[name];
      if (!r) throw new Error(`${DERIVED_FILE}: no section ${name}`);
      return text.slice(body + r[0], body + r[1]);
    },
  };
}

/**
 * The precomputed tables of these resources, or null where they must be derived: another lexicon
 * folder than the shipped one, no file (runs from the sources), or a file made from other sources.
 */
export function derivedTables(r: EntityResources, shipped = DEFAULT_LEXICON_DIR): DerivedTables | null {
  if (!r.useDerived || path.resolve(r.lexiconDir) !== path.resolve(shipped)) return null;
  const file = path.join(r.lexiconDir, DERIVED_FILE);
  if (!existsSync(file)) return null;
  const text = derivedFileText(readFileSync(file));
  if (text === null) return null;
  const t = parseDerived(text);
  if (t.header.cldr !== cldr()) return null;
  // written after its sources by the build: a source changed since (an edit in place) is hashed
  // to see whether the file still stands for it; hashing every start would cost more than the
  // reading spares
  const made = statSync(file).mtimeMs;
  const touched = DERIVED_SOURCES.some((f) => {
    const p = path.join(r.lexiconDir, f);
    return existsSync(p) && statSync(p).mtimeMs > made;
  });
  return !touched || t.header.stamp === sourcesStamp(r.lexiconDir) ? t : null;
}
