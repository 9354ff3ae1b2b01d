// @ts-nocheck
import type { Entity, EntityType } from '../../../src/doc/types.ts';

/** Hand-built entities for fictional sentences: every occurrence of each name is a mention. */
export function entitiesFor(text: string, names: [EntityType, string][]): Entity[] {
  return names.map(([type, name], k) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name, source: 'test' });
    }
    if (mentions.length === 0) throw new Error(`"${name}" is not in the text`);
    return { id: `e${k + 1}`, key: name, type, name, en: null, enSource: null, roles: [], mentions, source: 'test' };
  });
}
