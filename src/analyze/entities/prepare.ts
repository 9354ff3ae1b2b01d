/**
 * Builds everything the entity analysis reads from its resources, up front (createPipeline calls
 * it, as spaCy's `initialize`), so a bad lexicon fails when the pipeline is made, not in the
 * middle of a batch, and the first document pays nothing more than the others.
 */
import { conventions } from './conventions.ts';
import { afterRole } from './family-names.ts';
import { agencyWords } from './news-agencies.ts';
import { formulaWords } from './formulae.ts';
import { knowledgeBase, kbAmbiguous } from './kb.ts';
import { lexicons } from './lexicon.ts';
import { nameIndex } from './names.ts';
import { withEntityResources, type EntityResources } from './resources.ts';
import { titleIndex } from './roles.ts';
import { isNameWord, transliterator, institutionGlossary } from './romanise.ts';
import { isKnownVerb } from './verbs.ts';
import { prepareLearnedPlaces } from './learned-places.ts';
import { learnedFamily } from './learned-families.ts';
import { prepareLearnedOrgs } from './learned-orgs.ts';
import { prepareLearnedEvents } from './learned-events.ts';
import { prepareLearnedBranches } from './learned-branches.ts';
import { prepareLearnedOrgJoins } from './learned-org-joins.ts';
import { prepareCompanyRepeats } from './company-repeats.ts';
import { prepareTeamNicknames } from './team-nicknames.ts';
import { learnedGluedName } from './learned-glued.ts';

export function prepareEntityResources(r: EntityResources): EntityResources {
  withEntityResources(r, () => {
    lexicons();
    nameIndex();
    titleIndex();
    conventions();
    knowledgeBase();
    kbAmbiguous('');
    isNameWord('');
    institutionGlossary();
    transliterator();
    isKnownVerb('');
    afterRole();
    agencyWords();
    formulaWords();
    prepareLearnedPlaces();
    learnedFamily('');
    prepareLearnedOrgs();
    prepareLearnedEvents();
    prepareLearnedBranches();
    prepareLearnedOrgJoins();
    prepareCompanyRepeats();
    prepareTeamNicknames();
    learnedGluedName('');
  });
  return r;
}
