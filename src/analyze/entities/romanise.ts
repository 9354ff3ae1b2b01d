/**
 * English for Arabic names that no lexicon knows (`enSource: "translit"`). An institution named
 * by common nouns is translated (`enSource: "glossary"`) (البنك الزراعي → "Agricultural Bank", see
 * src/analyze/translit/institutions.ts); any other name is romanised word by word: the table of
 * known name words first (src/lexicon/entities/romanise-words.json), else the learned
 * transliterator (src/analyze/translit/, trained by scripts/train-translit.ts), else the letter
 * rules below, which remain the fallback and the baseline the model is measured against.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR, foldName } from './lexicon.ts';
import { DEFAULT_TRANSLIT_MODEL, entityResources, type EntityResources } from './resources.ts';
import { derivedTables } from './derived.ts';
import { LineMap, SortedLines, encodeLines } from '../../util/sorted-lines.ts';
import { InstitutionGlossary } from '../translit/institutions.ts';
import { arabicForModel } from '../translit/letters.ts';
import { Transliterator, decodeArtefact } from '../translit/model.ts';
import { doubleShadda, stripMarks } from '../../text/normalize.ts';
import { dropArticle, opensWithArticle } from '../../text/clitics.ts';

/** The shipped table and model (what training writes); the analysis reads its pipeline's (resources.ts). */
export const ROMANISE_TABLE = path.join(LEXICON_DIR, 'romanise-words.json');
export const TRANSLIT_MODEL = DEFAULT_TRANSLIT_MODEL;

/** Folded name word → Latin spelling. */
export type WordTable = Pick<ReadonlyMap<string, string>, 'get' | 'has'>;

function loadWords(r: EntityResources): WordTable {
  const d = r.get(derivedTables);
  return d ? new LineMap(new SortedLines(d.section('romanise.words')), (v) => v) : deriveWords(r);
}

/** The table as the lexicon folder's romanise-words.json has it. */
export function deriveWords(r: EntityResources): Map<string, string> {
  const table = new Map<string, string>();
  const file = path.join(r.lexiconDir, 'romanise-words.json');
  if (existsSync(file)) {
    const t = JSON.parse(readFileSync(file, 'utf8')) as { words: Record<string, string> };
    for (const [ar, en] of Object.entries(t.words)) table.set(ar, en);
  }
  return table;
}
const words = (): WordTable => entityResources().get(loadWords);

/** The section of the precomputed file (derived.ts) that holds the table. */
export const encodeWords = (t: ReadonlyMap<string, string>): Record<string, string> => ({
  'romanise.words': encodeLines(t),
});

function loadTransliterator(r: EntityResources): Transliterator | null {
  if (!existsSync(r.translitModel)) {
    process.stderr.write(`marsad: ${r.translitModel} is missing; names are romanised by letter rules only\n`);
    return null;
  }
  return new Transliterator(decodeArtefact(readFileSync(r.translitModel)));
}
/** The learned model; null (letter rules only, said once on stderr) when its file is missing. */
export function transliterator(): Transliterator | null {
  return entityResources().get(loadTransliterator);
}

const loadGlossary = (r: EntityResources) => InstitutionGlossary.load(path.join(r.lexiconDir, 'institutions.json'));
/** The institutions glossary beside the running pipeline's lexicons. */
export const institutionGlossary = (): InstitutionGlossary => entityResources().get(loadGlossary);
const institutions = institutionGlossary;

// prettier-ignore
const LETTERS: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's',
  ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm',
  ن: 'n', ه: 'h', ء: "'", پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
};

function capitalise(s: string): string {
  const i = s.search(/[a-z]/);
  return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/** Letter rules for one folded word (no article). */
export function romaniseRules(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const first = i === 0;
    const last = i === w.length - 1;
    if (c === 'و') out += first ? 'w' : w[i + 1] === 'ا' || w[i - 1] === 'ا' ? 'w' : 'o';
    else if (c === 'ي') out += first ? 'y' : w[i + 1] === 'ا' || w[i - 1] === 'ا' ? 'y' : last ? 'i' : 'i';
    else if (c === 'ه' && last) out += w.length > 2 ? 'a' : 'h';
    else if (c === 'ا') out += first ? 'a' : w[i - 1] === 'ا' ? '' : 'a';
    else if (c === 'ع' && first) out += 'a';
    else out += LETTERS[c] ?? '';
  }
  return out.replace(/^'+|'+$/g, '');
}

/**
 * A raw word folded for the letter rules, with each letter that carries a shadda written twice
 * (عمّان → عممان): folding drops the shadda, and with it the difference between Amman and Aman.
 * A shadda on the sun letter after the article is assimilation (الشّمس), not a double consonant.
 */
