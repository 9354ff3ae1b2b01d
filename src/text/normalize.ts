/**
 * Arabic normalisation into a separate `norm` string; the original text is never rewritten.
 *
 * One pass over UTF-16 code units with char-code checks (no per-character regex): the tokeniser
 * calls this once per token, so it is on the hot path of every article. Every output code unit
 * remembers which input code unit produced it (`normalizeWithMap`), so a match found in `norm`
 * maps back to offsets in the original.
 */
import { prebuilt } from './prebuilt.ts';

export interface NormalizeOptions {
  /** Strip harakat and Arabic marks U+064B–U+065F, U+0670, Quranic marks U+06D6–U+06ED (and U+08D3–U+08FF). Default true. */
  marks?: boolean;
  /** Strip tatweel U+0640. Default true. */
  tatweel?: boolean;
  /** أ إ آ ٱ ٲ ٳ → ا. Default true. */
  alef?: boolean;
  /**
   * ى → ي, and the Persian, Urdu and Kurdish letter variants ی → ي, ک → ك, ە ۀ ہ ھ → ه (typed on
   * Persian keyboards inside Arabic words: أکد، رسالە). Default true.
   */
  yaa?: boolean;
  /** ة → ه. Default false (search turns it on). */
  taMarbuta?: boolean;
  /**
   * Arabic-Indic ٠-٩ and Persian ۰-۹ → 0-9; the Arabic decimal/thousands separators ٫ → `.` and
   * ٬ → `,`; ر written between two digits as a decimal separator (`4ر16`) → `.`. Default true.
   */
  digits?: boolean;
  /** Drop ZWJ/ZWNJ/ZWSP/word joiner/soft hyphen, LRM/RLM/ALM, bidi embeddings and isolates, BOM. Default true. */
  invisibles?: boolean;
  /** NBSP, thin and other odd spaces → ' '. Default true. */
  spaces?: boolean;
  /** Latin lowercase (ASCII and Latin-1/Extended-A). Default true. */
  lowercase?: boolean;
  /** ؤ → و, ئ → ي (search only). Default false. */
  hamzaCarriers?: boolean;
  /** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) → their base letters (NFKC). Default true. */
  presentation?: boolean;
}

const MARKS = 1;
const TATWEEL = 2;
const ALEF = 4;
const YAA = 8;
const TA_MARBUTA = 16;
const DIGITS = 32;
const INVISIBLES = 64;
const SPACES = 128;
const LOWERCASE = 256;
const HAMZA = 512;
const PRESENTATION = 1024;

const DEFAULT_FLAGS = MARKS | TATWEEL | ALEF | YAA | DIGITS | INVISIBLES | SPACES | LOWERCASE | PRESENTATION;

/** The settings search uses, on both the index and the query side. */
export const SEARCH_NORMALIZATION: Readonly<NormalizeOptions> = Object.freeze({
  marks: true,
  tatweel: true,
  alef: true,
  yaa: true,
  taMarbuta: true,
  digits: true,
  invisibles: true,
  spaces: true,
  lowercase: true,
  hamzaCarriers: true,
  presentation: true,
});

/**
 * Identifies the normaliser's behaviour. Bump it whenever the output of `normalize` or of the
 * light stemmer changes for some input, so a store indexed with an older version is detected.
 */
export const NORMALIZER_VERSION = 'ar-norm-3';

function flagsOf(o: NormalizeOptions | undefined): number {
  if (!o) return DEFAULT_FLAGS;
  if (o === SEARCH_NORMALIZATION) return SEARCH_FLAGS;
  if (o === MATCH_NORMALIZATION) return MATCH_FLAGS;
  let f = 0;
  if (o.marks ?? true) f |= MARKS;
  if (o.tatweel ?? true) f |= TATWEEL;
  if (o.alef ?? true) f |= ALEF;
  if (o.yaa ?? true) f |= YAA;
  if (o.taMarbuta ?? false) f |= TA_MARBUTA;
  if (o.digits ?? true) f |= DIGITS;
  if (o.invisibles ?? true) f |= INVISIBLES;
  if (o.spaces ?? true) f |= SPACES;
  if (o.lowercase ?? true) f |= LOWERCASE;
  if (o.hamzaCarriers ?? false) f |= HAMZA;
  if (o.presentation ?? true) f |= PRESENTATION;
  return f;
}

const SEARCH_FLAGS = DEFAULT_FLAGS | TA_MARBUTA | HAMZA;
/** MATCH_NORMALIZATION's flags (a test checks them against its options). */
const MATCH_FLAGS = (DEFAULT_FLAGS | TA_MARBUTA) & ~LOWERCASE;

