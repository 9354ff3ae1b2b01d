/**
 * Words between a verb of saying and its content that are adverbs or objects, not the speaker,
 * recognised by their shape (the closed lists are `notSubjectLeads` and `adjunctStarts` in
 * speech.json).
 */
import { startsDefinite } from '../../text/clitics.ts';
import { endsWithAlef, endsWithAlefAfterSuffixLetter, endsWithYaNun } from '../../text/endings.ts';
import type { Tok } from './text.ts';

/**
 * وأضاف مدافعا:، قال سابقا إن…، أعلن علنا: an indefinite word in the accusative, its tanween alef
 * written without the mark, is an adverb of manner or time, never the subject (which takes the
 * nominative). Not an alef after a pronoun or a verb ending (حكومتنا، دنيا، يقولوا), nor a short
 * word; the caller also keeps a word the entities stage named (زوما، فرنسا).
 */
export function isBareAccusative(t: Tok): boolean {
  return t.word && t.n.length >= 4 && endsWithAlef(t.n) && !endsWithAlefAfterSuffixLetter(t.n) && !startsDefinite(t.n);
}

/**
 * وطالب المتعاملين في السوق بـ…، ودعت الجمهوريين إلى «…»: a definite sound plural or dual in ين
 * is in the accusative or the genitive, the verb's object, never its subject (المتعاملون). The
 * caller keeps a role (الأمين العام) and a word the entities stage named (الصين، الحسين).
 */
export function isObliquePlural(t: Tok): boolean {
  return t.word && t.n.length >= 6 && startsDefinite(t.n) && endsWithYaNun(t.n);
}
