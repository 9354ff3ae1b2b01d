/**
 * Counts of the time tagger's errors by class, for `npm run eval:times` (issue #15). Only counts
 * are made here, never text, so the held-out set can be broken down without anyone reading it:
 *
 *  - span errors: a gold expression no prediction overlaps (missed), a prediction no gold
 *    expression overlaps (spurious), and a gold expression whose best-overlapping prediction has
 *    other bounds: longer (covers it), shorter (inside it), both (crosses it); each by TIMEX type
 *    (the gold's, the prediction's for spurious ones), by how the gold expression starts (a
 *    preposition word, a clitic letter, neither), and for boundary errors by which side differs
 *    and what the difference at the start is (a clitic, preposition words, other words);
 *  - value errors of the gold expressions found (judged on the best-overlapping prediction, as
 *    the figures are): by gold type and kind of error (no value, another kind of value, wrong
 *    granularity, off by one year, another year, another day or month of the same granularity —
 *    a wrong anchor or reading —, another length, another clock time, a missing or wrong mod).
 */
import { normText } from '../src/analyze/time/norm.ts';
import { analyzeClitics } from '../src/text/clitics.ts';
import calendar from '../src/lexicon/calendar.json' with { type: 'json' };
import timeLexicon from '../src/lexicon/time.json' with { type: 'json' };

export interface GoldSpan {
  start: number;
  end: number;
  value: string;
  type?: string;
  mod?: string;
}

export interface PredSpan {
  start: number;
  end: number;
  value: string;
  type: string;
  mod?: string;
}

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

const fold = (w: string): string => normText(w).norm;

/** Prepositions that may open a time expression or sit before one, from the time lexicon. */
const lex = timeLexicon as Record<string, unknown>;
const PREPOSITIONS: ReadonlySet<string> = new Set(
  [
    ...(lex.pastOffsetIntros as string[]),
    ...(lex.futureOffsetIntros as string[]),
    ...(lex.durationIntros as string[]),
    ...(lex.clockContinuers as string[]),
    ...(lex.monthIntros as string[]),
    ...(lex.rangeJoiners as string[]),
    'على',
    'عن',
    'مع',
  ]
    .filter((w) => /\p{L}/u.test(w) && w !== 'و')
    .flatMap((w) => w.split(/\s+/))
    .map(fold),
);

/** Month names (فبراير opens with what looks like ف + ب): never read as clitic + word. */
const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  (calendar.gregorianMonths as Record<string, string[] | number>[])
    .flatMap((m) =>
      Object.values(m)
        .filter((v): v is string[] => Array.isArray(v))
        .flat(),
    )
    .map((w) => fold(w)),
);

const isPreposition = (w: string): boolean =>
  PREPOSITIONS.has(w) || (/^[وف]/u.test(w) && PREPOSITIONS.has(w.slice(1)));

/** 'prep' when the first word (maybe after و/ف) is a preposition, 'clitic' when it opens with one, else 'none'. */
export function leadOf(text: string): 'prep' | 'clitic' | 'none' {
  const first = fold(text.trim().split(/\s+/)[0] ?? '');
  if (isPreposition(first)) return 'prep';
  if (CALENDAR_NAMES.has(first)) return 'none';
  return analyzeClitics(first).proclitics.length > 0 ? 'clitic' : 'none';
}

/** What the piece between two starts is: one clitic letter or two, preposition words, or other words. */
export function differenceKind(piece: string): 'clitic' | 'prep' | 'other' {
  const p = piece.trim();
  if (!p) return 'other';
  if (!/\s/u.test(p) && p.length <= 2 && /^[وفبلك]+$/u.test(fold(p))) return 'clitic';
  const words = p.split(/\s+/).map(fold);
  if (words.every((w) => isPreposition(w) || /^[وفبلك]+$/u.test(w))) return 'prep';
  return 'other';
}

const GLOSSES: [string, string][] = [
  ['منذ', 'since'],
  ['قبل', 'before'],
  ['بعد', 'after'],
  ['خلال', 'during'],
  ['في', 'in'],
];

/** The English gloss of the first offset preposition in a piece, or 'other'. */
export function prepositionGloss(piece: string): string {
  const words = piece.trim().split(/\s+/).map(fold);
  for (const w of words)
    for (const [ar, en] of GLOSSES) {
      const f = fold(ar);
      if (w === f || ((w[0] === 'و' || w[0] === 'ف') && w.slice(1) === f)) return en;
    }
  return 'other';
}

