/**
 * The knowledge base: one record per real-world entity the lexicons know, with a stable id (the
 * lexicon id, or `cc:<code>` for a territory no curated list names), its type, English name,
 * Arabic spellings and, where known, its Wikidata id. Built at first use from the curated entity
 * lexicons, the CLDR country names of the name index, and the territories list derived from
 * OpenSanctions' rigour (src/lexicon/entities/territories.json, scripts/build-territories.ts),
 * which adds Wikidata ids and long and short country forms (دولة قطر، سلطنة عمان).
 *
 * Territory spellings only link a mention the tagger or the lexicons already found; they are
 * never matched in running text on their own (a few are Persian or rare spellings).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityKb, EntityType } from '../../doc/types.ts';
import { LEXICON_DIR, foldName, lexicons } from './lexicon.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { derivedTables, type DerivedTables } from './derived.ts';
import { nameIndex, knownNameLine, readKnownName, type KnownName } from './names.ts';
import { LineMap, SortedLines, encodeLines } from '../../util/sorted-lines.ts';
import { dropArticle, opensWithArticle } from '../../text/clitics.ts';

export interface KbEntry {
  id: string;
  type: EntityType;
  en: string;
  wikidata?: string;
  /** Arabic spellings, the canonical first */
  names: string[];
}

/** One territory (schema: TerritorySchema in lexicon-schema.ts). */
export interface Territory {
  code: string;
  wikidata: string;
  en: string;
  country: boolean;
  names: string[];
}

/** The shipped territories; the analysis reads those beside its pipeline's lexicons. */
export const TERRITORIES_FILE = path.join(LEXICON_DIR, 'territories.json');

/** Reads a territories list, checking the shape the code relies on (the full schema: `npm run lexicons:check`). */
export function loadTerritories(file = TERRITORIES_FILE): Territory[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const where = (i: number, what: string) =>
    new Error(`${path.basename(file)}: ${i}: ${what} (npm run lexicons:check says more)`);
  if (!Array.isArray(json)) throw new Error(`${path.basename(file)}: not a JSON array`);
  json.forEach((t: Partial<Territory> | null, i) => {
    if (!t || typeof t !== 'object') throw where(i, 'not an object');
    if (typeof t.code !== 'string' || !/^[a-z]{2}(-[a-z0-9]+)?$/.test(t.code)) throw where(i, 'code: a territory code');
    if (typeof t.wikidata !== 'string' || !/^Q\d+$/.test(t.wikidata)) throw where(i, 'wikidata: a Q id');
    if (typeof t.en !== 'string' || !t.en) throw where(i, 'en: a name');
    if (typeof t.country !== 'boolean') throw where(i, 'country: true or false');
    if (!Array.isArray(t.names) || !t.names.length || !t.names.every((n) => typeof n === 'string' && n))
      throw where(i, 'names: one or more names');
  });
  return json as Territory[];
}

export interface KnowledgeBase {
  byId: ReadonlyMap<string, KbEntry>;
  /** folded spelling → entry (curated lexicons first, then CLDR, then territories) */
  bySpelling: ReadonlyMap<string, KbEntry>;
}

