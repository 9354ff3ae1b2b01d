/**
 * Foreign persons whose family name opens on a particle (name-heads.json `foreignParticles`: `دا`,
 * `دي`, `فان`, `دير` …; issue #14, tune2's `نيمار دا سيلفا`; session 15, read on unlabelled news of
 * more/2015-07-22, 07-27, 08-01, 08-06): the lists know the given name alone and cut the name
 * there (`[نيمار] دا سيلفا`, `[كاميرون] فان دير بيرغ`), or the tagger opens a second person on
 * the particle (`[كاميرون] [فان دير بيرغ]`) or ends the first on it (`[ديفيد دي] خيا`). The
 * person right before, the particles and the name word after them are one person (guide rule 5,
 * `كيفن دي بروين`). A particle with no person before it is left alone: `دي` follows a letter in
 * an acronym (`إف دي`), and a particle opening a name is the tagger's to see.
 */
import { opensWithArticle } from '../../text/clitics.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { isKnownVerb } from './verbs.ts';
import { notAName } from './foreign-given.ts';
import { lookupName } from './names.ts';
import { isNameWord } from './romanise.ts';
import type { WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const FOREIGN_PARTICLE_RULE = 'rule:person/foreign-name-particle';

/** At most this many particles in a row (`فان دير`). */
const MAX_PARTICLES = 2;
/** A person's word before a particle is longer than a letter of an acronym. */
const MIN_NAME_LETTERS = 3;

function particles(): Set<string> {
  return nameHeadsList('foreignParticles', 'words');
}

/**
 * The family name's word after the particles: no article, no verb, no closer. Its first ب or ل is
 * its own (the clitic analyser cuts `بيرغ` after ب), as in place-prefixes.ts. The particles are
 * written as they fold (`فإن` is no `فان`).
 */
function nameWord(w: WordTok | undefined, tag: string | undefined): boolean {
  if (!w || w.kind !== 'word' || opensWithArticle(w.fold) || isKnownVerb(w.fold) || notAName(w)) return false;
  // a particle is also an Arabic word written loosely (`فان` for `فإن`): the word after it must be
  // a person's word of the romanisation table or of the tagger's chunk, not `أكثر`
  return isNameWord(w.fold) || tag === 'I-PERS' || tag === 'B-PERS';
}

/** Whether the lists know the words [a, p) before the particle as a person (`نيمار`), which would cut the name there. */
function knownBefore(ws: readonly WordTok[], a: number, p: number): boolean {
  return lookupName(ws.slice(a, p).map((w, k) => (k ? w.fold : w.mfold)).join(' '))?.type === 'PER';
}

/** Where the particles after word p end (p when none opens there): at most MAX_PARTICLES, none a place's or a body's. */
function particlesEnd(ws: readonly WordTok[], t: readonly string[], ps: ReadonlySet<string>, p: number): number {
  let k = p;
  while (k < ws.length && k - p < MAX_PARTICLES && ws[k]!.kind === 'word' && ws[k]!.moff === 0 && ws[k]!.text === ws[k]!.fold && ps.has(ws[k]!.fold) && t[k] !== 'B-LOC' && t[k] !== 'B-ORG') k++;
  return k;
}

/**
 * Tags are rewritten in place; the spans set are returned, also where the tagger's chunk holds the
 * particle already (`[نيمار دا سيلفا]`), for the lists not to cut the known given name out of it.
 */
export function foreignParticles(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const ps = entityResources().get(particles);
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a < ws.length; a++) {
      if (t[a] !== 'B-PERS') continue;
      let e = a + 1;
      while (t[e] === 'I-PERS') e++;
      // the first particle inside the chunk or right after it, after a word longer than an acronym's letter
      let p = a + 1;
      while (p < e && !ps.has(ws[p]!.fold)) p++;
      const before = ws[p - 1]!;
      const k = before.kind === 'word' && before.fold.length >= MIN_NAME_LETTERS ? particlesEnd(ws, t, ps, p) : p;
      // …and the family name's word: in the chunk, untagged, or the rest of a chunk the tagger opened on a particle
      const tail = t[k];
      if (k === p || !nameWord(ws[k], t[k]) || !(tail === 'O' || tail === 'I-PERS' || tail === 'B-PERS')) {
        a = e - 1;
        continue;
      }
      let b = Math.max(e, k + 1);
      while (t[b] === 'I-PERS') b++;
      // (a chunk of the tagger's that holds it all stays the tagger's unless the lists know its first part)
      if (b === e && !knownBefore(ws, a, p)) {
        a = e - 1;
        continue;
      }
      for (let j = a + 1; j < b; j++) t[j] = 'I-PERS';
      out.push({ s, a, b, rule: FOREIGN_PARTICLE_RULE });
      a = b - 1;
    }
  });
  return out;
}
