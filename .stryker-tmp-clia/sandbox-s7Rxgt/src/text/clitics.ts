/**
 * Clitic analysis for matching: proclitics و ف ب ك ل س and the article ال (also the ل of للـ).
 *
 * Decisions are taken on the search-normalised form (harakat, tatweel, alef and yaa variants
 * folded), and offsets are mapped back to the original word, so `وَالكرملين` and `والكرملين` split
 * the same way. Words whose first letters merely look like clitics (وزير، بايدن، لبنان، الله) are
 * listed in `src/lexicon/clitic-exceptions.json`; the length guards below catch the rest.
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
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
const WAW = stryMutAct_9fa48("0") ? "" : (stryCov_9fa48("0"), 'و');
const FA = stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), 'ف');
const BA = stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), 'ب');
const KAF = stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'ك');
const LAM = stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'ل');
const SIN = stryMutAct_9fa48("5") ? "" : (stryCov_9fa48("5"), 'س');
const ALEF = stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), 'ا');

/** Minimum letters left after stripping a proclitic with no article (وزير would leave زير). */
const MIN_AFTER_PROCLITIC = 3;
/** Minimum letters left after stripping the article (الى, الم are left alone). */
const MIN_AFTER_ARTICLE = 2;
const EXCEPTIONS: ReadonlySet<string> = new Set((exceptionData as {
  words: string[];
}).words.map(stryMutAct_9fa48("7") ? () => undefined : (stryCov_9fa48("7"), w => normalize(w, SEARCH_NORMALIZATION))));
const ALEF_AFTER_PREPOSITION: readonly string[] = (exceptionData as {
  alefAfterPreposition: string[];
}).alefAfterPreposition.map(stryMutAct_9fa48("8") ? () => undefined : (stryCov_9fa48("8"), w => normalize(w, SEARCH_NORMALIZATION)));

/**
 * Whether `rest` (starting with plain ا after a bare ب/ل) is a word the preposition attaches to:
 * a listed start (اسم، انتظار، اكثر) or the shape اCCاC… of أفعال/إفعال (اسباب، ارسال).
 */
function isWaslWord(rest: string): boolean {
  if (stryMutAct_9fa48("9")) {
    {}
  } else {
    stryCov_9fa48("9");
    if (stryMutAct_9fa48("12") ? rest.length >= 5 || rest[3] === ALEF : stryMutAct_9fa48("11") ? false : stryMutAct_9fa48("10") ? true : (stryCov_9fa48("10", "11", "12"), (stryMutAct_9fa48("15") ? rest.length < 5 : stryMutAct_9fa48("14") ? rest.length > 5 : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14", "15"), rest.length >= 5)) && (stryMutAct_9fa48("17") ? rest[3] !== ALEF : stryMutAct_9fa48("16") ? true : (stryCov_9fa48("16", "17"), rest[3] === ALEF)))) return stryMutAct_9fa48("18") ? false : (stryCov_9fa48("18"), true);
    for (const p of ALEF_AFTER_PREPOSITION) if (stryMutAct_9fa48("21") ? rest.endsWith(p) : stryMutAct_9fa48("20") ? false : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20", "21"), rest.startsWith(p))) return stryMutAct_9fa48("22") ? false : (stryCov_9fa48("22"), true);
    return stryMutAct_9fa48("23") ? true : (stryCov_9fa48("23"), false);
  }
}

/**
 * Pronoun and verb-ending suffixes and the tanween alef: any listed word may carry them (لدينا،
 * فيها، بيانه، بلغت، وصلوا، بعيدا). Search-normalised, longest first.
 */
const PRONOUN_SUFFIXES = stryMutAct_9fa48("24") ? [] : (stryCov_9fa48("24"), [stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), 'هما'), stryMutAct_9fa48("26") ? "" : (stryCov_9fa48("26"), 'كما'), stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), 'ها'), stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), 'هم'), stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), 'هن'), stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), 'كم'), stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), 'نا'), stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), 'تم'), stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), 'وا'), stryMutAct_9fa48("34") ? "" : (stryCov_9fa48("34"), 'ه'), stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), 'ك'), stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), 'ي'), stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), 'ت'), stryMutAct_9fa48("38") ? "" : (stryCov_9fa48("38"), 'ا')]);
/** Inflection suffixes: only for bases of 3+ letters not ending in ا or و (فلسطينيون، بيانات، ولايات; not لولا + يات). */
const INFLECTION_SUFFIXES = stryMutAct_9fa48("39") ? [] : (stryCov_9fa48("39"), [stryMutAct_9fa48("40") ? "" : (stryCov_9fa48("40"), 'يون'), stryMutAct_9fa48("41") ? "" : (stryCov_9fa48("41"), 'يين'), stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), 'يات'), stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), 'يه'), stryMutAct_9fa48("44") ? "" : (stryCov_9fa48("44"), 'يا'), stryMutAct_9fa48("45") ? "" : (stryCov_9fa48("45"), 'ات'), stryMutAct_9fa48("46") ? "" : (stryCov_9fa48("46"), 'ان'), stryMutAct_9fa48("47") ? "" : (stryCov_9fa48("47"), 'ين'), stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), 'ون'), stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), 'ي')]);

