/**
 * Error classes of the quote evaluation as COUNTS only, so that the held-out set can say which
 * class to study without anybody reading its text or gold. Nothing here returns or prints a
 * character of an article or of a gold name: every function answers with a class label, and
 * the caller only increments counters. Used by scripts/eval-quotes.ts.
 */
import type { MarsadDocument, Quote } from '../src/doc/types.ts';
import { hasRoughStop } from '../src/text/sentences.ts';
import { LEX } from '../src/analyze/quotes/lexicon.ts';
import { norm, stripConj, tokens } from '../src/analyze/quotes/text.ts';

export interface BreakdownGold {
  kind: 'direct' | 'indirect';
  text: [number, number];
  cue: [number, number];
  speaker: string;
  canonical: string;
  speakerAt?: [number, number];
}

/** What the gold speaker is, judged from the gold offsets and the entities the pipeline found. */
export type GoldSpeakerClass =
  | 'null'
  | 'continuation'
  | 'entity'
  | 'np-definite'
  | 'np-other';

/**
 * Why a wrong speaker is wrong. `overlaps-mention`: the found speaker's span or one of its
 * entity's mentions overlaps the gold mention (a shorter or longer form of the right speaker);
 * `shares-word`: it shares a word of 3+ letters with the gold canonical name (the right speaker
 * under another mention or spelling, or a namesake); otherwise by what was found.
 */
export type WrongSpeakerClass =
  | 'found-null'
  | 'overlaps-mention/entity'
  | 'overlaps-mention/unresolved'
  | 'overlaps-mention/text'
  | 'shares-word'
  | 'other-entity'
  | 'noun-phrase';

/** Why a gold quote has no match. */
export type MissClass =
  | 'no-overlap/cue-found'
  | 'no-overlap/cue-missed'
  | 'overlap/found-longer'
  | 'overlap/found-shorter'
  | 'overlap/found-used-by-other';

/** The form of a missed quote's content. */
export type FormClass =
  | 'direct/marked'
  | 'direct/unmarked'
  | 'indirect/an-clause'
  | 'indirect/preposition'
  | 'indirect/other';

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

export function goldSpeakerClass(
  doc: MarsadDocument,
  g: BreakdownGold,
  key: (s: string) => string,
): GoldSpeakerClass {
  if (!g.speaker?.trim() || !g.canonical?.trim()) return 'null';
  const at = g.speakerAt;
  if (at) {
    const lo = Math.min(at[1], g.cue[0]);
    const hi = Math.max(at[0], g.cue[1]);
    // The mention stands in another sentence than the cue: a hidden subject or a pronoun.
    if (lo < hi && hasRoughStop(doc.text.slice(lo, hi))) return 'continuation';
  }
  const c = key(g.canonical);
  const isEntity = doc.entities.some(
    (e) =>
      key(e.name) === c ||
      (at !== undefined &&
        e.mentions.some((m) => {
          const ov = Math.min(at[1], m.end) - Math.max(at[0], m.start);
          return ov > 0 && ov * 2 >= at[1] - at[0];
        })),
  );
  if (isEntity) return 'entity';
  return key(g.speaker).startsWith('ال') ? 'np-definite' : 'np-other';
}

export function wrongSpeakerClass(
  doc: MarsadDocument,
  p: Quote,
  g: BreakdownGold,
  predName: string,
  key: (s: string) => string,
): WrongSpeakerClass {
  if (!p.speaker.entity && !p.speaker.text) return 'found-null';
  const at = g.speakerAt;
  const ent = p.speaker.entity ? doc.entities.find((e) => e.id === p.speaker.entity) : undefined;
  if (at) {
    const spans: [number, number][] = [];
    if (p.speaker.text) spans.push([p.speaker.text.start, p.speaker.text.end]);
    for (const m of ent?.mentions ?? []) spans.push([m.start, m.end]);
    if (spans.some((s) => overlaps(s, at))) {
      if (ent) return 'overlaps-mention/entity';
      // A role or short form found as written, not resolved to the fuller canonical name.
      return key(g.speaker) !== key(g.canonical) ? 'overlaps-mention/unresolved' : 'overlaps-mention/text';
    }
  }
  const words = new Set(
    key(g.canonical)
      .split(' ')
      .filter((w) => w.length >= 3),
  );
  if (
    key(predName)
      .split(/[ |]+/)
      .some((w) => words.has(w))
  )
    return 'shares-word';
  return ent ? 'other-entity' : 'noun-phrase';
}