/** True for the zero-width and bidi controls `invisibles` drops. */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00ad
  );
}

function isOddSpace(c: number): boolean {
  return (
    c === 0x00a0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether the next code unit that survives normalisation (from `i`) is a digit. ر counts as a
 * decimal separator only between digits *of the output*, so that normalising twice changes nothing
 * (`4\u200Fر5` → `4.5` at once, not `4ر5` first).
 */
function nextKeptIsDigit(s: string, i: number, f: number): boolean {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (f & PRESENTATION && isPresentationForm(c)) {
      const base = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < base.length; k++) {
        const m = mapUnit(base.charCodeAt(k), f);
        if (m >= 0) return isAsciiDigit(m);
      }
      continue;
    }
    const m = mapUnit(c, f);
    if (m < 0) continue;
    return isAsciiDigit(m);
  }
  return false;
}

/**
 * The code unit `c` becomes: -1 dropped, or the replacement code unit. Context-free except for
 * ر between digits, handled by the caller. Presentation forms are handled by the caller too.
 */
function mapUnit(c: number, f: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a && f & LOWERCASE) return c + 32;
    return c;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if (c >= 0x064b && c <= 0x065f) return f & MARKS ? -1 : c;
    switch (c) {
      case 0x0640:
        return f & TATWEEL ? -1 : c;
      case 0x0623:
      case 0x0625:
      case 0x0622:
      case 0x0671:
      case 0x0672:
      case 0x0673:
        return f & ALEF ? 0x0627 : c;
      case 0x0649:
      case 0x06cc:
        return f & YAA ? 0x064a : c;
      case 0x06a9:
        return f & YAA ? 0x0643 : c;
      case 0x06d5:
      case 0x06c0:
      case 0x06c1:
      case 0x06be:
        return f & YAA ? 0x0647 : c;
      case 0x0629:
        return f & TA_MARBUTA ? 0x0647 : c;
      case 0x0624:
        return f & HAMZA ? 0x0648 : c;
      case 0x0626:
        return f & HAMZA ? 0x064a : c;
      case 0x0670:
        return f & MARKS ? -1 : c;
      case 0x066b:
        return f & DIGITS ? 0x2e : c;
      case 0x066c:
        return f & DIGITS ? 0x2c : c;
      case 0x061c:
        return f & INVISIBLES ? -1 : c;
    }
    if (c >= 0x0660 && c <= 0x0669) return f & DIGITS ? c - 0x0660 + 0x30 : c;
    if (c >= 0x06f0 && c <= 0x06f9) return f & DIGITS ? c - 0x06f0 + 0x30 : c;
    if (c >= 0x06d6 && c <= 0x06ed) return f & MARKS ? -1 : c;
    return c;
  }
  if (c >= 0x08d3 && c <= 0x08ff && c !== 0x08e2) return f & MARKS ? -1 : c;
  if (isInvisible(c)) return f & INVISIBLES ? -1 : c;
  if (isOddSpace(c)) return f & SPACES ? 0x20 : c;
  if (c >= 0xc0 && c <= 0x24f && f & LOWERCASE) {
    const lower = String.fromCharCode(c).toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return c;
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

let buf = new Uint16Array(256);
let mapBuf = new Int32Array(257);

function ensure(n: number): void {
  if (buf.length < n) {
    let size = buf.length;
    while (size < n) size *= 2;
    const nb = new Uint16Array(size);
    nb.set(buf);
    buf = nb;
    const nm = new Int32Array(size + 1);
    nm.set(mapBuf);
    mapBuf = nm;
  }
}

function fromBuf(len: number): string {
  if (len <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  let out = '';
  for (let i = 0; i < len; i += 4096) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** Index of the first code unit of `s` that normalisation would change, or -1. */
function firstChange(s: string, f: number): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41) continue;
    if (c === 0x0631 && f & DIGITS) {
      // Everything before i is unchanged, so the previous output unit is s[i - 1].
      if (i > 0 && isAsciiDigit(s.charCodeAt(i - 1)) && nextKeptIsDigit(s, i + 1, f)) return i;
      continue;
    }
    if (isPresentationForm(c)) {
      if (f & PRESENTATION) return i;
      continue;
    }
    if (mapUnit(c, f) !== c) return i;
  }
  return -1;
}

