/**
 * Clitic analysis for matching: proclitics و ف ب ك ل س and the article ال (also the ل of للـ).
 *
 * Decisions are taken on the search-normalised form (harakat, tatweel, alef and yaa variants
 * folded), and offsets are mapped back to the original word, so `وَالكرملين` and `والكرملين` split
 * the same way. Words whose first letters merely look like clitics (وزير، بايدن، لبنان، الله) are
 * listed in `src/lexicon/clitic-exceptions.json`; the length guards below catch the rest.
 */
import exceptionData from '../lexicon/clitic-exceptions.json' with { type: 'json' };
import { normalizeWithMap, normalize, SEARCH_NORMALIZATION } from './normalize.ts';

export interface CliticAnalysis {
  word: string;
  /** e.g. ['و'] or ['ل'] or ['و','ب'], in order, as normalised letters. */
  proclitics: string[];
  /** Had ال (or the ل of للـ). */
  article: boolean;
  /** Offset inside `word` where the name/mention starts: after proclitics, BEFORE the article (والكرملين → 1, 'الكرملين'; لبايدن → 1, 'بايدن'). */
  mentionOffset: number;
  /** Offset inside `word` where the bare stem starts (after proclitics AND article): والكرملين → 3, 'كرملين'. */
  stemOffset: number;
  /** `word.slice(stemOffset)`: the stem as written (not normalised). */
  stem: string;
}

const WAW = 'و';
const FA = 'ف';
const BA = 'ب';
const KAF = 'ك';
const LAM = 'ل';
const SIN = 'س';
const ALEF = 'ا';
const NUN = 'ن';

/** Minimum letters left after stripping a proclitic with no article (وزير would leave زير). */
const MIN_AFTER_PROCLITIC = 3;
/** Minimum letters left after stripping the article (الى, الم are left alone). */
const MIN_AFTER_ARTICLE = 2;

const EXCEPTIONS: ReadonlySet<string> = new Set(
  (exceptionData as { words: string[] }).words.map((w) => normalize(w, SEARCH_NORMALIZATION)),
);

/** Two-letter nouns a bare ب/ل may be glued to (بحي), below MIN_AFTER_PROCLITIC. */
const SHORT_AFTER_PREPOSITION: ReadonlySet<string> = new Set(
  ((exceptionData as { shortAfterPreposition?: string[] }).shortAfterPreposition ?? []).map((w) =>
    normalize(w, SEARCH_NORMALIZATION),
  ),
);

const ALEF_AFTER_PREPOSITION: readonly string[] = (
  exceptionData as { alefAfterPreposition: string[] }
).alefAfterPreposition.map((w) => normalize(w, SEARCH_NORMALIZATION));

/**
 * Whether `rest` (starting with plain ا after a bare ب/ل) is a word the preposition attaches to:
 * a listed start (اسم، انتظار، اكثر) or the shape اCCاC… of أفعال/إفعال (اسباب، ارسال).
 */
function isWaslWord(rest: string): boolean {
  if (rest.length >= 5 && rest[3] === ALEF) return true;
  for (const p of ALEF_AFTER_PREPOSITION) if (rest.startsWith(p)) return true;
  return false;
}

/**
 * Pronoun and verb-ending suffixes and the tanween alef: any listed word may carry them (لدينا،
 * فيها، بيانه، بلغت، وصلوا، بعيدا). Search-normalised, longest first.
 */
const PRONOUN_SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'تم', 'وا', 'ه', 'ك', 'ي', 'ت', 'ا'];
/** Inflection suffixes: only for bases of 3+ letters not ending in ا or و (فلسطينيون، بيانات، ولايات; not لولا + يات). */
const INFLECTION_SUFFIXES = ['يون', 'يين', 'يات', 'يه', 'يا', 'ات', 'ان', 'ين', 'ون', 'ي'];

/**
 * The listed exception `rest` (search-normalised) is, alone or with a light suffix: `فلسطينيون` →
 * `فلسطين`, `وزارات` → `وزاره`, `وكالتها` → `وكاله`; null when it is none.
 */
