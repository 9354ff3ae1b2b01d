/**
 * The ORG heads the archive builds of institution names open their runs with
 * (build-learned-orgs.ts, build-learned-org-joins.ts).
 */
import { dropArticle, opensWithArticle } from '../src/text/clitics.ts';
import { base, conventions, headOf } from '../src/analyze/entities/conventions.ts';
import type { WordTok } from '../src/analyze/entities/roles.ts';

// Not a head that never takes a chain of nouns (name-heads.json commonHeads.noChain: `حركة` is
// also traffic, and `حركة البيع والشراء` recurs as often as any name).
export const orgHead = (w: WordTok): boolean => w.kind === 'word' && headOf(w)?.type === 'ORG' && !conventions().noChain.has(base(w));

/**
 * An ORG head with the article (`المؤسسة`, `الرئاسة`, `الهيئة`; session 15): the names that open
 * with one (`المؤسسة العامة للتدريب التقني والمهني`, `الرئاسة العامة للبحوث العلمية والإفتاء`)
 * recur as verbatim as the others, and the rules cut them at a final `و` phrase or a definite word.
 * Alone or with one word after it such a head is as often the body named before (`الهيئة الجديدة`),
 * so its runs are kept from three words on. A head that takes no chain of nouns (noChain: `غرفة`)
 * counts here (session 16): its runs need an adjective of the name after the head, which is no
 * chain (`الغرفة التجارية الصناعية`, cut after `التجارية` 12 times on four study days).
 */
export const definiteHead = (w: WordTok): boolean => {
  if (w.kind !== 'word') return false;
  const f = base(w);
  if (!opensWithArticle(f)) return false;
  const h = dropArticle(f);
  return conventions().heads.get(h)?.type === 'ORG';
};
