/**
 * Where a colon quote that runs to its paragraph's end stops because the narrator names the
 * speaker again (`وقال فلان: … . وقدم فلان شكره …`, `…، ووجه فلان الدعوة …`): a speaker does not
 * name himself in the third person, so the words from that sentence (or that comma clause) on are
 * the narrator's.
 */
import type { Span } from '../../doc/types.ts';
import type { Tok } from './text.ts';

const COMMA = new Set(['،', ',', '؛', ';']);
/** How many words a comma clause may hold before the speaker's name: و + verb, maybe an adverb. */
const CLAUSE_LEAD = 3;

/**
 * The offset where content [from, end) should end because one of `mentions` (the speaker's)
 * stands in it outside quotation marks, or `end`. `sent` gives each token's sentence.
 */
export function endBeforeSpeakerNamed(toks: Tok[], sent: number[], inQuote: Uint8Array, mentions: readonly Span[], from: number, end: number): number {
  const m = mentions.filter((x) => x.start >= from && x.end <= end && inQuote[x.start] === 0).sort((a, b) => a.start - b.start)[0];
  if (!m) return end;
  const k = toks.findIndex((t) => t.start >= m.start);
  const k0 = toks.findIndex((t) => t.start >= from);
  if (k <= k0 || k0 < 0) return end;
  if (sent[k] !== sent[k0]) {
    let j = k - 1;
    while (j > k0 && sent[j] === sent[k]) j--;
    return toks[j]!.end;
  }
  for (let j = k - 1; j > k0 && j >= k - 1 - CLAUSE_LEAD; j--) {
    const t = toks[j]!;
    if (!t.word && COMMA.has(t.text)) return t.start;
  }
  return end;
}
