/**
 * Word lists matched over the shared tokens, as spaCy's `PhraseMatcher` does: a listed phrase is
 * cut by the same tokeniser as the text and keyed by the same folding, so a list and an article
 * can never disagree on where a word ends or how it is spelled.
 *
 * Arabic glues conjunctions, prepositions and the article onto the next word, so a token matches
 * a listed word through any of its clitic forms (`والاجتماع` → `الاجتماع`, `اجتماع`), taken from
 * the one clitic analysis of `clitics.ts`. The forms of a token array are computed once and
 * shared by every stage that reads the same tokens.
 */
import type { Token } from '../doc/types.ts';
import { analyzeClitics } from './clitics.ts';
import { fold } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** A word or phrase folded for matching: words joined by one space. */
export function matchKey(s: string): string {
  return tokenize(s)
    .map((t) => fold(t.text, 'match'))
    .join(' ');
}

/** What a token can match as. */
export interface TokenForms {
  /** The whole token, folded. */
  key: string;
  /**
   * The folded forms, the whole token first, then without its proclitics (with the article
   * restored after لـ: `للقمة` → `القمة`), then without the article as well (`وبالاجتماع` →
   * `وبالاجتماع`, `الاجتماع`, `اجتماع`); no duplicates.
   */
  forms: readonly string[];
  /** The proclitics found, in order (`و`, `ب`, `س`…), as `analyzeClitics` names them. */
  proclitics: readonly string[];
  /** The folded stem: the word without proclitics and article. */
  stem: string;
}

const FORMS = new WeakMap<readonly Token[], TokenForms[]>();

// News vocabulary repeats heavily: a word's forms depend on its text alone, so they are computed
// once per distinct word (bounded: the cache starts over when full).
const BY_TEXT = new Map<string, TokenForms>();
const BY_TEXT_MAX = 100_000;

function formsOf(t: Token): TokenForms {
  if (t.kind !== 'word') {
    const key = fold(t.text, 'match');
    return { key, forms: [key], proclitics: [], stem: key };
  }
  let f = BY_TEXT.get(t.text);
  if (!f) {
    if (BY_TEXT.size >= BY_TEXT_MAX) BY_TEXT.clear();
    f = wordForms(t.text);
    BY_TEXT.set(t.text, f);
  }
  return f;
}

function wordForms(text: string): TokenForms {
  const key = fold(text, 'match');
  const a = analyzeClitics(text);
  const forms = [key];
  const mention = a.mentionOffset > 0 ? fold(text.slice(a.mentionOffset), 'match') : key;
  const stem = a.stemOffset > 0 ? fold(a.stem, 'match') : key;
  // للقمة: the preposition ate the article's alef; its listed form is القمة.
  const withArticle = a.article ? fold('ال' + a.stem, 'match') : mention;
  for (const f of [mention, withArticle, stem]) if (!forms.includes(f)) forms.push(f);
  return { key, forms, proclitics: a.proclitics, stem };
}

/** The forms of every token of `tokens`, computed on first use and kept while the array lives. */
export function tokenForms(tokens: readonly Token[]): readonly TokenForms[] {
  let out = FORMS.get(tokens);
  if (!out) {
    out = tokens.map(formsOf);
    FORMS.set(tokens, out);
  }
  return out;
}

/** Whether any form of a token is in `set` (a set of `matchKey`s). */
export function hasForm(set: ReadonlySet<string>, t: TokenForms | undefined): boolean {
  return !!t && t.forms.some((f) => set.has(f));
}

/** A set of folded words from a list, for `hasForm`. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(matchKey));
}

export interface PhraseMatch<T> {
  /** Token indices: the match covers `tokens[start, end)`. */
  start: number;
  end: number;
  value: T;
}

/**
 * Phrases keyed by their first folded word; each word of a phrase matches a token through any of
 * the token's forms. Built once, with its lists, before any text is read.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  add(phrase: string, value: T): this {
    const words = matchKey(phrase).split(' ').filter((w) => w);
    if (words.length === 0) return this;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    // Longest first, then in the order added: the first match at a position is the one kept.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
    return this;
  }

  /** Whether some phrase starts with the folded word `w`. */
  startsWith(w: string): boolean {
    return this.byFirst.has(w);
  }

  /**
   * The phrases that match at `tokens[i]`, longest first. The forms of the first token are tried
   * in order (whole word first), and for each form its phrases longest first.
   */
  matchAt(forms: readonly TokenForms[], i: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const first = forms[i];
    if (!first) return out;
    for (const f of first.forms) {
      for (const e of this.byFirst.get(f) ?? []) {
        const ok = e.words.slice(1).every((w, k) => forms[i + 1 + k]?.forms.includes(w) ?? false);
        if (ok) out.push({ start: i, end: i + e.words.length, value: e.value });
      }
    }
    return out;
  }

  /** Matches left to right, the first (longest) at each position, never overlapping. */
  findAll(forms: readonly TokenForms[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < forms.length; i++) {
      const m = this.matchAt(forms, i)[0];
      if (!m) continue;
      out.push(m);
      i = m.end - 1;
    }
    return out;
  }
}
