/**
 * Nominal complements that report a claim (كشف المدير عن وصول 300 حاج، أشار التقرير إلى ارتفاع
 * الأسعار): the guide counts them as indirect quotes, the content being the noun phrase without the
 * preposition. Topics (أشار إلى التحديات), deontic, evaluative or feeling heads (أشار إلى أهمية…)
 * and the present tense (تشير البيانات إلى…; a negated verb is a present one too: لم يكشف عن…)
 * are not. The lexicon is src/lexicon/claims.json.
 */
import data from '../../lexicon/claims.json' with { type: 'json' };
import { opensWithArticle } from '../../text/clitics.ts';
import { norm, stripConj, type Tok } from './text.ts';

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(norm));

const VERB_PREPS = new Map(Object.entries(data.verbPreps).map(([k, v]) => [norm(k), set(v)]));
const NOT_CLAIM_HEADS = set(data.notClaimHeads);
const FORMS = set(data.forms);
const OBJECT_FORMS = set(data.objectForms);
const OPINION_FORMS = set(data.opinionForms.words);

/** Whether the cue word `cue` (a form of `lemma`, past or participle) takes `n` as its claim's preposition. */
export function isClaimPrep(cue: Tok, lemma: string, n: string): boolean {
  return !!VERB_PREPS.get(norm(lemma))?.has(n) && stripConj(cue.n).some((x) => FORMS.has(x));
}

/** Whether the cue word (نفى، مؤكداً…) takes a claim as its direct object. */
export function takesObjectClaim(cue: Tok): boolean {
  return stripConj(cue.n).some((x) => OBJECT_FORMS.has(x));
}

/** Whether the cue word is a participle of اعتبر, whose object and predicate are an opinion (معتبراً الاتفاق انتصاراً). */
export function takesOpinionObject(cue: Tok): boolean {
  return stripConj(cue.n).some((x) => OPINION_FORMS.has(x));
}

/**
 * Whether the word after the preposition heads a claim: a word without ال (a verbal noun in the
 * construct state: وصول، ارتفاع، مقتل) that is not a deontic, evaluative, forecasting or feeling
 * head nor a pointer back.
 */
export function isClaimHead(t: Tok | undefined): boolean {
  return !!t && t.word && !opensWithArticle(t.n) && !NOT_CLAIM_HEADS.has(t.n);
}
