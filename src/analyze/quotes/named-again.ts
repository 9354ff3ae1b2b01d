/**
 * Where reported content stops because the narrator names the speaker again (a colon quote that
 * runs to its paragraph's end: `وقال فلان: … . وقدم فلان شكره …`; any: `…، ووجه فلان الدعوة …`):
 * a speaker does not name himself in the third person, so the words from that sentence (or that
 * comma clause) on are the narrator's.
 */
import type { Span } from '../../doc/types.ts';
import type { Tok } from './text.ts';
import { startsWithConjunction } from '../../text/clitics.ts';

const COMMA = new Set(['،', ',', '؛', ';']);
/** How many words a comma clause may hold before the speaker's name: و + verb, maybe an adverb. */
const CLAUSE_LEAD = 3;

/**
 * The offset where content [from, end) should end because one of `mentions` (the speaker's)
 * stands in it outside quotation marks, or `end`. `sent` gives each token's sentence. With
 * `joined`, a comma clause counts only when it opens with و (`، وأجرى فلان…`): reported speech
 * may go on about its speaker after other leads (`، بينما لا يزال فلان مطلوبا`).
 */
export function endBeforeSpeakerNamed(toks: Tok[], sent: number[], inQuote: Uint8Array, mentions: readonly Span[], from: number, end: number, joined = false): number {
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
    if (!t.word && COMMA.has(t.text)) return !joined || startsWithConjunction(toks[j + 1]!.n) ? t.start : end;
  }
  return end;
}
