/**
 * The learned transliterator: a joint n-gram model over graphones (an Arabic letter with the
 * Latin chunk it was aligned to, see align.ts), so every choice sees the letters and choices
 * around it (word start and end, long-vowel letters, ة, ى, hamza seats), decoded by beam search
 * together with a Latin letter n-gram model that prefers spellings that read as names
 * ("natalia", not "ntalya"). The artefact is computed by scripts/train-translit.ts.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { NgramModel } from './ngram.ts';

export const TRANSLIT_FORMAT = 'marsad-translit/1';

export interface TranslitArtefact {
  format: typeof TRANSLIT_FORMAT;
  note: string;
  jointOrder: number;
  latinOrder: number;
  /** weight of the Latin spelling model against the joint model */
  lmWeight: number;
  beam: number;
  /** how many readings of one Arabic letter decoding tries (the most frequent) */
  options: number;
  /** id → `ar:lat`; id 0 is the word boundary */
  graphones: string[];
  /** id → Latin letter; id 0 is the word boundary */
  latinChars: string[];
  joint: string;
  latin: string;
}

export function encodeArtefact(a: TranslitArtefact): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(a) + '\n', 'utf8'), { level: 9 });
}

export function decodeArtefact(buf: Buffer): TranslitArtefact {
  const a = JSON.parse(gunzipSync(buf).toString('utf8')) as TranslitArtefact;
  if (a.format !== TRANSLIT_FORMAT)
    throw new Error(`transliteration model: unknown format ${String(a.format)}`);
  return a;
}

interface Hyp {
  score: number;
  /** history codes of the joint model and of the Latin model */
  jh: number;
  lh: number;
  /** the same histories as decoding states of the two models (see NgramModel.next) */
  js: number;
  ls: number;
  lat: string;
}

export interface Candidate {
  latin: string;
  score: number;
}

export class Transliterator {
  private readonly joint: NgramModel;
  private readonly latin: NgramModel;
  /** Arabic letter → ids of the graphones that read it */
  private readonly byLetter = new Map<string, number[]>();
  /** Arabic letter → its number, the symbol set the joint model's rows are asked for (0: the word end) */
  private readonly letterSet = new Map<string, number>();
  private readonly allLatin: number[];
  /** graphone id → its Latin chunk as Latin-model ids */
  private readonly chunkIds: number[][] = [];
  private readonly chunk: string[] = [];

  constructor(readonly a: TranslitArtefact) {
    const letters = new Set(a.graphones.slice(1).map((g) => g.slice(0, g.indexOf(':'))));
    [...letters].forEach((l, i) => this.letterSet.set(l, i + 1));
    this.joint = new NgramModel(a.jointOrder, a.graphones.length, a.joint);
    this.latin = new NgramModel(a.latinOrder, a.latinChars.length, a.latin);
    this.allLatin = a.latinChars.map((_, i) => i);
    const latinId = new Map(a.latinChars.map((c, i) => [c, i]));
    a.graphones.forEach((g, i) => {
      const colon = g.indexOf(':');
      const lat = g.slice(colon + 1);
      this.chunk[i] = lat;
      this.chunkIds[i] = [...lat].map((c) => latinId.get(c) ?? 0);
      if (i === 0) return;
      const ar = g.slice(0, colon);
      const list = this.byLetter.get(ar) ?? [];
      list.push(i);
      this.byLetter.set(ar, list);
    });
    // rare readings are mostly alignment noise and cost time at every letter
    for (const [ar, list] of this.byLetter) {
      list.sort((x, y) => this.joint.unigram(y) - this.joint.unigram(x) || x - y);
      this.byLetter.set(ar, list.slice(0, a.options));
    }
  }

  /**
   * The `n` best Latin spellings of one Arabic word (in arabicForModel's form), best first.
   * Letters the model never saw are skipped; an empty list means nothing could be read.
   */
  nbest(word: string, n = 1): Candidate[] {
    const w = this.a.lmWeight;
    const width = this.a.beam;
    const latin = this.latin;
    const all = this.allLatin;
    let beam: Hyp[] = [{ score: 0, jh: 0, lh: 0, js: this.joint.stateOf(0), ls: latin.stateOf(0), lat: '' }];
    for (const letter of word) {
      const options = this.byLetter.get(letter);
      if (!options) continue;
      const set = this.letterSet.get(letter)!;
      // the next beam, kept best first and at most `width` long while it is filled: a reading
      // that cannot enter it costs no string and no allocation (decoding runs for every name
      // word no list knows, and was a fifth of the entities stage when it sorted every reading)
      const next: Hyp[] = [];
      for (const h of beam) {
        const jr = this.joint.row(h.js, set, options);
        for (let i = 0; i < options.length; i++) {
          const g = options[i]!;
          let score = h.score + jr.lp[i]!;
          let lh = h.lh;
          let ls = h.ls;
          for (const c of this.chunkIds[g]!) {
            const lr = latin.row(ls, 0, all);
            score += w * lr.lp[c]!;
            lh = latin.push(lh, c);
            ls = lr.next[c]!;
          }
          offer(next, width, score, this.joint.push(h.jh, g), lh, h, this.chunk[g]!, jr.next[i]!, ls);
        }
      }
      beam = next;
    }
    const done = new Map<string, number>();
    for (const h of beam) {
      if (!h.lat) continue;
      const s = h.score + this.joint.row(h.js, 0, END)!.lp[0]! + w * latin.row(h.ls, 0, all).lp[0]!;
      if (s > (done.get(h.lat) ?? -Infinity)) done.set(h.lat, s);
    }
    return [...done]
      .map(([latin, score]) => ({ latin, score }))
      .sort((x, y) => y.score - x.score || (x.latin < y.latin ? -1 : 1))
      .slice(0, n);
  }

  /** The best Latin spelling of one Arabic word, lower case ('' when nothing could be read). */
  best(word: string): string {
    return this.nbest(word, 1)[0]?.latin ?? '';
  }
}

/** The word end: the boundary id alone (symbol set 0 of the joint model). */
const END = [0];

/** Beam order: higher score first, ties by Latin spelling (so decoding is deterministic). */
function before(score: number, lat: string, h: Hyp): boolean {
  return score > h.score || (score === h.score && lat < h.lat);
}

/**
 * Offers the reading `from` + `chunk` (state jh, lh) to a beam kept sorted best first: one state
 * keeps its best score (the first on a tie), and only the `width` best states stay. A state
 * pushed out cannot come back with a better score than it had, since the bar only rises.
 */
function offer(
  beam: Hyp[],
  width: number,
  score: number,
  jh: number,
  lh: number,
  from: Hyp,
  chunk: string,
  js: number,
  ls: number,
): void {
  const last = beam.length === width ? beam[width - 1]! : null;
  if (last && score < last.score) return;
  let at = -1;
  for (let i = 0; i < beam.length; i++) {
    const b = beam[i]!;
    if (b.jh === jh && b.lh === lh) {
      at = i;
      break;
    }
  }
  if (at >= 0 && score <= beam[at]!.score) return;
  const lat = from.lat + chunk;
  if (at < 0 && last && !before(score, lat, last)) return;
  if (at >= 0) beam.splice(at, 1);
  else if (last) beam.pop();
  let i = beam.length;
  while (i > 0 && before(score, lat, beam[i - 1]!)) i--;
  beam.splice(i, 0, { score, jh, lh, js, ls, lat });
}
