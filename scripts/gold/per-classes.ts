/**
 * Finer classes of the PER errors of the entity evaluation, as COUNTS only (issue 14): what a
 * held-out person the pipeline misses looks like, said without anybody reading its text. As in
 * org-classes.ts, every function answers with `dimension:value` labels computed from the gold
 * offsets, the predicted spans, the lexicons and the tagger's letter model; the caller only
 * increments counters (scripts/eval-entities.ts --per-classes).
 */
import { type TypedSpan } from './entity-score.ts';
import { foldName, type Lexicons } from '../../src/analyze/entities/lexicon.ts';
import { isNameWord } from '../../src/analyze/entities/romanise.ts';
import { LEX, finiteSpeechVerbs } from '../../src/analyze/quotes/lexicon.ts';
import { isKnownVerb } from '../../src/analyze/entities/verbs.ts';
import { nerModel } from '../../src/analyze/ner/tagger.ts';
import { foldWord, stripAll } from '../../src/analyze/ner/words.ts';
import { analyzeClitics, lightProcliticForms, opensWithArticle, startsWithConjunction } from '../../src/text/clitics.ts';
import { trimSeparators } from '../../src/text/punctuation.ts';
import { hasArabicBlockUnit } from '../../src/text/script.ts';
import { END_TOKENS } from '../../src/text/sentences.ts';
import { has, wordsIn } from './words.ts';

/** The word lists the classes are judged by (folded with foldName). */
export interface PerClassLists {
  /** given names (given-names.json) */
  given: Set<string>;
  /** every word of a listed person's names and aliases (people.json, people-world.json) */
  personWords: Set<string>;
  /** titles and honorifics (الأمير، الرئيس، الشيخ), up to three words */
  titles: Set<string>;
  /** role nouns of the titles list (kind role) */
  roles: Set<string>;
  /** finite verbs of saying (speech.json) */
  sayVerbs: Set<string>;
  /** complementizers (أن، إن and their pronoun forms, speech.json) */
  complementizers: Set<string>;
  /** separate prepositions (ambiguous.json placePrepositions) */
  preps: Set<string>;
  /** nationality adjectives with the article */
  nationalities: Set<string>;
  /** names and aliases of listed places and organisations (a role's field: قائد شرطة كابول) */
  placesOrgs: Set<string>;
}

export function perClassLists(lex: Lexicons): PerClassLists {
  const f = (xs: Iterable<string>) => new Set([...xs].map(foldName));
  const per = lex.entities.filter((e) => e.type === 'PER').flatMap((e) => [...e.names, ...e.aliases]);
  return {
    given: f(lex.givenNames),
    personWords: f(per.flatMap((n) => n.split(/\s+/u))),
    titles: f(lex.titles.filter((t) => t.kind !== 'role').flatMap((t) => t.ar)),
    roles: f(lex.titles.filter((t) => t.kind === 'role').flatMap((t) => t.ar)),
    sayVerbs: f(finiteSpeechVerbs()),
    complementizers: f(LEX.complementizers),
    preps: f(lex.placePrepositions),
    nationalities: f(lex.nationalities.flatMap((n) => n.ar)),
    placesOrgs: f(lex.entities.filter((e) => e.type === 'LOC' || e.type === 'ORG').flatMap((e) => [...e.names, ...e.aliases])),
  };
}

const LATIN = /[A-Za-z]/;
const LETTER = /[\p{L}\p{M}]/u;
/** a sentence stop or a line break */
const isStop = (ch: string): boolean => END_TOKENS.has(ch) || ch === '\n';


/** Which name list knows one word of a name, by the first that does. */
export function nameWordKind(w: string, L: PerClassLists): string {
  if (LATIN.test(w)) return 'latin';
  if (!hasArabicBlockUnit(w)) return 'punct';
  if (has(L.given, w)) return 'given';
  if (has(L.personWords, w)) return 'person-list';
  if (lightProcliticForms(foldName(trimSeparators(w))).some(([f]) => isNameWord(f))) return 'name-table';
  return 'unknown';
}

/** The letter model's name-likeness of a word (letters.ts), in bands of one nat. */
export function letterBand(w: string): string {
  const s = stripAll(foldWord(trimSeparators(w)));
  // the model knows Arabic letters only (features.ts scores Arabic words)
  if (s.length < 2 || LATIN.test(s) || !hasArabicBlockUnit(s)) return 'none';
  const v = nerModel().gaz.letters.score(s);
  return v < -1 ? 'low' : v < 0 ? 'neg' : v < 1 ? 'pos' : 'high';
}

/**
 * What stands right outside a span on one side: the sentence edge, punctuation, or the kind of
 * the next word (a title or role up to three words long, a verb of saying, a preposition...).
 */
