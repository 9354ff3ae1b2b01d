/** What a time rule reports, and what the merge pass keeps of it. */
import type { TimeMod, TimeType } from '../../doc/types.ts';

/** What a rule matched: tokens [i, end), and what the merge pass needs to know about it. */
export interface M {
  end: number;
  type: TimeType;
  value: string;
  hijri?: string;
  anchored: boolean;
  source: string;
  /** Normalised start when the first token's clitic (و، ب، ل…) stays outside the span. */
  startNs?: number;
  /** The match names one calendar day (value may be underspecified). */
  day?: boolean;
  /** A weekday or relative-day word with no explicit date. */
  soft?: boolean;
  /** Clock time without a date: `T18:00`. */
  clock?: boolean;
  /** An explicit day-month date (ranges extend backwards from it). */
  dayMonth?: boolean;
  calendar?: 'gregorian' | 'hijri';
  mod?: TimeMod;
  /** وقتها، اليوم ذاته: resolved to the last date before it ('day': a day is needed). */
  anaphor?: 'day' | 'any';
  /** قبل ذلك بيوم: days added to the anaphor's date. */
  anaphorDays?: number;
}

export interface Found extends M {
  i: number;
}