/** Builds the knowledge base from the lexicons and a territories list. */
export function buildKnowledgeBase(territories: readonly Territory[]): KnowledgeBase {
  const byId = new Map<string, KbEntry>();
  const byQid = new Map<string, KbEntry>();
  const bySpelling = new Map<string, KbEntry>();
  // folded spellings per record, so that a record lists each spelling once
  const own = new Map<KbEntry, Set<string>>();
  const spell = (e: KbEntry, s: string) => {
    const f = foldName(s);
    let seen = own.get(e);
    if (!seen) own.set(e, (seen = new Set()));
    if (!seen.has(f)) {
      seen.add(f);
      e.names.push(s);
    }
    if (!bySpelling.has(f)) bySpelling.set(f, e);
  };
  for (const x of lexicons().entities) {
    const e: KbEntry = { id: x.id, type: x.type, en: x.en, names: [] };
    if (x.wikidata) e.wikidata = x.wikidata;
    byId.set(e.id, e);
    if (e.wikidata && !byQid.has(e.wikidata)) byQid.set(e.wikidata, e);
    for (const s of [...x.names, ...x.aliases, ...x.common]) spell(e, s);
  }
  // CLDR country names (ids cc:xx, as the name index keys them)
  for (const [f, k] of nameIndex().phrases) {
    if (!k.id.startsWith('cc:')) continue;
    let e = byId.get(k.id);
    if (!e) byId.set(k.id, (e = { id: k.id, type: 'LOC', en: k.en, names: [] }));
    spell(e, k.canonical);
    if (!bySpelling.has(f)) bySpelling.set(f, e);
  }
  for (const t of territories) {
    // the same entity: by Wikidata id; a country also by a spelling a curated place or CLDR has
    // (a region's spelling may be its capital city's, which is another entity: أبوظبي)
    let e = byQid.get(t.wikidata);
    if (!e && t.country) {
      for (const n of t.names) {
        const hit = bySpelling.get(foldName(n));
        if (hit && hit.type === 'LOC' && !hit.wikidata) {
          e = hit;
          break;
        }
      }
    }
    e ??= byId.get(`cc:${t.code}`);
    if (!e) byId.set(`cc:${t.code}`, (e = { id: `cc:${t.code}`, type: 'LOC', en: t.en, names: [] }));
    if (!e.wikidata) {
      e.wikidata = t.wikidata;
      byQid.set(t.wikidata, e);
    }
    for (const n of t.names) spell(e, n);
  }
  return { byId, bySpelling };
}

function loadKnowledgeBase(r: EntityResources): KnowledgeBase {
  const d = r.get(derivedTables);
  return d ? readKnowledgeBase(d) : deriveKnowledgeBase(r);
}

/** The knowledge base made from the resources' lexicons and territories. */
export const deriveKnowledgeBase = (r: EntityResources): KnowledgeBase =>
  buildKnowledgeBase(loadTerritories(path.join(r.lexiconDir, 'territories.json')));

// ---- the precomputed form (derived.ts) ---------------------------------------------------------
// Records one a line (id, type, en, wikidata, then the names), then id → record and spelling → record.

function kbLine(e: KbEntry): string {
  const fields = [e.id, e.type, e.en, e.wikidata ?? '', ...e.names];
  if (fields.some((f) => /[\t\n]/.test(f))) throw new Error(`a knowledge-base record holds a tab or newline: ${e.id}`);
  return fields.join('\t');
}

function kbEntryOf(line: string): KbEntry {
  const [id, type, en, wikidata, ...names] = line.split('\t');
  const e: KbEntry = { id: id!, type: type as EntityType, en: en!, names };
  if (wikidata) e.wikidata = wikidata;
  return e;
}

/** The sections of the precomputed file that hold `kb` and the person-or-place readings. */
export function encodeKnowledgeBase(kb: KnowledgeBase, placeOf: ReadonlyMap<string, KnownName>): Record<string, string> {
  const records: string[] = [];
  const number = new Map<KbEntry, number>();
  for (const e of kb.byId.values()) number.set(e, records.push(kbLine(e)) - 1);
  const ref = (e: KbEntry): string => {
    const i = number.get(e);
    if (i === undefined) throw new Error(`a spelling of the knowledge base points outside it: ${e.id}`);
    return String(i);
  };
  return {
    'kb.records': records.join('\n'),
    'kb.ids': encodeLines([...kb.byId].map(([id, e]) => [id, ref(e)] as const)),
    'kb.spellings': encodeLines([...kb.bySpelling].map(([f, e]) => [f, ref(e)] as const)),
    'kb.placeOf': encodeLines([...placeOf].map(([f, k]) => [f, knownNameLine(k)] as const)),
  };
}

export function readKnowledgeBase(d: DerivedTables): KnowledgeBase {
  const records = new SortedLines(d.section('kb.records'));
  const made: KbEntry[] = [];
  const record = (v: string) => (made[Number(v)] ??= kbEntryOf(records.line(Number(v))));
  return {
    byId: new LineMap(new SortedLines(d.section('kb.ids')), record),
    bySpelling: new LineMap(new SortedLines(d.section('kb.spellings')), record),
  };
}
/** The knowledge base of the running pipeline's lexicons (built once per resources). */
export function knowledgeBase(): KnowledgeBase {
  return entityResources().get(loadKnowledgeBase);
}

