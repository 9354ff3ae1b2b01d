/**
 * The tagger's gazetteer: word and phrase lists reduced to hashes of their folded forms, carried
 * inside the model file so that tagging uses exactly the lists the model was trained with.
 */
import { fnv1a as fnv1a_, mix as mix_ } from './hash.ts';

const fnv1a = fnv1a_;
const mix = mix_;
import { foldWord, stripArticle, GAZ, PHRASE_CLASSES } from './words.ts';
import { LetterModel } from './letters.ts';
import { SortedKeys } from '../../util/sorted-keys.ts';

const PH0 = 0x7f4a7c15;
const MAX_PHRASE = 8;
/** Size of GazIndex's prefix filter: 2^19 bits (64 KiB). */
const FILTER_MASK = (1 << 19) - 1;

export type GazClass = keyof typeof GAZ;

export interface GazData {
  tokenKeys: Uint32Array;
  tokenBits: Uint32Array;
  phraseKeys: Uint32Array;
  phraseClass: Uint8Array;
  prefixKeys: Uint32Array;
}

/** Splits a name into folded words, the first with its clitics/article removed. */
function phraseWords(name: string): string[] {
  const words = name.trim().split(/\s+/).map(foldWord).filter(Boolean);
  if (words.length > 0) words[0] = stripArticle(words[0]!);
  return words;
}

export class GazBuilder {
  private tokens = new Map<number, number>();
  private phrases = new Map<number, number>();
  private prefixes = new Set<number>();

  /** Adds one entry; multi-word entries go to the phrase list (class PER/LOC/ORG/MISC). */
  add(name: string, cls: GazClass): void {
    const words = phraseWords(name);
    if (words.length === 0) return;
    if (words.length === 1) {
      const h = fnv1a(words[0]!);
      this.tokens.set(h, (this.tokens.get(h) ?? 0) | GAZ[cls]);
      return;
    }
    const pc = PHRASE_CLASSES.indexOf(cls as (typeof PHRASE_CLASSES)[number]);
    if (pc < 0 || words.length > MAX_PHRASE) {
      // a multi-word trigger (المتحدث باسم): its head word is the trigger
      const h = fnv1a(words[0]!);
      this.tokens.set(h, (this.tokens.get(h) ?? 0) | GAZ[cls]);
      return;
    }
    let h = mix(PH0, fnv1a(words[0]!));
    for (let i = 1; i < words.length; i++) {
      this.prefixes.add(h);
      h = mix(h, fnv1a(words[i]!));
    }
    // the first class added wins (curated lists are added before derived ones)
    if (!this.phrases.has(h)) this.phrases.set(h, pc);
  }

  build(): GazIndex {
    const tk = [...this.tokens.keys()].sort((a, b) => a - b);
    const pk = [...this.phrases.keys()].sort((a, b) => a - b);
    return new GazIndex({
      tokenKeys: Uint32Array.from(tk),
      tokenBits: Uint32Array.from(tk.map((k) => this.tokens.get(k)!)),
      phraseKeys: Uint32Array.from(pk),
      phraseClass: Uint8Array.from(pk.map((k) => this.phrases.get(k)!)),
      prefixKeys: Uint32Array.from([...this.prefixes].sort((a, b) => a - b)),
    });
  }
}

export class GazIndex {
  private tokens: SortedKeys;
  private phrases: SortedKeys;
  private prefixes: SortedKeys;

  constructor(
    readonly data: GazData,
    /** what name words look like, letter by letter (see letters.ts) */
    readonly letters: LetterModel = LetterModel.empty(),
  ) {
    // searched in the arrays as read: building Maps of them was a tenth of a one-line start
    this.tokens = new SortedKeys(data.tokenKeys);
    this.phrases = new SortedKeys(data.phraseKeys);
    this.prefixes = new SortedKeys(data.prefixKeys);
  }

  static empty(): GazIndex {
    return new GazBuilder().build();
  }

  get size(): { tokens: number; phrases: number } {
    return { tokens: this.tokens.size, phrases: this.phrases.size };
  }

  token(h: number): number {
    const i = this.tokens.find(h);
    return i < 0 ? 0 : this.data.tokenBits[i]!;
  }

  /** One bit per low FILTER_BITS bits of the phrase prefixes: most words open none (no Set lookup). */
  private filter: Uint32Array | null = null;

  private prefixFilter(): Uint32Array {
    if (this.filter) return this.filter;
    const f = new Uint32Array((FILTER_MASK + 1) >>> 5);
    for (const h of this.data.prefixKeys)
      f[(h & FILTER_MASK) >>> 5] = (f[(h & FILTER_MASK) >>> 5]! | (1 << (h & 31))) >>> 0;
    return (this.filter = f);
  }

  /** Marks the longest phrase match at each position (left to right, no overlaps). */
  markPhrases(p: {
    n: number;
    hNorm: Uint32Array;
    hStem1: Uint32Array;
    hStem2: Uint32Array;
    phrase: Int8Array;
  }): void {
    this.markSpan(p.hNorm, p.hStem1, p.hStem2, p.phrase, 0, p.n);
  }

  /**
   * `markPhrases` over tokens `start .. start + n` of flat per-token arrays (one sentence of a
   * document); `phrase` must hold -1 there.
   */
  markSpan(
    hNorm: Uint32Array,
    hStem1: Uint32Array,
    hStem2: Uint32Array,
    phrase: Int8Array,
    start: number,
    n: number,
  ): void {
    const prefixes = this.prefixes;
    const phrases = this.phrases;
    const classes = this.data.phraseClass;
    const filter = this.prefixFilter();
    const end = start + n;
    for (let i = start; i < end;) {
      let best = 0;
      let bestCls = -1;
      // the first word with its article/conjunction removed, or also a preposition (لمجلس)
      const s1 = hStem1[i]!;
      const s2 = hStem2[i]!;
      const nr = s2 === s1 ? 1 : 2;
      for (let r = 0; r < nr; r++) {
        let h = mix(PH0, r === 0 ? s1 : s2);
        for (let j = i + 1; j < end && j - i < MAX_PHRASE; j++) {
          if (!((filter[(h & FILTER_MASK) >>> 5]! >>> (h & 31)) & 1) || prefixes.find(h) < 0) break;
          h = mix(h, hNorm[j]!);
          const at = phrases.find(h);
          if (at >= 0 && j - i + 1 > best) {
            best = j - i + 1;
            bestCls = classes[at]!;
          }
        }
      }
      if (best >= 2) {
        phrase[i] = bestCls * 2;
        for (let j = i + 1; j < i + best; j++) phrase[j] = bestCls * 2 + 1;
        i += best;
      } else i++;
    }
  }
}