/** The prediction overlapping the gold content most, if any. */
export function bestOverlap(g: BreakdownGold, preds: readonly Quote[]): Quote | undefined {
  let best: { p: Quote; ov: number } | undefined;
  for (const p of preds) {
    const ov = Math.min(g.text[1], p.text.end) - Math.max(g.text[0], p.text.start);
    if (ov > 0 && (!best || ov > best.ov)) best = { p, ov };
  }
  return best?.p;
}

export function missClass(
  g: BreakdownGold,
  preds: readonly Quote[],
  used: ReadonlySet<number>,
): MissClass {
  const len = g.text[1] - g.text[0];
  let best: { pi: number; ov: number } | null = null;
  preds.forEach((p, pi) => {
    const ov = Math.min(g.text[1], p.text.end) - Math.max(g.text[0], p.text.start);
    if (ov > 0 && (!best || ov > best.ov)) best = { pi, ov };
  });
  if (!best) {
    const cueFound = preds.some((p) => p.cue && overlaps([p.cue.start, p.cue.end], g.cue));
    return cueFound ? 'no-overlap/cue-found' : 'no-overlap/cue-missed';
  }
  const { pi, ov } = best as { pi: number; ov: number };
  const p = preds[pi]!;
  if (ov * 2 >= len && ov * 2 >= p.text.end - p.text.start && used.has(pi))
    return 'overlap/found-used-by-other';
  return ov * 2 < p.text.end - p.text.start ? 'overlap/found-longer' : 'overlap/found-shorter';
}

const MARKS = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);
/**
 * A complementizer (أنّ، بأنه، إنهم… with و or ف) or a preposition that opens content, read
 * through the finder's own lexicon (speech.json), so these classes name what the finder reads.
 */
const isComplementizer = (w: string): boolean => stripConj(norm(w)).some((x) => LEX.complementizers.has(x));
const isContentPrep = (w: string): boolean => LEX.complementizerPreps.has(norm(w));

/** Whether the gold cue holds a verb form of the lexicon, opens with an attribution phrase, or neither. */
export type CueClass = 'cue-verb' | 'cue-attribution' | 'cue-other';

const ATTRIBUTION_FIRST = new Set(LEX.attributionBefore.map((p) => p.words[0]!));

const isCueWord = (w: string): boolean => stripConj(norm(w)).some((x) => LEX.forms.has(x));

export function cueClass(text: string, g: BreakdownGold): CueClass {
  const words = norm(text.slice(g.cue[0], g.cue[1]))
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.some((w) => stripConj(w).some((x) => LEX.forms.has(x)))) return 'cue-verb';
  if (words.length && stripConj(words[0]!).some((x) => ATTRIBUTION_FIRST.has(x))) return 'cue-attribution';
  return 'cue-other';
}

export function formClass(text: string, g: BreakdownGold): FormClass {
  if (g.kind === 'direct') {
    const before = text.slice(Math.max(0, g.text[0] - 2), g.text[0]);
    return [...before].some((c) => MARKS.has(c)) ? 'direct/marked' : 'direct/unmarked';
  }
  // The words between the cue and the content (the speaker may stand there too).
  const between = g.cue[1] <= g.text[0] ? text.slice(g.cue[1], g.text[0]) : '';
  const words = between.split(/[\s،,:]+/).filter(Boolean);
  const last = words.at(-1) ?? '';
  if (isComplementizer(last)) return 'indirect/an-clause';
  if (isContentPrep(last) || (g.text[0] > 0 && text[g.text[0] - 1] === 'ب'))
    return 'indirect/preposition';
  return 'indirect/other';
}

/** Counters keyed by class label, printed as `label n` pairs. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  }
  lines(indent = '  '): string {
    return Object.entries(this.toJSON())
      .map(([k, v]) => `${indent}${String(v).padStart(3)}  ${k}`)
      .join('\n');
  }
}

export interface Breakdown {
  /** kind / gold speaker class / miss class */
  misses: Tally;
  /** form of the content / class of the cue / miss class */
  missForms: Tally;
  /** kind / gold speaker class / wrong-speaker class */
  wrongSpeakers: Tally;
  /** gold speaker class of every matched quote, with whether the speaker was right */
  matchedBySpeakerClass: Tally;
  /** kind / source rule of predictions with no gold */
  falseQuotes: Tally;
  /** wrong speakers of direct quotes: what was found / where the gold speaker was last named / paragraph (quotes-direct-breakdown.ts) */
  wrongDirect: Tally;
  /** where a found-longer quote runs over, and what a missed cue looks like */
  ends: Tally;
  /** cue-missed quotes: is the cue a lexicon form / a verb of saying in the sentence / the finder's guard (whyNotFound) */
  notFound: Tally;
  /** the same, by the guard alone */
  notFoundGuards: Tally;
}