/** Normalises into `buf`/`mapBuf`; returns the length. `from` code units before it are copied as they are. */
function run(s: string, f: number, from: number): number {
  const n = s.length;
  ensure(n + 1);
  let j = 0;
  for (let i = 0; i < from; i++) {
    buf[j] = s.charCodeAt(i);
    mapBuf[j++] = i;
  }
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0631 && f & DIGITS && j > 0 && isAsciiDigit(buf[j - 1]!) && nextKeptIsDigit(s, i + 1, f)) {
      ensure(j + 2);
      buf[j] = 0x2e;
      mapBuf[j++] = i;
      continue;
    }
    if (f & PRESENTATION && isPresentationForm(c)) {
      // Rare: a presentation form may expand (ﷺ, ﻻ), so it goes through NFKC and then these rules.
      const base = String.fromCharCode(c).normalize('NFKC');
      ensure(j + base.length + n - i + 1);
      for (let k = 0; k < base.length; k++) {
        const b = base.charCodeAt(k);
        let m = isPresentationForm(b) ? b : mapUnit(b, f);
        if (
          m === 0x0631 &&
          f & DIGITS &&
          j > 0 &&
          isAsciiDigit(buf[j - 1]!) &&
          k === base.length - 1 &&
          nextKeptIsDigit(s, i + 1, f)
        ) {
          m = 0x2e;
        }
        if (m < 0) continue;
        buf[j] = m;
        mapBuf[j++] = i;
      }
      continue;
    }
    const m = mapUnit(c, f);
    if (m < 0) continue;
    ensure(j + 2);
    buf[j] = m;
    mapBuf[j++] = i;
  }
  mapBuf[j] = n;
  return j;
}

/**
 * Whether the default normalisation may change code unit `c` (context aside: ر counts, since it
 * may sit between digits). Lets the tokeniser skip `normalize` for tokens that cannot change.
 */
export function changesUnderDefault(c: number): boolean {
  return c === 0x0631 || isPresentationForm(c) || mapUnit(c, DEFAULT_FLAGS) !== c;
}

/** In a `unitTable`: the unit needs its context (ر between digits) or NFKC (presentation forms). */
const CONTEXT = -2;

/**
 * `mapUnit` for every code unit under flags `f`, as one lookup: the replacement, -1 dropped, or
 * `CONTEXT` for the units the slow path must look at. Built for the default and the search flags.
 */
function unitTable(f: number): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if ((c === 0x0631 && f & DIGITS) || (f & PRESENTATION && isPresentationForm(c))) t[c] = CONTEXT;
    else t[c] = mapUnit(c, f);
  }
  return t;
}

/** The default and the search flags' unit tables (the build keeps them: prebuilt.ts). */
export const defaultUnitTable = (): Int32Array => unitTable(DEFAULT_FLAGS);
export const searchUnitTable = (): Int32Array => unitTable(SEARCH_FLAGS);
export const matchUnitTable = (): Int32Array => unitTable(MATCH_FLAGS);
const DEFAULT_TABLE = prebuilt('unit-default', (n) => new Int32Array(n)) ?? defaultUnitTable();
// the clitic exceptions are folded with the search flags as the text layer loads, so every start
// needs this table too
let searchTable: Int32Array | null = prebuilt('unit-search', (n) => new Int32Array(n));
// the lists and the time lexicons fold their words with the match flags
let matchTable: Int32Array | null = null;

/** Normalised form of `s` (see `NormalizeOptions`). Idempotent: `normalize(normalize(s)) === normalize(s)`. */
export function normalize(s: string, opts?: NormalizeOptions): string {
  const f = flagsOf(opts);
  if (s.length <= 64) {
    const table =
      f === DEFAULT_FLAGS
        ? DEFAULT_TABLE
        : f === SEARCH_FLAGS
          ? (searchTable ??= searchUnitTable())
          : f === MATCH_FLAGS
            ? (matchTable ??= prebuilt('unit-match', (n) => new Int32Array(n)) ?? matchUnitTable())
            : null;
    if (table) {
      const r = tableRun(s, table);
      if (r !== null) return r;
    }
  }
  const first = firstChange(s, f);
  if (first < 0) return s;
  if (s.length > 64) return fromBuf(run(s, f, first));
  return concatRun(s, f, first);
}

/** `normalize(s)` with the default settings, for the tokeniser's hot loop (no options to read). */
export function normalizeDefault(s: string): string {
  if (s.length <= 64) {
    const r = tableRun(s, DEFAULT_TABLE);
    if (r !== null) return r;
  }
  return normalize(s);
}

/**
 * `concatRun` for strings without context-dependent units, by table lookup: unchanged runs are
 * sliced from `s`. Null when `s` has such a unit (then the general path decides).
 */
