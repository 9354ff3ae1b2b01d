/**
 * The tagger's word primitives: its frozen character folding, article stripping and the
 * gazetteer bit layout. They sit below features.ts, gazetteer.ts and clusters.ts, which all read
 * them, so those three need not import one another (features.ts re-exports them).
 *
 * The folding is deliberately the tagger's own, not the text layer's `normalize()`: the weights
 * were learned over these exact strings. Bump FEATURE_VERSION (features.ts) and retrain when
 * anything here changes.
 */

/** Bits of the token gazetteer. */
export const GAZ = {
  PER: 1,
  LOC: 2,
  ORG: 4,
  MISC: 8,
  /** a name word of unknown class (transliteration lists) */
  NAME: 16,
  /** a title or role word that precedes a person (الرئيس، وزير، المتحدث…) */
  TITLE: 32,
  /** a head word that opens an organisation name (وزارة، حزب، جامعة…) */
  ORGHEAD: 64,
  /** a nationality or relational adjective (الروسي، الأميركية…) */
  NAT: 128,
  /** a frequent person first name */
  FIRST: 256,
  /** a country or capital */
  COUNTRY: 512,
  /** a word that opens a place name (مدينة، جزيرة، نهر…) */
  LOCHEAD: 1024,
  /** an organisation's name that is also an everyday word (الأهلي، الاتحاد، النصر) */
  ORG_COMMON: 2048,
  /** a place's name that is also an everyday word (صور، الحمراء) */
  LOC_COMMON: 4096,
  /** a person's name that is also an everyday word */
  PER_COMMON: 8192,
} as const;
export const GAZ_BITS = 14;

/** Phrase gazetteer classes (index into the phrase feature). */
export const PHRASE_CLASSES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

/**
 * Character folding for features: harakat, tatweel and invisible marks dropped; alef forms → ا;
 * ى → ي; ة → ه; ؤ → و; ئ → ي; Arabic-Indic and Persian digits → 0–9 → '0'.
 */
export function foldWord(w: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let r = c;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f)) r = -1;
    else if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) r = 0x0627;
    else if (c === 0x0649) r = 0x064a;
    else if (c === 0x0629) r = 0x0647;
    else if (c === 0x0624) r = 0x0648;
    else if (c === 0x0626) r = 0x064a;
    else if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x30 && c <= 0x39))
      r = 0x30;
    if (r !== c) changed = true;
    if (r >= 0) out += String.fromCharCode(r);
  }
  return changed ? out : w;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

/**
 * Strips a conjunction (و/ف) and the article (ال, or لل after the preposition ل) from a folded
 * word, keeping at least two letters. Deliberately conservative: names such as بوتين start with
 * ب, so prepositions are only removed together with the article (بال، كال) here.
 */
export function stripArticle(n: string): string {
  let s = 0;
  const len = n.length;
  const c0 = n.charCodeAt(0);
  if ((c0 === WAW || c0 === FA) && len - 1 >= 3) s = 1;
  const c1 = n.charCodeAt(s);
  const c2 = n.charCodeAt(s + 1);
  const c3 = n.charCodeAt(s + 2);
  if ((c1 === BA || c1 === KAF) && c2 === ALEF && c3 === LAM && len - s - 3 >= 2) return n.slice(s + 3);
  if (c1 === LAM && c2 === LAM && len - s - 2 >= 2) return n.slice(s + 2);
  if (c1 === ALEF && c2 === LAM && len - s - 2 >= 2) return n.slice(s + 2);
  return s ? n.slice(s) : n;
}

/** Aggressive variant: also removes one preposition ب/ل/ك (after و/ف) when three letters remain. */
export function stripAll(n: string): string {
  const a = stripArticle(n);
  if (a !== n) {
    // the article (or conjunction) was found; a preposition before a bare conjunction-stripped word:
    const c = a.charCodeAt(0);
    if (a.length === n.length - 1 && (c === BA || c === LAM || c === KAF) && a.length - 1 >= 3)
      return a.slice(1);
    return a;
  }
  const c = n.charCodeAt(0);
  if ((c === BA || c === LAM || c === KAF) && n.length - 1 >= 3) return n.slice(1);
  return n;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The distributional-class key of a whitespace word: folded, edge punctuation and article removed. */
export function clusterWord(w: string): string {
  return stripArticle(foldWord(w.replace(EDGE, '')));
}