export const newBreakdown = (): Breakdown => ({
  misses: new Tally(),
  missForms: new Tally(),
  wrongSpeakers: new Tally(),
  matchedBySpeakerClass: new Tally(),
  falseQuotes: new Tally(),
  wrongDirect: new Tally(),
  ends: new Tally(),
  notFound: new Tally(),
  notFoundGuards: new Tally(),
});

export function printBreakdown(title: string, b: Breakdown): string {
  return [
    `${title}`,
    ' misses (kind / gold speaker / why):',
    b.misses.lines(),
    ' misses (form of the content / cue / why):',
    b.missForms.lines(),
    ' matched quotes (kind / gold speaker / speaker right?):',
    b.matchedBySpeakerClass.lines(),
    ' wrong speakers (kind / gold speaker / what was found):',
    b.wrongSpeakers.lines(),
    ' wrong direct speakers (found / gold speaker last named before the cue / cue paragraph):',
    b.wrongDirect.lines(),
    ' false quotes (kind / rule):',
    b.falseQuotes.lines(),
    ' found-longer ends and missed cues (side / words / crosses / what stands at the gold end):',
    b.ends.lines(),
    ' why cue-missed quotes were not found (cue / verb of saying outside the content / guard that turned a candidate down):',
    b.notFound.lines(),
    ' the same by guard:',
    b.notFoundGuards.lines(),
    '',
  ].join('\n');
}

const CONTRAST = new Set(['فيما', 'بينما', 'كما', 'وفيما', 'وبينما', 'وكما', 'حين']);
const STOPS = new Set(['.', '!', '?', '؟', '؛', ';']);

/** The class of one word: a cue verb or participle of the lexicon, a contrast lead, و+word, or other. */
function wordClass(w: string): string {
  const n = norm(w);
  const f = stripConj(n)
    .map((x) => LEX.forms.get(x))
    .find(Boolean);
  if (f) return f.participle ? 'participle' : f.verbalNoun ? 'verbal-noun' : n !== stripConj(n).at(-1) ? 'wa+cue-verb' : 'cue-verb';
  if (stripConj(n).some((x) => LEX.clauseParticiples.has(x))) return 'clause-participle';
  if (CONTRAST.has(n)) return 'contrast';
  if (stripConj(n).length > 1) return 'wa+word';
  return 'word';
}

/** What stands right at offset `at`: punctuation, a paragraph break, or the class of the next word. */
function boundaryAt(text: string, at: number): string {
  const rest = text.slice(at, at + 80);
  const m = /^(\s*)([^\s\p{L}\p{N}]?)(\s*)([\p{L}\p{M}]*)/u.exec(rest)!;
  const [, sp = '', punct = '', sp2 = '', word = ''] = m;
  if ((sp + sp2).includes('\n') && !punct) return 'paragraph-end';
  if (punct && STOPS.has(punct)) return sp2.includes('\n') ? 'stop+paragraph' : 'stop';
  if (punct && MARKS.has(punct)) return 'quote-mark';
  if (punct === ':') return 'colon';
  if (punct === '،' || punct === ',') return `comma+${wordClass(word)}`;
  if (punct) return 'other-punct';
  return `bare+${wordClass(word)}`;
}

/**
 * For a gold quote found LONGER than the gold: which side runs over, by how many words, what
 * stands at the gold end (where the finder should have stopped) and whether the extra run
 * crosses a sentence or paragraph end. Labels only.
 */