function tableRun(s: string, table: Int32Array): string | null {
  const n = s.length;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = table[c]!;
    if (m === c) continue;
    if (m === CONTEXT) {
      // ر is a decimal separator only after a digit of the output; presentation forms need NFKC.
      if (c !== 0x0631) return null;
      const prev = i > runStart ? s.charCodeAt(i - 1) : out.length > 0 ? out.charCodeAt(out.length - 1) : -1;
      if (isAsciiDigit(prev)) return null;
      continue;
    }
    if (i > runStart) out += s.slice(runStart, i);
    runStart = i + 1;
    if (m >= 0) out += m >= 0x0600 && m <= 0x06ff ? ARABIC_UNITS[m - 0x0600]! : String.fromCharCode(m);
  }
  return runStart === 0 ? s : runStart === n ? out : out + s.slice(runStart);
}

/**
 * One-character strings of the Arabic block, made once: the replacements (ا ي ك ه و) are Arabic,
 * and V8 caches one-character strings only below U+0100.
 */
const ARABIC_UNITS: readonly string[] = Array.from({ length: 0x100 }, (_, k) =>
  String.fromCharCode(0x0600 + k),
);

/**
 * Same output as `run` + `fromBuf`, built from slices of `s` and the replaced units: cheaper for
 * the short strings (tokens) that make up nearly all calls.
 */
function concatRun(s: string, f: number, first: number): string {
  const n = s.length;
  let out = '';
  let runStart = 0;
  let prevOut = first > 0 ? s.charCodeAt(first - 1) : -1;
  for (let i = first; i < n; i++) {
    const c = s.charCodeAt(i);
    let m: number;
    if (c === 0x0631 && f & DIGITS && isAsciiDigit(prevOut) && nextKeptIsDigit(s, i + 1, f)) m = 0x2e;
    else if (f & PRESENTATION && isPresentationForm(c)) {
      out += s.slice(runStart, i);
      runStart = i + 1;
      const base = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < base.length; k++) {
        const b = base.charCodeAt(k);
        let e = isPresentationForm(b) ? b : mapUnit(b, f);
        if (
          e === 0x0631 &&
          f & DIGITS &&
          isAsciiDigit(prevOut) &&
          k === base.length - 1 &&
          nextKeptIsDigit(s, i + 1, f)
        )
          e = 0x2e;
        if (e < 0) continue;
        out += String.fromCharCode(e);
        prevOut = e;
      }
      continue;
    } else m = mapUnit(c, f);
    if (m === c) {
      prevOut = c;
      continue;
    }
    out += s.slice(runStart, i);
    runStart = i + 1;
    if (m >= 0) {
      out += String.fromCharCode(m);
      prevOut = m;
    }
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/**
 * `norm` plus a map from each norm index (0..norm.length inclusive) to an offset in `s`: a match
 * `[a, b)` in `norm` covers `s.slice(map[a], map[b])` (which includes any dropped marks that
 * follow it). `map[norm.length] === s.length`; the map never decreases.
 */
export function normalizeWithMap(s: string, opts?: NormalizeOptions): { norm: string; map: Int32Array } {
  const f = flagsOf(opts);
  const len = run(s, f, 0);
  return { norm: fromBuf(len), map: mapBuf.slice(0, len + 1) };
}

/**
 * The original range `[start, end)` covered by the norm range `[a, b)`. Use this rather than
 * `map[b]` for the end: when `b` falls inside an expanded presentation form (ﷺ → صلي الله عليه
 * وسلم), the range is widened to the whole form instead of ending before it.
 */
export function originalRange(map: Int32Array, a: number, b: number): { start: number; end: number } {
  const start = map[a]!;
  if (b <= a) return { start, end: start };
  const last = map[b - 1]!;
  let k = b;
  while (k < map.length - 1 && map[k]! <= last) k++;
  return { start, end: Math.max(map[k]!, last + 1) };
}

// ---------------------------------------------------------------------------------------------
// Named foldings: every comparison of spellings outside src/text goes through `fold` or the
// mark helpers below, so the character ranges are written here only (test/architecture).

/**
 * The folding of lists and tokens for matching: the default one (marks, tatweel, alef and yaa
 * forms, digits) with ة folded into ه, because news writes `اجتماعه`/`اجتماعة` loosely. Latin
 * case is kept: lists name Latin words as written.
 */
export const MATCH_NORMALIZATION: Readonly<NormalizeOptions> = Object.freeze({ taMarbuta: true, lowercase: false });

/**
 * - `search`: the index and query terms' normalisation (SEARCH_NORMALIZATION);
 * - `match`: word lists against tokens (MATCH_NORMALIZATION, src/text/phrases.ts);
 * - `name`: entity names against the lexicons (marks, tatweel and zero-width controls dropped;
 *   alef, yaa, ta marbuta, hamza carriers and the Persian letter variants folded; white space
 *   collapsed);
 * - `calendar`: month and weekday names (alef, yaa, ta marbuta and the Persian letter variants
 *   folded; marks dropped; white space collapsed).
 * Every profile folds the Persian, Urdu and Kurdish letters typed inside Arabic words
 * (ی → ي, ک → ك, ە ۀ ہ ھ → ه), so `أکد` is the cue `أكد`.
 */
export type FoldProfile = 'search' | 'match' | 'name' | 'calendar';

export function fold(s: string, profile: FoldProfile): string {
  switch (profile) {
    case 'search':
      return normalize(s, SEARCH_NORMALIZATION);
    case 'match':
      return normalize(s, MATCH_NORMALIZATION);
    case 'name':
      return foldName(s);
    case 'calendar':
      return foldCalendar(s);
  }
}

function foldName(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F]/g, '')
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[ةەۀہھ]/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether `s` writes a hamza on a carrier (أ إ آ ؤ ئ), which the name folding drops: `وأدى`
 * ("and performed") folds to the spelling of `وادي` ("valley").
 */
