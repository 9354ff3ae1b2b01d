/**
 * Character error rate and word accuracy of a word transliterator over held-out pairs. An Arabic
 * word may have several accepted spellings (Wikidata gives mohamed, mohammed and muhammad for
 * محمد): a guess is right when it equals one, and its character errors are counted against the
 * closest. Case, apostrophes, hyphens and spaces are ignored on both sides (al-Khatib = alkhatib).
 */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

export const comparable = (s: string) => s.toLowerCase().replace(/['\-\s’]/g, '');

export interface Scores {
  words: number;
  correct: number;
  wordAccuracy: number;
  charErrors: number;
  refChars: number;
  cer: number;
}

/** Groups pairs into Arabic word → accepted spellings, in a stable order. */
export function references(pairs: readonly { ar: string; en: string }[]): Map<string, string[]> {
  const refs = new Map<string, Set<string>>();
  for (const p of pairs) {
    const s = refs.get(p.ar) ?? new Set<string>();
    s.add(comparable(p.en));
    refs.set(p.ar, s);
  }
  return new Map([...refs].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

export function score(refs: Map<string, string[]>, guess: (ar: string) => string): Scores {
  let correct = 0;
  let charErrors = 0;
  let refChars = 0;
  for (const [ar, accepted] of refs) {
    const g = comparable(guess(ar));
    let best = Infinity;
    let bestLen = 0;
    for (const r of accepted) {
      const d = editDistance(g, r);
      if (d < best) {
        best = d;
        bestLen = r.length;
      }
    }
    if (best === 0) correct++;
    charErrors += best;
    refChars += bestLen;
  }
  const words = refs.size;
  return {
    words,
    correct,
    wordAccuracy: words ? correct / words : 0,
    charErrors,
    refChars,
    cer: refChars ? charErrors / refChars : 0,
  };
}
