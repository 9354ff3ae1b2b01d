/**
 * Reading aid for the quote finder on unlabelled news (issue #15): runs the pipeline over articles
 * of a SaudiNewsNet ZIP that are not in the gold sample and prints, for a person to read and class,
 *   (a) every quote with its speaker, how it was found, and the text around its cue;
 *   (b) cue words of the lexicon (verb forms, attribution phrases) that no quote's cue covers, with
 *       their sentence: the missed cue sentences.
 * Nothing is stored: the output goes to stdout only (the text is the publishers').
 *   npx tsx scripts/quotes-study.ts [--zip more/2015-08-03.zip] [--n 300] [--skip 0] [--part ab] [--ctx 150] [--away]
 * --ctx sets how much text before the cue is shown; --away lists only the quotes whose speaker is
 * not written in the cue's own sentence (hidden subjects, pronouns, continuations, none found).
 * --ends lists indirect quotes only, each with its whole content and the text after its end up to
 * the paragraph's end (at most 200 characters), for judging where reported content should stop.
 * --colon lists colon quotes (rule:quotes/colon) the same way, whole content and what follows.
 * --over lists quotes (any kind) whose content holds a cue word of the lexicon, marked ⟦…⟧, with
 * the text after the content's end: content that may have run over the next speech act.
 */
import type { MarsadDocument, Quote } from '../src/doc/types.ts';
import { LEX } from '../src/analyze/quotes/lexicon.ts';
import { stripConj, tokens } from '../src/analyze/quotes/text.ts';
import { roughSentenceAt } from '../src/text/sentences.ts';
import { analyzeStudyArticle, studyArticles } from './study-articles.ts';

const args = process.argv.slice(2);
const arg = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const zip = arg('--zip', 'more/2015-08-03.zip');
const n = Number(arg('--n', '300'));
const skip = Number(arg('--skip', '0'));
const part = arg('--part', 'ab');
const ctx = Number(arg('--ctx', '150'));
const awayOnly = args.includes('--away');
const endsOnly = args.includes('--ends');
const overOnly = args.includes('--over');
const colonOnly = args.includes('--colon');

const attributionFirst = new Set(LEX.attributionBefore.map((p) => p.words[0]!));
const flat = (s: string) => s.replace(/\s+/g, ' ');

function speakerOf(doc: MarsadDocument, q: Quote): string {
  const e = q.speaker.entity ? doc.entities.find((x) => x.id === q.speaker.entity) : undefined;
  return [e ? `${e.type}:${e.name}` : null, q.speaker.text?.text ?? null].filter(Boolean).join(' | ') || '—';
}

let articles = 0;
let found = 0;
let missed = 0;
const out: string[] = [];
for (const a of studyArticles(zip, skip, n)) {
  articles++;
  const doc = analyzeStudyArticle(a);
  const text = doc.text;
  if (part.includes('a')) {
    for (const q of doc.quotes) {
      found++;
      const at = q.cue?.start ?? q.text.start;
      const sameSentence =
        q.speaker.text && roughSentenceAt(text, at).start <= q.speaker.text.start && q.speaker.text.end <= roughSentenceAt(text, at).end;
      if (awayOnly && sameSentence) continue;
      if (overOnly) {
        const inner = tokens(text, q.text.start, q.text.end).filter((t) => t.word && stripConj(t.n).some((x) => LEX.forms.has(x) || attributionFirst.has(x)));
        if (inner.length === 0) continue;
        let shown = '';
        let at = q.text.start;
        for (const t of inner) {
          shown += `${text.slice(at, t.start)}⟦${t.text}⟧`;
          at = t.end;
        }
        shown += text.slice(at, q.text.end);
        out.push(`O ${articles} ${q.kind} ${q.source} [${flat(q.cue?.text ?? '-')}] «${flat(shown)}» ⟧ ${flat(text.slice(q.text.end, Math.min(text.length, q.text.end + 80)))}`);
        continue;
      }
      if (endsOnly || colonOnly) {
        if (colonOnly ? q.source !== 'rule:quotes/colon' : q.kind !== 'indirect') continue;
        const nl = text.indexOf('\n', q.text.end);
        const stop = Math.min(nl < 0 ? text.length : nl, q.text.end + 200);
        out.push(`E ${articles} ${q.source} [${flat(q.cue?.text ?? '-')}] «${flat(q.text.text)}» ⟧ ${flat(text.slice(q.text.end, stop))}${stop === nl ? ' ¶' : ''}`);
        continue;
      }
      out.push(
        `A ${articles} ${q.kind} ${q.source} [${q.cue?.text ?? '-'}] ${sameSentence ? 'here' : 'away'} SPK ${speakerOf(doc, q)}\n   … ${flat(text.slice(Math.max(0, at - ctx), at))} ⟦${flat(q.cue?.text ?? '')}⟧ ${flat(text.slice(q.cue?.end ?? at, Math.min(text.length, (q.cue?.end ?? at) + 60)))} …\n   «${flat(q.text.text.slice(0, 100))}»`,
      );
    }
  }
  if (part.includes('b')) {
    for (const t of tokens(text)) {
      if (!t.word) continue;
      const keys = stripConj(t.n);
      const verb = keys.some((x) => LEX.forms.has(x));
      const attr = keys.some((x) => attributionFirst.has(x));
      if (!verb && !attr) continue;
      if (doc.quotes.some((q) => q.cue && q.cue.start < t.end && q.cue.end > t.start)) continue;
      if (doc.quotes.some((q) => q.text.start <= t.start && t.end <= q.text.end)) continue;
      missed++;
      const s = roughSentenceAt(text, t.start);
      out.push(`B ${articles} ${verb ? 'verb' : 'attr'} ⟦${t.text}⟧ ${flat(text.slice(Math.max(s.start, t.start - 120), t.start))} ⟦${t.text}⟧ ${flat(text.slice(t.end, Math.min(s.end, t.end + 150)))}`);
    }
  }
}
process.stdout.write(out.join('\n') + `\n\n${articles} articles, ${found} quotes, ${missed} uncovered cue words\n`);
