/**
 * Verb forms that can never be part of a name, from the events and speech lexicons. The tagger
 * sometimes runs a person's name on into the verb that follows it (`سامي الحداد سيلتقي`); the
 * entities stage trims such words off the edges of a tagged chunk.
 */
import { opensWithFutureImperfect, opensWithLamOfPurpose, startsWithConjunction } from '../../text/clitics.ts';
import { entityResources } from './resources.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { triggerVerbs } from '../events/lexicon.ts';
import { finiteSpeechVerbs } from '../quotes/lexicon.ts';

interface NameHeadsLexicon {
  purposeVerbs?: { words: string[] };
}

/** Present verbs that follow لِ of purpose (name-heads.json purposeVerbs), folded. */
function loadPurpose(): Set<string> {
  const nh = nameHeadsJson() as NameHeadsLexicon;
  const words = nh.purposeVerbs?.words ?? [];
  if (!Array.isArray(words)) throw new Error('name-heads.json: purposeVerbs.words must be a list (npm run lexicons:check says more)');
  return new Set(words.map((w) => foldName(w)));
}

/**
 * The trigger verbs of events.json and the finite verbs of saying of speech.json, through their
 * loaders, folded. Only finite forms: participles (قائلا، مؤكدا) double as adjectives and nouns,
 * and the other keys of a verb of saying are not verbs at all (`prep: على` of حث would make the
 * name علي a verb).
 */
function load(): Set<string> {
  return new Set([...triggerVerbs(), ...finiteSpeechVerbs()].map((w) => foldName(w)));
}

/**
 * True for a finite verb of meeting, visiting or saying, with و/ف and the future prefix س allowed,
 * or for لِ of purpose before such a verb or a verb of taking a post (name-heads.json purposeVerbs).
 */
export function isKnownVerb(fold: string): boolean {
  // built with the pipeline's resources (up front, by createPipeline)
  const forms = entityResources().get(load);
  let f = fold;
  if (forms.has(f)) return true;
  if (f.length > 3 && startsWithConjunction(f)) {
    f = f.slice(1);
    if (forms.has(f)) return true;
  }
  // سيلتقي، ستزور: the future prefix before an imperfect form
  if (f.length > 3 && opensWithFutureImperfect(f) && forms.has(f.slice(1))) return true;
  // ليرأس، ليصبح، ليلتقي: لِ of purpose before an imperfect form is never part of a name
  if (f.length > 3 && opensWithLamOfPurpose(f)) {
    const rest = f.slice(1);
    return forms.has(rest) || entityResources().get(loadPurpose).has(rest);
  }
  return false;
}
