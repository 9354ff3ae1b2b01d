import { describe, expect, it } from 'vitest';
import { renderEntity, withWikidata } from '../../src/server/pages.ts';
import { entityDetailSchema } from '../../src/server/api-schemas.ts';
import type { EntityDetail } from '../../src/store/types.ts';

const detail = (key: string, name: string): EntityDetail => ({
  key,
  type: 'LOC',
  name,
  en: null,
  articles: 2,
  mentions: 3,
  aliases: [name],
  roles: [],
  timeline: [],
  related: [],
});

describe('the entity page and API show the knowledge base’s Wikidata id', () => {
  it('fills the Wikidata id of a linked key, null for a name the knowledge base does not know', () => {
    expect(withWikidata(detail('LOC:saudi-arabia', 'السعودية')).wikidata).toBe('Q851');
    expect(withWikidata(detail('LOC:cc:qa', 'قطر')).wikidata).toBe('Q846');
    expect(withWikidata(detail('LOC:الواحه', 'الواحة')).wikidata).toBeNull();
    expect(entityDetailSchema.safeParse(withWikidata(detail('LOC:saudi-arabia', 'السعودية'))).success).toBe(true);
  });

  it('links to Wikidata on the page when the id is known, and only then', () => {
    const page = (e: EntityDetail) => String(renderEntity({ entity: e, quotes: { items: [], next: null }, quotesAbout: { items: [], next: null } }));
    expect(page(withWikidata(detail('LOC:saudi-arabia', 'السعودية')))).toContain('href="https://www.wikidata.org/wiki/Q851"');
    expect(page(withWikidata(detail('LOC:الواحه', 'الواحة')))).not.toContain('wikidata.org');
  });
});