export function cliticExceptionBase(rest: string): string | null {
  if (EXCEPTIONS.has(rest)) return rest;
  for (const suf of INFLECTION_SUFFIXES) {
    if (rest.length - suf.length < 3 || !rest.endsWith(suf)) continue;
    const base = rest.slice(0, rest.length - suf.length);
    const last = base.charCodeAt(base.length - 1);
    if (last === 0x0627 || last === 0x0648) continue;
    if (EXCEPTIONS.has(base)) return base;
    // وزارات، سياسية: plural and nisba endings replace the ة of وزارة، سياسة
    if (EXCEPTIONS.has(base + 'ه')) return base + 'ه';
  }
  for (const suf of PRONOUN_SUFFIXES) {
    if (rest.length - suf.length < 2 || !rest.endsWith(suf)) continue;
    const base = rest.slice(0, rest.length - suf.length);
    if (EXCEPTIONS.has(base)) return base;
    // وكالتها: the ة of وكالة is written ت before a suffix
    if (base.length >= 3 && base.endsWith('ت') && EXCEPTIONS.has(base.slice(0, -1) + 'ه'))
      return base.slice(0, -1) + 'ه';
  }
  return null;
}

/** Whether `rest` (search-normalised) is a listed exception, alone or with a light suffix. */
export function isCliticException(rest: string): boolean {
  return cliticExceptionBase(rest) !== null;
}

function isHamzaAlef(c: number): boolean {
  return c === 0x0623 || c === 0x0625 || c === 0x0622;
}

/** Splits `word` into proclitics, article and stem, with offsets into `word`. */
export function analyzeClitics(word: string): CliticAnalysis {
  const { norm: n, map } = normalizeWithMap(word, SEARCH_NORMALIZATION);
  const orig = (k: number): number => word.charCodeAt(map[k]!);
  const proclitics: string[] = [];
  let article = false;
  let p = 0;
  let mention = -1;
  const left = (from: number): number => n.length - from;
  // ب or ل before a hamza alef is the preposition, whatever listed word the folded letters spell:
  // بأبها is ب + أبها, not باب + ها (the listed باب is written with a plain alef), as بأبين، بأبي
  const prepBeforeHamza = (k: number): boolean => (n[k] === BA || n[k] === LAM) && isHamzaAlef(orig(k + 1));

  if (!isCliticException(n) || prepBeforeHamza(0)) {
    // conjunction و / ف
    if ((n[p] === WAW || n[p] === FA) && left(p + 1) >= MIN_AFTER_PROCLITIC) {
      proclitics.push(n[p]!);
      p++;
    }
    const rest = n.slice(p);
    if (p === 0 || !isCliticException(rest) || prepBeforeHamza(p)) {
      const c = n[p];
      const c1 = n[p + 1];
      if (c === LAM && c1 === LAM && left(p + 2) >= MIN_AFTER_ARTICLE && !isCliticException(n.slice(p + 1))) {
        // للولايات: ل + (ا)ل + ولايات, the article's alef elided after the preposition
        proclitics.push(LAM);
        mention = p + 1;
        article = true;
        p += 2;
      } else if (
        (c === BA || c === KAF || c === LAM) &&
        c1 === ALEF &&
        n[p + 2] === LAM &&
        !isHamzaAlef(orig(p + 1)) &&
        left(p + 3) >= MIN_AFTER_ARTICLE &&
        !isCliticException(n.slice(p + 1))
      ) {
        // بالرياض, كالعادة: preposition + article
        proclitics.push(c);
        mention = p + 1;
        article = true;
        p += 3;
      } else if (
        (c === BA || c === LAM) &&
        (left(p + 1) >= MIN_AFTER_PROCLITIC || SHORT_AFTER_PREPOSITION.has(n.slice(p + 1))) &&
        // بالغ، باتروشيف، لافروف: before plain alef, ب/ل belong to the word unless a wasl noun
        // (باسم، بانتظار) or a listed word (بالله) follows; بأن، لألمانيا (hamza) split as usual.
        (c1 !== ALEF ||
          isHamzaAlef(orig(p + 1)) ||
          isCliticException(n.slice(p + 1)) ||
          (n[p + 2] !== LAM && isWaslWord(n.slice(p + 1))))
      ) {
        // لبايدن, بحضور. Bare ك is left alone: كبير، كتاب، كامل are far more common than ك + noun.
        proclitics.push(c);
        p++;
      } else if (
        c === SIN &&
        (c1 === 'ي' || c1 === 'ت' || c1 === 'ن' || (c1 === ALEF && orig(p + 1) === 0x0623)) &&
        left(p + 1) >= MIN_AFTER_PROCLITIC
      ) {
        // future سـ before an imperfect verb: سيزور، ستعقد، سنواصل، سأعود
        proclitics.push(SIN);
        p++;
      }
    }
    if (
      !article &&
      n[p] === ALEF &&
      n[p + 1] === LAM &&
      !isHamzaAlef(orig(p)) &&
      left(p + 2) >= MIN_AFTER_ARTICLE
    ) {
      if (!isCliticException(n.slice(p))) {
        mention = p;
        article = true;
        p += 2;
      }
    }
  }
  if (mention < 0) mention = p;
  const mentionOffset = mention === 0 ? 0 : map[mention]!;
  const stemOffset = p === 0 ? 0 : map[p]!;
  return { word, proclitics, article, mentionOffset, stemOffset, stem: word.slice(stemOffset) };
}