/**
 * The listed exception `rest` (search-normalised) is, alone or with a light suffix: `فلسطينيون` →
 * `فلسطين`, `وزارات` → `وزاره`, `وكالتها` → `وكاله`; null when it is none.
 */
export function cliticExceptionBase(rest: string): string | null {
  if (stryMutAct_9fa48("50")) {
    {}
  } else {
    stryCov_9fa48("50");
    if (stryMutAct_9fa48("52") ? false : stryMutAct_9fa48("51") ? true : (stryCov_9fa48("51", "52"), EXCEPTIONS.has(rest))) return rest;
    for (const suf of INFLECTION_SUFFIXES) {
      if (stryMutAct_9fa48("53")) {
        {}
      } else {
        stryCov_9fa48("53");
        if (stryMutAct_9fa48("56") ? rest.length - suf.length < 3 && !rest.endsWith(suf) : stryMutAct_9fa48("55") ? false : stryMutAct_9fa48("54") ? true : (stryCov_9fa48("54", "55", "56"), (stryMutAct_9fa48("59") ? rest.length - suf.length >= 3 : stryMutAct_9fa48("58") ? rest.length - suf.length <= 3 : stryMutAct_9fa48("57") ? false : (stryCov_9fa48("57", "58", "59"), (stryMutAct_9fa48("60") ? rest.length + suf.length : (stryCov_9fa48("60"), rest.length - suf.length)) < 3)) || (stryMutAct_9fa48("61") ? rest.endsWith(suf) : (stryCov_9fa48("61"), !(stryMutAct_9fa48("62") ? rest.startsWith(suf) : (stryCov_9fa48("62"), rest.endsWith(suf))))))) continue;
        const base = stryMutAct_9fa48("63") ? rest : (stryCov_9fa48("63"), rest.slice(0, stryMutAct_9fa48("64") ? rest.length + suf.length : (stryCov_9fa48("64"), rest.length - suf.length)));
        const last = base.charCodeAt(stryMutAct_9fa48("65") ? base.length + 1 : (stryCov_9fa48("65"), base.length - 1));
        if (stryMutAct_9fa48("68") ? last === 0x0627 && last === 0x0648 : stryMutAct_9fa48("67") ? false : stryMutAct_9fa48("66") ? true : (stryCov_9fa48("66", "67", "68"), (stryMutAct_9fa48("70") ? last !== 0x0627 : stryMutAct_9fa48("69") ? false : (stryCov_9fa48("69", "70"), last === 0x0627)) || (stryMutAct_9fa48("72") ? last !== 0x0648 : stryMutAct_9fa48("71") ? false : (stryCov_9fa48("71", "72"), last === 0x0648)))) continue;
        if (stryMutAct_9fa48("74") ? false : stryMutAct_9fa48("73") ? true : (stryCov_9fa48("73", "74"), EXCEPTIONS.has(base))) return base;
        // وزارات، سياسية: plural and nisba endings replace the ة of وزارة، سياسة
        if (stryMutAct_9fa48("76") ? false : stryMutAct_9fa48("75") ? true : (stryCov_9fa48("75", "76"), EXCEPTIONS.has(base + (stryMutAct_9fa48("77") ? "" : (stryCov_9fa48("77"), 'ه'))))) return base + (stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), 'ه'));
      }
    }
    for (const suf of PRONOUN_SUFFIXES) {
      if (stryMutAct_9fa48("79")) {
        {}
      } else {
        stryCov_9fa48("79");
        if (stryMutAct_9fa48("82") ? rest.length - suf.length < 2 && !rest.endsWith(suf) : stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82"), (stryMutAct_9fa48("85") ? rest.length - suf.length >= 2 : stryMutAct_9fa48("84") ? rest.length - suf.length <= 2 : stryMutAct_9fa48("83") ? false : (stryCov_9fa48("83", "84", "85"), (stryMutAct_9fa48("86") ? rest.length + suf.length : (stryCov_9fa48("86"), rest.length - suf.length)) < 2)) || (stryMutAct_9fa48("87") ? rest.endsWith(suf) : (stryCov_9fa48("87"), !(stryMutAct_9fa48("88") ? rest.startsWith(suf) : (stryCov_9fa48("88"), rest.endsWith(suf))))))) continue;
        const base = stryMutAct_9fa48("89") ? rest : (stryCov_9fa48("89"), rest.slice(0, stryMutAct_9fa48("90") ? rest.length + suf.length : (stryCov_9fa48("90"), rest.length - suf.length)));
        if (stryMutAct_9fa48("92") ? false : stryMutAct_9fa48("91") ? true : (stryCov_9fa48("91", "92"), EXCEPTIONS.has(base))) return base;
        // وكالتها: the ة of وكالة is written ت before a suffix
        if (stryMutAct_9fa48("95") ? base.length >= 3 && base.endsWith('ت') || EXCEPTIONS.has(base.slice(0, -1) + 'ه') : stryMutAct_9fa48("94") ? false : stryMutAct_9fa48("93") ? true : (stryCov_9fa48("93", "94", "95"), (stryMutAct_9fa48("97") ? base.length >= 3 || base.endsWith('ت') : stryMutAct_9fa48("96") ? true : (stryCov_9fa48("96", "97"), (stryMutAct_9fa48("100") ? base.length < 3 : stryMutAct_9fa48("99") ? base.length > 3 : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99", "100"), base.length >= 3)) && (stryMutAct_9fa48("101") ? base.startsWith('ت') : (stryCov_9fa48("101"), base.endsWith(stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), 'ت')))))) && EXCEPTIONS.has((stryMutAct_9fa48("103") ? base : (stryCov_9fa48("103"), base.slice(0, stryMutAct_9fa48("104") ? +1 : (stryCov_9fa48("104"), -1)))) + (stryMutAct_9fa48("105") ? "" : (stryCov_9fa48("105"), 'ه'))))) return (stryMutAct_9fa48("106") ? base : (stryCov_9fa48("106"), base.slice(0, stryMutAct_9fa48("107") ? +1 : (stryCov_9fa48("107"), -1)))) + (stryMutAct_9fa48("108") ? "" : (stryCov_9fa48("108"), 'ه'));
      }
    }
    return null;
  }
}

/** Whether `rest` (search-normalised) is a listed exception, alone or with a light suffix. */
export function isCliticException(rest: string): boolean {
  if (stryMutAct_9fa48("109")) {
    {}
  } else {
    stryCov_9fa48("109");
    return stryMutAct_9fa48("112") ? cliticExceptionBase(rest) === null : stryMutAct_9fa48("111") ? false : stryMutAct_9fa48("110") ? true : (stryCov_9fa48("110", "111", "112"), cliticExceptionBase(rest) !== null);
  }
}
function isHamzaAlef(c: number): boolean {
  if (stryMutAct_9fa48("113")) {
    {}
  } else {
    stryCov_9fa48("113");
    return stryMutAct_9fa48("116") ? (c === 0x0623 || c === 0x0625) && c === 0x0622 : stryMutAct_9fa48("115") ? false : stryMutAct_9fa48("114") ? true : (stryCov_9fa48("114", "115", "116"), (stryMutAct_9fa48("118") ? c === 0x0623 && c === 0x0625 : stryMutAct_9fa48("117") ? false : (stryCov_9fa48("117", "118"), (stryMutAct_9fa48("120") ? c !== 0x0623 : stryMutAct_9fa48("119") ? false : (stryCov_9fa48("119", "120"), c === 0x0623)) || (stryMutAct_9fa48("122") ? c !== 0x0625 : stryMutAct_9fa48("121") ? false : (stryCov_9fa48("121", "122"), c === 0x0625)))) || (stryMutAct_9fa48("124") ? c !== 0x0622 : stryMutAct_9fa48("123") ? false : (stryCov_9fa48("123", "124"), c === 0x0622)));
  }
}

/** Splits `word` into proclitics, article and stem, with offsets into `word`. */
export function analyzeClitics(word: string): CliticAnalysis {
  if (stryMutAct_9fa48("125")) {
    {}
  } else {
    stryCov_9fa48("125");
    const {
      norm: n,
      map
    } = normalizeWithMap(word, SEARCH_NORMALIZATION);
    const orig = stryMutAct_9fa48("126") ? () => undefined : (stryCov_9fa48("126"), (() => {
      const orig = (k: number): number => word.charCodeAt(map[k]!);
      return orig;
    })());
    const proclitics: string[] = stryMutAct_9fa48("127") ? ["Stryker was here"] : (stryCov_9fa48("127"), []);
    let article = stryMutAct_9fa48("128") ? true : (stryCov_9fa48("128"), false);
    let p = 0;
    let mention = stryMutAct_9fa48("129") ? +1 : (stryCov_9fa48("129"), -1);
    const left = stryMutAct_9fa48("130") ? () => undefined : (stryCov_9fa48("130"), (() => {
      const left = (from: number): number => stryMutAct_9fa48("131") ? n.length + from : (stryCov_9fa48("131"), n.length - from);
      return left;
    })());
    if (stryMutAct_9fa48("134") ? false : stryMutAct_9fa48("133") ? true : stryMutAct_9fa48("132") ? isCliticException(n) : (stryCov_9fa48("132", "133", "134"), !isCliticException(n))) {
      if (stryMutAct_9fa48("135")) {
        {}
      } else {
        stryCov_9fa48("135");
        // conjunction و / ف
        if (stryMutAct_9fa48("138") ? n[p] === WAW || n[p] === FA || left(p + 1) >= MIN_AFTER_PROCLITIC : stryMutAct_9fa48("137") ? false : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), (stryMutAct_9fa48("140") ? n[p] === WAW && n[p] === FA : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140"), (stryMutAct_9fa48("142") ? n[p] !== WAW : stryMutAct_9fa48("141") ? false : (stryCov_9fa48("141", "142"), n[p] === WAW)) || (stryMutAct_9fa48("144") ? n[p] !== FA : stryMutAct_9fa48("143") ? false : (stryCov_9fa48("143", "144"), n[p] === FA)))) && (stryMutAct_9fa48("147") ? left(p + 1) < MIN_AFTER_PROCLITIC : stryMutAct_9fa48("146") ? left(p + 1) > MIN_AFTER_PROCLITIC : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146", "147"), left(stryMutAct_9fa48("148") ? p - 1 : (stryCov_9fa48("148"), p + 1)) >= MIN_AFTER_PROCLITIC)))) {
          if (stryMutAct_9fa48("149")) {
            {}
          } else {
            stryCov_9fa48("149");
            proclitics.push(n[p]!);
            stryMutAct_9fa48("150") ? p-- : (stryCov_9fa48("150"), p++);
          }
        }
        const rest = stryMutAct_9fa48("151") ? n : (stryCov_9fa48("151"), n.slice(p));
        if (stryMutAct_9fa48("154") ? p === 0 && !isCliticException(rest) : stryMutAct_9fa48("153") ? false : stryMutAct_9fa48("152") ? true : (stryCov_9fa48("152", "153", "154"), (stryMutAct_9fa48("156") ? p !== 0 : stryMutAct_9fa48("155") ? false : (stryCov_9fa48("155", "156"), p === 0)) || (stryMutAct_9fa48("157") ? isCliticException(rest) : (stryCov_9fa48("157"), !isCliticException(rest))))) {
          if (stryMutAct_9fa48("158")) {
            {}
          } else {
            stryCov_9fa48("158");
            const c = n[p];
            const c1 = n[stryMutAct_9fa48("159") ? p - 1 : (stryCov_9fa48("159"), p + 1)];
            if (stryMutAct_9fa48("162") ? c === LAM && c1 === LAM && left(p + 2) >= MIN_AFTER_ARTICLE || !isCliticException(n.slice(p + 1)) : stryMutAct_9fa48("161") ? false : stryMutAct_9fa48("160") ? true : (stryCov_9fa48("160", "161", "162"), (stryMutAct_9fa48("164") ? c === LAM && c1 === LAM || left(p + 2) >= MIN_AFTER_ARTICLE : stryMutAct_9fa48("163") ? true : (stryCov_9fa48("163", "164"), (stryMutAct_9fa48("166") ? c === LAM || c1 === LAM : stryMutAct_9fa48("165") ? true : (stryCov_9fa48("165", "166"), (stryMutAct_9fa48("168") ? c !== LAM : stryMutAct_9fa48("167") ? true : (stryCov_9fa48("167", "168"), c === LAM)) && (stryMutAct_9fa48("170") ? c1 !== LAM : stryMutAct_9fa48("169") ? true : (stryCov_9fa48("169", "170"), c1 === LAM)))) && (stryMutAct_9fa48("173") ? left(p + 2) < MIN_AFTER_ARTICLE : stryMutAct_9fa48("172") ? left(p + 2) > MIN_AFTER_ARTICLE : stryMutAct_9fa48("171") ? true : (stryCov_9fa48("171", "172", "173"), left(stryMutAct_9fa48("174") ? p - 2 : (stryCov_9fa48("174"), p + 2)) >= MIN_AFTER_ARTICLE)))) && (stryMutAct_9fa48("175") ? isCliticException(n.slice(p + 1)) : (stryCov_9fa48("175"), !isCliticException(stryMutAct_9fa48("176") ? n : (stryCov_9fa48("176"), n.slice(stryMutAct_9fa48("177") ? p - 1 : (stryCov_9fa48("177"), p + 1)))))))) {
              if (stryMutAct_9fa48("178")) {
                {}
              } else {
                stryCov_9fa48("178");
                // للولايات: ل + (ا)ل + ولايات, the article's alef elided after the preposition
                proclitics.push(LAM);
                mention = stryMutAct_9fa48("179") ? p - 1 : (stryCov_9fa48("179"), p + 1);
                article = stryMutAct_9fa48("180") ? false : (stryCov_9fa48("180"), true);
                stryMutAct_9fa48("181") ? p -= 2 : (stryCov_9fa48("181"), p += 2);
              }
            } else if (stryMutAct_9fa48("184") ? (c === BA || c === KAF || c === LAM) && c1 === ALEF && n[p + 2] === LAM && !isHamzaAlef(orig(p + 1)) && left(p + 3) >= MIN_AFTER_ARTICLE || !isCliticException(n.slice(p + 1)) : stryMutAct_9fa48("183") ? false : stryMutAct_9fa48("182") ? true : (stryCov_9fa48("182", "183", "184"), (stryMutAct_9fa48("186") ? (c === BA || c === KAF || c === LAM) && c1 === ALEF && n[p + 2] === LAM && !isHamzaAlef(orig(p + 1)) || left(p + 3) >= MIN_AFTER_ARTICLE : stryMutAct_9fa48("185") ? true : (stryCov_9fa48("185", "186"), (stryMutAct_9fa48("188") ? (c === BA || c === KAF || c === LAM) && c1 === ALEF && n[p + 2] === LAM || !isHamzaAlef(orig(p + 1)) : stryMutAct_9fa48("187") ? true : (stryCov_9fa48("187", "188"), (stryMutAct_9fa48("190") ? (c === BA || c === KAF || c === LAM) && c1 === ALEF || n[p + 2] === LAM : stryMutAct_9fa48("189") ? true : (stryCov_9fa48("189", "190"), (stryMutAct_9fa48("192") ? c === BA || c === KAF || c === LAM || c1 === ALEF : stryMutAct_9fa48("191") ? true : (stryCov_9fa48("191", "192"), (stryMutAct_9fa48("194") ? (c === BA || c === KAF) && c === LAM : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194"), (stryMutAct_9fa48("196") ? c === BA && c === KAF : stryMutAct_9fa48("195") ? false : (stryCov_9fa48("195", "196"), (stryMutAct_9fa48("198") ? c !== BA : stryMutAct_9fa48("197") ? false : (stryCov_9fa48("197", "198"), c === BA)) || (stryMutAct_9fa48("200") ? c !== KAF : stryMutAct_9fa48("199") ? false : (stryCov_9fa48("199", "200"), c === KAF)))) || (stryMutAct_9fa48("202") ? c !== LAM : stryMutAct_9fa48("201") ? false : (stryCov_9fa48("201", "202"), c === LAM)))) && (stryMutAct_9fa48("204") ? c1 !== ALEF : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204"), c1 === ALEF)))) && (stryMutAct_9fa48("206") ? n[p + 2] !== LAM : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206"), n[stryMutAct_9fa48("207") ? p - 2 : (stryCov_9fa48("207"), p + 2)] === LAM)))) && (stryMutAct_9fa48("208") ? isHamzaAlef(orig(p + 1)) : (stryCov_9fa48("208"), !isHamzaAlef(orig(stryMutAct_9fa48("209") ? p - 1 : (stryCov_9fa48("209"), p + 1))))))) && (stryMutAct_9fa48("212") ? left(p + 3) < MIN_AFTER_ARTICLE : stryMutAct_9fa48("211") ? left(p + 3) > MIN_AFTER_ARTICLE : stryMutAct_9fa48("210") ? true : (stryCov_9fa48("210", "211", "212"), left(stryMutAct_9fa48("213") ? p - 3 : (stryCov_9fa48("213"), p + 3)) >= MIN_AFTER_ARTICLE)))) && (stryMutAct_9fa48("214") ? isCliticException(n.slice(p + 1)) : (stryCov_9fa48("214"), !isCliticException(stryMutAct_9fa48("215") ? n : (stryCov_9fa48("215"), n.slice(stryMutAct_9fa48("216") ? p - 1 : (stryCov_9fa48("216"), p + 1)))))))) {
              if (stryMutAct_9fa48("217")) {
                {}
              } else {
                stryCov_9fa48("217");
                // بالرياض, كالعادة: preposition + article
                proclitics.push(c);
                mention = stryMutAct_9fa48("218") ? p - 1 : (stryCov_9fa48("218"), p + 1);
                article = stryMutAct_9fa48("219") ? false : (stryCov_9fa48("219"), true);
                stryMutAct_9fa48("220") ? p -= 3 : (stryCov_9fa48("220"), p += 3);
              }
            } else if (stryMutAct_9fa48("223") ? (c === BA || c === LAM) && left(p + 1) >= MIN_AFTER_PROCLITIC ||
            // بالغ، باتروشيف، لافروف: before plain alef, ب/ل belong to the word unless a wasl noun
            // (باسم، بانتظار) or a listed word (بالله) follows; بأن، لألمانيا (hamza) split as usual.
            c1 !== ALEF || isHamzaAlef(orig(p + 1)) || isCliticException(n.slice(p + 1)) || n[p + 2] !== LAM && isWaslWord(n.slice(p + 1)) : stryMutAct_9fa48("222") ? false : stryMutAct_9fa48("221") ? true : (stryCov_9fa48("221", "222", "223"), (stryMutAct_9fa48("225") ? c === BA || c === LAM || left(p + 1) >= MIN_AFTER_PROCLITIC : stryMutAct_9fa48("224") ? true : (stryCov_9fa48("224", "225"), (stryMutAct_9fa48("227") ? c === BA && c === LAM : stryMutAct_9fa48("226") ? true : (stryCov_9fa48("226", "227"), (stryMutAct_9fa48("229") ? c !== BA : stryMutAct_9fa48("228") ? false : (stryCov_9fa48("228", "229"), c === BA)) || (stryMutAct_9fa48("231") ? c !== LAM : stryMutAct_9fa48("230") ? false : (stryCov_9fa48("230", "231"), c === LAM)))) && (stryMutAct_9fa48("234") ? left(p + 1) < MIN_AFTER_PROCLITIC : stryMutAct_9fa48("233") ? left(p + 1) > MIN_AFTER_PROCLITIC : stryMutAct_9fa48("232") ? true : (stryCov_9fa48("232", "233", "234"), left(stryMutAct_9fa48("235") ? p - 1 : (stryCov_9fa48("235"), p + 1)) >= MIN_AFTER_PROCLITIC)))) && (// بالغ، باتروشيف، لافروف: before plain alef, ب/ل belong to the word unless a wasl noun
            // (باسم، بانتظار) or a listed word (بالله) follows; بأن، لألمانيا (hamza) split as usual.
            stryMutAct_9fa48("237") ?
            // بالغ، باتروشيف، لافروف: before plain alef, ب/ل belong to the word unless a wasl noun
            // (باسم، بانتظار) or a listed word (بالله) follows; بأن، لألمانيا (hamza) split as usual.
            (c1 !== ALEF || isHamzaAlef(orig(p + 1)) || isCliticException(n.slice(p + 1))) && n[p + 2] !== LAM && isWaslWord(n.slice(p + 1)) : stryMutAct_9fa48("236") ? true : (stryCov_9fa48("236", "237"), (stryMutAct_9fa48("239") ? (c1 !== ALEF || isHamzaAlef(orig(p + 1))) && isCliticException(n.slice(p + 1)) : stryMutAct_9fa48("238") ? false : (stryCov_9fa48("238", "239"), (stryMutAct_9fa48("241") ? c1 !== ALEF && isHamzaAlef(orig(p + 1)) : stryMutAct_9fa48("240") ? false : (stryCov_9fa48("240", "241"), (stryMutAct_9fa48("243") ? c1 === ALEF : stryMutAct_9fa48("242") ? false : (stryCov_9fa48("242", "243"), c1 !== ALEF)) || isHamzaAlef(orig(stryMutAct_9fa48("244") ? p - 1 : (stryCov_9fa48("244"), p + 1))))) || isCliticException(stryMutAct_9fa48("245") ? n : (stryCov_9fa48("245"), n.slice(stryMutAct_9fa48("246") ? p - 1 : (stryCov_9fa48("246"), p + 1)))))) || (stryMutAct_9fa48("248") ? n[p + 2] !== LAM || isWaslWord(n.slice(p + 1)) : stryMutAct_9fa48("247") ? false : (stryCov_9fa48("247", "248"), (stryMutAct_9fa48("250") ? n[p + 2] === LAM : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250"), n[stryMutAct_9fa48("251") ? p - 2 : (stryCov_9fa48("251"), p + 2)] !== LAM)) && isWaslWord(stryMutAct_9fa48("252") ? n : (stryCov_9fa48("252"), n.slice(stryMutAct_9fa48("253") ? p - 1 : (stryCov_9fa48("253"), p + 1)))))))))) {
              if (stryMutAct_9fa48("254")) {
                {}
              } else {
                stryCov_9fa48("254");
                // لبايدن, بحضور. Bare ك is left alone: كبير، كتاب، كامل are far more common than ك + noun.
                proclitics.push(c);
                stryMutAct_9fa48("255") ? p-- : (stryCov_9fa48("255"), p++);
              }
            } else if (stryMutAct_9fa48("258") ? c === SIN && (c1 === 'ي' || c1 === 'ت' || c1 === 'ن' || c1 === ALEF && orig(p + 1) === 0x0623) || left(p + 1) >= MIN_AFTER_PROCLITIC : stryMutAct_9fa48("257") ? false : stryMutAct_9fa48("256") ? true : (stryCov_9fa48("256", "257", "258"), (stryMutAct_9fa48("260") ? c === SIN || c1 === 'ي' || c1 === 'ت' || c1 === 'ن' || c1 === ALEF && orig(p + 1) === 0x0623 : stryMutAct_9fa48("259") ? true : (stryCov_9fa48("259", "260"), (stryMutAct_9fa48("262") ? c !== SIN : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262"), c === SIN)) && (stryMutAct_9fa48("264") ? (c1 === 'ي' || c1 === 'ت' || c1 === 'ن') && c1 === ALEF && orig(p + 1) === 0x0623 : stryMutAct_9fa48("263") ? true : (stryCov_9fa48("263", "264"), (stryMutAct_9fa48("266") ? (c1 === 'ي' || c1 === 'ت') && c1 === 'ن' : stryMutAct_9fa48("265") ? false : (stryCov_9fa48("265", "266"), (stryMutAct_9fa48("268") ? c1 === 'ي' && c1 === 'ت' : stryMutAct_9fa48("267") ? false : (stryCov_9fa48("267", "268"), (stryMutAct_9fa48("270") ? c1 !== 'ي' : stryMutAct_9fa48("269") ? false : (stryCov_9fa48("269", "270"), c1 === (stryMutAct_9fa48("271") ? "" : (stryCov_9fa48("271"), 'ي')))) || (stryMutAct_9fa48("273") ? c1 !== 'ت' : stryMutAct_9fa48("272") ? false : (stryCov_9fa48("272", "273"), c1 === (stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), 'ت')))))) || (stryMutAct_9fa48("276") ? c1 !== 'ن' : stryMutAct_9fa48("275") ? false : (stryCov_9fa48("275", "276"), c1 === (stryMutAct_9fa48("277") ? "" : (stryCov_9fa48("277"), 'ن')))))) || (stryMutAct_9fa48("279") ? c1 === ALEF || orig(p + 1) === 0x0623 : stryMutAct_9fa48("278") ? false : (stryCov_9fa48("278", "279"), (stryMutAct_9fa48("281") ? c1 !== ALEF : stryMutAct_9fa48("280") ? true : (stryCov_9fa48("280", "281"), c1 === ALEF)) && (stryMutAct_9fa48("283") ? orig(p + 1) !== 0x0623 : stryMutAct_9fa48("282") ? true : (stryCov_9fa48("282", "283"), orig(stryMutAct_9fa48("284") ? p - 1 : (stryCov_9fa48("284"), p + 1)) === 0x0623)))))))) && (stryMutAct_9fa48("287") ? left(p + 1) < MIN_AFTER_PROCLITIC : stryMutAct_9fa48("286") ? left(p + 1) > MIN_AFTER_PROCLITIC : stryMutAct_9fa48("285") ? true : (stryCov_9fa48("285", "286", "287"), left(stryMutAct_9fa48("288") ? p - 1 : (stryCov_9fa48("288"), p + 1)) >= MIN_AFTER_PROCLITIC)))) {
              if (stryMutAct_9fa48("289")) {
                {}
              } else {
                stryCov_9fa48("289");
                // future سـ before an imperfect verb: سيزور، ستعقد، سنواصل، سأعود
                proclitics.push(SIN);
                stryMutAct_9fa48("290") ? p-- : (stryCov_9fa48("290"), p++);
              }
            }
          }
        }
        if (stryMutAct_9fa48("293") ? !article && n[p] === ALEF && n[p + 1] === LAM && !isHamzaAlef(orig(p)) || left(p + 2) >= MIN_AFTER_ARTICLE : stryMutAct_9fa48("292") ? false : stryMutAct_9fa48("291") ? true : (stryCov_9fa48("291", "292", "293"), (stryMutAct_9fa48("295") ? !article && n[p] === ALEF && n[p + 1] === LAM || !isHamzaAlef(orig(p)) : stryMutAct_9fa48("294") ? true : (stryCov_9fa48("294", "295"), (stryMutAct_9fa48("297") ? !article && n[p] === ALEF || n[p + 1] === LAM : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297"), (stryMutAct_9fa48("299") ? !article || n[p] === ALEF : stryMutAct_9fa48("298") ? true : (stryCov_9fa48("298", "299"), (stryMutAct_9fa48("300") ? article : (stryCov_9fa48("300"), !article)) && (stryMutAct_9fa48("302") ? n[p] !== ALEF : stryMutAct_9fa48("301") ? true : (stryCov_9fa48("301", "302"), n[p] === ALEF)))) && (stryMutAct_9fa48("304") ? n[p + 1] !== LAM : stryMutAct_9fa48("303") ? true : (stryCov_9fa48("303", "304"), n[stryMutAct_9fa48("305") ? p - 1 : (stryCov_9fa48("305"), p + 1)] === LAM)))) && (stryMutAct_9fa48("306") ? isHamzaAlef(orig(p)) : (stryCov_9fa48("306"), !isHamzaAlef(orig(p)))))) && (stryMutAct_9fa48("309") ? left(p + 2) < MIN_AFTER_ARTICLE : stryMutAct_9fa48("308") ? left(p + 2) > MIN_AFTER_ARTICLE : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308", "309"), left(stryMutAct_9fa48("310") ? p - 2 : (stryCov_9fa48("310"), p + 2)) >= MIN_AFTER_ARTICLE)))) {
          if (stryMutAct_9fa48("311")) {
            {}
          } else {
            stryCov_9fa48("311");
            if (stryMutAct_9fa48("314") ? false : stryMutAct_9fa48("313") ? true : stryMutAct_9fa48("312") ? isCliticException(n.slice(p)) : (stryCov_9fa48("312", "313", "314"), !isCliticException(stryMutAct_9fa48("315") ? n : (stryCov_9fa48("315"), n.slice(p))))) {
              if (stryMutAct_9fa48("316")) {
                {}
              } else {
                stryCov_9fa48("316");
                mention = p;
                article = stryMutAct_9fa48("317") ? false : (stryCov_9fa48("317"), true);
                stryMutAct_9fa48("318") ? p -= 2 : (stryCov_9fa48("318"), p += 2);
              }
            }
          }
        }
      }
    }
    if (stryMutAct_9fa48("322") ? mention >= 0 : stryMutAct_9fa48("321") ? mention <= 0 : stryMutAct_9fa48("320") ? false : stryMutAct_9fa48("319") ? true : (stryCov_9fa48("319", "320", "321", "322"), mention < 0)) mention = p;
    const mentionOffset = (stryMutAct_9fa48("325") ? mention !== 0 : stryMutAct_9fa48("324") ? false : stryMutAct_9fa48("323") ? true : (stryCov_9fa48("323", "324", "325"), mention === 0)) ? 0 : map[mention]!;
    const stemOffset = (stryMutAct_9fa48("328") ? p !== 0 : stryMutAct_9fa48("327") ? false : stryMutAct_9fa48("326") ? true : (stryCov_9fa48("326", "327", "328"), p === 0)) ? 0 : map[p]!;
    return stryMutAct_9fa48("329") ? {} : (stryCov_9fa48("329"), {
      word,
      proclitics,
      article,
      mentionOffset,
      stemOffset,
      stem: stryMutAct_9fa48("330") ? word : (stryCov_9fa48("330"), word.slice(stemOffset))
    });
  }
}