/**
 * Word endings the time, quote and entity rules test on folded words (ta marbuta folded to ه, alef
 * maqsura to ي where the folding does so): written here so that no rule outside src/text writes a
 * regex with an Arabic letter in it (issue 18). Each is a plain test of the last letters, with no
 * length or exception check: the rules call them on words they have already narrowed down.
 */

const HA = 'ه';
const ALEF = 'ا';
const YA = 'ي';
const NUN = 'ن';
const WAW = 'و';

/** Whether `w` ends in ه: in folded text also a ta marbuta, the feminine ordinal's (الثالثه). */
export function endsWithHa(w: string): boolean {
  return w.endsWith(HA);
}

/** Whether `w` ends in alef: the tanween alef of an adverb (صباحا، مساء with its alef), among others. */
export function endsWithAlef(w: string): boolean {
  return w.endsWith(ALEF);
}

/**
 * Whether `w` ends in alef after ه ن و or ي: a pronoun or a verb ending (يقدمها، يصلنا،
 * ليعملوا) or an adverb in يا, not the alef of an accusative noun (راتبا).
 */
export function endsWithAlefAfterSuffixLetter(w: string): boolean {
  if (!w.endsWith(ALEF) || w.length < 2) return false;
  const before = w[w.length - 2]!;
  return before === HA || before === NUN || before === WAW || before === YA;
}

/** Whether `w` ends in ي as written (علي, the name), not in alef maqsura (على). */
export function endsWithYa(w: string): boolean {
  return w.endsWith(YA);
}

/** Whether `w` ends in ين: the sound plural or dual of a noun (المشتركين). */
export function endsWithYaNun(w: string): boolean {
  return w.endsWith(YA + NUN);
}

/** The attached pronouns of the third person and of "us" (ه ها هم هما هن نا). */
const OBJECT_PRONOUNS = [HA, HA + ALEF, HA + 'م', HA + 'م' + ALEF, HA + NUN, NUN + ALEF];

/** Whether `w` ends in an attached pronoun of the third person or "us" (أكده، أكدها، أكدهم، أكدنا). */
export function endsWithObjectPronoun(w: string): boolean {
  return OBJECT_PRONOUNS.some((p) => w.endsWith(p));
}

/** Whether `w` ends in ه or ة: a feminine noun or name (مؤسسة، فاطمه), whether or not ة was folded. */
export function endsWithHaOrTaMarbuta(w: string): boolean {
  return w.endsWith(HA) || w.endsWith('ة');
}

/** Whether `w` ends in يه: the feminine nisba once ة is folded to ه (الوطنيه). */
export function endsWithFeminineNisba(w: string): boolean {
  return w.endsWith(YA + HA);
}

const TA = 'ت';
/**
 * Whether a folded word has the shape of a verbal noun of the pattern تفعلة with a weak last root
 * letter (تنميه، تحليه، تقنيه، توعيه: ت, two letters, يه): a noun, though it ends like a feminine
 * nisba adjective. Nisba adjectives of five letters in ت are rare (تركيه, which the nationality
 * lists know).
 */
export function hasTafilaShape(w: string): boolean {
  return w.length === 5 && w.startsWith(TA) && w.endsWith(YA + HA);
}