export function hasHamzaCarrier(s: string): boolean {
  return /[أإآؤئ]/.test(s);
}

/** The white space the calendar folding collapses into one space between words. */
export function isFoldSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000
  );
}

/**
 * The calendar profile: alef forms, alef maqsura, ta marbuta and the Persian letter variants (ی ک
 * ە ۀ ہ ھ); marks dropped; white space collapsed.
 */
function foldCalendar(s: string): string {
  // Unchanged runs are copied as slices: most names have a letter or two to fold, not all.
  let out = '';
  let seg = -1; // start of the run copied as it is, or -1
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const spaceLike = isFoldSpace(c);
    // Harakat and other marks, superscript alef, tatweel: dropped.
    if (spaceLike || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) {
      if (seg >= 0) {
        out += s.slice(seg, i);
        seg = -1;
      }
      if (spaceLike) space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    const folded =
      c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671
        ? 'ا'
        : c === 0x0649 || c === 0x06cc
          ? 'ي'
          : c === 0x0629 || c === 0x06d5 || c === 0x06c0 || c === 0x06c1 || c === 0x06be
            ? 'ه'
            : c === 0x06a9
              ? 'ك'
              : null;
    if (folded === null) {
      if (seg < 0) seg = i;
    } else {
      if (seg >= 0) {
        out += s.slice(seg, i);
        seg = -1;
      }
      out += folded;
    }
  }
  if (seg === 0) return s;
  return seg > 0 ? out + s.slice(seg) : out;
}


const MARK_SETS = {
  /** harakat and the other Arabic marks (U+064B–U+065F), and tatweel */
  harakatTatweel: /[\u064B-\u065F\u0640]/g,
  /** the short vowels, tanween and sukun, but not shadda, and tatweel */
  vowelsTatweel: /[\u064B-\u0650\u0652\u0640]/g,
  /** harakat, superscript alef and tatweel */
  marks: /[\u064B-\u065F\u0670\u0640]/g,
  /** harakat, superscript alef, tatweel, and zero-width and bidi controls: what a letter model reads without */
  marksControls: /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g,
  /**
   * Quranic signs, harakat, superscript alef, Quranic annotation marks, tatweel, zero-width and
   * bidi controls, BOM: the content hash's canonical form (fixed: stored hashes depend on it).
   */
  contentHash: /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g,
} as const;
export type MarkSet = keyof typeof MARK_SETS;

/** `s` without the marks of the named set. */
export function stripMarks(s: string, set: MarkSet): string {
  return s.replace(MARK_SETS[set], '');
}

/**
 * Each Arabic letter that carries a shadda written twice (عمّان → عممان), the vowels between
 * dropped; a shadda on the letter after a word-initial article is assimilation (الشّمس), dropped.
 */
export function doubleShadda(s: string): string {
  const w = s.replace(/^(ال)([\u0621-\u064A])[\u064B-\u0650\u0652]*\u0651/, '$1$2');
  return w.replace(/([\u0621-\u064A])[\u064B-\u0650\u0652]*\u0651/g, '$1$1');
}
