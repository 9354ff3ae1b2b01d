// @ts-nocheck
import type { Stage } from './stage.ts';
import { structureStage } from '../stages/structure.ts';
import { sentencesStage } from '../stages/sentences.ts';
import { tokensStage } from '../stages/tokens.ts';
import { entitiesStage } from '../stages/entities.ts';
import { quotesStage } from '../stages/quotes.ts';
import { timesStage } from '../stages/times.ts';
import { eventsStage } from '../stages/events.ts';

/** The default pipeline, in order. Each stage declares what it needs and provides (checked at run time). */
export const STAGES: readonly Stage[] = [
  structureStage,
  sentencesStage,
  tokensStage,
  entitiesStage,
  timesStage,
  quotesStage,
  eventsStage,
];