/** Whether a folded word opens with the conjunction و or ف. */
export function startsWithConjunction(w: string): boolean {
  return w[0] === WAW || w[0] === FA;
}

/**
 * 1 when a folded word opens with a proclitic that a date's span leaves outside (the
 * annotation guide's و، ب and a lone ل: `لعام 2010` → `عام 2010`; `للعام` keeps its lam), else 0.
 */
export function spanProcliticLength(w: string): number {
  return (w[0] === WAW || w[0] === BA || w[0] === LAM) && !(w[0] === LAM && w[1] === LAM) ? 1 : 0;
}

/**
 * The light proclitic forms of a short closed-class word for lexicon lookups (the time tagger's
 * months, units, weekdays), each with how many letters were cut: the word; without a first و/ف
 * when more than two letters remain; then without a first ب/ل/ك when more than three remain;
 * `لل` read as the article (`للعام` → `العام`, nothing cut). No exception list and no article:
 * the lists looked up are short and closed, so a wrong cut finds nothing; `analyzeClitics` is
 * the analysis for open-class words.
 */
export function lightProcliticForms(w: string): [string, number][] {
  const out: [string, number][] = [[w, 0]];
  const conj: string[] = startsWithConjunction(w) && w.length > 2 ? [w, w.slice(1)] : [w];
  for (let k = 0; k < conj.length; k++) {
    const c = conj[k]!;
    const cands: [string, number][] = [[c, k]];
    if (c[0] === LAM && c[1] === LAM) cands.push([ALEF + c.slice(1), k]);
    else if ((c[0] === BA || c[0] === LAM || c[0] === KAF) && c.length > 3) cands.push([c.slice(1), k + 1]);
    for (const [v, pre] of cands) if (v.length >= 2 && !out.some(([x]) => x === v)) out.push([v, pre]);
  }
  return out;
}

/**
 * Named sets of leading letters for the quote and time rules' keys: و ف (`conj`), ب ل (`prep`), و ف ب
 * (`conjBa`), و ف ب ل (`conjPrep`), ب ل ك (`prepKaf`), ب ل ف (`prepFa`), و ف ب ل ك (`conjPrepKaf`), and one letter
 * each: و (`waw`), ب (`ba`), ل (`lam`), the future prefix س (`sin`).
 */
export type ProcliticLetters = 'conj' | 'prep' | 'conjBa' | 'conjPrep' | 'prepKaf' | 'prepFa' | 'conjPrepKaf' | 'waw' | 'ba' | 'lam' | 'sin';

const PROCLITIC_LETTERS: Record<ProcliticLetters, ReadonlySet<string>> = {
  waw: new Set([WAW]),
  ba: new Set([BA]),
  lam: new Set([LAM]),
  sin: new Set([SIN]),
  conj: new Set([WAW, FA]),
  prep: new Set([BA, LAM]),
  conjBa: new Set([WAW, FA, BA]),
  conjPrep: new Set([WAW, FA, BA, LAM]),
  prepKaf: new Set([BA, LAM, KAF]),
  prepFa: new Set([BA, LAM, FA]),
  conjPrepKaf: new Set([WAW, FA, BA, LAM, KAF]),
};

/** Whether `w` opens with a letter of `set`. */
export function startsWithProclitic(w: string, set: ProcliticLetters): boolean {
  return w.length > 0 && PROCLITIC_LETTERS[set].has(w[0]!);
}

/**
 * `w` without its first letter when that letter is in `set`, with no length or exception check:
 * for keys looked up in closed lists, where a wrong cut finds nothing.
 */