export function longerClass(text: string, g: BreakdownGold, p: Quote): string {
  const out: string[] = [];
  if (p.text.start < g.text[0]) {
    // The prediction swallowed this quote's cue: an earlier quote ran over the next cue.
    const swallowed = p.text.start <= g.cue[0] ? 'over-gold-cue' : 'after-gold-cue';
    const extra = text.slice(p.text.start, g.text[0]);
    const crosses = extra.includes('\n') ? 'x-para' : hasRoughStop(extra) ? 'x-sent' : 'in-sent';
    const cueCls = cueClass(text, g);
    // What stands right before the gold cue (a stop, a comma, a quotation mark or a bare space).
    const before = text.slice(0, g.cue[0]).trimEnd().at(-1) ?? '';
    const lead = STOPS.has(before) ? 'stop' : before === '،' || before === ',' ? 'comma' : MARKS.has(before) ? 'mark' : text.slice(0, g.cue[0]).slice(-3).includes('\n') ? 'para' : 'bare';
    const cueWord = text.slice(g.cue[0], g.cue[1]).split(/\s+/)[0] ?? '';
    out.push(`starts-earlier ${swallowed} ${crosses} ${cueCls} cue:${lead}+${wordClass(cueWord)}`);
  }
  if (p.text.end > g.text[1]) {
    const extra = text.slice(g.text[1], p.text.end);
    const n = extra.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
    const bucket = n <= 3 ? '1-3w' : n <= 10 ? '4-10w' : n <= 30 ? '11-30w' : '31+w';
    const crosses = extra.includes('\n') ? 'x-para' : hasRoughStop(extra.trimEnd().slice(0, -1)) ? 'x-sent' : 'in-sent';
    out.push(`ends-later ${bucket} ${crosses} at:${boundaryAt(text, g.text[1])}`);
  }
  return out.join(' + ') || 'same-ends';
}

/** For a gold quote whose cue was missed: the cue's form and what follows the cue. Labels only. */
export function cueMissedClass(text: string, g: BreakdownGold): string {
  const words = text.slice(g.cue[0], g.cue[1]).split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  const forms = words.map(wordClass).filter((c) => c !== 'word' && c !== 'wa+word');
  const cue = forms[0] ?? (words.length > 1 ? 'phrase' : 'unknown-word');
  let after = boundaryAt(text, g.cue[1]);
  const next = /^[\s،,:]*([\p{L}\p{M}]+)/u.exec(text.slice(g.cue[1], g.cue[1] + 40))?.[1] ?? '';
  if (isComplementizer(next)) after += '/an';
  else if (isContentPrep(next)) after += '/prep';
  return `cue:${cue} after:${after} ${g.text[0] - g.cue[1] > 40 ? 'far' : 'near'}`;
}

/** Where the sentence holding offset `at` starts: after the last stop or line break before it. */
function sentenceStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && text[k - 1] !== '\n' && !STOPS.has(text[k - 1]!)) k--;
  return k;
}

/** Where the sentence holding offset `at` ends: at the next stop or line break. */
function sentenceEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && text[k] !== '\n' && !STOPS.has(text[k]!)) k++;
  return k;
}

/**
 * Why a gold quote with no overlapping prediction and no found cue was not found, as a label:
 * whether its cue is a verb form of the lexicon (or an attribution phrase), whether a verb of
 * saying stands anywhere in its sentence outside the content, and which guard of the finder
 * (its `trace` events) turned down a candidate there: at the gold cue itself, elsewhere in the
 * sentence, or none; and how many tokens stand between the cue and the content (the finder
 * looks 4 tokens past a participle, 12 or 30 past a verb). Labels only.
 */
export function whyNotFound(text: string, g: BreakdownGold, events: readonly { why: string; at: number }[]): string {
  const cue = cueClass(text, g);
  const lo = sentenceStart(text, Math.min(g.cue[0], g.text[0]));
  const hi = sentenceEnd(text, Math.max(g.cue[1], g.text[1]));
  const outside = text.slice(lo, g.text[0]) + ' ' + text.slice(g.text[1], hi);
  const say = outside.split(/[^\p{L}\p{M}]+/u).some((w) => w && isCueWord(w)) ? 'say-verb' : 'no-say-verb';
  const atCue = events.find((e) => e.at >= g.cue[0] && e.at < g.cue[1]);
  const inSentence = events.find((e) => e.at >= lo && e.at < hi && !(e.at >= g.text[0] && e.at < g.text[1]));
  const guard = atCue ? `at-cue:${atCue.why}` : inSentence ? `in-sentence:${inSentence.why}` : 'no-guard';
  // Words and punctuation between the cue and the content (the finder's marker search counts both).
  const gap = g.cue[1] <= g.text[0] ? tokens(text, g.cue[1], g.text[0]).length : -1;
  const gapClass = gap < 0 ? 'content-first' : gap <= 4 ? 'gap-0-4' : gap <= 12 ? 'gap-5-12' : gap <= 30 ? 'gap-13-30' : 'gap-31+';
  return `${cue} / ${say} / ${guard} / ${gapClass}`;
}
