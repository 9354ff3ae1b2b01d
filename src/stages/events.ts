import type { Stage } from '../pipeline/stage.ts';
import { extractEvents } from '../analyze/events/extract.ts';

/** Meetings, summits, visits and phone calls, from the entities and time expressions found before. */
export const eventsStage: Stage = {
  name: 'events',
  needs: ['text', 'article', 'tokens', 'sentences', 'entities', 'times'],
  provides: ['events'],
  run: (doc) => ({
    events: extractEvents({
      text: doc.text,
      entities: doc.entities,
      times: doc.times,
      tokens: doc.tokens,
      sentences: doc.sentences,
      anchor: doc.meta.referenceDate,
      headline: doc.article.headline,
    }),
  }),
};
