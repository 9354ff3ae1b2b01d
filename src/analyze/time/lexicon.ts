/** Loads the time lexicons and folds every entry the way the matcher folds the text. */
import calendar from '../../lexicon/calendar.json' with { type: 'json' };
import time from '../../lexicon/time.json' with { type: 'json' };
import numbers from '../../lexicon/numbers.json' with { type: 'json' };
import { fold } from './norm.ts';
import { dropArticle, opensWithArticle } from '../../text/clitics.ts';

/** Multi-word phrases keyed by their first word, longest first. */
export class PhraseMap<V> {
  private byFirst = new Map<string, { words: string[]; value: V }[]>();
  add(phrase: string, value: V): void {
    const words = fold(phrase).split(' ');
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }
  /** Entries whose first word is `first`, longest first. */
  candidates(first: string): readonly { words: string[]; value: V }[] {
    // (most words start no phrase: no new empty array for each of them)
    return this.byFirst.get(first) ?? NO_CANDIDATES;
  }
}

const NO_CANDIDATES: readonly never[] = Object.freeze([]);

function phrases<V>(entries: Iterable<[string, V]>): PhraseMap<V> {
  const m = new PhraseMap<V>();
  for (const [k, v] of entries) m.add(k, v);
  return m;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));
const map = <V>(o: Record<string, V>): Map<string, V> => new Map(Object.entries(o).map(([k, v]) => [fold(k), v]));

export const GREG_MONTHS = phrases<number>(
  calendar.gregorianMonths.flatMap((m) => [...m.msa, ...m.levantine, ...m.maghrebi].map((n) => [n, m.month] as [string, number])),
);
export const HIJRI_MONTHS = phrases<number>(
  calendar.hijriMonths.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number])),
);
export const WEEKDAYS = map(Object.fromEntries(calendar.weekdays.flatMap((w) => w.names.map((n) => [n, w.isoDay]))));
/** Named days (calendar.json holidays): a Hijri or Gregorian month and day. */
export interface Holiday {
  hijri?: [number, number];
  gregorian?: [number, number];
  nationalities?: Set<string>;
}
export const HOLIDAYS = phrases<Holiday>(
  calendar.holidays.flatMap((h) =>
    h.names.map((n) => {
      const v: Holiday = {};
      if ('hijri' in h) v.hijri = h.hijri as [number, number];
      if ('gregorian' in h) v.gregorian = h.gregorian as [number, number];
      if ('nationalities' in h) v.nationalities = set(h.nationalities as string[]);
      return [n, v] as [string, Holiday];
    }),
  ),
);
export const HOLIDAY_DAY_ORDINALS = phrases(Object.entries(calendar.holidayDayOrdinals));
export const HIJRI_MARKERS = set([...calendar.hijriMarkers, ...time.yearMarkersHijri]);
export const GREG_MARKERS = set([...calendar.gregorianMarkers, ...time.yearMarkersGregorian]);