type ValueKind = 'date' | 'datetime' | 'duration' | 'ref' | 'set' | 'none' | 'other';

export function valueKind(v: string | undefined | null, type?: string): ValueKind {
  if (!v || v === 'UNDEF') return 'none';
  if (/_REF$/.test(v)) return 'ref';
  if (type === 'SET') return 'set';
  if (/^P/.test(v)) return 'duration';
  // T20:15 (a clock time with no day) is a date-time whose day part is empty.
  if (/T/.test(v) && /^(\d|X|T)/.test(v)) return 'datetime';
  if (/^(\d|X)/.test(v)) return 'date';
  return 'other';
}

export type ValueError =
  | 'none'
  | 'kind'
  | 'granularity'
  | 'year±1'
  | 'year-other'
  | 'day-month'
  | 'length'
  | 'clock'
  | 'unresolved'
  | 'other';

/** The kind of a wrong value (`pred !== gold`). */
export function valueError(gold: string, pred: string | undefined, type?: string): ValueError {
  const gk = valueKind(gold, type);
  const pk = valueKind(pred, type);
  if (pk === 'none') return 'none';
  const p = pred!;
  if (/X/.test(p) && !/X/.test(gold)) return 'unresolved';
  if (gk !== pk) {
    // A date where the gold has a date and clock time (or the reverse) is a granularity error.
    if ((gk === 'date' && pk === 'datetime') || (gk === 'datetime' && pk === 'date'))
      return gold.startsWith(p.split('T')[0]!) || p.startsWith(gold.split('T')[0]!)
        ? 'granularity'
        : 'day-month';
    return 'kind';
  }
  if (pk === 'duration' || pk === 'set') return 'length';
  if (pk === 'datetime') {
    const [gd, gt] = gold.split('T');
    const [pd, pt] = p.split('T');
    if (gd === pd && gt !== pt) return 'clock';
  }
  if (pk === 'date' || pk === 'datetime') {
    if (gold.startsWith(p) || p.startsWith(gold)) return 'granularity';
    const gy = /^(\d{4})(.*)$/.exec(gold);
    const py = /^(\d{4})(.*)$/.exec(p);
    if (gy && py) {
      if (gy[2] !== py[2] && gy[2]!.replace(/\d/g, '9') !== py[2]!.replace(/\d/g, '9')) return 'granularity';
      if (gy[1] !== py[1] && gy[2] === py[2])
        return Math.abs(Number(gy[1]) - Number(py[1])) === 1 ? 'year±1' : 'year-other';
      return 'day-month';
    }
    if (gold.length !== p.length) return 'granularity';
  }
  return 'other';
}

type Table = Record<string, Record<string, number>>;

function bump(t: Table, row: string, col: string, by = 1): void {
  const r = (t[row] ??= {});
  r[col] = (r[col] ?? 0) + by;
}

/** A table with its rows and columns in a fixed order, rows with no count left out, empty cells 0. */
function ordered(t: Table, rows: string[], cols: string[]): Table {
  const out: Table = {};
  for (const r of [...rows, ...Object.keys(t).filter((k) => !rows.includes(k))]) {
    const row = t[r];
    if (!row) continue;
    const o: Record<string, number> = {};
    for (const c of [...cols, ...Object.keys(row).filter((k) => !cols.includes(k))]) o[c] = row[c] ?? 0;
    out[r] = o;
  }
  return out;
}

export class TimesBreakdown {
  /** span error class × TIMEX type (+ all) */
  readonly byType: Table = {};
  /** span error class × lead of the gold expression (prep / clitic / none) */
  readonly byLead: Table = {};
  /** boundary error class × side that differs and what the start difference is */
  readonly boundaries: Table = {};
  /** value error kind × gold type; `mod` counted apart (a value may be right and its mod wrong) */
  readonly values: Table = {};
  gold = 0;
  pred = 0;

