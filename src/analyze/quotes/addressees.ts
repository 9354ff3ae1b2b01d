/**
 * A directive verb of saying (حث، دعا، طالب، نصح، حذر، ناشد) takes whom it addresses as its
 * object, between its subject and the content: ودعا الوزير المجتمع الدولي إلى…، وحث المدير الجميع
 * على…. The subject phrase read up to the content held both, and the speaker came out as the object
 * (المجتمع الدولي) or as both (المدير الجميع). The lexicon is src/lexicon/addressees.json.
 */
import data from '../../lexicon/addressees.json' with { type: 'json' };
import { opensWithArticle } from '../../text/clitics.ts';
import { norm, type Tok } from './text.ts';

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(norm));
const HEADS = set(data.heads);
const OBLIQUE = set(data.obliquePlurals);

/**
 * The subject segments of a directive verb without its object: the first segment is cut before an
 * addressee head that follows a definite word (a complete subject: الوزير، وزارة الداخلية، فلان
 * العمري), never inside a phrase (عدد من المرضى، أولياء أمور الطلاب); an oblique plural right
 * after the verb leaves no subject (ودعا السياسيين إلى…: a hidden one).
 */
export function withoutAddressee(segs: Tok[][]): Tok[][] {
  const seg = segs[0];
  if (!seg) return segs;
  const words = seg.filter((t) => t.word);
  if (words[0] && OBLIQUE.has(words[0].n)) return segs.slice(1);
  for (let j = 1; j < words.length; j++) {
    if (!HEADS.has(words[j]!.n) || !opensWithArticle(words[j - 1]!.n)) continue;
    return [seg.slice(0, seg.indexOf(words[j]!)), ...segs.slice(1)];
  }
  return segs;
}