export const REL_DAYS = phrases(Object.entries(time.relativeDays));
export const REL_DAY_NOT_BEFORE = new Map(Object.entries(time.relativeDayNotBefore).map(([k, v]) => [fold(k), set(v)]));
export const TONIGHT = phrases(Object.entries(time.tonight));
export const PARTS_OF_DAY = phrases(Object.entries(time.partsOfDay));
export const PM_PARTS = set(time.pmParts);
export const UNITS = map(time.units as unknown as Record<string, [string, number]>);
export const CAL_UNITS = map(time.calendarUnits);
export const MODIFIERS = map(time.relativeModifiers);
export const TWO_AWAY = phrases(Object.entries(time.twoAwayModifiers));
export const THIS_WORDS = set(time.thisWords);
export const POSITIONS = map(time.positions);
export const DURATION_INTROS = phrases(time.durationIntros.map((w) => [w, true] as [string, boolean]));
export const DURATION_PREPOSITIONS = set(time.durationPrepositions);
export const FEW_AFTER = set(time.fewAfter);
export const FEW_UNITS_NEED_INTRO = set(time.fewUnitsNeedIntro);
export const DURATIVE_VERBS = set(time.durativeVerbs);
export const LENGTH_ALTERNATIVES = set(time.lengthAlternatives);
export const DURATIVE_NOT_BEFORE = set(time.durativeNotBefore);
export const ONE_UNIT_AFTER = set(time.oneUnitAfter);
export const COUNT_FROM_EVENT = {
  trailers: set(time.countFromEvent.trailers),
  prepositions: set(time.countFromEvent.prepositions),
  notBefore: set(time.countFromEvent.notBefore),
};
export const COUNTED_RANGE_ENDS = set(time.countedRangeEnds);
export const TOMORROW_HEADS = set(time.tomorrowHeads);
export const FIRST_DAY = set(time.firstDay);
export const NEW_YEAR = set(time.newYear);
export const PAST_INTROS = set(time.pastOffsetIntros);
export const FUTURE_INTROS = set(time.futureOffsetIntros);
export const VAGUE_RANGES = map(time.vagueRanges);
export const SETS = map(time.sets);
export const SET_EVERY = set(time.setEvery);
export const ORDINAL_PARTS = set(time.ordinalParts);
export const SET_ADJECTIVE_NOT = set(time.setAdjectiveNot);
export const EVERY_WEEKDAY_NOT = set(time.everyWeekdayNot);
export const RECURRING_DAYS = set(time.recurringDays);
export const EVERY_DAY = phrases(time.everyDay.map((w) => [w, true] as [string, boolean]));
export const WEEKDAY_PLURALS = map(time.weekdayPlurals);
export const SET_EVERY_GLUED = map(time.setEveryGlued);
export const CLOCK_WORDS = set(time.clockWords);
export const MINUTE_FRACTIONS = map(time.minuteFractions);
export const LESS_QUARTER = phrases(time.lessQuarter.map((w) => [w, true] as [string, boolean]));
export const TIMEZONES = phrases(Object.entries(time.timezones) as [string, string | null][]);
export const TZ_INTROS = phrases(time.timezoneIntros.map((w) => [w, true] as [string, boolean]));
export const YEAR_WORDS = set(time.yearWords);
export const MONTH_WORD = map(Object.fromEntries(time.monthWord.map((w) => [w, true])));
export const YEAR_INTROS = set(time.yearIntros);
export const SEASONS = map(time.seasons);
export const TODAY_NOT_AFTER = set(time.todayNotAfter);
export const TODAY_ADJECTIVES = set(time.todayAdjectives);
export const TODAY_NOWADAYS_BEFORE = set(time.todayNowadaysBefore);
export const TODAY_NOWADAYS_AFTER = set(time.todayNowadaysAfter);
export const CLAUSE_BOUNDARIES = set(time.clauseBoundaries);
export const RELATIVE_PRONOUNS = set(time.relativePronouns);
export const YEAR_ADJECTIVES = set(time.yearAdjectives);
export const HALVES = phrases(Object.entries(time.halves));
export const VAGUE_NOW = map(time.vagueNow);
export const DECADES = map(time.decades);
/** The decade words without their article, as a construct before القرن writes them (تسعينات القرن). */
export const DECADES_CONSTRUCT = new Map([...DECADES].filter(([k]) => opensWithArticle(k)).map(([k, v]) => [k.slice(2), v]));
export const CENTURY_WORDS = set(time.centuryWords);
export const BEFORE_CHRIST = phrases(time.beforeChrist.map((w) => [w, true] as [string, boolean]));
export const WEEKDAY_NOT_AFTER = set(time.weekdayNotAfter);
export const COUNT_NOUNS = set(time.countNouns);
export const SEASON_INTRO = set(time.seasonIntro);
export const AMBIGUOUS_MONTHS = set(time.ambiguousMonths);
export const FUTURE_MARKERS = set(time.futureMarkers);
export const FUTURE_VERBS = set(time.futureVerbs);
export const FUTURE_NOT_VERBS_LIST = time.futureNotVerbs.map(fold);
export const PAST_VERBS = set(time.pastVerbs);
export const EVERY_YEAR_WORDS = set(time.everyYearWords);
export const EVERY_YEAR_AFTER_KULL = set(time.everyYearAfterKull);
export const LIST_ENTRY_SEPARATORS: readonly string[] = time.listEntrySeparators;
export const RANGE_JOINERS = set(time.rangeJoiners);