function geminated(raw: string): string {
  return foldName(doubleShadda(raw));
}

/**
 * One word by the letter rules alone, with the article and عبد handled as before the model
 * (no table): the baseline that scripts/train-translit.ts reports beside the model.
 */
export function romaniseWordByRules(word: string): string {
  return romaniseWord(word, false);
}

/** Model guesses by word: names recur from article to article, decoding costs about a millisecond. */
const newGuesses = () => new Map<string, string>();
const GUESS_CACHE = 20_000;

/**
 * One word: the table, else the model (or the rules when `useModel` is false). `rulesForm` is the
 * word as the letter rules read it, doubled where a shadda doubles a consonant.
 */
function spell(raw: string, folded: string, useModel: boolean, rulesForm = folded): string {
  const known = useModel ? words().get(folded) : undefined;
  if (known) return known;
  const m = useModel ? transliterator() : null;
  const w = m ? arabicForModel(raw) : null;
  if (!m || !w) return romaniseRules(rulesForm);
  const guesses = entityResources().get(newGuesses);
  let guess = guesses.get(w);
  if (guess === undefined) {
    guess = m.best(w);
    if (guesses.size >= GUESS_CACHE) guesses.clear();
    guesses.set(w, guess);
  }
  if (!guess) return romaniseRules(rulesForm);
  return rulesForm === folded ? guess : geminate(guess, romaniseRules(rulesForm));
}

/**
 * The model reads unvocalised letters, so a shadda the text does carry (عمّان) never reaches it.
 * The letter rules see it as a doubled consonant (Amman); the model's spelling takes the same
 * doubling where it has that consonant once (aman → amman).
 */
function geminate(guess: string, rules: string): string {
  const doubled = /(sh|th|kh|dh|gh|[bcdfghjklmnpqrstvwxyz])\1/i.exec(rules);
  if (!doubled) return guess;
  const unit = doubled[1]!.toLowerCase();
  const lower = guess.toLowerCase();
  if (lower.includes(unit + unit)) return guess;
  const at = lower.indexOf(unit, 1);
  return at < 0 ? guess : guess.slice(0, at) + guess.slice(at, at + unit.length) + guess.slice(at);
}

function romaniseWord(raw: string, useModel: boolean): string {
  const w = foldName(raw);
  const known = useModel ? words().get(w) : undefined;
  if (known) return capitalise(known);
  const bare = stripMarks(raw, 'marks');
  const g = geminated(raw);
  if (w.startsWith('عبد') && w.length > 4) {
    const rest = dropArticle(w.slice(3));
    return (
      'Abd al-' +
      capitalise(spell(bare.slice(bare.length - rest.length), rest, useModel, dropArticle(g.slice(3))))
    );
  }
  // أل/إل open foreign names (ألبرت); the article is written with a bare alef
  if (opensWithArticle(w) && w.length > 3 && opensWithArticle(bare)) {
    const rest = w.slice(2);
    // the model reads the whole word, article included: ال tells it the name is Arabic
    // (الغنامي → "ghanami", where غنامي alone reads as a foreign "gnami"); the article it may
    // spell is dropped, the al- prefix is ours
    const whole = useModel && !words().has(rest) ? spell(bare, w, useModel).replace(/^(al|el)-?/, '') : '';
    return 'al-' + capitalise(whole.length > 1 ? whole : spell(bare.slice(2), rest, useModel, g.slice(2)));
  }
  return capitalise(spell(bare, w, useModel, g));
}

/** English by name: a name recurs from article to article, and the glossary's matching is not free. */
const newByName = () => new Map<string, EnglishName>();
const NAME_CACHE = 20_000;

/** English for a name no lexicon knows, and how it was made: translated from the institutions glossary, or romanised. */
export interface EnglishName {
  en: string;
  source: 'glossary' | 'translit';
}

/** English for a name: an institution's translated (source `glossary`), anything else romanised word by word. */
export function englishName(name: string): EnglishName {
  const byName = entityResources().get(newByName);
  const hit = byName.get(name);
  if (hit) return hit;
  const nameWord = (w: string) => romaniseWord(w, true);
  const translated = institutions().translate(name, nameWord);
  const out: EnglishName = translated
    ? { en: translated, source: 'glossary' }
    : { en: name.split(/\s+/).filter(Boolean).map(nameWord).join(' '), source: 'translit' };
  if (byName.size >= NAME_CACHE) byName.clear();
  byName.set(name, out);
  return out;
}

/** English for a name: an institution's translated, anything else romanised word by word. */
export function romanise(name: string): string {
  return englishName(name).en;
}

/** Whether a folded word is a known name word (the romanisation table). */
export function isNameWord(folded: string): boolean {
  return words().has(folded);
}