export function dropProclitic(w: string, set: ProcliticLetters): string {
  return startsWithProclitic(w, set) ? w.slice(1) : w;
}

/** Whether one of a token's proclitics (its clitic analysis, one letter each) is in `set`. */
export function hasProcliticOf(proclitics: readonly string[], set: ProcliticLetters): boolean {
  return proclitics.some((p) => PROCLITIC_LETTERS[set].has(p));
}

/** Whether the letter `ch` (a word's first, say; undefined past its end) is in `set`. */
export function isProcliticLetter(ch: string | undefined, set: ProcliticLetters): boolean {
  return ch !== undefined && PROCLITIC_LETTERS[set].has(ch);
}

/**
 * Whether any letter of `s` is in `set`: for the letters glued before a name, where a preposition
 * among them (بعرفات، وبعرفات) makes the name a place whatever comes before it.
 */
export function hasProcliticLetter(s: string, set: ProcliticLetters): boolean {
  const letters = PROCLITIC_LETTERS[set];
  for (let i = 0; i < s.length; i++) if (letters.has(s[i]!)) return true;
  return false;
}

const ARTICLE = ALEF + LAM;

/** Whether a folded word opens with the article itself, with no و or ف before it (الوزير, not والوزير). */
export function opensWithArticle(w: string): boolean {
  return w.startsWith(ARTICLE);
}

const NISBA = 'ي';
/** The feminine nisba ending once ة is folded to ه (the time tagger's copy of the text). */
const NISBA_FOLDED_FEMININE = 'يه';
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Whether a word is a definite nisba adjective: the article, at least one letter, then ي
 * (الوطني), or with `feminine` also يه (الوطنيه, in text where ة is folded to ه). Used to tell a
 * noun followed by its adjective (`اليوم الوطني`) from a noun followed by another noun.
 */
export function isDefiniteNisba(w: string, feminine = false): boolean {
  if (!opensWithArticle(w) || !LETTERS_ONLY.test(w)) return false;
  const stem = w.length - ARTICLE.length;
  if (w.endsWith(NISBA) && stem >= NISBA.length + 1) return true;
  return feminine && w.endsWith(NISBA_FOLDED_FEMININE) && stem >= NISBA_FOLDED_FEMININE.length + 1;
}

/** A word without the article it opens with (الوزير → وزير); unchanged when it opens with none, or with و or ف before it. */
export function dropArticle(w: string): string {
  return opensWithArticle(w) ? w.slice(ARTICLE.length) : w;
}

/** A bare word with the article before it (وادي → الوادي): the definite spelling a list may hold for it. */
export function addArticle(w: string): string {
  return ARTICLE + w;
}

/**
 * Whether a folded word opens with the article itself or with لل, the preposition ل before the
 * article whose alef it elides (الوزارة، للوزارة), with nothing before either.
 */
export function opensWithArticleOrLil(w: string): boolean {
  return opensWithArticle(w) || opensWithLil(w);
}

/**
 * Whether a folded word opens with لل or بال, a preposition glued to the article (للوزارة،
 * بالوزارة), with nothing before it.
 */
export function opensWithPrepArticle(w: string): boolean {
  return opensWithLil(w) || (w[0] === BA && w.startsWith(ARTICLE, 1));
}

/**
 * Whether a word (harakat dropped, hamza seats kept) opens with ب before the article, إ or ت: how
 * a verbal noun after the preposition opens (بالسماح، بإصلاح، بتأجيل), unlike most names in ب
 * (بكري، باسل).
 */
export function opensWithBaOfVerbalNoun(w: string): boolean {
  return /^ب(ال|إ|ت)/.test(w);
}

/** Whether a folded word opens with ف before إنّ (فإن، فإنه، فانها): the clause after it is what was said. */
export function opensWithFaInna(w: string): boolean {
  return w.startsWith(FA + ALEF + NUN);
}

/**
 * A word without the preposition ل glued to it (لوزارة → وزارة), لل read as ل + the article
 * (للوزارة → الوزارة); other words as they are. Same length as the word or one shorter.
 */
export function dropGluedLam(w: string): string {
  return w.replace(/^لل/, ARTICLE).replace(/^ل/, '');
}