export const QUANTITY_MODS = phrases(Object.entries(time.quantityMods));
export const VAGUE_REFS = phrases(Object.entries(time.vagueRefs));
export const VAGUE_REFS_VERB = new Map(Object.entries(time.vagueRefsVerb).map(([k, v]) => [fold(k), set(v)]));
export const VAGUE_REFS_NEED_FI = set(time.vagueRefsNeedFi);
export const VAGUE_REFS_NEAR = set(time.vagueRefsNear);
export const NEAR_PREPOSITIONS = set(time.nearPrepositions);
export const ANAPHORA = phrases(Object.entries(time.anaphora) as [string, 'day' | 'any'][]);
export const ANAPHORA_SHIFT = phrases(Object.entries(time.anaphoraShift));
export const ANAPHORA_NOT_AFTER_FI = set(time.anaphoraNotAfterFi);
export const DEMONSTRATIVE_THAT = set(time.demonstrativeThat);
export const CLOCK_CONTINUERS = set(time.clockContinuers);
export const AGE_INTROS = set(time.ageIntros);
export const AGE_NOUNS = set(time.ageNouns);
export const AGE_HEADS = set(time.ageHeads);
export const SUPERLATIVES = set(time.superlatives);
export const SINCE_LENGTH_BEFORE = set(time.sinceLengthBefore);
export const SINCE_NOT_VERBS = set(time.sinceNotVerbs);
export const SINCE_LENGTH_AFTER = phrases(time.sinceLengthAfter.map((w) => [w, true] as [string, boolean]));
export const MIDNIGHT = phrases(time.midnight.map((w) => [w, true] as [string, boolean]));
export const SET_REPEAT_AFTER = set(time.setRepeatAfter);
export const PER_HOUR_UNITS = set(time.perHourUnits);
export const SEQUENCE_END = phrases(time.sequenceEnd.map((w) => [w, true] as [string, boolean]));
export const HALF_WORDS = set(time.halfWords);
export const UNIT_NOT_AFTER = set(time.unitNotAfter);
export const HUNDRED_AFTER = phrases(time.hundredAfter.map((w) => [w, true] as [string, boolean]));
export const FRACTION_LENGTHS = phrases(Object.entries(time.fractionLengths));
export const SEQUENCE_UNITS = map(time.sequenceUnits);
export const TIMES_WORDS = phrases(time.timesWords.map((w) => [w, true] as [string, boolean]));
export const PER_UNITS = map(time.perUnits);
export const PER_UNIT_NOT_BEFORE = set(time.perUnitNotBefore);

/** Single words the rules test by name, folded: `this.w(j) === WORD.day`. */
export const WORD = Object.fromEntries(Object.entries(time.words).map(([k, v]) => [k, fold(v.word)])) as Record<keyof typeof time.words, string>;
export const AREA_UNITS = time.areaUnits.map(fold);
export const FEW_DEFINITE = set(time.fewDefinite);
export const LAST_DEFINITE = set(time.lastDefinite);
export const MONTH_INTROS = set(time.monthIntros);
export const HIJRI_MONTHS_ALONE = set(time.hijriMonthsAlone);
export const BARE_HOUR_INTROS = set(time.bareHourIntros);
export const MERGE_GAPS = Object.fromEntries(Object.entries(time.mergeGaps).map(([k, v]) => [k, v.map(fold)])) as Record<keyof typeof time.mergeGaps, string[]>;

export const CARDINALS = map(numbers.cardinals);
export const TEEN_SUFFIXES = set(numbers.teenSuffixes);
export const ORDINALS = map(numbers.ordinals);
export const ORDINAL_TENS = map(numbers.ordinalTens);
export const FEW = set(numbers.few);

/**
 * Every word of the three lexicons the rules read (keys and values, comments left out), also
 * without its article. The rules read the word a match starts with by exact lookups in these
 * lexicons (of its forms without proclitics, or with the article taken off), so a word that is
 * none of these opens no time expression, and the tagger tries no rule there: most words of a
 * news text.
 */
export const OPENER_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      for (const w of fold(x).split(' ')) if (w) out.add(w).add(dropArticle(w));
    } else if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) {
        if (k.startsWith('$')) continue;
        walk(k);
        walk(v);
      }
  };
  [time, calendar, numbers].forEach(walk);
  out.delete('');
  return out;
})();