  add(text: string, gold: readonly GoldSpan[], pred: readonly PredSpan[]): void {
    this.gold += gold.length;
    this.pred += pred.length;
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
      Math.min(a.end, b.end) - Math.max(a.start, b.start);
    for (const p of pred)
      if (!gold.some((g) => ov(g, p) > 0)) {
        this.count('spurious', p.type, leadOf(text.slice(p.start, p.end)));
      }
    for (const g of gold) {
      const type = g.type ?? '?';
      const lead = leadOf(text.slice(g.start, g.end));
      let best: PredSpan | undefined;
      let bestOv = 0;
      for (const p of pred) {
        const o = ov(g, p);
        if (o > bestOv) {
          bestOv = o;
          best = p;
        }
      }
      if (!best) {
        this.count('missed', type, lead);
        continue;
      }
      const overlapping = pred.filter((p) => ov(g, p) > 0).length;
      if (best.start !== g.start || best.end !== g.end) {
        const cls =
          best.start <= g.start && best.end >= g.end
            ? 'longer'
            : best.start >= g.start && best.end <= g.end
              ? 'shorter'
              : 'both';
        this.count(cls, type, lead);
        if (overlapping > 1) bump(this.boundaries, cls, 'split (2+ predictions)');
        const side =
          best.start !== g.start && best.end !== g.end
            ? 'both sides'
            : best.start !== g.start
              ? 'start'
              : 'end';
        bump(this.boundaries, cls, side);
        if (best.start !== g.start) {
          const piece = text.slice(Math.min(best.start, g.start), Math.max(best.start, g.start));
          const kind = differenceKind(piece);
          bump(this.boundaries, cls, `start: ${kind}`);
          // Which of the offset prepositions it is (a closed class, named by its English gloss).
          if (kind === 'prep') bump(this.boundaries, cls, `start prep: ${prepositionGloss(piece)}`);
        }
        if (best.end !== g.end) {
          const piece = text.slice(Math.min(best.end, g.end), Math.max(best.end, g.end)).trim();
          bump(this.boundaries, cls, `end: ${piece.split(/\s+/).length > 1 ? '2+ words' : '1 word or less'}`);
        }
      } else this.count('exact', type, lead);
      const span = best.start === g.start && best.end === g.end ? 'exact span' : 'other span';
      if (best.value !== g.value) {
        const kind = valueError(g.value, best.value, g.type);
        bump(this.values, kind, type);
        bump(this.values, kind, 'all');
        bump(this.values, kind, span);
      } else {
        bump(this.values, 'right', type);
        bump(this.values, 'right', 'all');
        bump(this.values, 'right', span);
      }
      if (g.mod !== undefined && g.mod !== best.mod) {
        bump(this.values, 'mod missing/wrong', type);
        bump(this.values, 'mod missing/wrong', 'all');
      }
      if (g.type && best.type !== g.type) bump(this.values, 'TIMEX type differs', type);
    }
  }

  private count(cls: string, type: string, lead: string): void {
    bump(this.byType, cls, (TYPES as readonly string[]).includes(type) ? type : 'other');
    bump(this.byType, cls, 'all');
    bump(this.byLead, cls, lead);
  }

  print(title: string): void {
    const types = [...TYPES, 'other', 'all'];
    console.log(
      `${title} (${this.gold} gold, ${this.pred} predicted): span classes by TIMEX type (spurious by the prediction's type)`,
    );
    console.table(ordered(this.byType, ['exact', 'missed', 'spurious', 'longer', 'shorter', 'both'], types));
    console.log(
      `${title}: span classes by how the expression starts (preposition word / clitic letter / neither)`,
    );
    console.table(
      ordered(
        this.byLead,
        ['exact', 'missed', 'spurious', 'longer', 'shorter', 'both'],
        ['prep', 'clitic', 'none'],
      ),
    );
    console.log(`${title}: boundary errors by side and by what the start difference is`);
    console.table(
      ordered(
        this.boundaries,
        ['longer', 'shorter', 'both'],
        [
          'start',
          'end',
          'both sides',
          'start: clitic',
          'start: prep',
          'start: other',
          'end: 1 word or less',
          'end: 2+ words',
          'split (2+ predictions)',
        ],
      ),
    );
    console.log(`${title}: values of the gold expressions found, by kind of error and gold type`);
    const kinds: string[] = [
      'right',
      'none',
      'unresolved',
      'kind',
      'granularity',
      'year±1',
      'year-other',
      'day-month',
      'length',
      'clock',
      'other',
      'mod missing/wrong',
      'TIMEX type differs',
    ];
    console.table(ordered(this.values, kinds, [...types, 'exact span', 'other span']));
  }

  toJSON(): Record<string, Table> {
    return { byType: this.byType, byLead: this.byLead, boundaries: this.boundaries, values: this.values };
  }
}
