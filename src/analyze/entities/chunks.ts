/** Where a tagger chunk ends, read off BIO tags: the entity rules walk chunks this way. */

/** The end of the chunk that opens at `a` (its B- tag), over the I- tags of its own type. */
export function chunkEnd(tags: readonly string[], a: number): number {
  const cont = `I-${tags[a]!.slice(2)}`;
  let b = a + 1;
  while (b < tags.length && tags[b] === cont) b++;
  return b;
}

/** The end of the run of I- tags of any type after `a`: a chunk whose type a rule is rewriting. */
export function insideEnd(tags: readonly string[], a: number): number {
  let b = a + 1;
  while (b < tags.length && tags[b]!.startsWith('I-')) b++;
  return b;
}