/** Whether a folded word opens with لل, the preposition ل before the article whose alef it elides (للوزارة), or ل before a word in ل. */
export function opensWithLil(w: string): boolean {
  return w.startsWith(LAM + LAM);
}

/** Whether a folded word ends like a nisba adjective: ي, or يه where ة is folded to ه (وطني، وطنيه). */
export function endsWithNisba(w: string): boolean {
  return w.endsWith(NISBA) || w.endsWith(NISBA_FOLDED_FEMININE);
}

/** Whether a folded word opens with the article, after an optional و or ف (والوزير، الوزير). */
export function startsWithArticle(w: string): boolean {
  return opensWithArticle(w) || startsWithConjArticle(w);
}

/** Whether a folded word opens with و or ف and then the article (والوزير، فالمدير). */
export function startsWithConjArticle(w: string): boolean {
  return startsWithConjunction(w) && w.startsWith(ARTICLE, 1);
}

/** A folded word without a leading article and the و or ف before it (والوزارة → وزارة). */
export function dropConjArticle(w: string): string {
  if (startsWithConjArticle(w)) return w.slice(1 + ARTICLE.length);
  return w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w;
}

/** Whether a folded word is definite: the article after an optional و/ب/ك, or للـ (بالمدينة، للوزارة). */
export function startsDefinite(w: string): boolean {
  if (w.startsWith(ARTICLE) || w.startsWith(LAM + LAM)) return true;
  return (w[0] === WAW || w[0] === BA || w[0] === KAF) && w.startsWith(ARTICLE, 1);
}

const HA = 'ه';
/**
 * A folded word without a final ه, the attached pronoun "him, it" (أوردته → أوردت), with no length
 * or exception check: for keys looked up in closed lists, where a wrong cut finds nothing (a ة folded
 * to ه is cut as well).
 */
export function dropHaSuffix(w: string): string {
  return w.endsWith(HA) ? w.slice(0, -HA.length) : w;
}

/**
 * Third-person pronouns a noun may carry (تداولاتها، موظفيهم), each with the shortest stem left
 * before it: such a noun is definite by its pronoun and can never stand in construct before
 * another noun. هم/هن keep four letters before them so that a word that only ends in them
 * (مساهم، أسهم) is not read as one.
 */
const ATTACHED_PRONOUNS: readonly [string, number][] = [['هما', 3], ['ها', 3], ['هم', 4], ['هن', 4]];

/** Whether a folded word ends in a third-person pronoun attached to it (`تنفذها`, `أبرزها`). */
export function endsWithAttachedPronoun(w: string): boolean {
  return ATTACHED_PRONOUNS.some(([p, min]) => w.endsWith(p) && w.length - p.length >= min);
}

/** The future prefix, a person prefix (ي ت ن, ا for a folded أ) and a stem of three letters or more. */
const FUTURE_VERB = /^س[يتنا]\p{L}{3,}$/u;

/**
 * Whether a bare folded word has the shape of an imperfect verb after the future prefix (سيعلن،
 * ستزور، سنعمل، ساعمل); the callers rule out the nouns of that shape (سيارة) by their own list.
 */
export function hasFutureVerbShape(w: string): boolean {
  return FUTURE_VERB.test(w);
}

const YA = 'ي';
const TA = 'ت';

/**
 * Whether a folded word opens with the future prefix س before the imperfect prefix ي, ت or ن
 * (سيلتقي، ستزور، سنعمل), with no check of what follows: the callers look the rest up.
 */
export function opensWithFutureImperfect(w: string): boolean {
  return w[0] === SIN && (w[1] === YA || w[1] === TA || w[1] === NUN);
}

/** Index of the first ل in `w`, or -1: the article's lam sits at 1, or further in after a proclitic (والوزير). */
export function firstLamAt(w: string): number {
  return w.indexOf(LAM);
}

/** Whether a folded word opens with ي, the imperfect's third-person prefix (يستمر), with no check of what follows. */
export function opensWithImperfectYa(w: string): boolean {
  return w[0] === YA;
}

/** Whether a folded word opens with لِ of purpose before the imperfect prefix ي or ت (ليرأس، لتعلن). */
export function opensWithLamOfPurpose(w: string): boolean {
  return w[0] === LAM && (w[1] === YA || w[1] === TA);
}

/** Whether a folded word opens with the future prefix س (سيعلن). */
export function startsWithFuturePrefix(w: string): boolean {
  return w[0] === SIN;
}
