/**
 * A directive verb of saying (حث، دعا، طالب، نصح، حذر، ناشد) takes whom it addresses as its
 * object, between its subject and the content: ودعا الوزير المجتمع الدولي إلى…، وحث المدير الجميع
 * على…. The subject phrase read up to the content held both, and the speaker came out as the object
 * (المجتمع الدولي) or as both (المدير الجميع). So does كشف النقاب عن… for a claim. The lexicon is
 * src/lexicon/addressees.json.
 */
import data from '../../lexicon/addressees.json' with { type: 'json' };
import { opensWithArticle } from '../../text/clitics.ts';
import type { Gender } from './lexicon.ts';
import { norm, type Tok } from './text.ts';

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(norm));
const HEADS = set(data.heads);
const OBLIQUE = set(data.obliquePlurals);
const MASCULINE = set(data.masculineHeads);
const FEMININE = set(data.feminineHeads);
const IDIOM = set(data.idiomObjects);

/** Whether a head right after a verb of this gender is its object: the verb cannot agree with it as its subject. */
function objectRightAfter(n: string, gender: Gender | null): boolean {
  if (OBLIQUE.has(n) || IDIOM.has(n)) return true;
  if (gender === 'pl') return HEADS.has(n);
  return (gender === 'f' && MASCULINE.has(n)) || (gender === 'm' && FEMININE.has(n));
}

/**
 * The subject segments of a directive verb without its object: the first segment is cut before an
 * addressee head that follows a definite word (a complete subject: الوزير، وزارة الداخلية، فلان
 * العمري), never inside a phrase (عدد من المرضى، أولياء أمور الطلاب); a head right after the verb
 * that cannot be its subject leaves none (ودعا السياسيين إلى…، ودعت الشعب إلى…: a hidden one).
 */
export function withoutAddressee(segs: Tok[][], gender: Gender | null): Tok[][] {
  const seg = segs[0];
  if (!seg) return segs;
  const words = seg.filter((t) => t.word);
  if (words[0] && objectRightAfter(words[0].n, gender)) return segs.slice(1);
  for (let j = 1; j < words.length; j++) {
    if (!HEADS.has(words[j]!.n) || !opensWithArticle(words[j - 1]!.n)) continue;
    return [seg.slice(0, seg.indexOf(words[j]!)), ...segs.slice(1)];
  }
  return segs;
}