export function contextKind(text: string, at: number, side: 'before' | 'after', L: PerClassLists): string {
  const gap = side === 'before' ? text.slice(0, at) : text.slice(at);
  const m = side === 'before' ? /(\S*)(\s*)$/u.exec(gap)! : /^(\s*)(\S*)/u.exec(gap)!;
  const word = side === 'before' ? m[1]! : m[2]!;
  if (!word) return 'edge';
  const lastCh = side === 'before' ? word[word.length - 1]! : word[0]!;
  const space = side === 'before' ? m[2]! : m[1]!;
  if (isStop(lastCh) || space.includes('\n')) return 'sentence-edge';
  if (!LETTER.test(lastCh)) return 'punct';
  if (LATIN.test(word)) return 'latin';
  if (side === 'before') {
    // titles of up to three words ending right before the span (نائب أمير منطقة)
    const ws = wordsIn(text, Math.max(0, at - 60), at).map((x) => x.w);
    for (let k = 1; k <= 3 && k <= ws.length; k++) {
      const phrase = ws.slice(-k).join(' ');
      if (has(L.titles, phrase)) return 'title';
      if (has(L.roles, phrase)) return 'role';
    }
  } else {
    if (has(L.titles, word)) return 'title';
    if (has(L.roles, word)) return 'role';
  }
  const f = foldName(trimSeparators(word));
  if (has(L.sayVerbs, word)) return 'say-verb';
  if (isKnownVerb(f)) return 'verb';
  if (L.preps.has(f)) return 'prep';
  if (L.complementizers.has(f)) return 'complementizer';
  if (has(L.nationalities, word)) return 'nationality';
  if (has(L.given, word) || has(L.personWords, word)) return 'name-word';
  if (has(L.placesOrgs, word)) return 'place-org';
  if (f.length === 1 && startsWithConjunction(f)) return 'conj';
  if (trimSeparators(word) !== word) return 'punct';
  // an ordinary word: with the article (a noun or adjective the name may stand in apposition to) or without
  return opensWithArticle(f) ? 'other-def' : 'other-indef';
}

const overlapping = (g: TypedSpan, pred: readonly TypedSpan[]) => pred.filter((p) => Math.min(g.end, p.end) > Math.max(g.start, p.start));

/** Labels shared by a missed gold person and a spurious predicted one. */
function spanLabels(text: string, s: TypedSpan, L: PerClassLists): string[] {
  const ws = wordsIn(text, s.start, s.end);
  const n = ws.length;
  const kinds = ws.map((w) => nameWordKind(w.w, L));
  const known = kinds.filter((k) => k !== 'unknown' && k !== 'punct' && k !== 'latin').length;
  const bands = ws.map((w) => letterBand(w.w));
  // the band of the least name-like word: one ordinary-looking word can make the tagger stop
  const order = ['none', 'low', 'neg', 'pos', 'high'];
  const minBand = bands.filter((b) => b !== 'none').sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? 'none';
  // a proclitic glued before the span's first letter (وفلان, بفلان): gold spans start past it
  let ws0 = s.start;
  while (ws0 > 0 && LETTER.test(text[ws0 - 1]!)) ws0--;
  const glued = text.slice(ws0, s.start);
  const firstWhole = ws[0] ? text.slice(ws0, ws[0].end) : '';
  const cl = firstWhole ? analyzeClitics(firstWhole).proclitics.join('+') : '';
  return [
    `words:${n >= 4 ? '4+' : n}`,
    // the lists' kinds word by word (up to three): which words of the name nobody knows
    `shape:${kinds.slice(0, 3).join('+')}${n > 3 ? '+…' : ''}`,
    `first:${kinds[0] ?? 'none'}`,
    `last:${kinds.at(-1) ?? 'none'}`,
    `known:${known === 0 ? 'none' : known === n ? 'all' : 'some'}`,
    `script:${LATIN.test(text.slice(s.start, s.end)) ? 'latin' : 'arabic'}`,
    `before:${contextKind(text, ws0, 'before', L)}`,
    `after:${contextKind(text, s.end, 'after', L)}`,
    `glued:${glued ? `yes(${glued.length})` : cl ? `in-span(${cl})` : 'no'}`,
    `lettersMin:${minBand}`,
    `lettersFirst:${bands[0] ?? 'none'}`,
  ];
}

/**
 * Labels of one missed gold person. `miss` is its class from errorClasses; `others` are the
 * article's other gold mentions of the same entity with whether each was found (exact, typed).
 */
export function perMissLabels(text: string, g: TypedSpan, pred: readonly TypedSpan[], L: PerClassLists, others: readonly { found: boolean }[] = []): string[] {
  const labels = spanLabels(text, g, L);
  labels.push(`elsewhere:${others.length === 0 ? 'only-mention' : others.some((o) => o.found) ? 'found-there' : 'missed-there'}`);
  const ov = overlapping(g, pred);
  const types = [...new Set(ov.map((p) => p.type))].sort();
  labels.push(`predTypes:${types.length ? types.join('+') : 'none'}`);
  return labels;
}

/** Labels of one spurious PER prediction (it overlaps no gold mention). */
export function perSpuriousLabels(text: string, p: TypedSpan, L: PerClassLists): string[] {
  return spanLabels(text, p, L);
}