/** The entity's knowledge-base record, by the id of its key (`LOC:saudi-arabia` → saudi-arabia). */
export function kbForKey(key: string): KbEntry | null {
  const colon = key.indexOf(':');
  return colon < 0 ? null : (knowledgeBase().byId.get(key.slice(colon + 1)) ?? null);
}

/** What an entity carries of its record. */
export function kbRef(e: KbEntry): EntityKb {
  return e.wikidata ? { id: e.id, wikidata: e.wikidata } : { id: e.id };
}

/**
 * A name that no curated spelling matched, linked by the knowledge base's other spellings
 * (territories: دولة قطر، جمهورية العراق), when the types agree and the name is not ambiguous;
 * else null.
 */
export function kbLinkName(name: string, type: EntityType): KbEntry | null {
  const e = kbSpelling(name);
  return e && e.type === type ? e : null;
}

/** Records by name: every tagged name no lexicon matched is asked, and names recur (per resources). */
const newSpellings = () => new Map<string, KbEntry | null>();
const SPELLING_CACHE = 20_000;

function kbSpelling(name: string): KbEntry | null {
  const memo = entityResources().get(newSpellings);
  let e = memo.get(name);
  if (e !== undefined) return e;
  // عمان is Oman and Amman, بشار a man and Béchar: the lexicons' own spellings decide those
  if (kbAmbiguous(name)) e = null;
  else {
    const f = foldName(name);
    e = knowledgeBase().bySpelling.get(f) ?? (opensWithArticle(f) ? null : (knowledgeBase().bySpelling.get('ال' + f) ?? null));
  }
  if (memo.size >= SPELLING_CACHE) memo.clear();
  memo.set(name, e);
  return e;
}

export const KB_TYPE_RULE = 'rule:kb/type-constraint';

const foldedNames = () => ({
  given: new Set(lexicons().givenNames.map(foldName)),
  ambiguous: new Set(lexicons().ambiguous.map(foldName)),
});

/**
 * The place a known person's short name also names (ambiguous.json `personOrPlace`: عرفات), or
 * null. The caller decides by the words around it which one a mention is.
 */
export function kbPlaceReading(name: string): KnownName | null {
  return entityResources().get(loadPlaceOf).get(foldName(name)) ?? null;
}

function loadPlaceOf(r: EntityResources): ReadonlyMap<string, KnownName> {
  const d = r.get(derivedTables);
  return d ? new LineMap(new SortedLines(d.section('kb.placeOf')), readKnownName) : derivePlaceOf();
}

/** Folded short names of known people → the place of the same spelling. */
export function derivePlaceOf(): Map<string, KnownName> {
  const m = new Map<string, KnownName>();
  for (const { name: n, place } of lexicons().personOrPlace) {
    const e = lexicons().entities.find((x) => x.id === place);
    if (!e || e.type !== 'LOC') throw new Error(`ambiguous.json: personOrPlace ${n}: no place with id ${place}`);
    const k: KnownName = { id: e.id, type: 'LOC', en: e.en, enSource: 'lexicon', canonical: e.names[0]! };
    if (e.country) k.country = e.country;
    m.set(foldName(n), k);
  }
  return m;
}

const buildPlacePreps = (): Set<string> => new Set(lexicons().placePrepositions.map(foldName));

/** A separate preposition before a name that makes a person-or-place name the place (`من عرفات`). */
export function kbPlacePreposition(folded: string): boolean {
  return entityResources().get(buildPlacePreps).has(folded);
}

/** A name that is also a given name or listed as ambiguous: only its context tells its type. */
export function kbAmbiguous(name: string): boolean {
  const f = foldName(name);
  const { given, ambiguous } = entityResources().get(foldedNames);
  return given.has(f) || ambiguous.has(f) || ambiguous.has(dropArticle(f));
}
/**
 * The type the knowledge base allows a tagged name: a known place is never a person or an
 * organisation, a known person never a place. A name that is also a given name (بشار، هند) or
 * listed as ambiguous (src/lexicon/entities/ambiguous.json: عمان، عرفات) keeps the tagger's type,
 * since the context decides. Returns null when the type stands.
 */
export function kbType(type: EntityType, known: KnownName | null, name: string): EntityType | null {
  if (!known || known.type === type || kbAmbiguous(name)) return null;
  if (known.type === 'LOC' && (type === 'PER' || type === 'ORG')) return 'LOC';
  if (known.type === 'PER' && type === 'LOC') return 'PER';
  return null;
}
