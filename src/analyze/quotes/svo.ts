/**
 * Subjects written before a verb of saying that the short-phrase walk of find.ts does not see
 * (issue 15, read off unlabelled days more/2015-07-26, 07-31, 08-02 and 08-06):
 *   - the antecedent of a relative pronoun: المحافظ فلان الذي أكد أنّ…، الوزارة التي قالت إنّ…;
 *   - a named subject whose first word opens with a root و (وزارة، وكالة، وليد), which the walk
 *     took for the conjunction و before a verb;
 *   - the subject of a strict verb (يرى، تعتقد) right before أنّ, when it names a speaker.
 * Only names the entities stage found count, so a relative clause after a plain noun (النماذج
 * التي تقول إنّ…) stays unattributed.
 */
import { isOrgHead, isRoleStart, isUnnamedHead, type SpeakerBook } from './speakers.ts';
import { LEX } from './lexicon.ts';
import { stripConj, type Tok } from './text.ts';

/**
 * The tokens of the PER/ORG mention that ends right before the relative pronoun before token i,
 * or null. A plural verb (حلفاء فلان الذين يقولون) speaks for a group, never for one person.
 */
export function relativeAntecedent(toks: Tok[], sent: number[], book: SpeakerBook, i: number, plural = false): Tok[] | null {
  const rel = toks[i - 1];
  const last = toks[i - 2];
  if (!rel?.word || !last?.word || sent[i - 2] !== sent[i] || !LEX.relativePronouns.has(rel.n)) return null;
  const named = book.entityAt(last.start, last.end);
  if (!named || named.end !== last.end || (plural && named.entity.type === 'PER')) return null;
  let a = i - 2;
  while (a > 0 && sent[a - 1] === sent[i] && toks[a - 1]!.word && toks[a - 1]!.start >= named.start) a--;
  return toks[a]!.start === named.start ? toks.slice(a, i - 1) : null;
}

/** Whether the words before a verb open with a name the entities stage found there (ووزارة الخارجية قالت…). */
export function opensWithName(book: SpeakerBook, words: Tok[]): boolean {
  const first = words[0];
  if (!first) return false;
  return book.entityAt(first.start, first.end)?.start === first.start;
}

/**
 * Whether words before a strict verb (لكن مجلس الإدارة يرى أنّ…) name a speaker: a name the entities
 * stage found (a place too: ألمانيا تعتقد), an unnamed source, a body or a role, with no function
 * word or relative pronoun among them. Not a question (هل تعتقد أنّ…؟), a pronoun of anyone (هناك
 * من يرى، ممن يعتقدون) or an idiom (يا ترى).
 */
export function speakerPhrase(book: SpeakerBook, words: Tok[] | undefined): boolean {
  const head = words?.[0];
  if (!words || !head) return false;
  if (words.some((t) => stripConj(t.n).some((x) => LEX.nameStopWords.has(x) || LEX.relativePronouns.has(x)))) return false;
  return book.entityAt(head.start, head.end, ['PER', 'ORG', 'LOC'])?.start === head.start || isUnnamedHead(head) || isOrgHead(head) || isRoleStart(head);
}

/** How many words a described subject may run before its verb (فلان أستاذ … في جامعة … يرى أنّ…). */
const DESCRIBED_SUBJECT_WORDS = 14;
/** How many words of role, body and title may come before the person's name. */
const ROLE_WORDS = 7;

/**
 * The subject of a verb right before أنّ when it runs longer than the short walk sees: a person
 * the entities stage named at the clause's start or after a title or a role (up to seven words of
 * role, body and title), or a body named first, then its description, then the verb (الدكتور
 * فلان أستاذ الاقتصاد في جامعة … يعتبر أنّ…، لكن فلان المختص المصرفي … يرى أنّ…). The clause starts at the sentence's start, after
 * punctuation or after a boundary word (لكن، أما); no verb of saying, complementizer or relative
 * pronoun stands in it (`stops`). Returns the words up to the name's end (the speaker phrase), or
 * null. Issue 15, the held-out count of verb:strict-mid-clause.
 */
export function describedSubjectBefore(toks: Tok[], sent: number[], book: SpeakerBook, i: number, stops: (t: Tok) => boolean): Tok[] | null {
  let k = i - 1;
  while (k >= 0 && sent[k] === sent[i] && toks[k]!.word && i - k <= DESCRIBED_SUBJECT_WORDS && !LEX.subjectBoundaries.has(toks[k]!.n)) k--;
  // Not after أنّ / إنّ: the words there are the content of another statement (قال إن تنظيم … يرون أنّ…).
  const open = k < 0 || sent[k] !== sent[i] || !toks[k]!.word || (LEX.subjectBoundaries.has(toks[k]!.n) && !stops(toks[k]!));
  const words = toks.slice(k + 1, i);
  // A preposition may describe the subject (أستاذ الاقتصاد في جامعة…); a demonstrative, كما or a
  // relative pronoun opens another clause.
  const other = (x: string): boolean => (LEX.nameStopWords.has(x) && !LEX.subjectPrepositions.has(x)) || LEX.relativePronouns.has(x);
  if (!open || words.length < 2 || words.some((t) => stops(t) || stripConj(t.n).some(other))) return null;
  const first = words[0]!;
  const at = (t: Tok, type: string) => {
    const named = book.entityAt(t.start, t.end, [type]);
    return named?.start === t.start ? named : null;
  };
  // A body named first (not a name inside what follows it: المرصد … وأنصار فلان ذكروا), else a
  // person after a role, its body and a title (مدير جامعة … الدكتور فلان).
  const body = at(first, 'ORG');
  if (body) return words.filter((x) => x.end <= body.end);
  if (!(LEX.titles.has(first.n) || isRoleStart(first) || at(first, 'PER'))) return null;
  for (const t of words.slice(0, ROLE_WORDS + 1)) {
    const person = at(t, 'PER');
    if (person) return words.filter((x) => x.end <= person.end);
  }
  return null;
}
